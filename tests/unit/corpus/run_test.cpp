// Corpus runs with the test plugin: everything stored once, reruns skip what is unchanged and
// redo what changed, shards merged give the single-machine store, and the figures follow.
#include <gtest/gtest.h>

#include "corpus/comparison.hpp"
#include "corpus/comparison_writers.hpp"
#include "corpus/corpus_run.hpp"
#include "corpus/dataset.hpp"
#include "corpus/merge_stores.hpp"
#include "corpus/store.hpp"
#include "corpus_fixture.hpp"

using namespace slant;
using namespace slant::corpus;

namespace {

RunOptions options_for(const test::TempDir& dir, const std::string& db) {
  RunOptions o;
  o.inputs = {dir / "corpus"};
  o.db_path = dir / db;
  o.jobs = 2;
  o.plugin_options = test::alpha_plugin_options();
  o.batch_articles = 7;  // several transactions even for a small corpus
  return o;
}

size_t count(const std::string& db, const char* table) {
  Store s(db, false);
  Statement q = s.db().prepare(std::string("SELECT count(*) FROM ") + table);
  return q.step() ? static_cast<size_t>(q.integer(0)) : 0;
}

std::string comparison_json(const std::string& db) {
  Store s(db, false);
  Dataset d = load_dataset(s, {});
  CompareOptions o;
  o.resamples = 300;
  o.permutations = 300;
  return comparison_to_json(compare_outlets(d, o)).dump();
}

}  // namespace

class CorpusRun : public ::testing::Test {
 protected:
  void SetUp() override {
    plugins = PluginSet::load(test::alpha_plugin_options());
    ASSERT_EQ(plugins.plugins().size(), 1u) << "the test plugin 'alpha' must be built";
    test::write_two_outlet_corpus(dir.path / "corpus", 20);
  }
  test::TempDir dir{"slant-corpus-run"};
  PluginSet plugins;
};

TEST_F(CorpusRun, StoresEveryArticleWithItsOutletAndFindings) {
  RunSummary s = run_corpus(options_for(dir, "r.sqlite"), plugins, {});
  EXPECT_EQ(s.read, 40u);
  EXPECT_EQ(s.analysed, 40u);
  EXPECT_EQ(s.input_errors, 0u);
  EXPECT_EQ(count(dir / "r.sqlite", "articles"), 40u);
  EXPECT_EQ(count(dir / "r.sqlite", "findings"), 20u * 3 + 20u * 1);  // "high" 3 alphas, "low" 1
  Store st(dir / "r.sqlite", false);
  Statement q = st.db().prepare("SELECT outlet, outlet_from, count(*) FROM articles GROUP BY outlet ORDER BY outlet");
  ASSERT_TRUE(q.step());
  EXPECT_EQ(q.text(0), "high");
  EXPECT_EQ(q.text(1), "folder");
  EXPECT_EQ(q.integer(2), 20);
  Statement p = st.db().prepare("SELECT plugin, version FROM plugins");
  ASSERT_TRUE(p.step());
  EXPECT_EQ(p.text(0), "alpha");
  EXPECT_EQ(p.text(1), "1.2.3");
}

TEST_F(CorpusRun, RerunSkipsUnchangedAndRedoesChanged) {
  run_corpus(options_for(dir, "r.sqlite"), plugins, {});
  RunSummary again = run_corpus(options_for(dir, "r.sqlite"), plugins, {});
  EXPECT_EQ(again.analysed, 0u);
  EXPECT_EQ(again.skipped, 40u);
  test::write_file(dir.path / "corpus" / "low" / "3.txt", "Low 3\n\nNow alpha, alpha, alpha and alpha.\n");
  RunSummary edited = run_corpus(options_for(dir, "r.sqlite"), plugins, {});
  EXPECT_EQ(edited.analysed, 1u);
  EXPECT_EQ(edited.skipped, 39u);
  EXPECT_EQ(count(dir / "r.sqlite", "articles"), 40u);
  EXPECT_EQ(count(dir / "r.sqlite", "findings"), 20u * 3 + 19u * 1 + 4u);
  // Other plugin parameters are another analysis: everything is redone.
  RunOptions o = options_for(dir, "r.sqlite");
  o.plugin_options.params["alpha"]["label"] = "fancy";
  PluginSet fancy = PluginSet::load(o.plugin_options);
  RunSummary reparam = run_corpus(o, fancy, {});
  EXPECT_EQ(reparam.analysed, 40u);
  EXPECT_EQ(count(dir / "r.sqlite", "findings"), 20u * 3 + 19u * 1 + 4u);
}

TEST_F(CorpusRun, ProgressCountsUpToTheTotal) {
  std::vector<RunProgress> seen;
  RunCallbacks cb;
  cb.progress = [&](const RunProgress& p) { seen.push_back(p); };
  run_corpus(options_for(dir, "r.sqlite"), plugins, cb, count_articles({dir / "corpus"}));
  ASSERT_FALSE(seen.empty());
  EXPECT_TRUE(seen.back().finished);
  EXPECT_EQ(seen.back().done, 40u);
  EXPECT_EQ(seen.back().expected, 40u);
}

TEST_F(CorpusRun, ShardsMergeIntoTheSingleMachineResult) {
  run_corpus(options_for(dir, "single.sqlite"), plugins, {});
  std::vector<std::string> shards;
  uint64_t analysed = 0;
  for (uint32_t i = 0; i < 3; ++i) {
    RunOptions o = options_for(dir, "shard" + std::to_string(i) + ".sqlite");
    o.shard = {i, 3};
    analysed += run_corpus(o, plugins, {}).analysed;
    shards.push_back(o.db_path);
  }
  EXPECT_EQ(analysed, 40u);  // each article in exactly one shard
  {
    Store merged(dir / "merged.sqlite");
    MergeSummary m = merge_stores(merged, shards);
    EXPECT_EQ(m.articles, 40u);
    EXPECT_EQ(m.conflicts, 0u);
    EXPECT_EQ(m.signatures.size(), 1u);
    // Merging a shard again changes nothing.
    MergeSummary again = merge_stores(merged, {shards[0]});
    EXPECT_EQ(again.conflicts, 0u);
  }
  EXPECT_EQ(count(dir / "merged.sqlite", "articles"), 40u);
  EXPECT_EQ(count(dir / "merged.sqlite", "findings"), count(dir / "single.sqlite", "findings"));
  EXPECT_EQ(comparison_json(dir / "merged.sqlite"), comparison_json(dir / "single.sqlite"));
}

TEST_F(CorpusRun, TheComparisonSeesTheDifference) {
  run_corpus(options_for(dir, "r.sqlite"), plugins, {});
  Store s(dir / "r.sqlite", false);
  Dataset d = load_dataset(s, {});
  size_t mi = d.measure_index("alpha.alpha");
  ASSERT_NE(mi, static_cast<size_t>(-1));
  CompareOptions o;
  o.resamples = 500;
  o.permutations = 2000;
  Comparison c = compare_outlets(d, o);
  ASSERT_EQ(c.groups.size(), 1u);  // no genre known: one group
  const auto& m = c.groups[0].measures[mi];
  ASSERT_EQ(m.outlets.size(), 2u);
  const OutletStat& high = m.outlets[0];
  EXPECT_EQ(high.outlet, "high");
  EXPECT_GT(high.difference, 0);
  EXPECT_TRUE(high.significant);
  EXPECT_LT(high.ci_low, high.mean);
  EXPECT_GT(high.ci_high, high.mean);
  // Same data, other thread count: the same numbers.
  o.jobs = 1;
  Comparison serial = compare_outlets(d, o);
  EXPECT_EQ(comparison_to_json(serial).dump(), comparison_to_json(c).dump());
}
