// Scores a voice side and picks its cues (see sentence_scoring.hpp).
#include "sentence_scoring.hpp"

#include <algorithm>
#include <string_view>

namespace slant::plugins::opinion {
namespace {

// The label of a learned-weight cue, as a view: std::string != const char* in libstdc++ 12 is a
// compare() and a strlen a call, with no length test first.
constexpr std::string_view kModelLabel = "model";

// A weighted feature of the side, as side_features() would list it, without its name string.
struct WeightedHit {
  double contribution = 0;
  uint32_t first = 0, last = 0;  // first == last: no span
  int signal = -1;
  const std::string* name = nullptr;
};

// Which words and pairs a side has already counted: a stamp per id, reused across sides on the
// thread, so "first occurrence only" costs no set and no allocation per side.
struct SeenStamps {
  std::vector<uint32_t> words, pairs;
  uint32_t stamp = 0;
  void next_side(uint32_t word_count, uint32_t pair_count) {
    if (words.size() < word_count) words.resize(word_count, 0);
    if (pairs.size() < pair_count) pairs.resize(pair_count, 0);
    if (++stamp == 0) {  // wrapped: old stamps could collide
      std::fill(words.begin(), words.end(), 0);
      std::fill(pairs.begin(), pairs.end(), 0);
      stamp = 1;
    }
  }
  bool first_time(std::vector<uint32_t>& v, uint32_t id) {
    if (v[id] == stamp) return false;
    v[id] = stamp;
    return true;
  }
};

// The side's features with a nonzero weight, in side_features() order (words and pairs by token,
// then signals, then context): a zero weight adds nothing to the logit and makes no cue, so
// leaving those out changes neither the score nor the cues.
void weighted_hits(const FeatureIndex& ix, const sdk::Article& a, const VoiceSide& side,
                   std::span<const Signal> signals, const SentenceContext& ctx,
                   std::vector<WeightedHit>& out) {
  thread_local SeenStamps seen;
  seen.next_side(ix.word_count(), ix.pair_count());
  const auto all = a.tokens();
  uint32_t prev = ix.start_id();
  bool at_start = true;
  uint32_t prev_index = side.tokens.empty() ? 0 : side.tokens.front();
  int adverbs = 0;
  for (uint32_t idx : side.tokens) {
    const auto& t = all[idx];
    if (!is_wordlike(t)) continue;
    const std::string_view w = t.kind == SLANT_TOKEN_NUMBER ? "<num>" : sdk::Article::lower(t);
    if (t.kind == SLANT_TOKEN_WORD && adverbs < 2 && is_stance_adverb(w)) {
      // Counted (at most twice) whatever its weight, as in side_features().
      if (ix.ly_adverb().weight != 0)
        out.push_back({ix.ly_adverb().weight, idx, idx + 1, -1, ix.ly_adverb().name});
      ++adverbs;
    }
    const uint32_t id = ix.word_id(w);
    if (id != FeatureIndex::kNoWord) {
      const auto& ww = ix.word(id);
      if (ww.weight != 0 && seen.first_time(seen.words, id))
        out.push_back({ww.weight, idx, idx + 1, -1, ww.name});
    }
    const uint32_t p = ix.pair_index(prev, id);
    if (p != FeatureIndex::kNoWord && seen.first_time(seen.pairs, p)) {
      const auto& pw = ix.pair(p);
      if (pw.weight != 0) out.push_back({pw.weight, at_start ? idx : prev_index, idx + 1, -1, pw.name});
    }
    prev = id;
    at_start = false;
    prev_index = idx;
  }
  double sums[kSignalClassCount] = {};
  for (const auto& s : signals) sums[static_cast<size_t>(s.cls)] += s.weight;
  for (size_t k = 0; k < signals.size(); ++k) {
    const auto& s = signals[k];
    const auto& sw = ix.signal(s.cls);
    const double sum = sums[static_cast<size_t>(s.cls)];
    const double scale = sum > kSignalClassCap ? kSignalClassCap / sum : 1.0;
    const double value = s.weight * scale;
    const double c = sw.weight * value;
    if (c != 0) out.push_back({c, s.first, s.last, static_cast<int>(k), sw.name});
  }
  double context[kContextFeatureCount];
  context_values(a, side, ctx, context);
  for (size_t k = 0; k < kContextFeatureCount; ++k) {
    const auto& cw = ix.context(k);
    if (context[k] != 0 && cw.weight != 0) out.push_back({cw.weight * context[k], 0, 0, -1, cw.name});
  }
}

// A cue candidate before it is kept: a model cue's rule is only spelled out if it is kept.
struct Candidate {
  sdk::Span span{0, 0}, display{0, 0};
  double contribution = 0;
  int signal = -1;                    // index into the side's signals, or -1 for a model cue
  const std::string* name = nullptr;  // the model feature of a model cue
};

}  // namespace

SideScore SentenceScorer::score(const sdk::Article& a, const VoiceSide& side,
                                std::span<const Signal> signals, const SentenceContext& ctx) const {
  const auto all = a.tokens();
  thread_local std::vector<WeightedHit> hits;
  hits.clear();
  weighted_hits(index_, a, side, signals, ctx, hits);
  SideScore out;
  out.logit = model_.bias();
  // One cue candidate per signal; word and pair weights that fall inside a signal's words are
  // credited to it, the rest become "model" cues of their own.
  thread_local std::vector<Candidate> cands;
  cands.clear();
  for (size_t k = 0; k < signals.size(); ++k)
    cands.push_back({signals[k].cue_span.value_or(signals[k].span), signals[k].span, 0,
                     static_cast<int>(k), nullptr});
  double word_total = 0;
  for (const auto& h : hits) {
    const double c = h.contribution;
    out.logit += c;
    if (h.first == h.last) continue;
    if (h.signal >= 0) {
      cands[static_cast<size_t>(h.signal)].contribution += c;
      continue;
    }
    word_total += c;
    bool credited = false;
    for (size_t k = 0; k < signals.size() && !credited; ++k)
      if (h.first >= signals[k].first && h.last <= signals[k].last) {
        cands[k].contribution += c;
        credited = true;
      }
    if (!credited)
      cands.push_back({{all[h.first].begin, all[h.last - 1].end},
                       {all[h.first].begin, all[h.last - 1].end}, c, -1, h.name});
  }
  out.probability = sigmoid(out.logit);

  // Strongest first, ties in their order. A side mostly has a few candidates, and an insertion
  // sort needs none of stable_sort's temporary buffer; a side with many (a run-on text with no
  // sentence ends) goes to std::stable_sort, so the cost never grows with the square of its length.
  const auto stronger = [](const Candidate& x, const Candidate& y) { return x.contribution > y.contribution; };
  if (cands.size() > 32) {
    std::stable_sort(cands.begin(), cands.end(), stronger);
  } else {
    for (size_t i = 1; i < cands.size(); ++i) {
      const Candidate c = cands[i];
      size_t j = i;
      for (; j > 0 && stronger(c, cands[j - 1]); --j) cands[j] = cands[j - 1];
      cands[j] = c;
    }
  }
  // Drop a cue whose words another, stronger cue already covers (a word inside its pair).
  // A learned word weight is shown only when it weighs like a real cue: small positive weights
  // on "is" or "the" add up in the score but would tell a reader nothing.
  auto to_cue = [&](const Candidate& c) {
    if (c.signal >= 0) {
      const auto& s = signals[static_cast<size_t>(c.signal)];
      return Cue{c.span, c.display, c.contribution, std::string(name(s.cls)), s.rule};
    }
    return Cue{c.span, c.display, c.contribution, "model", "model:" + *c.name};
  };
  std::vector<Cue> kept;
  for (const auto& c : cands) {
    if (kept.size() >= max_cues_) break;
    if (c.contribution <= 0 && !kept.empty()) break;
    if (!kept.empty() && c.signal < 0 && c.contribution < kMinWordCue) continue;
    bool covered = false;
    for (const auto& k : kept)
      covered = covered || (c.display.begin < k.display.end && k.display.begin < c.display.end);
    if (!covered) kept.push_back(to_cue(c));
  }
  for (const auto& c : kept)
    out.named = out.named || (c.label != kModelLabel ? c.contribution > 0 : c.contribution >= kMinWordCue);
  if (kept.empty()) {
    // Nothing pushed the score up: name the side's first word so the finding still points somewhere.
    const auto& t = all[side.tokens.front()];
    kept.push_back({{t.begin, t.end}, {t.begin, t.end}, 0, "model", "model:bias"});
  }
  out.cues = std::move(kept);

  for (const auto& c : out.cues)
    if (c.contribution > 0 && c.label != kModelLabel &&
        std::find(out.signals.begin(), out.signals.end(), c.label) == out.signals.end())
      out.signals.push_back(c.label);
  for (size_t k = 0; k < signals.size(); ++k) {
    const std::string_view n = name(signals[k].cls);
    if (index_.signal(signals[k].cls).weight > 0 &&
        std::find(out.signals.begin(), out.signals.end(), n) == out.signals.end())
      out.signals.emplace_back(n);
  }
  if (word_total > 0) out.signals.push_back("model");

  const auto strongest = std::find_if(out.cues.begin(), out.cues.end(),
                                      [](const Cue& c) { return c.label != kModelLabel; });
  if (strongest != out.cues.end() && strongest->contribution > 0)
    out.rule = "opinion:" + strongest->label;
  else
    out.rule = out.cues.front().rule;
  return out;
}

}  // namespace slant::plugins::opinion
