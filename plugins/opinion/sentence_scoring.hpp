// Scores one voice side of a sentence with the linear model and picks the cues: the signals
// and words that pushed the score up most, which every opinion finding names.
#pragma once

#include <slant/plugin.hpp>

#include <span>
#include <string>
#include <vector>

#include "feature_index.hpp"
#include "linear_model.hpp"
#include "model_features.hpp"
#include "signals.hpp"
#include "voice_sides.hpp"

namespace slant::plugins::opinion {

struct Cue {
  sdk::Span span{0, 0};     // the cue part the finding carries
  sdk::Span display{0, 0};  // the words shown as evidence (wider for a scare quote)
  double contribution = 0;  // to the model's logit
  std::string label;        // a signal class name, or "model" for learned word weights
  std::string rule;         // the lexicon entry or pattern, or "model:w:<word>"
};

// A learned word or pair weight is named as a cue (or makes a side nameable) from this much.
inline constexpr double kMinWordCue = 0.25;

struct SideScore {
  double logit = 0;
  double probability = 0;
  std::vector<Cue> cues;             // strongest first; never empty
  std::vector<std::string> signals;  // classes that pushed the score up, "model" last
  std::string rule;                  // "opinion:<strongest signal>" or "model:<feature>"
  // Whether a cue weighs: a signal that pushed the score up, or a learned weight of at least
  // kMinWordCue. A side is judged opinion only when it has one, so every finding names words a
  // reader can weigh, never only "is" or "the" that add up in the score.
  bool named = false;
};

class SentenceScorer {
 public:
  explicit SentenceScorer(const LinearModel& model, size_t max_cues = 3)
      : model_(model), index_(model), max_cues_(max_cues) {}

  // Scores a side given its signals (only those on the side). Linear in the side's length.
  // Reads the same features as side_features() (which training uses) in the same order, but
  // through the model's index: only weighted features are looked at and no name is built.
  SideScore score(const sdk::Article& a, const VoiceSide& side, std::span<const Signal> signals,
                  const SentenceContext& ctx) const;

  const LinearModel& model() const { return model_; }

 private:
  const LinearModel& model_;
  FeatureIndex index_;
  size_t max_cues_;
};

}  // namespace slant::plugins::opinion
