#include "hedge_lexicon.hpp"

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

void HedgeLexicon::add(const sdk::Lexicon& lexicon) {
  // Each entry goes to the lexicon of its category (cues) or word class; each is indexed once.
  const std::pair<std::string_view, sdk::Lexicon*> classes[] = {
      {"class:weasel-quantifier", &quantifiers},       {"class:vague-quantifier", &vague_quantifiers},
      {"class:group-noun", &groups},                   {"class:opinion-verb", &opinion_verbs},
      {"class:consensus-participle", &consensus_participles}, {"class:report-verb", &report_verbs},
      {"class:passive-opinion", &passive_opinion},     {"class:passive-report", &passive_report},
      {"class:hedge-modifier", &modifiers}};
  std::vector<std::vector<sdk::LexiconEntry>> parts(std::size(classes) + 1);  // the last: cues
  for (const auto& e : lexicon.entries()) {
    size_t target = std::size(classes);
    if (!is_finding_category(e.category)) {
      target = 0;
      while (target < std::size(classes) && classes[target].first != e.category) ++target;
      if (target == std::size(classes))
        throw std::runtime_error(lexicon.path() + ":" + std::to_string(e.line) + ": unknown category '" +
                                 e.category + "' (expected one of: " + expected_categories() + ")");
    }
    parts[target].push_back(e);
  }
  for (size_t k = 0; k < std::size(classes); ++k) classes[k].second->add(parts[k]);
  cues.add(parts.back());
  index_first_words();
}

void HedgeLexicon::index_first_words() {
  const std::pair<const sdk::Lexicon*, StartMask> lexicons[] = {
      {&cues, kStartsCue},
      {&quantifiers, kStartsQuantifier},
      {&vague_quantifiers, kStartsVagueQuantifier},
      {&groups, kStartsGroup},
      {&report_verbs, kStartsReportVerb},
      {&opinion_verbs, kStartsOpinionVerb},
      {&passive_opinion, kStartsPassiveOpinion},
      {&passive_report, kStartsPassiveReport},
      {&consensus_participles, kStartsConsensusParticiple},
      {&modifiers, kStartsModifier}};
  std::map<std::string, StartMask> masks;
  for (const auto& [lexicon, bit] : lexicons)
    for (const auto& e : lexicon->entries()) masks[e.words.front()] |= bit;
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
