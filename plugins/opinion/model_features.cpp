// Extracts the linear model's features from one voice side (see model_features.hpp).
#include "model_features.hpp"

#include <algorithm>
#include <unordered_set>

namespace slant::plugins::opinion {

// An "-ly" adverb of manner or comment ("gloatingly", "conveniently") often carries the writer's
// view; these common ones tell time, frequency, degree or place and do not.
bool is_plain_ly_word(std::string_view w) {
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
  return kPlain.count(w) != 0;
}

std::string_view name(ContextFeature f) {
  static constexpr std::string_view kNames[kContextFeatureCount] = {
      "c:has-quote", "c:reporting", "c:short", "c:long", "c:date", "c:past"};
  return kNames[static_cast<size_t>(f)];
}

namespace {

// Asked only of capitalised words; a few size-first comparisons cost less than hashing.
bool is_date_word(std::string_view w) {
  static constexpr std::string_view kDates[] = {
      "january", "february", "march", "april", "june", "july", "august", "september",
      "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday"};
  return std::find(std::begin(kDates), std::end(kDates), w) != std::end(kDates);
}

bool is_year(std::string_view w) {
  return w.size() == 4 && (w.starts_with("19") || w.starts_with("20")) &&
         std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

void context_values(const sdk::Article& a, const VoiceSide& side, const SentenceContext& ctx,
                    double (&out)[kContextFeatureCount]) {
  std::fill(std::begin(out), std::end(out), 0.0);
  auto set = [&](ContextFeature f, double v) { out[static_cast<size_t>(f)] = v; };
  // Context describes the writer's side (it is learned there): a quotation or a reporting verb
  // beside the writer's words. A quoted side is scored on its own words.
  if (ctx.has_quote && !side.in_quote) set(ContextFeature::has_quote, 1);
  if (ctx.reporting && !side.in_quote) set(ContextFeature::reporting, 1);
  if (side.words < 8) set(ContextFeature::short_side, 1);
  if (side.words > 35) set(ContextFeature::long_side, 1);
  // A date or a past form marks the writer narrating events; a speaker's words are not
  // narration, and the model never saw a quoted side.
  if (side.in_quote) return;
  const auto all = a.tokens();
  for (uint32_t idx : side.tokens) {
    const auto& t = all[idx];
    const std::string_view w = sdk::Article::lower(t);
    // A past tense or participle ("voted", "approved"); crude ("indeed", "wicked") but measured:
    // a refined test (no "-eed", no "hundred") did no better.
    if (t.kind == SLANT_TOKEN_WORD && w.size() >= 5 && w.ends_with("ed")) set(ContextFeature::past, 1);
    // A month or weekday is written with a capital ("protesters march" is no date).
    const bool capital = a.text()[t.begin] >= 'A' && a.text()[t.begin] <= 'Z';
    if ((t.kind == SLANT_TOKEN_NUMBER && is_year(w)) ||
        (t.kind == SLANT_TOKEN_WORD && capital && is_date_word(w))) {
      set(ContextFeature::date, 1);
    }
    if (out[static_cast<size_t>(ContextFeature::past)] != 0 &&
        out[static_cast<size_t>(ContextFeature::date)] != 0)
      break;  // nothing more to learn from the side
  }
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
  double context[kContextFeatureCount];
  context_values(a, side, ctx, context);
  for (size_t k = 0; k < kContextFeatureCount; ++k)
    if (context[k] != 0)
      out.push_back({std::string(name(static_cast<ContextFeature>(k))), context[k], 0, 0});
  return out;
}

}  // namespace slant::plugins::opinion
