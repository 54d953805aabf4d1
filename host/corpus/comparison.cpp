#include "corpus/comparison.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <map>
#include <set>
#include <thread>

#include "corpus/article_identity.hpp"
#include "corpus/statistics.hpp"

namespace slant::corpus {
namespace {

struct Task {
  size_t group, measure, outlet;
};

// Runs f(i) for i in [0, n) on up to `jobs` threads; each i writes only its own result.
template <class F>
void parallel_for(size_t n, unsigned jobs, F f) {
  jobs = jobs ? jobs : std::max(1u, std::thread::hardware_concurrency());
  jobs = static_cast<unsigned>(std::min<size_t>(jobs, std::max<size_t>(n, 1)));
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i; (i = next++) < n;) f(i);
  };
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < jobs; ++t) threads.emplace_back(work);
  work();
  for (auto& t : threads) t.join();
}

}  // namespace

uint64_t cell_seed(uint64_t seed, const std::string& group, const std::string& outlet, const std::string& measure) {
  return seed ^ stable_hash(group + '\x1f' + outlet + '\x1f' + measure);
}

Comparison compare_outlets(const Dataset& data, const CompareOptions& options) {
  Comparison c;
  c.options = options;
  c.articles = data.articles.size();

  // Groups: every article, then each genre when any genre is known.
  std::vector<std::string> genres = {"all"};
  if (options.by_genre) {
    std::set<std::string> seen;
    bool any_known = false;
    for (const auto& a : data.articles) {
      seen.insert(a.genre.empty() ? "unknown" : a.genre);
      any_known |= !a.genre.empty();
    }
    if (any_known)
      for (const char* g : {"news", "analysis", "opinion", "unknown"})
        if (seen.count(g)) genres.push_back(g);
  }
  // Per group: the articles in it (key order, as stored) and the outlets.
  std::vector<std::vector<size_t>> members(genres.size());
  for (size_t g = 0; g < genres.size(); ++g) {
    GroupResult group;
    group.genre = genres[g];
    std::map<std::string, OutletSummary> outlets;
    for (size_t a = 0; a < data.articles.size(); ++a) {
      const auto& art = data.articles[a];
      const std::string genre = art.genre.empty() ? "unknown" : art.genre;
      if (g != 0 && genre != genres[g]) continue;
      members[g].push_back(a);
      auto& o = outlets[art.outlet];
      o.outlet = art.outlet;
      ++o.articles;
      o.words += art.words;
      ++group.articles;
      group.words += art.words;
    }
    for (auto& [name, o] : outlets) group.outlets.push_back(o);
    for (const auto& spec : data.measures) {
      MeasureResult m;
      m.spec = spec;
      for (const auto& o : group.outlets) {
        OutletStat s;
        s.outlet = o.outlet;
        m.outlets.push_back(s);
      }
      group.measures.push_back(std::move(m));
    }
    c.groups.push_back(std::move(group));
  }

  std::vector<Task> tasks;
  for (size_t g = 0; g < c.groups.size(); ++g)
    for (size_t m = 0; m < data.measures.size(); ++m)
      for (size_t o = 0; o < c.groups[g].outlets.size(); ++o) tasks.push_back({g, m, o});

  parallel_for(tasks.size(), options.jobs, [&](size_t t) {
    const Task& task = tasks[t];
    GroupResult& group = c.groups[task.group];
    OutletStat& s = group.measures[task.measure].outlets[task.outlet];
    std::vector<double> mine, rest;
    for (size_t a : members[task.group]) {
      const double v = data.articles[a].values[task.measure];
      if (std::isnan(v)) continue;
      (data.articles[a].outlet == s.outlet ? mine : rest).push_back(v);
    }
    const uint64_t seed = cell_seed(options.seed, group.genre, s.outlet, data.measures[task.measure].id);
    s.articles = mine.size();
    s.mean = mean(mine);
    s.median = median(mine);
    Interval ci = bootstrap_mean_interval(mine, options.resamples, options.level, seed);
    s.ci_low = ci.low;
    s.ci_high = ci.high;
    s.rest_mean = mean(rest);
    s.difference = s.mean - s.rest_mean;
    PermutationResult p = permutation_test(mine, rest, options.permutations, seed ^ 0x5bd1e995ull);
    s.p = p.p;
    s.exact = p.exact;
    s.permutations = p.permutations;
    s.hedges_g = hedges_g(mine, rest);
    s.cliffs_delta = cliffs_delta(mine, rest);
  });

  // Corrections: one family per genre group (every outlet x measure test in it).
  for (size_t g = 0; g < c.groups.size(); ++g) {
    auto& group = c.groups[g];
    std::vector<double> ps;
    for (auto& m : group.measures)
      for (auto& s : m.outlets) ps.push_back(s.p);
    auto adjusted = options.correction == "bh" ? benjamini_hochberg_adjust(ps) : holm_adjust(ps);
    size_t i = 0;
    for (auto& m : group.measures) {
      std::vector<double> all;
      for (size_t a : members[g])
        if (double v = data.articles[a].values[&m - group.measures.data()]; !std::isnan(v)) all.push_back(v);
      m.articles = all.size();
      m.overall_mean = mean(all);
      for (auto& s : m.outlets) {
        s.p_adjusted = adjusted[i++];
        s.significant = !std::isnan(s.p_adjusted) && s.p_adjusted < options.alpha;
      }
    }
  }
  return c;
}

}  // namespace slant::corpus
