// HTML pages (saved web pages, XHTML): the story body and its metadata become one Article;
// a page with no story text gets one error naming the file.
#pragma once

#include <string>
#include <string_view>

#include "readers/read_sink.hpp"

namespace slant {

// Reads one page from its raw bytes; source names it in errors. The page's declared charset is
// honoured unless `charset` names one (the XML reader passes "utf-8" for text it converted).
void read_html(std::string content, const std::string& source, const ReadSink& sink, std::string_view charset = {});

// The story text of an HTML fragment (a feed item's content): paragraphs separated by a blank
// line, furniture dropped. The input must already be UTF-8.
std::string html_fragment_to_text(std::string_view html);

}  // namespace slant
