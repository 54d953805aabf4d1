// The scorer reads the model through its word-id index (feature_index.hpp) for speed; training
// reads side_features(). These tests pin that both see the same features: the scorer's logit is
// exactly the bias plus every side_features() hit's weight, in the same order, on texts of our own.
#include <gtest/gtest.h>

#include <algorithm>

#include "model_features.hpp"
#include "opinion_test_support.hpp"
#include "sentence_scoring.hpp"

namespace {

using namespace slant::plugins::opinion;

const LinearModel& bundled_model() {
  static const LinearModel m = LinearModel::load(slant::test::opinion::kDataDir + "/opinion-model.tsv");
  return m;
}

// Every side of every sentence: the reference logit from side_features() beside the scorer's.
void expect_same_scores(const std::string& text) {
  static const SignalFinder finder(load_signal_lexicons(slant::test::opinion::config_with({}), ""));
  static const SentenceScorer scorer(bundled_model());
  slant::Article art;
  art.text = text;
  slant::segment(art);
  const auto v = art.view();
  const slant::sdk::Article a(v);
  size_t sides_seen = 0;
  for (const auto& s : a.sentences()) {
    if (s.token_count == 0) continue;
    const auto signals = finder.find(a, s);
    const auto sides = split_by_quote(a, s);
    const SentenceContext ctx{sides.size() > 1, finder.has_reporting_verb(a, s)};
    for (const auto& side : sides) {
      std::vector<Signal> mine;
      for (const auto& sig : signals)
        if (sig.in_quote == side.in_quote) mine.push_back(sig);
      const auto hits = side_features(a, side, mine, ctx);
      double reference = bundled_model().bias();
      for (const auto& h : hits) reference += bundled_model().weight(h.name) * h.value;
      const auto sc = scorer.score(a, side, mine, ctx);
      EXPECT_EQ(sc.logit, reference) << "side of: " << a.text_of(s);
      // A learned-weight cue names a feature side_features() lists.
      for (const auto& c : sc.cues) {
        if (c.label != "model" || c.rule == "model:bias") continue;
        const std::string feature = c.rule.substr(6);
        EXPECT_TRUE(std::any_of(hits.begin(), hits.end(),
                                [&](const FeatureHit& h) { return h.name == feature; }))
            << c.rule;
      }
      ++sides_seen;
    }
  }
  EXPECT_GT(sides_seen, 0u);
}

TEST(OpinionScorerIndex, SameLogitAsTrainingFeatures) {
  const std::vector<std::string> texts = {
      "The council approved the budget on Tuesday.",
      "This shameful, reckless plan must be stopped before it is too late!",
      "The mayor said the proposal was \"a total disaster\" for the town and its farmers.",
      "\"We will never give up,\" she said. Surely nobody believes that.",
      "Prices rose 3.5 percent in 2016, and prices rose again, and again, and again.",
      "Conveniently, the report arrived late; predictably, nobody read it carefully.",
      "Why would anyone trust them? You should ask yourself that question.",
      "The so-called \"reform\" is, frankly, an insult to every taxpayer in the country.",
      "He spoke. It rained.",
  };
  for (const auto& t : texts) expect_same_scores(t);
}

TEST(OpinionScorerIndex, LongRepetitiveSideCountsWordsOnce) {
  std::string text = "The";
  for (int i = 0; i < 400; ++i) text += " very bad plan and the very good plan";
  text += ".";
  expect_same_scores(text);
}

TEST(OpinionScorerIndex, IndexFindsEveryKindOfFeature) {
  const FeatureIndex ix(bundled_model());
  EXPECT_NE(ix.start_id(), FeatureIndex::kNoWord);  // the model has "b:<s> ..." pairs
  size_t words = 0, pairs = 0;
  for (const auto& [k, w] : bundled_model().weights()) {
    if (k.starts_with("w:")) {
      ++words;
      const auto id = ix.word_id(std::string_view(k).substr(2));
      ASSERT_NE(id, FeatureIndex::kNoWord) << k;
      EXPECT_EQ(ix.word(id).weight, w) << k;
    } else if (k.starts_with("b:")) {
      ++pairs;
    }
  }
  EXPECT_EQ(pairs, ix.pair_count());
  EXPECT_GT(words, 0u);
  EXPECT_NE(ix.signal(SignalClass::evaluative).weight, 0.0);
}

}  // namespace
