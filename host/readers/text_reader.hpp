// Plain-text articles: an optional title line, paragraphs separated by blank lines, and trailing
// site furniture ("Related stories", share lines) dropped and reported.
#pragma once

#include <string>

#include "readers/read_sink.hpp"

namespace slant {

// Builds the article from a whole file's text; source names it in errors and metadata.
void read_text(std::string content, const std::string& source, const ReadSink& sink);

}  // namespace slant
