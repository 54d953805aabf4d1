// Runs the real pipeline over a labeled JSONL file and hands each gold object with its report
// to a scorer; the shared part of every `slant eval` set.
#pragma once

#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <vector>

#include "analysis/analyser.hpp"
#include "merge/report.hpp"

namespace slant::eval {

struct RunStats {
  size_t items = 0;
  size_t bad_lines = 0;
};

// Calls score(gold, report) for every line of path with a usable "text". Bad lines are counted
// and reported on err with their line number.
RunStats for_each_item(const std::string& path, const Analyser& analyser,
                       const std::function<void(const nlohmann::json&, const Report&)>& score, std::ostream& err);

// Precision, recall and F1 from counts; 0 where undefined.
struct Counts {
  double tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp > 0 ? tp / (tp + fp) : 0; }
  double recall() const { return tp + fn > 0 ? tp / (tp + fn) : 0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

// The figures of one evaluation, by name, in the order they were added (for printing and for
// --require checks).
class Figures {
 public:
  void add(const std::string& name, double value) {
    if (!index_.count(name)) order_.push_back(name);
    index_[name] = value;
  }
  void add_counts(const std::string& prefix, const Counts& c) {
    add(prefix + "_precision", c.precision());
    add(prefix + "_recall", c.recall());
    add(prefix + "_f1", c.f1());
  }
  void print(std::ostream& out) const;
  // Checks "name=min" requirements; prints each failure; returns false if any failed.
  bool check(const std::vector<std::string>& requirements, std::ostream& err) const;

 private:
  std::vector<std::string> order_;
  std::map<std::string, double> index_;
};

// Spearman rank correlation (average ranks for ties).
double spearman(const std::vector<double>& a, const std::vector<double>& b);

}  // namespace slant::eval
