#include "hedge_lexicon.hpp"

#include "rule_words.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <stdexcept>
#include <utility>
#include <vector>

namespace slant::plugins::hedging {

bool is_finding_category(std::string_view category) {
  return std::find(kFindingCategories.begin(), kFindingCategories.end(), category) !=
         kFindingCategories.end();
}

namespace {

std::string expected_categories() {
  std::string out;
  for (auto c : kFindingCategories) out += (out.empty() ? "" : ", ") + std::string(c);
  for (auto c : kWordClasses) out += ", " + std::string(c);
  return out;
}

}  // namespace

namespace {

// Each word class of the file: its category, the lexicon that holds it, and its bit in a
// token's StartMask. (The cues, of every finding category, are HedgeLexicon::cues, kStartsCue.)
struct WordClassLexicon {
  std::string_view category;
  sdk::Lexicon HedgeLexicon::*lexicon;
  StartMask bit;
};
constexpr WordClassLexicon kClassLexicons[] = {
    {"class:weasel-quantifier", &HedgeLexicon::quantifiers, kStartsQuantifier},
    {"class:vague-quantifier", &HedgeLexicon::vague_quantifiers, kStartsVagueQuantifier},
    {"class:group-noun", &HedgeLexicon::groups, kStartsGroup},
    {"class:report-verb", &HedgeLexicon::report_verbs, kStartsReportVerb},
    {"class:opinion-verb", &HedgeLexicon::opinion_verbs, kStartsOpinionVerb},
    {"class:passive-opinion", &HedgeLexicon::passive_opinion, kStartsPassiveOpinion},
    {"class:passive-report", &HedgeLexicon::passive_report, kStartsPassiveReport},
    {"class:consensus-participle", &HedgeLexicon::consensus_participles, kStartsConsensusParticiple},
    {"class:hedge-modifier", &HedgeLexicon::modifiers, kStartsModifier}};
constexpr size_t kClassCount = std::size(kClassLexicons);

}  // namespace

void HedgeLexicon::add(const sdk::Lexicon& lexicon) {
  // Each entry goes to the lexicon of its category (cues) or word class; each is indexed once.
  std::vector<std::vector<sdk::LexiconEntry>> parts(kClassCount + 1);  // the last: cues
  for (const auto& e : lexicon.entries()) {
    size_t target = kClassCount;
    if (!is_finding_category(e.category)) {
      target = 0;
      while (target < kClassCount && kClassLexicons[target].category != e.category) ++target;
      if (target == kClassCount)
        throw std::runtime_error(lexicon.path() + ":" + std::to_string(e.line) + ": unknown category '" +
                                 e.category + "' (expected one of: " + expected_categories() + ")");
    }
    parts[target].push_back(e);
  }
  for (size_t k = 0; k < kClassCount; ++k) (this->*kClassLexicons[k].lexicon).add(parts[k]);
  cues.add(parts.back());
  index_first_words();
}

void HedgeLexicon::index_first_words() {
  std::map<std::string, StartMask> masks;
  for (const auto& e : cues.entries()) masks[e.words.front()] |= kStartsCue;
  for (const auto& c : kClassLexicons)
    for (const auto& e : (this->*c.lexicon).entries()) masks[e.words.front()] |= c.bit;
  for (auto word : kPassiveAnchors) masks[std::string(word)] |= kStartsPassiveAnchor;
  for (auto word : kIrregularPlurals) masks[std::string(word)] |= kIrregularPlural;
  for (auto word : kRuleOpeners) masks[std::string(word)] |= kRuleOpener;
  std::vector<sdk::LexiconEntry> words;
  words.reserve(masks.size());
  start_masks_.clear();
  for (const auto& [word, mask] : masks) {
    sdk::LexiconEntry e;
    e.phrase = word;
    e.words = {word};
    words.push_back(std::move(e));
    start_masks_.push_back(mask);
  }
  first_words_ = sdk::Lexicon();
  first_words_.add(words);  // keeps the order of words, so entry k has start_masks_[k]
}

HedgeLexicon HedgeLexicon::load(const std::string& path, const std::string& extra_path) {
  HedgeLexicon lex;
  lex.add(sdk::Lexicon::load(path));
  if (!extra_path.empty()) lex.add(sdk::Lexicon::load(extra_path));
  return lex;
}

HedgeLexicon HedgeLexicon::from_text(std::string_view text, const std::string& name) {
  HedgeLexicon lex;
  lex.add(sdk::Lexicon::parse(text, name));
  return lex;
}

}  // namespace slant::plugins::hedging
