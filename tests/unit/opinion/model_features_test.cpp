// The linear model's features of one voice side: words and pairs once each (first occurrence),
// signal classes with their capped weight, context marks. The trainer and the plugin share them.
#include <gtest/gtest.h>

#include <algorithm>

#include "model_features.hpp"
#include "opinion_test_support.hpp"

namespace {

using namespace slant::plugins::opinion;

std::vector<FeatureHit> features_of(std::string_view text, bool in_quote_side = false) {
  static const SignalFinder finder(load_signal_lexicons(slant::test::opinion::config_with({}), ""));
  static slant::Article art;  // kept alive: the hits' token indices refer to it
  art = slant::Article{};
  art.text = std::string(text);
  slant::segment(art);
  const auto v = art.view();
  const slant::sdk::Article a(v);
  const auto& s = a.sentences()[0];
  std::vector<FeatureHit> out;
  for (const auto& side : split_by_quote(a, s)) {
    if (side.in_quote != in_quote_side) continue;
    std::vector<Signal> mine;
    for (const auto& sig : finder.find(a, s))
      if (sig.in_quote == side.in_quote) mine.push_back(sig);
    out = side_features(a, side, mine, {side.in_quote || split_by_quote(a, s).size() > 1,
                                        finder.has_reporting_verb(a, s)});
  }
  return out;
}

size_t count(const std::vector<FeatureHit>& hits, std::string_view name) {
  return std::count_if(hits.begin(), hits.end(), [&](const FeatureHit& h) { return h.name == name; });
}

TEST(OpinionModelFeatures, WordsAndPairsCountOnceEvenWhenLong) {
  const auto hits = features_of("The government spending plan and the government spending cuts.");
  EXPECT_EQ(count(hits, "w:government"), 1u);
  EXPECT_EQ(count(hits, "b:government spending"), 1u);  // longer than a short-string buffer
  EXPECT_EQ(count(hits, "b:<s> the"), 1u);
  EXPECT_EQ(count(hits, "w:the"), 1u);
  EXPECT_EQ(count(hits, ""), 0u);
}

TEST(OpinionModelFeatures, SignalClassesAreCappedAndSplitPerSignal) {
  // Three evaluative words of weight 1 sum to 3, capped at 2: each carries two thirds.
  const auto hits = features_of("A reckless, shameful and pathetic plan.");
  double sum = 0;
  size_t n = 0;
  for (const auto& h : hits)
    if (h.name == "s:evaluative") sum += h.value, ++n;
  EXPECT_EQ(n, 3u);
  EXPECT_NEAR(sum, kSignalClassCap, 1e-9);
}

TEST(OpinionModelFeatures, ContextAndAdverbMarks) {
  const auto said = features_of("The minister said the plan was \"a disaster\" for farmers.");
  EXPECT_EQ(count(said, "c:reporting"), 1u);
  EXPECT_EQ(count(said, "c:has-quote"), 1u);
  EXPECT_EQ(count(said, "w:disaster"), 0u);  // quoted words stay on the quoted side
  const auto adverb = features_of("The council conveniently forgot its promise.");
  EXPECT_EQ(count(adverb, "m:ly-adverb"), 1u);
  const auto plain = features_of("The council recently approved the plan.");
  EXPECT_EQ(count(plain, "m:ly-adverb"), 0u);
}

TEST(OpinionModelFeatures, DateMarksAReportedEvent) {
  EXPECT_EQ(count(features_of("The council met on Tuesday to vote."), "c:date"), 1u);
  EXPECT_EQ(count(features_of("The bridge was finished in 1998."), "c:date"), 1u);
  EXPECT_EQ(count(features_of("Talks resume in March."), "c:date"), 1u);
  // A lower-case month word is a verb or a noun; a small number is no year.
  EXPECT_EQ(count(features_of("Thousands will march through the town."), "c:date"), 0u);
  EXPECT_EQ(count(features_of("The club has 350 members."), "c:date"), 0u);
}

TEST(OpinionModelFeatures, PastFormMarksNarration) {
  EXPECT_EQ(count(features_of("The board approved the new rules."), "c:past"), 1u);
  EXPECT_EQ(count(features_of("The board must approve the rules."), "c:past"), 0u);
  EXPECT_EQ(count(features_of("It was red."), "c:past"), 0u);  // too short to be a past form
}

}  // namespace
