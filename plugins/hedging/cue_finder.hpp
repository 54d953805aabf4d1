// Finds every hedge and booster cue in one sentence: phrase rules first, then lexicon entries
// that pass their context checks; a token belongs to at most one cue.
#pragma once

#include <vector>

#include "cue_match.hpp"
#include "hedge_lexicon.hpp"
#include "sentence_words.hpp"

namespace slant::plugins::hedging {

struct CueOptions {
  bool vague_quantifiers = true;  // report "some countries", "many of the members"
};

std::vector<CueMatch> find_cues(const HedgeLexicon& lex, const SentenceWords& w,
                                const CueOptions& options = {});

}  // namespace slant::plugins::hedging
