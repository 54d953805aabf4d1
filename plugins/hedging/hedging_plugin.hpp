// The hedging plugin: finds the words with which a text qualifies its claims (hedges) or
// overstates them (boosters), each with the clause it qualifies. Voice is left to the host.
#pragma once

#include <slant/plugin.hpp>

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
};

}  // namespace slant::plugins
