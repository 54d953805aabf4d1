// Story text from a parsed HTML page (gumbo): finds the body as a reader sees it, drops site
// furniture (navigation, ads, share bars, related lists, comments, scripts), keeps paragraphs.
#pragma once

#include <gumbo.h>

#include <string>
#include <vector>

#include "article/article.hpp"

namespace slant {

struct HtmlStory {
  std::string text;                   // paragraphs separated by one blank line
  std::vector<DroppedText> dropped;   // furniture removed from inside the story's body
  std::string heading;                // the first <h1>, a title when the page gives no other
};

// A whole page: the body is itemprop="articleBody" (or a well-known body class), else the
// <article> with most paragraph text, else the block that holds the most paragraph text.
HtmlStory extract_story(const GumboNode* document);

// A fragment (a feed item's content, inline XHTML): all of its text, furniture dropped.
HtmlStory extract_fragment(const GumboNode* document);

// The text of one element and its descendants, white space collapsed (for metadata).
std::string element_text(const GumboNode* node);

// The value of an element's attribute, or nullptr when it has none.
const char* html_attribute(const GumboElement& element, const char* name);

// True if an element's class, id or role marks it as site furniture ("share-bar", "related").
bool is_furniture_element(const GumboElement& element);

}  // namespace slant
