// The hedging plugin's word lists, read from one lexicon file (and an optional extension): cue
// entries by finding category, and the word classes the phrase rules are built from.
#pragma once

#include <slant/lexicon.hpp>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace slant::plugins::hedging {

// Every lexicon category that becomes a finding; "booster" is of kind "booster", the rest "hedge".
inline constexpr std::array<std::string_view, 13> kFindingCategories = {
    "epistemic-modal", "epistemic-verb",    "hedge-adverb", "hedge-adjective",
    "hedge-noun",      "approximator",      "weasel",       "vague-quantifier",
    "agentless-passive", "negated-certainty", "conditional", "peacock", "booster"};

// Word classes used by the phrase rules (category "class:<name>" in the file).
inline constexpr std::array<std::string_view, 9> kWordClasses = {
    "class:weasel-quantifier", "class:vague-quantifier", "class:group-noun",
    "class:report-verb",       "class:opinion-verb",     "class:passive-opinion",
    "class:passive-report",    "class:consensus-participle", "class:hedge-modifier"};

bool is_finding_category(std::string_view category);

// Which of HedgeLexicon's lexicons have an entry whose first word is a given word: one bit a
// lexicon; and which of the rules' word lists (rule_words.hpp) hold the word. A sentence's
// tokens are looked up once (HedgeLexicon::starts), and a rule asks a bit before it asks a
// lexicon or compares words, instead of hashing or comparing the same word once per rule.
using StartMask = uint16_t;
enum StartBit : StartMask {
  kStartsCue = 1u << 0,
  kStartsQuantifier = 1u << 1,
  kStartsVagueQuantifier = 1u << 2,
  kStartsGroup = 1u << 3,
  kStartsReportVerb = 1u << 4,
  kStartsOpinionVerb = 1u << 5,
  kStartsPassiveOpinion = 1u << 6,
  kStartsPassiveReport = 1u << 7,
  kStartsConsensusParticiple = 1u << 8,
  kStartsModifier = 1u << 9,
  kStartsPassiveAnchor = 1u << 10,  // one of kPassiveAnchors
  kIrregularPlural = 1u << 11,      // one of kIrregularPlurals
  kRuleOpener = 1u << 12,           // one of kRuleOpeners
};

struct HedgeLexicon {
  sdk::Lexicon cues;             // entries of a finding category, matched longest first
  sdk::Lexicon quantifiers;      // "some", "many", "a number of"
  sdk::Lexicon vague_quantifiers;  // "some", "many", "several" before a plural noun
  sdk::Lexicon groups;           // "critics", "experts", "people"
  sdk::Lexicon report_verbs;     // "say", "argue", "believe" after a weasel subject
  sdk::Lexicon opinion_verbs;    // "believe", "contend": a view held by any bare plural subject
  sdk::Lexicon passive_opinion;  // "believed", "regarded", "seen as": a hedge in any agentless passive
  sdk::Lexicon passive_report;   // "said", "reported": a hedge with "it" or a raising "to"
  sdk::Lexicon consensus_participles;  // "known", "accepted": a weasel after "widely", "commonly"
  sdk::Lexicon modifiers;        // adverbs allowed inside a passive ("widely", "generally")

  // Reads path, then extra_path (if not empty) on top. Throws std::runtime_error naming the file
  // (and line) when a file cannot be read or an entry has an unknown category.
  static HedgeLexicon load(const std::string& path, const std::string& extra_path);
  // The same from lexicon text in memory (tests).
  static HedgeLexicon from_text(std::string_view text, const std::string& name = "<inline>");

  void add(const sdk::Lexicon& lexicon);

  // The lexicons (StartBit) that have an entry starting with this lower-case word, and the
  // rule word lists that hold it; 0 for most words. A lexicon whose bit is clear has no match
  // at that token.
  StartMask starts(std::string_view lower) const {
    const sdk::LexiconEntry* e = first_words_.find_word(lower);
    return e ? start_masks_[static_cast<size_t>(e - first_words_.entries().data())] : 0;
  }

 private:
  void index_first_words();

  // Every first word of every lexicon above, once, as a one-word entry; start_masks_ is in the
  // order of its entries().
  sdk::Lexicon first_words_;
  std::vector<StartMask> start_masks_;
};

}  // namespace slant::plugins::hedging
