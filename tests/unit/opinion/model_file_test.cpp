// The model weights file: it loads, stays small, and a corrupt one is refused with an error
// that names the file and the line.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "linear_model.hpp"
#include "opinion_test_support.hpp"

namespace {

using slant::plugins::opinion::LinearModel;

std::string error_of(std::string_view text) {
  try {
    LinearModel::parse(text, "weights.tsv");
  } catch (const std::exception& e) {
    return e.what();
  }
  return "";
}

struct BadFile {
  const char* text;
  const char* error;  // expected start of the message
};

const BadFile kBad[] = {
    {"bias\t0.1\nw:good\tabc\n", "weights.tsv:2: weight 'abc' is not a number"},
    {"# comment\nbias\t0.1\n\nw:good 0.5\n", "weights.tsv:4: no tab-separated weight"},
    {"bias\t0.1\nw:good\t0.5\nw:good\t0.7\n", "weights.tsv:3: feature 'w:good' is given twice"},
    {"bias\t0.1\nthreshold\t1.5\n", "weights.tsv:2: threshold must lie between 0 and 1"},
    {"w:good\t0.5\n", "weights.tsv: no 'bias' line"},
};

TEST(OpinionModelFile, CorruptLinesNameFileAndLine) {
  for (const auto& c : kBad) {
    const std::string e = error_of(c.text);
    EXPECT_EQ(e.rfind(c.error, 0), 0u) << "got: " << e;
  }
}

TEST(OpinionModelFile, ParsesWeightsBiasAndThreshold) {
  const auto m = LinearModel::parse("# c\nbias\t-0.5\nthreshold\t0.4\nw:good\t0.25\r\n", "m.tsv");
  EXPECT_DOUBLE_EQ(m.bias(), -0.5);
  EXPECT_DOUBLE_EQ(m.threshold(), 0.4);
  EXPECT_DOUBLE_EQ(m.weight("w:good"), 0.25);
  EXPECT_DOUBLE_EQ(m.weight("w:bad"), 0.0);
}

TEST(OpinionModelFile, BundledWeightsLoadAndStaySmall) {
  const auto m = LinearModel::load(slant::test::opinion::kDataDir + "/opinion-model.tsv");
  EXPECT_GT(m.size(), 20u);
  EXPECT_LT(m.size(), 5000u);
  EXPECT_GT(m.threshold(), 0.0);
  EXPECT_GT(m.weight("s:evaluative"), 0.0);
  EXPECT_GT(m.weight("s:deontic"), 0.0);
}

TEST(OpinionModelFile, PluginRefusesACorruptModelNamingFileAndLine) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("slant-opinion-model-test-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path bad = dir / "broken.tsv";
  std::ofstream(bad) << "bias\t0.2\nthreshold\t0.5\ns:deontic\tnot-a-number\n";
  std::string error;
  try {
    slant::plugins::Opinion p(slant::test::opinion::config_with({{"model", bad.string()}}));
  } catch (const std::exception& e) {
    error = e.what();
  }
  fs::remove_all(dir);
  EXPECT_NE(error.find(bad.string() + ":3:"), std::string::npos) << error;
}

TEST(OpinionModelFile, MissingModelFileIsNamed) {
  std::string error;
  try {
    slant::plugins::Opinion p(slant::test::opinion::config_with({{"model", "no-such-model.tsv"}}));
  } catch (const std::exception& e) {
    error = e.what();
  }
  EXPECT_NE(error.find("no-such-model.tsv"), std::string::npos) << error;
}

}  // namespace

namespace {

// A user's extra lexicon adds signals; one with a category the plugin does not know is refused
// with its file and line.
TEST(OpinionModelFile, ExtraLexiconAddsSignalsAndRefusesUnknownCategories) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("slant-opinion-lexicon-test-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path good = dir / "mine.tsv", bad = dir / "bad.tsv";
  std::ofstream(good) << "# our newsroom's words\nboondoggle-ish\tevaluative\t1.0\n";
  std::ofstream(bad) << "fine\tevaluative\t0.5\nmeh\tsarcasm\t1.0\n";

  const slant::plugins::Opinion p(
      slant::test::opinion::config_with({{"model", "none"}, {"extra_lexicon", good.string()}}));
  const auto r = slant::test::run_plugin(p, "The new tram line is a boondoggle-ish scheme.");
  ASSERT_EQ(slant::test::opinion::opinions(r).size(), 1u);
  EXPECT_EQ(slant::test::opinion::opinions(r).front()->evidence, "boondoggle-ish");

  std::string error;
  try {
    slant::plugins::Opinion q(slant::test::opinion::config_with({{"extra_lexicon", bad.string()}}));
  } catch (const std::exception& e) {
    error = e.what();
  }
  fs::remove_all(dir);
  EXPECT_NE(error.find(bad.string() + ":2: unknown category 'sarcasm'"), std::string::npos) << error;
}

}  // namespace
