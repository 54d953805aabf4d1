// Extracts the linear model's features from one voice side (see model_features.hpp).
#include "model_features.hpp"

#include <algorithm>
#include <unordered_set>

namespace slant::plugins::opinion {

// An "-ly" adverb of manner or comment ("gloatingly", "conveniently") often carries the writer's
// view; these common ones tell time, frequency, degree or place and do not.
bool is_stance_adverb(std::string_view w) {
  static const std::unordered_set<std::string_view> kPlain = {
      "only", "early", "family", "july", "italy", "daily", "weekly", "monthly", "yearly",
      "quarterly", "reply", "supply", "apply", "rely", "fly", "ally", "rally", "assembly",
      "likely", "unlikely", "reportedly", "allegedly", "recently", "currently", "previously",
      "initially", "finally", "formerly", "nearly", "roughly", "approximately", "respectively",
      "mostly", "largely", "partly", "usually", "generally", "typically", "directly", "publicly",
      "officially", "lately", "shortly", "newly", "jointly", "separately", "subsequently",
      "eventually", "immediately", "annually", "originally", "fully", "nationally", "locally",
      "internationally", "globally", "widely", "mainly", "primarily", "especially",
      "particularly", "specifically", "frequently", "rarely", "additionally", "apparently",
      "possibly", "probably", "firstly", "secondly", "lastly", "briefly", "similarly",
      "accordingly", "already", "holly", "bully", "belly", "jelly", "friendly", "elderly", "orderly", "emily", "kelly", "sally", "lily",
      "molly", "billy", "polly", "dolly", "hourly", "nightly", "costly", "deadly", "silly",
      "ugly", "lovely", "lonely", "timely", "manly", "womanly", "homely"};
  return w.size() >= 5 && w.substr(w.size() - 2) == "ly" && !kPlain.count(w);
}

std::vector<FeatureHit> side_features(const sdk::Article& a, const VoiceSide& side,
                                      std::span<const Signal> side_signals,
                                      const SentenceContext& ctx) {
  std::vector<FeatureHit> out;
  out.reserve(2 * side.tokens.size() + side_signals.size() + 4);
  const auto all = a.tokens();
  std::string_view prev = "<s>";
  uint32_t prev_index = side.tokens.empty() ? 0 : side.tokens.front();
  int adverbs = 0;
  for (uint32_t idx : side.tokens) {
    const auto& t = all[idx];
    if (!is_wordlike(t)) continue;
    const std::string_view w = t.kind == SLANT_TOKEN_NUMBER ? "<num>" : sdk::Article::lower(t);
    if (t.kind == SLANT_TOKEN_WORD && is_stance_adverb(w) && adverbs < 2) {
      out.push_back({"m:ly-adverb", 1, idx, idx + 1});
      ++adverbs;
    }
    std::string word = "w:";
    word += w;
    out.push_back({std::move(word), 1, idx, idx + 1});
    std::string pair = "b:";
    pair.append(prev).append(" ").append(w);
    out.push_back({std::move(pair), 1, prev == "<s>" ? idx : prev_index, idx + 1});
    prev = w;
    prev_index = idx;
  }
  // A word or pair counts once per side, at its first occurrence: sort, then drop repeats
  // (n log n; a hash set of strings cost more than the rest of the scoring together).
  std::vector<uint32_t> order(out.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](uint32_t x, uint32_t y) { return out[x].name < out[y].name; });
  std::vector<bool> repeat(out.size(), false);
  for (size_t i = 1; i < order.size(); ++i)
    if (out[order[i]].name == out[order[i - 1]].name && out[order[i]].name[0] != 'm')
      repeat[order[i]] = true;
  size_t kept = 0;
  for (size_t i = 0; i < out.size(); ++i) {
    if (repeat[i]) continue;
    if (kept != i) out[kept] = std::move(out[i]);  // never self-move: it may empty a string
    ++kept;
  }
  out.resize(kept);
  // Signal classes: each signal is one hit carrying its share of the capped class value.
  double sums[kSignalClassCount] = {};
  for (const auto& s : side_signals) sums[static_cast<size_t>(s.cls)] += s.weight;
  for (size_t k = 0; k < side_signals.size(); ++k) {
    const auto& s = side_signals[k];
    const double sum = sums[static_cast<size_t>(s.cls)];
    const double scale = sum > kSignalClassCap ? kSignalClassCap / sum : 1.0;
    out.push_back({"s:" + std::string(name(s.cls)), s.weight * scale, s.first, s.last,
                   static_cast<int>(k)});
  }
  // Context describes the writer's side (it is learned there): a quotation or a reporting verb
  // beside the writer's words. A quoted side is scored on its own words.
  if (ctx.has_quote && !side.in_quote) out.push_back({"c:has-quote", 1, 0, 0});
  if (ctx.reporting && !side.in_quote) out.push_back({"c:reporting", 1, 0, 0});
  if (side.words < 8) out.push_back({"c:short", 1, 0, 0});
  if (side.words > 35) out.push_back({"c:long", 1, 0, 0});
  return out;
}

}  // namespace slant::plugins::opinion
