#include "hedging_plugin.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

#include "cue_finder.hpp"
#include "explanation.hpp"
#include "scope.hpp"
#include "sentence_words.hpp"

namespace slant::plugins {

using hedging::kFindingCategories;

sdk::PluginInfo Hedging::info() {
  sdk::PluginInfo i;
  i.id = "hedging";
  i.name = "Hedging";
  i.version = "0.1.0";
  i.description =
      "Hedges (epistemic modals and verbs, hedging adverbs, adjectives and nouns, approximators, "
      "weasel subjects, agentless passives, negated certainty, conditionals) and boosters, each "
      "with the clause it qualifies.";
  i.finding_kinds = {"hedge", "booster"};
  i.params = {
      {"lexicon", SLANT_PARAM_PATH, "hedges.tsv",
       "The cue lexicon (phrase, category, weight, note); a relative path is taken in the plugin's "
       "data folder."},
      {"extra_lexicon", SLANT_PARAM_PATH, "",
       "A lexicon read on top of the bundled one, to add cues or word classes; a relative path is "
       "taken in the plugin's data folder."},
      {"min_weight", SLANT_PARAM_NUMBER, "0",
       "Report only cues whose weight is at least this (0 to 1)."},
      {"vague_quantifiers", SLANT_PARAM_BOOL, "true",
       "Report vague quantifiers over unnamed sets (\"some countries\", \"many of the members\") "
       "as hedges of category vague-quantifier."},
  };
  i.scores = {
      {"hedges_per_100_words", "hedge", SLANT_SCORE_PER_100_WORDS,
       "Hedging cues per 100 words: how often the text qualifies its claims."},
      {"boosters_per_100_words", "booster", SLANT_SCORE_PER_100_WORDS,
       "Boosters per 100 words: how often the text presents its claims as beyond doubt."},
  };
  i.thread_safe = true;
  return i;
}

Hedging::Hedging(const sdk::Config& cfg) {
  const std::string path = cfg.data_path(cfg.string("lexicon"));
  const std::string extra_name = cfg.string("extra_lexicon");
  const std::string extra = extra_name.empty() ? std::string() : cfg.data_path(extra_name);
  min_weight_ = cfg.number("min_weight");
  options_.vague_quantifiers = cfg.boolean("vague_quantifiers");
  if (min_weight_ < 0 || min_weight_ > 1)
    throw std::invalid_argument("hedging: parameter 'min_weight' must be between 0 and 1, got '" +
                                cfg.string("min_weight") + "'");
  for (size_t k = 0; k < kFindingCategories.size(); ++k)
    metric_names_[k] = "hedge." + std::string(kFindingCategories[k]);
  try {
    lexicon_ = hedging::HedgeLexicon::load(path, extra);
  } catch (const std::exception& e) {
    throw std::runtime_error(std::string("hedging: ") + e.what());
  }
}

void Hedging::analyse(const sdk::Article& a, sdk::Sink& out) const {
  // Cues by category, in the order of kFindingCategories (a category outside it is not reported).
  std::array<int, kFindingCategories.size()> per_category{};
  int hedges = 0, boosters = 0;
  std::vector<hedging::StartMask> starts;  // reused from sentence to sentence
  for (const auto& sentence : a.sentences()) {
    const auto tokens = a.tokens_of(sentence);
    starts.resize(tokens.size());  // written by index: a push_back a token checked the capacity
    for (size_t k = 0; k < tokens.size(); ++k) starts[k] = lexicon_.starts(sdk::view(tokens[k].lower));
    const hedging::SentenceWords w(tokens, starts);
    if (w.size() == 0) continue;
    const auto cues = hedging::find_cues(lexicon_, w, options_);
    if (cues.empty()) continue;  // most sentences: no clause bounds needed
    const hedging::ClauseBounds bounds(w);
    for (const auto& cue : cues) {
      if (cue.weight < min_weight_) continue;
      const bool booster = cue.category == "booster";
      sdk::Finding f;
      f.kind = booster ? "booster" : "hedge";
      f.span = {w.token(cue.first()).begin, w.token(cue.end() - 1).end};
      f.rule = cue.rule;
      f.evidence = std::string(a.text_of(f.span));
      f.explanation = hedging::explain(cue.category, f.evidence);
      f.weight = cue.weight;
      for (const auto& [first, end] : cue.cue) f.part("cue", {w.token(first).begin, w.token(end - 1).end});
      f.part("scope", hedging::scope_span(w, bounds, cue));
      f.attribute("category", cue.category);
      out.add(f);
      const auto known = std::find(kFindingCategories.begin(), kFindingCategories.end(), cue.category);
      if (known != kFindingCategories.end()) ++per_category[static_cast<size_t>(known - kFindingCategories.begin())];
      ++(booster ? boosters : hedges);
    }
  }

  uint32_t words = 0;
  for (const auto& t : a.tokens()) words += (t.kind == SLANT_TOKEN_WORD || t.kind == SLANT_TOKEN_NUMBER);
  const auto per_100 = [&](int n) { return words ? 100.0 * n / words : 0.0; };
  out.metric("hedges_per_100_words", per_100(hedges));
  out.metric("boosters_per_100_words", per_100(boosters));
  for (size_t k = 0; k < kFindingCategories.size(); ++k) {
    if (kFindingCategories[k] == "booster") continue;
    out.metric(metric_names_[k], per_100(per_category[k]));
  }
}

}  // namespace slant::plugins
