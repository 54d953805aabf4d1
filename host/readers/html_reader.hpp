// HTML pages (saved web pages, XHTML): the story body and its metadata become one Article;
// a page with no story text gets one error naming the file.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "readers/read_sink.hpp"

namespace slant {

// Reads one page from its raw bytes; source names it in errors. The page's declared charset is
// honoured unless `charset` names one (the XML reader passes "utf-8" for text it converted).
void read_html(std::string content, const std::string& source, const ReadSink& sink, std::string_view charset = {});

// Pages nested deeper than this are refused: gumbo's work per tag grows with the depth of open
// elements, so a file of thousands of unclosed <div>s would take minutes. Real pages stay far below.
inline constexpr size_t kMaxHtmlDepth = 1500;

// How deep elements nest, estimated from the tags without parsing (unclosed elements count as
// open; void elements, <p>, <li> and table cells do not deepen it). Linear in the input.
size_t estimated_html_depth(std::string_view html);

// The story text of an HTML fragment (a feed item's content): paragraphs separated by a blank
// line, furniture dropped. The input must already be UTF-8. Empty if nested too deep.
std::string html_fragment_to_text(std::string_view html);

}  // namespace slant
