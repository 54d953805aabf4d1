// The outlet comparison: for each genre group (all articles, then news, analysis, opinion apart
// when the genre is known), each outlet and each measure, the mean and median, a bootstrap
// interval of the mean, a permutation test against the other outlets with a multiple-comparison
// correction, and effect sizes.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "corpus/dataset.hpp"

namespace slant::corpus {

struct CompareOptions {
  int resamples = 2000;     // bootstrap resamples
  int permutations = 5000;  // permutation-test relabellings (exact enumeration when fewer splits)
  double level = 0.95;      // interval coverage
  double alpha = 0.05;      // significance after correction
  uint64_t seed = 1;        // the same seed and data give the same numbers
  std::string correction = "holm";  // "holm" or "bh"
  bool by_genre = true;     // also compare within each known genre
  unsigned jobs = 0;        // threads (0: every core); the result does not depend on it
};

struct OutletStat {
  std::string outlet;
  size_t articles = 0;  // with a value for this measure
  double mean = 0, median = 0, ci_low = 0, ci_high = 0;
  double rest_mean = 0, difference = 0;  // mean of the other outlets' articles, and mean - that
  double p = 0, p_adjusted = 0;          // NaN when there is nothing to test against
  bool exact = false, significant = false;
  uint64_t permutations = 0;
  double hedges_g = 0, cliffs_delta = 0;
};

struct MeasureResult {
  MeasureSpec spec;
  size_t articles = 0;
  double overall_mean = 0;  // over every article of the group
  std::vector<OutletStat> outlets;
};

struct OutletSummary {
  std::string outlet;
  size_t articles = 0;
  uint64_t words = 0;
};

struct GroupResult {
  std::string genre;  // "all", "news", "analysis", "opinion", "unknown"
  size_t articles = 0;
  uint64_t words = 0;
  std::vector<OutletSummary> outlets;
  std::vector<MeasureResult> measures;
};

struct Comparison {
  CompareOptions options;
  size_t articles = 0;
  std::vector<GroupResult> groups;
};

Comparison compare_outlets(const Dataset& data, const CompareOptions& options);

// The seed of one test: the user's seed mixed with the group, outlet and measure, so a figure
// does not change when other outlets or measures are added.
uint64_t cell_seed(uint64_t seed, const std::string& group, const std::string& outlet, const std::string& measure);

}  // namespace slant::corpus
