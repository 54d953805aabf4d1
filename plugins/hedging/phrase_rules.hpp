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

// Whether each rule above can match at token i: false only when it cannot, because the token is
// no word the rule begins with (its StartMask bits) and, for a weasel subject, no plural noun.
// Most tokens open no rule: the finder tests these inline and calls only the rules that can.
inline bool may_open_weasel(const SentenceWords& w, int64_t i) {
  return w.may_start(i, kStartsQuantifier | kStartsGroup | kRuleOpener) || w.plural_noun(i);
}
inline bool may_open_agentless_passive(const SentenceWords& w, int64_t i) {
  return w.may_start(i, kStartsModifier | kStartsPassiveAnchor | kStartsPassiveOpinion | kStartsPassiveReport);
}
inline bool may_open_conditional(const SentenceWords& w, int64_t i) { return w.may_start(i, kRuleOpener); }
inline bool may_open_vague_quantity(const SentenceWords& w, int64_t i) {
  return w.may_start(i, kStartsVagueQuantifier);
}

}  // namespace slant::plugins::hedging
