// The opinion plugin: which sentences, or parts of sentences, judge rather than report, in whose
// voice, and whether the whole article reads as news, analysis or opinion.
#pragma once

#include <slant/plugin.hpp>

#include <array>
#include <memory>
#include <string>

#include "linear_model.hpp"
#include "sentence_scoring.hpp"
#include "signals.hpp"

namespace slant::plugins {

class Opinion {
 public:
  static sdk::PluginInfo info();
  explicit Opinion(const sdk::Config& cfg);
  void analyse(const sdk::Article& a, sdk::Sink& out) const;

  double threshold() const { return threshold_; }
  const opinion::LinearModel& model() const { return *model_; }

 private:
  opinion::SignalFinder finder_;
  std::unique_ptr<opinion::LinearModel> model_;  // stable address: the scorer refers to it
  opinion::SentenceScorer scorer_;
  double threshold_;
  std::string threshold_text_;  // as every finding's explanation gives it, "0.50"
  // "signal_<class>" for each signal class, built once: the metrics are sent for every article.
  std::array<std::string, opinion::kSignalClassCount> signal_metric_names_;
};

}  // namespace slant::plugins
