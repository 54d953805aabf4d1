#include "corpus/statistics.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "corpus/random.hpp"

namespace slant::corpus {
namespace {

double sum(const std::vector<double>& v) { return std::accumulate(v.begin(), v.end(), 0.0); }

// Number of k-subsets of n, or a value above `cap` when it exceeds cap.
double choose_capped(size_t n, size_t k, double cap) {
  k = std::min(k, n - k);
  double c = 1;
  for (size_t i = 1; i <= k; ++i) {
    c = c * static_cast<double>(n - k + i) / static_cast<double>(i);
    if (c > cap) return cap + 1;
  }
  return std::round(c);
}

// Ties must count as "as extreme": the tolerance absorbs rounding in the sums.
bool at_least(double stat, double observed) { return stat >= observed - 1e-9 * std::max(1.0, std::fabs(observed)); }

}  // namespace

double mean(const std::vector<double>& v) { return v.empty() ? kNaN : sum(v) / static_cast<double>(v.size()); }

double median(std::vector<double> v) {
  if (v.empty()) return kNaN;
  std::sort(v.begin(), v.end());
  size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double quantile_sorted(const std::vector<double>& s, double q) {
  if (s.empty()) return kNaN;
  double pos = q * static_cast<double>(s.size() - 1);
  size_t lo = static_cast<size_t>(std::floor(pos));
  size_t hi = std::min(lo + 1, s.size() - 1);
  return s[lo] + (pos - static_cast<double>(lo)) * (s[hi] - s[lo]);
}

Interval bootstrap_mean_interval(const std::vector<double>& values, int resamples, double level, uint64_t seed) {
  if (values.empty()) return {kNaN, kNaN};
  if (values.size() == 1 || resamples < 1) return {values[0], values[0]};
  Rng rng(seed);
  const size_t n = values.size();
  std::vector<double> means(static_cast<size_t>(resamples));
  for (auto& m : means) {
    double s = 0;
    for (size_t i = 0; i < n; ++i) s += values[rng.below(n)];
    m = s / static_cast<double>(n);
  }
  std::sort(means.begin(), means.end());
  const double tail = (1 - level) / 2;
  return {quantile_sorted(means, tail), quantile_sorted(means, 1 - tail)};
}

PermutationResult permutation_test(const std::vector<double>& group, const std::vector<double>& rest,
                                   int permutations, uint64_t seed) {
  PermutationResult r;
  const size_t k = group.size(), n = group.size() + rest.size();
  if (k == 0 || rest.empty()) {
    r.p = kNaN;
    return r;
  }
  std::vector<double> pool(group);
  pool.insert(pool.end(), rest.begin(), rest.end());
  const double total = sum(pool);
  auto statistic = [&](double group_sum) {
    return std::fabs(group_sum / static_cast<double>(k) - (total - group_sum) / static_cast<double>(n - k));
  };
  const double observed = statistic(sum(group));

  const double splits = choose_capped(n, k, permutations);
  if (splits <= permutations) {
    // Every k-subset of the pool, in lexicographic order of indices.
    std::vector<size_t> idx(k);
    std::iota(idx.begin(), idx.end(), 0);
    uint64_t extreme = 0, count = 0;
    while (true) {
      double s = 0;
      for (size_t i : idx) s += pool[i];
      extreme += at_least(statistic(s), observed);
      ++count;
      size_t i = k;
      while (i > 0 && idx[i - 1] == n - k + i - 1) --i;
      if (i == 0) break;
      ++idx[i - 1];
      for (size_t j = i; j < k; ++j) idx[j] = idx[j - 1] + 1;
    }
    r.p = static_cast<double>(extreme) / static_cast<double>(count);
    r.permutations = count;
    r.exact = true;
    return r;
  }
  // Monte Carlo: a partial Fisher-Yates shuffle draws a uniform random subset of the smaller
  // side each time (the pool stays a permutation, so it needs no reset).
  Rng rng(seed);
  const bool draw_group = k <= n - k;
  const size_t m = draw_group ? k : n - k;
  uint64_t extreme = 0;
  for (int b = 0; b < permutations; ++b) {
    double s = 0;
    for (size_t i = 0; i < m; ++i) {
      size_t j = i + rng.below(n - i);
      std::swap(pool[i], pool[j]);
      s += pool[i];
    }
    extreme += at_least(statistic(draw_group ? s : total - s), observed);
  }
  r.p = (1.0 + static_cast<double>(extreme)) / (1.0 + permutations);
  r.permutations = static_cast<uint64_t>(permutations);
  return r;
}

std::vector<double> holm_adjust(const std::vector<double>& p) {
  std::vector<size_t> order;
  for (size_t i = 0; i < p.size(); ++i)
    if (!std::isnan(p[i])) order.push_back(i);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return p[a] < p[b]; });
  std::vector<double> out(p.size(), kNaN);
  const size_t m = order.size();
  double running = 0;
  for (size_t r = 0; r < m; ++r) {
    running = std::max(running, std::min(1.0, static_cast<double>(m - r) * p[order[r]]));
    out[order[r]] = running;
  }
  return out;
}

std::vector<double> benjamini_hochberg_adjust(const std::vector<double>& p) {
  std::vector<size_t> order;
  for (size_t i = 0; i < p.size(); ++i)
    if (!std::isnan(p[i])) order.push_back(i);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return p[a] < p[b]; });
  std::vector<double> out(p.size(), kNaN);
  const size_t m = order.size();
  double running = 1;
  for (size_t r = m; r-- > 0;) {
    running = std::min(running, p[order[r]] * static_cast<double>(m) / static_cast<double>(r + 1));
    out[order[r]] = std::min(1.0, running);
  }
  return out;
}

double hedges_g(const std::vector<double>& a, const std::vector<double>& b) {
  const size_t n1 = a.size(), n2 = b.size();
  if (n1 < 2 || n2 < 2) return kNaN;
  const double m1 = mean(a), m2 = mean(b);
  double ss1 = 0, ss2 = 0;
  for (double x : a) ss1 += (x - m1) * (x - m1);
  for (double x : b) ss2 += (x - m2) * (x - m2);
  const double sd = std::sqrt((ss1 + ss2) / static_cast<double>(n1 + n2 - 2));
  if (sd == 0) return kNaN;
  const double correction = 1 - 3 / (4 * static_cast<double>(n1 + n2) - 9);
  return (m1 - m2) / sd * correction;
}

double cliffs_delta(const std::vector<double>& a, const std::vector<double>& b) {
  if (a.empty() || b.empty()) return kNaN;
  std::vector<double> sorted(b);
  std::sort(sorted.begin(), sorted.end());
  double score = 0;
  for (double x : a) {
    auto lower = std::lower_bound(sorted.begin(), sorted.end(), x);
    auto upper = std::upper_bound(sorted.begin(), sorted.end(), x);
    score += static_cast<double>(lower - sorted.begin()) - static_cast<double>(sorted.end() - upper);
  }
  return score / (static_cast<double>(a.size()) * static_cast<double>(b.size()));
}

}  // namespace slant::corpus
