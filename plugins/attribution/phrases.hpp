// Phrase edges found without a parser: the source phrase before or after a cue, and the
// clause a cue introduces. Every scan is bounded, so rules stay linear in article length.
#pragma once

#include "text_model.hpp"

namespace slant::plugins::attribution {

constexpr uint32_t kMaxSourceTokens = 30;
constexpr uint32_t kMaxSegmentTokens = 14;

// source_phrase.cpp
// The subject that ends right before token end (a name, "a spokesman for X", or a name with
// appositions: "Scott Lee, the state's attorney general,"), not reaching before floor.
TokRange subject_before(const Doc& doc, uint32_t end, uint32_t floor);
// The noun phrase that starts at token begin ("according to [the Journal]", "said [Lee, a
// spokesman]"), not reaching limit; with_apposition takes ", a spokesman for X" too.
TokRange phrase_after(const Doc& doc, uint32_t begin, uint32_t limit, bool with_apposition);

// content_clause.cpp
// Trims punctuation and dangling marks from both ends of a content range.
TokRange trim_content(const Doc& doc, TokRange r);
// The span list of a content range: whole quotes inside it keep their marks out when the
// range is exactly one quote (its inner text), otherwise the range as it is.
sdk::Span content_span(const Doc& doc, TokRange r);

}  // namespace slant::plugins::attribution
