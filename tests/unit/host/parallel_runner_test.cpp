// The parallel runner delivers every result exactly once and in input order, whatever the
// thread count, and bounds how many articles are in flight.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>

#include "analysis/parallel_runner.hpp"

namespace slant {
namespace {

std::vector<std::string> run(unsigned threads, int n, std::atomic<int>* peak = nullptr) {
  std::vector<std::string> delivered;
  std::atomic<int> live{0};
  ParallelRunner runner(
      threads,
      [&](Article&& a, Report& r, std::string& formatted) {
        int now = ++live;
        if (peak && now > peak->load()) *peak = now;
        // Uneven work so batches finish out of order.
        if (a.text.size() % 3 == 0) std::this_thread::sleep_for(std::chrono::microseconds(200));
        formatted = "done:" + a.meta.id;
        r.article = std::move(a);
        --live;
      },
      [&](Report& r, std::string& formatted) {
        EXPECT_EQ(formatted, "done:" + r.article.meta.id);
        delivered.push_back(r.article.meta.id);
      },
      4);
  for (int i = 0; i < n; ++i) {
    Article a;
    a.meta.id = std::to_string(i);
    a.text = std::string(static_cast<size_t>(i % 7), 'x');
    runner.submit(std::move(a));
  }
  runner.finish();
  return delivered;
}

TEST(ParallelRunner, DeliversEverythingInInputOrder) {
  for (unsigned threads : {1u, 2u, 3u, 8u}) {
    auto got = run(threads, 203);
    ASSERT_EQ(got.size(), 203u) << threads;
    for (int i = 0; i < 203; ++i) ASSERT_EQ(got[static_cast<size_t>(i)], std::to_string(i)) << threads;
  }
}

TEST(ParallelRunner, EmptyInputDeliversNothing) { EXPECT_TRUE(run(2, 0).empty()); }

TEST(ParallelRunner, NeverRunsMoreWorkAtOnceThanThreads) {
  std::atomic<int> peak{0};
  run(2, 100, &peak);
  EXPECT_LE(peak.load(), 2);
  EXPECT_GE(peak.load(), 1);
}

}  // namespace
}  // namespace slant
