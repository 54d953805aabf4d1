// The hedging plugin: finds the words with which a text qualifies its claims (hedges) or
// overstates them (boosters), each with the clause it qualifies. Voice is left to the host.
#pragma once

#include <slant/plugin.hpp>

#include <array>
#include <string>

#include "cue_finder.hpp"
#include "hedge_lexicon.hpp"

namespace slant::plugins {

class Hedging {
 public:
  static sdk::PluginInfo info();
  explicit Hedging(const sdk::Config& cfg);
  void analyse(const sdk::Article& a, sdk::Sink& out) const;

 private:
  hedging::HedgeLexicon lexicon_;
  hedging::CueOptions options_;
  double min_weight_ = 0;
  // "hedge.<category>" for each of kFindingCategories, built once: the metrics are sent for every
  // article, and a string built for each had cost more than the counting.
  std::array<std::string, hedging::kFindingCategories.size()> metric_names_;
};

}  // namespace slant::plugins
