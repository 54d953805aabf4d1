// The benchmark's corpus generator (tests/bench/make_corpus.py): deterministic for a seed, the
// size asked for, and articles of the length asked for, so throughput figures can be reproduced
// and taken on news-length articles as well as on the samples' short ones.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>

#include "run_slant.hpp"

namespace slant::test {
namespace {

struct CorpusShape {
  size_t articles = 0, text_bytes = 0;
};

class BenchCorpus : public ::testing::Test {
 protected:
  std::filesystem::path dir = std::filesystem::temp_directory_path() / ("slant-bench-corpus-" + std::to_string(::getpid()));
  void SetUp() override {
    if (std::system("python3 -c 'import json' >/dev/null 2>&1") != 0) GTEST_SKIP() << "python3 is not installed";
    std::filesystem::create_directories(dir);
  }
  void TearDown() override { std::filesystem::remove_all(dir); }

  std::string make(const std::string& name, const std::string& options) {
    const std::string out = (dir / name).string();
    const std::string cmd = "python3 " + shell_quote(std::string(SLANT_SOURCE_DIR) + "/tests/bench/make_corpus.py") +
                            " --out " + shell_quote(out) + " " + options + " 2>/dev/null";
    EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
    return out;
  }
  static CorpusShape shape(const std::string& path) {
    CorpusShape s;
    std::istringstream in(read_file(path));
    for (std::string line; std::getline(in, line);) {
      auto j = nlohmann::json::parse(line);
      ++s.articles;
      s.text_bytes += j["text"].get<std::string>().size();
    }
    return s;
  }
};

TEST_F(BenchCorpus, NewsLengthArticlesAverageTheLengthAskedFor) {
  const CorpusShape s = shape(make("news.jsonl", "--mb 0.3 --article-kb 4 --seed 3"));
  ASSERT_GT(s.articles, 0u);
  const double mean_kb = static_cast<double>(s.text_bytes) / s.articles / 1000;
  EXPECT_GT(mean_kb, 3.4);
  EXPECT_LT(mean_kb, 5.0);
  EXPECT_GE(s.text_bytes, 300000u);
}

TEST_F(BenchCorpus, TheDefaultKeepsTheSamplesShortArticles) {
  const CorpusShape s = shape(make("short.jsonl", "--mb 0.2 --seed 3"));
  ASSERT_GT(s.articles, 0u);
  EXPECT_LT(static_cast<double>(s.text_bytes) / s.articles, 1500.0);
}

TEST_F(BenchCorpus, OneSeedGivesTheSameCorpus) {
  const std::string a = read_file(make("a.jsonl", "--mb 0.1 --article-kb 3 --seed 9"));
  const std::string b = read_file(make("b.jsonl", "--mb 0.1 --article-kb 3 --seed 9"));
  const std::string c = read_file(make("c.jsonl", "--mb 0.1 --article-kb 3 --seed 10"));
  EXPECT_FALSE(a.empty());
  EXPECT_EQ(a, b);
  EXPECT_NE(a, c);
}

}  // namespace
}  // namespace slant::test
