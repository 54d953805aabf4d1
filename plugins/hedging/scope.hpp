// The scope of a cue: the clause it qualifies, from the cue (or the complement of "critics
// argue that") to the end of its clause, found in one pass over the sentence.
#pragma once

#include <slant/plugin.hpp>

#include <vector>

#include "cue_match.hpp"
#include "sentence_words.hpp"

namespace slant::plugins::hedging {

// Clause boundaries of one sentence: a semicolon, a dash, a coordinating "but", and for a cue
// inside a direct quote also the quote's closing mark. Built once per sentence, so looking up
// the scope of every cue stays linear in the sentence length.
class ClauseBounds {
 public:
  explicit ClauseBounds(const SentenceWords& w);

  // The last token of the clause that runs on from token i (inclusive).
  int64_t clause_last(int64_t i, bool in_quote) const;
  // The first token of the clause that contains token i.
  int64_t clause_first(int64_t i, bool in_quote) const;

 private:
  std::vector<int64_t> next_, next_quote_;  // first boundary at or after i (size if none)
  std::vector<int64_t> prev_, prev_quote_;  // last boundary at or before i (-1 if none)
};

// The scope as a byte span of the article text; falls back to the clause before the cue when
// nothing follows it ("..., according to some."), and to the cue itself when that is empty too.
sdk::Span scope_span(const SentenceWords& w, const ClauseBounds& bounds, const CueMatch& m);

}  // namespace slant::plugins::hedging
