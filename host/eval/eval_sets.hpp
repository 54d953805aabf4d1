// The labeled sets `slant eval` knows, each scored the way ../shared/eval/README.md describes:
// attribution (PolNeAR spans), hedging (sentences), subjectivity (NewsSD), opinion (BABE).
#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "analysis/analyser.hpp"
#include "eval/eval_runner.hpp"

namespace slant::eval {

struct EvalSet {
  std::string name;
  std::string plugin;  // the plugin it measures
  std::string description;
  // Scores the gold file; writes misses as JSON lines to misses when given.
  std::function<Figures(const std::string& gold, const Analyser&, std::ostream* misses, std::ostream& err)> run;
};

const std::vector<EvalSet>& eval_sets();

Figures evaluate_attribution(const std::string& gold, const Analyser&, std::ostream* misses, std::ostream& err);
Figures evaluate_hedging(const std::string& gold, const Analyser&, std::ostream* misses, std::ostream& err);
Figures evaluate_subjectivity(const std::string& gold, const Analyser&, std::ostream* misses, std::ostream& err);
Figures evaluate_opinion(const std::string& gold, const Analyser&, std::ostream* misses, std::ostream& err);

}  // namespace slant::eval
