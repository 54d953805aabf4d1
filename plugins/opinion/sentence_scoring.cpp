// Scores a voice side and picks its cues (see sentence_scoring.hpp).
#include "sentence_scoring.hpp"

#include <algorithm>

namespace slant::plugins::opinion {

SideScore SentenceScorer::score(const sdk::Article& a, const VoiceSide& side,
                                std::span<const Signal> signals, const SentenceContext& ctx) const {
  const auto all = a.tokens();
  const auto hits = side_features(a, side, signals, ctx);
  SideScore out;
  out.logit = model_.bias();
  // One cue candidate per signal; word and pair weights that fall inside a signal's words are
  // credited to it, the rest become "model" cues of their own.
  std::vector<Cue> by_signal(signals.size());
  for (size_t k = 0; k < signals.size(); ++k)
    by_signal[k] = {signals[k].cue_span.value_or(signals[k].span), signals[k].span, 0,
                    std::string(name(signals[k].cls)), signals[k].rule};
  std::vector<Cue> words;
  double word_total = 0;
  for (const auto& h : hits) {
    const double c = model_.weight(h.name) * h.value;
    out.logit += c;
    if (c == 0 || h.first == h.last) continue;
    if (h.signal >= 0) {
      by_signal[static_cast<size_t>(h.signal)].contribution += c;
      continue;
    }
    word_total += c;
    bool credited = false;
    for (size_t k = 0; k < signals.size() && !credited; ++k)
      if (h.first >= signals[k].first && h.last <= signals[k].last) {
        by_signal[k].contribution += c;
        credited = true;
      }
    if (!credited)
      words.push_back({{all[h.first].begin, all[h.last - 1].end},
                       {all[h.first].begin, all[h.last - 1].end}, c, "model", "model:" + h.name});
  }
  out.probability = sigmoid(out.logit);

  std::vector<Cue> cues = std::move(by_signal);
  cues.insert(cues.end(), words.begin(), words.end());
  std::stable_sort(cues.begin(), cues.end(),
                   [](const Cue& x, const Cue& y) { return x.contribution > y.contribution; });
  // Drop a cue whose words another, stronger cue already covers (a word inside its pair).
  // A learned word weight is shown only when it weighs like a real cue: small positive weights
  // on "is" or "the" add up in the score but would tell a reader nothing.
  constexpr double kMinWordCue = 0.25;
  std::vector<Cue> kept;
  for (auto& c : cues) {
    if (kept.size() >= max_cues_) break;
    if (c.contribution <= 0 && !kept.empty()) break;
    if (!kept.empty() && c.label == "model" && c.contribution < kMinWordCue) continue;
    bool covered = false;
    for (const auto& k : kept)
      covered = covered || (c.display.begin < k.display.end && k.display.begin < c.display.end);
    if (!covered) kept.push_back(std::move(c));
  }
  if (kept.empty()) {
    // Nothing pushed the score up: name the side's first word so the finding still points somewhere.
    const auto& t = all[side.tokens.front()];
    kept.push_back({{t.begin, t.end}, {t.begin, t.end}, 0, "model", "model:bias"});
  }
  out.cues = std::move(kept);

  for (const auto& c : out.cues)
    if (c.contribution > 0 && c.label != "model" &&
        std::find(out.signals.begin(), out.signals.end(), c.label) == out.signals.end())
      out.signals.push_back(c.label);
  for (size_t k = 0; k < signals.size(); ++k) {
    const std::string n(name(signals[k].cls));
    if (model_.weight("s:" + n) > 0 &&
        std::find(out.signals.begin(), out.signals.end(), n) == out.signals.end())
      out.signals.push_back(n);
  }
  if (word_total > 0) out.signals.push_back("model");

  const auto strongest = std::find_if(out.cues.begin(), out.cues.end(),
                                      [](const Cue& c) { return c.label != "model"; });
  if (strongest != out.cues.end() && strongest->contribution > 0)
    out.rule = "opinion:" + strongest->label;
  else
    out.rule = out.cues.front().rule;
  return out;
}

}  // namespace slant::plugins::opinion
