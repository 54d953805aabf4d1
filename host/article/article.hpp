// The Article: one UTF-8 text, its metadata, and the host's single segmentation of it.
// Every span is a byte offset into text; plugins see it through slant_article_view.
#pragma once

#include <slant/plugin_abi.h>

#include <cstdint>
#include <string>
#include <vector>

namespace slant {

struct ArticleMeta {
  std::string id;
  std::string title;
  std::string outlet;
  std::string byline;
  std::string date;
  std::string url;
  std::string section;  // desk or genre when the source says it ("Opinion")
  std::string source;   // where it was read from: a path, "path:line", or "-"
};

// Text a reader removed from the story (site furniture), reported so nothing vanishes silently.
struct DroppedText {
  std::string what;  // e.g. "trailing site furniture"
  std::string text;
};

struct Article {
  ArticleMeta meta;
  std::string text;
  std::vector<DroppedText> dropped;
  std::vector<std::string> warnings;  // reader and segmenter notes, reported as diagnostics

  // Filled by segment(); see host/segment/segmenter.hpp.
  std::vector<slant_paragraph> paragraphs;
  std::vector<slant_sentence> sentences;
  std::vector<slant_token> tokens;
  std::vector<slant_quote> quotes;
  std::string lower_store;  // the tokens' lower-case forms; token.lower points into it

  Article() = default;
  // Copies and moves re-point token.lower into the new lower_store (a moved short string does
  // not keep its buffer).
  Article(const Article& other);
  Article(Article&& other) noexcept;
  Article& operator=(const Article& other);
  Article& operator=(Article&& other) noexcept;
  ~Article() = default;

  // A view valid while this Article lives and is not modified.
  slant_article_view view() const;
  // Number of word and number tokens.
  uint32_t word_count() const;
};

}  // namespace slant
