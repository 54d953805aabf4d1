// Finds every hedge and booster cue in one sentence: phrase rules first, then lexicon entries
// that pass their context checks; a token belongs to at most one cue.
#pragma once

#include <vector>

#include "cue_match.hpp"
#include "hedge_lexicon.hpp"
#include "sentence_words.hpp"

namespace slant::plugins::hedging {

std::vector<CueMatch> find_cues(const HedgeLexicon& lex, const SentenceWords& w);

}  // namespace slant::plugins::hedging
