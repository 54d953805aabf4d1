// The plugin's description, parameters, lexicon errors and metrics.
#include <cstdio>
#include <fstream>

#include "hedging_test_support.hpp"
#include "hedge_lexicon.hpp"

namespace slant::test {
namespace {

sdk::Config config_with(std::vector<std::pair<std::string, std::string>> values,
                        const std::string& data_dir = SLANT_SOURCE_DIR "/plugins/hedging/data") {
  std::vector<slant_param_value> params;
  for (const auto& [k, v] : values) params.push_back({sdk::str(k), sdk::str(v)});
  slant_config c{};
  c.struct_size = sizeof(c);
  c.data_dir = sdk::str(data_dir);
  c.params = params.data();
  c.param_count = static_cast<uint32_t>(params.size());
  return sdk::detail::make_config(plugins::Hedging::info(), &c);
}

std::string temp_file(const std::string& name, const std::string& text) {
  const std::string path = ::testing::TempDir() + name;
  std::ofstream(path) << text;
  return path;
}

TEST(HedgingInfo, DeclaresIdKindsParamsAndScores) {
  const auto info = plugins::Hedging::info();
  EXPECT_EQ(info.id, "hedging");
  EXPECT_EQ(info.name, "Hedging");
  EXPECT_EQ(info.finding_kinds, (std::vector<std::string>{"hedge", "booster"}));
  std::vector<std::string> params;
  for (const auto& p : info.params) params.push_back(p.name);
  EXPECT_EQ(params, (std::vector<std::string>{"lexicon", "extra_lexicon", "min_weight", "vague_quantifiers"}));
  ASSERT_EQ(info.scores.size(), 2u);
  EXPECT_EQ(info.scores[0].name, "hedges_per_100_words");
  EXPECT_EQ(info.scores[0].finding_kind, "hedge");
  EXPECT_EQ(info.scores[1].name, "boosters_per_100_words");
  EXPECT_EQ(info.scores[1].finding_kind, "booster");
}

TEST(HedgingConfig, MissingLexiconNamesTheFile) {
  try {
    plugins::Hedging p(config_with({{"lexicon", "/nonexistent/dir/my-hedges.tsv"}}));
    FAIL() << "expected an error";
  } catch (const std::exception& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent/dir/my-hedges.tsv"), std::string::npos) << e.what();
  }
}

TEST(HedgingConfig, MissingExtraLexiconNamesTheFile) {
  try {
    plugins::Hedging p(config_with({{"extra_lexicon", "/nonexistent/extra.tsv"}}));
    FAIL() << "expected an error";
  } catch (const std::exception& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent/extra.tsv"), std::string::npos) << e.what();
  }
}

TEST(HedgingConfig, UnknownCategoryNamesFileLineAndCategory) {
  const std::string path = temp_file("hedging-bad-category.tsv", "# comment\nmaybe\thedge-adverb\t0.8\nperchance\tmood\t0.5\n");
  try {
    plugins::Hedging p(config_with({{"lexicon", path}}));
    FAIL() << "expected an error";
  } catch (const std::exception& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find(path + ":3"), std::string::npos) << what;
    EXPECT_NE(what.find("'mood'"), std::string::npos) << what;
  }
}

TEST(HedgingConfig, BadWeightNamesTheLine) {
  const std::string path = temp_file("hedging-bad-weight.tsv", "maybe\thedge-adverb\tstrong\n");
  try {
    plugins::Hedging p(config_with({{"lexicon", path}}));
    FAIL() << "expected an error";
  } catch (const std::exception& e) {
    EXPECT_NE(std::string(e.what()).find(path + ":1"), std::string::npos) << e.what();
  }
}

TEST(HedgingConfig, MinWeightMustBeANumberInRange) {
  EXPECT_THROW(plugins::Hedging p(config_with({{"min_weight", "high"}})), std::invalid_argument);
  EXPECT_THROW(plugins::Hedging p(config_with({{"min_weight", "1.5"}})), std::invalid_argument);
  EXPECT_THROW(plugins::Hedging p(config_with({{"no_such_param", "1"}})), std::invalid_argument);
}

TEST(HedgingConfig, MinWeightDropsWeakCues) {
  // "about" is a weak cue in the bundled lexicon (0.5); "reportedly" is strong (0.9).
  const char* text = "About 40 firms reportedly failed.";
  const Recording all = run_plugin(bundled_hedging(), text);
  EXPECT_EQ(all.findings.size(), 2u) << joined(describe(all));
  const plugins::Hedging strict(config_with({{"min_weight", "0.8"}}));
  const Recording some = run_plugin(strict, text);
  ASSERT_EQ(some.findings.size(), 1u) << joined(describe(some));
  EXPECT_EQ(some.findings[0].evidence, "reportedly");
}

TEST(HedgingConfig, ExtraLexiconExtendsTheBundledOne) {
  const std::string path = temp_file("hedging-extra.tsv", "perchance\thedge-adverb\t0.7\tarchaic\npundits\tclass:group-noun\t1\n");
  const plugins::Hedging p(config_with({{"extra_lexicon", path}}));
  const Recording r = run_plugin(p, "Perchance it rains. Pundits say the vote is close. The bid may fail.");
  EXPECT_EQ(joined(describe(r)),
            "hedge/hedge-adverb:Perchance, hedge/weasel:Pundits say, hedge/epistemic-modal:may");
}

TEST(HedgingConfig, VagueQuantifiersCanBeTurnedOff) {
  const char* text = "Some villages flooded. Some say the dam failed.";
  EXPECT_EQ(joined(describe(run_plugin(bundled_hedging(), text))),
            "hedge/vague-quantifier:Some, hedge/weasel:Some say");
  const plugins::Hedging off(config_with({{"vague_quantifiers", "false"}}));
  EXPECT_EQ(joined(describe(run_plugin(off, text))), "hedge/weasel:Some say");
  EXPECT_THROW(plugins::Hedging p(config_with({{"vague_quantifiers", "sometimes"}})), std::invalid_argument);
}

TEST(HedgingConfig, ReplacementLexiconIsUsedAlone) {
  const std::string path = temp_file("hedging-only.tsv", "perchance\thedge-adverb\t0.7\n");
  const plugins::Hedging p(config_with({{"lexicon", path}}));
  const Recording r = run_plugin(p, "Perchance it may rain.");
  EXPECT_EQ(joined(describe(r)), "hedge/hedge-adverb:Perchance");
}

TEST(HedgingMetrics, PerHundredWordsOverallAndByCategory) {
  // 10 words, one modal, one booster, one approximator
  const Recording r = run_plugin(bundled_hedging(), "The firm may clearly lose about 40 jobs this year.");
  EXPECT_EQ(joined(describe(r)), "hedge/epistemic-modal:may, booster/booster:clearly, hedge/approximator:about");
  EXPECT_DOUBLE_EQ(r.metric("hedges_per_100_words"), 20.0);
  EXPECT_DOUBLE_EQ(r.metric("boosters_per_100_words"), 10.0);
  EXPECT_DOUBLE_EQ(r.metric("hedge.epistemic-modal"), 10.0);
  EXPECT_DOUBLE_EQ(r.metric("hedge.approximator"), 10.0);
  EXPECT_DOUBLE_EQ(r.metric("hedge.weasel"), 0.0);
}

TEST(HedgingMetrics, EmptyArticleGivesZeroes) {
  const Recording r = run_plugin(bundled_hedging(), "");
  EXPECT_TRUE(r.findings.empty());
  EXPECT_DOUBLE_EQ(r.metric("hedges_per_100_words"), 0.0);
  EXPECT_DOUBLE_EQ(r.metric("boosters_per_100_words"), 0.0);
}

TEST(HedgingLexicon, EveryCategoryIsUsedInTheBundledLexicon) {
  const auto lex = sdk::Lexicon::load(SLANT_SOURCE_DIR "/plugins/hedging/data/hedges.tsv");
  for (auto category : plugins::hedging::kFindingCategories) {
    // phrase rules, built from word classes
    if (category == "agentless-passive" || category == "vague-quantifier") continue;
    bool used = false;
    for (const auto& e : lex.entries()) used = used || e.category == category;
    EXPECT_TRUE(used) << category;
  }
  for (auto category : plugins::hedging::kWordClasses) {
    bool used = false;
    for (const auto& e : lex.entries()) used = used || e.category == category;
    EXPECT_TRUE(used) << category;
  }
}

}  // namespace
}  // namespace slant::test
