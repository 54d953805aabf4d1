// Segments an Article once: paragraphs, sentences, tokens (with lower-case forms) and
// direct-quote regions, all as byte offsets into its UTF-8 text.
#pragma once

#include "article/article.hpp"

namespace slant {

// Fills paragraphs, sentences, tokens, quotes and lower_store of a, replacing what was there.
// Never throws on any input bytes; invalid UTF-8 is treated byte by byte.
void segment(Article& a);

}  // namespace slant
