// Small helpers the XML readers share: names without namespace prefixes, text of a subtree,
// paragraphs, and the context (file, sink, file-level warnings) each article is built in.
#pragma once

#include <pugixml.hpp>

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "readers/read_sink.hpp"

namespace slant {

// Where the articles of one XML file go, and what every one of them should carry.
struct XmlContext {
  const std::string& source;
  const ReadSink& sink;
  const std::vector<std::string>& warnings;  // about the whole file (encoding, repairs)

  // "path: item 3"
  std::string item_where(size_t number) const { return source + ": item " + std::to_string(number); }
  // Starts an article with the file's warnings and the given source (the id is left to the reader).
  Article start(const std::string& where) const;
};

// "content" for "content:encoded"'s parent prefix stripped: the part after the last ':'.
std::string_view local_name(const pugi::xml_node& n);

// The first child element with this local name, or an empty node.
pugi::xml_node child(const pugi::xml_node& n, std::string_view local);
// Follows a path of local names ("head", "docdata", "doc-id").
pugi::xml_node path(const pugi::xml_node& n, std::initializer_list<std::string_view> locals);
// The first descendant element with this local name (document order), or an empty node.
pugi::xml_node descendant(const pugi::xml_node& n, std::string_view local);

// An attribute's value, white space collapsed; empty when the element has none.
std::string attribute_text(const pugi::xml_node& n, const char* name);

// All text below n, white space collapsed; <q> elements get curly quotes around them.
std::string node_text(const pugi::xml_node& n);

// The text of each paragraph-like element below n (local names in `paragraph_names`), in
// document order, paragraphs not searched inside; joined with blank lines. Empty if none.
std::string paragraphs_text(const pugi::xml_node& n, std::initializer_list<std::string_view> paragraph_names);

// Plain text with paragraphs at blank lines: each paragraph's white space collapsed.
std::string plain_paragraphs(std::string_view text);

// The children of n written back out as markup (for HTML carried inside XML).
std::string inner_xml(const pugi::xml_node& n);

// 1-based line and column (in characters) of a byte offset into UTF-8 text.
std::string line_column(std::string_view text, size_t offset);

}  // namespace slant
