// Hedges built around word classes rather than fixed entries: weasel subjects ("some critics
// argue", "according to some"), agentless passives ("it is believed that", "is said to have")
// and conditionals that qualify a claim ("if ..., it would ...").
#pragma once

#include <optional>

#include "cue_match.hpp"
#include "hedge_lexicon.hpp"
#include "sentence_words.hpp"

namespace slant::plugins::hedging {

// A weasel subject or "according to" + unnamed group starting at token i.
std::optional<CueMatch> match_weasel(const HedgeLexicon& lex, const SentenceWords& w, int64_t i);

// An agentless passive of a verb of saying or believing starting at token i ("it", a form of
// "be", "as", or the participle itself in a reduced relative: "a tree believed to be ...").
std::optional<CueMatch> match_agentless_passive(const HedgeLexicon& lex, const SentenceWords& w,
                                                int64_t i);

// A vague quantifier over an unspecified set: "some countries", "many of the members",
// "several reviewers" -- the Wikipedia sense of a weasel word, kept as its own category.
std::optional<CueMatch> match_vague_quantity(const HedgeLexicon& lex, const SentenceWords& w,
                                             int64_t i);

// "if"/"unless" opening a clause, when a tentative modal follows later in the sentence.
std::optional<CueMatch> match_conditional(const SentenceWords& w, int64_t i);

// Whether any rule above can match at token i: false only when none can, because the token is
// no word a rule begins with (StartMask bits) and no plural noun (a bare plural subject). Most
// tokens are neither, and are passed over without trying each rule.
inline bool may_open_phrase_rule(const SentenceWords& w, int64_t i) {
  constexpr StartMask kOpensRule = kStartsQuantifier | kStartsVagueQuantifier | kStartsGroup | kStartsModifier |
                                   kStartsPassiveAnchor | kStartsPassiveOpinion | kStartsPassiveReport |
                                   kRuleOpener;
  return w.may_start(i, kOpensRule) || w.plural_noun(i);
}

}  // namespace slant::plugins::hedging
