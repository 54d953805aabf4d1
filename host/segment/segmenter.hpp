// Segments an Article once: paragraphs, sentences, tokens (with lower-case forms) and
// direct-quote regions, all as byte offsets into its UTF-8 text.
#pragma once

#include "article/article.hpp"

namespace slant {

// Fills paragraphs, sentences, tokens, quotes and lower_store of a, replacing what was there.
// Never throws on any input bytes; invalid UTF-8 is treated byte by byte (a stray byte counts
// as a letter, so mis-declared Latin-1 words stay whole). Linear in the text's length.
//
// Paragraphs (segment/paragraph_splitter.hpp): split at blank lines; a text without blank
// lines is one paragraph per line unless its lines look hard-wrapped. Spans are trimmed.
//
// Sentences never cross a paragraph. A closing quote mark or bracket after the final stop
// belongs to the sentence it closes. Abbreviations ("U.S.", "Mr.", "Sept. 11", "No. 1",
// initials) keep their period; after "U.S."-like abbreviations and initials a sentence ends
// only before a typical sentence-opening word ("in the U.S. The next day").
//
// Tokens follow the contract in sdk/include/slant/plugin_abi.h and docs: PTB clitics ("do"
// "n't", "ca" "n't", "China" "'s"), hyphenated words whole, numbers ("3.5", "1,000", "10:30",
// "1990s", "'90s") as NUMBER, URLs and e-mail addresses as one SYMBOL token. Curly quotes and
// apostrophes are straight in the lower form, soft hyphens are dropped from it, NBSP separates
// tokens. CAPITALIZED and ALL_CAPS are set on WORD tokens only. SENTENCE_START is set on a
// sentence's first token and, when that is punctuation (an opening quote, a bracket), on the
// tokens up to its first word.
// token.lower points into lower_store, which is allocated on the heap (never the short-string
// buffer), so moving the Article keeps the pointers valid; copying it does not.
//
// Quotes: " (by context, like two straight apostrophes ''typed for it''), curly double and
// single marks, low-9 marks and guillemets; marks
// nest (a single quote inside a double one has depth 1). A straight ' opens only inside another
// quote; the right single mark is a closing mark only when a single quote is open, otherwise an
// apostrophe, and after a plural's s before a lower-case word ("members' rights") it is taken
// as a possessive. Apostrophes typed with the left mark ("Trump‘s", "‘bout", "the ‘90s")
// are not quote marks. A quote still open at the end of its paragraph ends there, closed = 0.
// A quote that runs over several paragraphs (the news convention: no closing mark at the end of
// a paragraph, a fresh opening mark at the start of the next) is therefore one region per
// paragraph, each closed = 0 except the last, which closes; a reader joins them by noticing that
// an unclosed region ends its paragraph and the next paragraph begins with a quote region.
void segment(Article& a);

}  // namespace slant
