// The comparison statistics against small cases worked out by hand (written beside each case).
#include <gtest/gtest.h>

#include <cmath>

#include "corpus/statistics.hpp"

using namespace slant::corpus;

TEST(Statistics, MeanAndMedian) {
  EXPECT_DOUBLE_EQ(mean({1, 2, 6}), 3.0);
  EXPECT_DOUBLE_EQ(median({5, 1, 3}), 3.0);     // middle of 1 3 5
  EXPECT_DOUBLE_EQ(median({4, 1, 3, 10}), 3.5);  // (3 + 4) / 2
  EXPECT_TRUE(std::isnan(mean({})));
  EXPECT_TRUE(std::isnan(median({})));
}

TEST(Statistics, QuantileInterpolatesBetweenOrderStatistics) {
  // Type 7: position q * (n - 1); 0.25 * 4 = 1 -> 20; 0.1 * 4 = 0.4 -> 10 + 0.4 * 10 = 14.
  EXPECT_DOUBLE_EQ(quantile_sorted({10, 20, 30, 40, 50}, 0.25), 20);
  EXPECT_DOUBLE_EQ(quantile_sorted({10, 20, 30, 40, 50}, 0.1), 14);
}

TEST(Statistics, BootstrapIntervalMatchesTheExactResamplingDistribution) {
  // {0, 0, 3}: a resample's mean is the number of 3s drawn, k ~ Binomial(3, 1/3):
  // P(0) = 8/27 = .296, P(1) = 12/27, P(2) = 6/27, P(3) = 1/27 = .037. The 2.5% quantile is 0;
  // P(mean <= 2) = 26/27 = .963 < .975, so the 97.5% quantile is 3: the interval is [0, 3].
  Interval ci = bootstrap_mean_interval({0, 0, 3}, 20000, 0.95, 42);
  EXPECT_DOUBLE_EQ(ci.low, 0);
  EXPECT_DOUBLE_EQ(ci.high, 3);
  // {0, 10}: means 0, 5, 10 with 1/4, 1/2, 1/4. An 80% interval (10%..90%) lies inside the
  // outer quarters: [0, 10].
  Interval two = bootstrap_mean_interval({0, 10}, 20000, 0.80, 7);
  EXPECT_DOUBLE_EQ(two.low, 0);
  EXPECT_DOUBLE_EQ(two.high, 10);
  // A 40% interval (30%..70%) falls inside the middle half: [5, 5].
  Interval mid = bootstrap_mean_interval({0, 10}, 20000, 0.40, 7);
  EXPECT_DOUBLE_EQ(mid.low, 5);
  EXPECT_DOUBLE_EQ(mid.high, 5);
}

TEST(Statistics, BootstrapIsDeterministicForASeed) {
  std::vector<double> v = {1.5, 2, 7, 3.25, 9, 4, 4, 0.5};
  Interval a = bootstrap_mean_interval(v, 500, 0.95, 123), b = bootstrap_mean_interval(v, 500, 0.95, 123);
  EXPECT_EQ(a.low, b.low);
  EXPECT_EQ(a.high, b.high);
  Interval c = bootstrap_mean_interval(v, 500, 0.95, 124);
  EXPECT_TRUE(a.low != c.low || a.high != c.high);  // another seed, other resamples
  EXPECT_LE(a.low, mean(v));
  EXPECT_GE(a.high, mean(v));
}

TEST(Statistics, ConstantValuesGiveAPointInterval) {
  Interval ci = bootstrap_mean_interval({2, 2, 2, 2}, 100, 0.95, 1);
  EXPECT_DOUBLE_EQ(ci.low, 2);
  EXPECT_DOUBLE_EQ(ci.high, 2);
}

TEST(Statistics, ExactPermutationTestByHand) {
  // {1,2} against {3,4,5}: 10 ways to pick 2 of 5. With s the pair's sum, the difference of
  // means is s/2 - (15-s)/3 = (5s - 30)/6; observed s = 3 gives -2.5. Only s = 3 ({1,2}) and
  // s = 9 ({4,5}) reach |2.5|: p = 2/10.
  PermutationResult r = permutation_test({1, 2}, {3, 4, 5}, 1000, 1);
  EXPECT_TRUE(r.exact);
  EXPECT_EQ(r.permutations, 10u);
  EXPECT_DOUBLE_EQ(r.p, 0.2);
  // Identical groups: every split is as extreme as the observed 0: p = 1.
  EXPECT_DOUBLE_EQ(permutation_test({1, 1}, {1, 1, 1}, 1000, 1).p, 1.0);
}

TEST(Statistics, MonteCarloPermutationApproachesTheExactP) {
  // 6 of 14 values: C(14, 6) = 3003 splits. Exact with a budget of 5000, sampled below 3003.
  std::vector<double> g = {5, 6, 7, 5.5, 8, 6.5}, rest = {4, 3, 5, 4.5, 2, 6, 3.5, 5};
  PermutationResult exact = permutation_test(g, rest, 5000, 3);
  ASSERT_TRUE(exact.exact);
  EXPECT_EQ(exact.permutations, 3003u);
  PermutationResult mc = permutation_test(g, rest, 3000, 3);
  EXPECT_FALSE(mc.exact);
  EXPECT_NEAR(mc.p, exact.p, 0.01);
  EXPECT_GT(mc.p, 0);  // (1 + extreme) / (1 + B) is never 0
}

TEST(Statistics, NoRestMeansNoTest) { EXPECT_TRUE(std::isnan(permutation_test({1, 2}, {}, 100, 1).p)); }

TEST(Statistics, HolmByHand) {
  // Sorted .005 .01 .03 .04 times 4 3 2 1 = .02 .03 .06 .04 -> running max .02 .03 .06 .06.
  std::vector<double> adj = holm_adjust({0.01, 0.04, 0.03, 0.005});
  EXPECT_NEAR(adj[0], 0.03, 1e-12);
  EXPECT_NEAR(adj[1], 0.06, 1e-12);
  EXPECT_NEAR(adj[2], 0.06, 1e-12);
  EXPECT_NEAR(adj[3], 0.02, 1e-12);
  // Capped at 1; NaN stays out of the family (m = 2 here).
  std::vector<double> capped = holm_adjust({0.6, NAN, 0.7});
  EXPECT_DOUBLE_EQ(capped[0], 1.0);  // .6 * 2
  EXPECT_TRUE(std::isnan(capped[1]));
  EXPECT_DOUBLE_EQ(capped[2], 1.0);
}

TEST(Statistics, BenjaminiHochbergByHand) {
  // Sorted .005 .01 .03 .04, ranks 1..4: p * 4 / rank = .02 .02 .04 .04; running min from the top.
  std::vector<double> adj = benjamini_hochberg_adjust({0.01, 0.04, 0.03, 0.005});
  EXPECT_NEAR(adj[0], 0.02, 1e-12);
  EXPECT_NEAR(adj[1], 0.04, 1e-12);
  EXPECT_NEAR(adj[2], 0.04, 1e-12);
  EXPECT_NEAR(adj[3], 0.02, 1e-12);
  // .01 .02 .9: .03 .03 .9.
  std::vector<double> b = benjamini_hochberg_adjust({0.9, 0.02, 0.01});
  EXPECT_NEAR(b[0], 0.9, 1e-12);
  EXPECT_NEAR(b[1], 0.03, 1e-12);
  EXPECT_NEAR(b[2], 0.03, 1e-12);
}

TEST(Statistics, EffectSizesByHand) {
  // Means 2 and 5; sums of squares 2 and 2; pooled SD sqrt(4/4) = 1; d = -3;
  // correction 1 - 3 / (4 * 6 - 9) = 0.8: g = -2.4.
  EXPECT_NEAR(hedges_g({1, 2, 3}, {4, 5, 6}), -2.4, 1e-12);
  // {1,2,3} vs {2,4}: 1 is below both (-2), 2 ties 2 and is below 4 (-1), 3 is above 2 and
  // below 4 (0): -3 over 6 pairs = -0.5.
  EXPECT_NEAR(cliffs_delta({1, 2, 3}, {2, 4}), -0.5, 1e-12);
  EXPECT_TRUE(std::isnan(hedges_g({1}, {2, 3})));
  EXPECT_TRUE(std::isnan(hedges_g({1, 1}, {1, 1})));  // no spread: undefined, not infinite
}
