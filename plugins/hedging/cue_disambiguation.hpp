// Context checks that keep look-alikes of lexicon cues quiet: the month May, "about" meaning
// "concerning", "could" of past ability, "would" of future-in-the-past, "appeared in the film".
#pragma once

#include <slant/lexicon.hpp>

#include <cstdint>

#include "sentence_words.hpp"

namespace slant::plugins::hedging {

// Whether the lexicon entry matched at token i (relative to the sentence) is a cue here.
bool accept_cue(const sdk::LexiconEntry& entry, const SentenceWords& w, int64_t i);

// Whether a number or a quantity phrase starts at token i ("40", "$5", "a dozen", "half").
bool quantity_at(const SentenceWords& w, int64_t i);

// Capitalised "May" (the month, or a name such as "Theresa May"), as opposed to the modal.
bool is_month_or_name_may(const SentenceWords& w, int64_t i);

// The "could" of past ability or purpose: "could not attend", "could see", "so that she could".
bool is_ability_could(const SentenceWords& w, int64_t i);

// The "would" of future-in-the-past, habit or wish: "said it would", "would later", "would like".
bool is_non_epistemic_would(const SentenceWords& w, int64_t i);

// "would" of a hedged judgement ("this would suggest", "it would seem").
bool tentative_would(const SentenceWords& w, int64_t i);

// Whether the token before i (skipping auxiliaries and adverbs) is "I" or "we".
bool first_person_subject(const SentenceWords& w, int64_t i);

}  // namespace slant::plugins::hedging
