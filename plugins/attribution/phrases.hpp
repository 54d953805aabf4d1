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

// A word that says a source goes unnamed ("named" and "identified" after "not to be",
// "anonymity", "authorized", "publicly"): the reason clause after it ("because they feared
// reprisals") still describes the source.
bool withholds_name(std::string_view w);
// The noun phrase that starts at token begin ("according to [the Journal]", "said [Lee, a
// spokesman]"), not reaching limit; with_apposition takes ", a spokesman for X" too.
TokRange phrase_after(const Doc& doc, uint32_t begin, uint32_t limit, bool with_apposition);
// The subject of the clause that starts the sentence, for a verb that has none of its own: a
// participle ("Lee left, saying ...") or the second of two coordinated verbs ("Lee left and
// said ..."). An opening adjunct ("In an interview, Lee ...") is skipped; the phrase is a
// pronoun, or names, determiners and title words up to and including one common noun.
TokRange clause_subject(const Doc& doc, uint32_t s_begin, uint32_t limit);
// Where the subject of the clause that opens at s_begin starts: after a dateline, an opening
// quote mark or conjunction, and an opening adjunct up to its comma ("In an interview, Lee").
// limit when an opening adjunct has no comma before it.
uint32_t clause_start(const Doc& doc, uint32_t s_begin, uint32_t limit);
// The first token of a relative or participle clause that ends at the comma at token comma
// ("Lee, [who ran the campaign], said"; "Lee, [writing for the court], said"), or comma when the
// segment before it is no such clause.
uint32_t apposed_clause_start(const Doc& doc, uint32_t comma, uint32_t floor);
// The end of a wire dateline that opens the sentence at b ("HALVARD (Wire) - ", "LONDON, March 3
// (Reuters) — "); b when there is none.
uint32_t after_dateline(const Doc& doc, uint32_t b, uint32_t limit);

// content_clause.cpp
// Trims punctuation and dangling marks from both ends of a content range.
TokRange trim_content(const Doc& doc, TokRange r);
// The span list of a content range: whole quotes inside it keep their marks out when the
// range is exactly one quote (its inner text), otherwise the range as it is.
sdk::Span content_span(const Doc& doc, TokRange r);

}  // namespace slant::plugins::attribution
