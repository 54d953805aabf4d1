// wire-copy's rules on short texts of our own, with slant/testing.hpp: each case is the text and
// the marker expected in it (rule and the words it covers), or none.
#include <gtest/gtest.h>

#include <slant/testing.hpp>

#include <fstream>

#include "wire_copy.hpp"

namespace {

using Runner = slant::testing::PluginRunner<wire_copy::WireCopy>;

struct Case {
  const char* text;
  const char* rule;  // nullptr: no marker expected
  const char* words;
};

TEST(WireCopy, MarksCreditsAndBoilerplate) {
  const Runner plugin(WIRE_COPY_DATA_DIR);
  const Case cases[] = {
      {"HARBOUR CITY (AP) — The council met on Monday.", "dateline:agency-credit:( ap )", "(AP)"},
      {"LYON, France (AFP) - Rail workers walked out.", "dateline:agency-credit:( afp )", "(AFP)"},
      {"The council met. Later a statement was quoted in full (Reuters) by the paper.",
       "lexicon:agency-credit:( reuters )", "(Reuters)"},
      {"A reporter in the capital contributed to this report.", "lexicon:boilerplate:contributed to this report",
       "contributed to this report"},
      {"Copyright 2026 Example News. All rights reserved.", "lexicon:boilerplate:all rights reserved",
       "All rights reserved"},
      {"The AP exam results came out on Monday.", nullptr, ""},           // no parentheses: not a credit
      {"Her rights were reserved for a later hearing.", nullptr, ""},     // not the phrase
  };
  for (const auto& c : cases) {
    auto r = plugin.run(c.text);
    ASSERT_TRUE(r.ok) << c.text;
    auto found = r.of_kind("wire-marker");
    if (!c.rule) {
      EXPECT_TRUE(found.empty()) << c.text << " -> " << (found.empty() ? "" : found[0].rule);
      EXPECT_EQ(r.metrics["wire_copy"], 0.0);
      continue;
    }
    ASSERT_EQ(found.size(), 1u) << c.text;
    EXPECT_EQ(found[0].rule, c.rule) << c.text;
    EXPECT_EQ(found[0].text, c.words) << c.text;
    EXPECT_EQ(found[0].evidence, c.words) << c.text;
    EXPECT_FALSE(found[0].explanation.empty());
    EXPECT_EQ(r.metrics["wire_copy"], 1.0) << c.text;
  }
}

TEST(WireCopy, ADatelineCreditWeighsMoreThanOneFurtherIn) {
  const Runner plugin(WIRE_COPY_DATA_DIR);
  auto r = plugin.run("OSLO (Reuters) - Talks resumed.\n\nA later update (Reuters) followed.");
  auto found = r.of_kind("wire-marker");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].weight, 1.0);
  EXPECT_EQ(found[0].attributes.at("category"), "dateline-credit");
  EXPECT_LT(found[1].weight, 1.0);
  EXPECT_EQ(r.metrics["wire_markers"], 2.0);
}

TEST(WireCopy, MinMarkersDecidesTheArticleLabel) {
  const Runner strict(WIRE_COPY_DATA_DIR, {{"min_markers", "2"}});
  EXPECT_EQ(strict.run("OSLO (Reuters) - Talks resumed.").metrics["wire_copy"], 0.0);
  EXPECT_THROW(Runner(WIRE_COPY_DATA_DIR, {{"min_markers", "two"}}), std::runtime_error);
}

TEST(WireCopy, AnExtraLexiconAddsHouseLines) {
  const std::string extra = testing::TempDir() + "/house.tsv";
  std::ofstream(extra) << "filed via the newsroom desk\tboilerplate\t0.5\n";
  const Runner plugin(WIRE_COPY_DATA_DIR, {{"extra_lexicon", extra}});
  auto r = plugin.run("This item was filed via the newsroom desk.");
  ASSERT_EQ(r.of_kind("wire-marker").size(), 1u);
}

}  // namespace
