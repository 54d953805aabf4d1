// The statistics of an outlet comparison: mean and median, a percentile bootstrap interval for
// the mean, a permutation test of one group against the rest, multiple-comparison corrections
// (Holm, Benjamini-Hochberg), and effect sizes (Hedges' g, Cliff's delta). Seeded, deterministic.
#pragma once

#include <cstdint>
#include <limits>
#include <vector>

namespace slant::corpus {

// A figure that cannot be computed (no values, no spread): written as null / an empty cell.
inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double mean(const std::vector<double>& v);    // NaN when empty
double median(std::vector<double> v);         // middle value, or the mean of the two middle ones
// The q-quantile of sorted values, linear between order statistics (R's type 7).
double quantile_sorted(const std::vector<double>& sorted, double q);

struct Interval {
  double low = 0, high = 0;
};
// Percentile bootstrap of the mean: `resamples` resamples of the values with replacement; the
// interval holds the central `level` of their means. A single value gives [v, v].
Interval bootstrap_mean_interval(const std::vector<double>& values, int resamples, double level, uint64_t seed);

struct PermutationResult {
  double p = 1;             // two-sided
  uint64_t permutations = 0;
  bool exact = false;       // every split enumerated
};
// Two-sided test of |mean(group) - mean(rest)| against random relabellings that keep the group
// size. Enumerates every split when there are at most `permutations` of them (an exact p);
// otherwise draws `permutations` at random and gives p = (1 + #as extreme) / (1 + permutations).
PermutationResult permutation_test(const std::vector<double>& group, const std::vector<double>& rest,
                                   int permutations, uint64_t seed);

// Adjusted p-values, in the order given (NaN entries are left out of the family and stay NaN).
std::vector<double> holm_adjust(const std::vector<double>& p);
std::vector<double> benjamini_hochberg_adjust(const std::vector<double>& p);

// (mean(a) - mean(b)) / pooled SD, with the small-sample correction; NaN when undefined.
double hedges_g(const std::vector<double>& a, const std::vector<double>& b);
// P(a > b) - P(a < b) over all pairs; NaN when either is empty.
double cliffs_delta(const std::vector<double>& a, const std::vector<double>& b);

}  // namespace slant::corpus
