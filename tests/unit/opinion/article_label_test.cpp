// The article-level label: thresholds on the share of the writer's opinion sentences, the
// column marks that add to it, the opinion desk, and the finding the plugin emits.
#include <gtest/gtest.h>

#include "article_label.hpp"
#include "opinion_test_support.hpp"

namespace {

using slant::plugins::opinion::ArticleTally;
using slant::plugins::opinion::label_article;

struct LabelCase {
  uint32_t sentences, opinion, marks;
  const char* section;
  const char* label;
};

const LabelCase kLabels[] = {
    {20, 0, 0, "", "news"},
    {20, 2, 0, "", "news"},        // 10%: below 15%
    {20, 3, 0, "", "analysis"},    // 15%
    {20, 6, 0, "", "analysis"},    // 30%
    {20, 5, 2, "", "analysis"},    // 25% + 0.5 * 10% = 30%
    {20, 6, 2, "", "opinion"},     // 30% + 5% = 35%
    {20, 12, 0, "", "opinion"},
    {20, 0, 0, "Opinion", "opinion"},  // the desk decides
    {0, 0, 0, "", "news"},
};

TEST(OpinionArticleLabel, Thresholds) {
  for (const auto& c : kLabels) {
    ArticleTally t;
    t.author_sentences = c.sentences;
    t.author_opinion_sentences = c.opinion;
    t.column_marks = c.marks;
    t.section = c.section;
    const auto l = label_article(t);
    EXPECT_EQ(l.label, c.label) << c.sentences << "/" << c.opinion << "/" << c.marks << " " << l.explanation;
    EXPECT_FALSE(l.explanation.empty());
  }
}

TEST(OpinionArticleLabel, PluginEmitsOneGenreFindingOverTheWholeText) {
  using namespace slant::test;
  const std::string news =
      "The council approved the budget on Tuesday. The vote was seven to two. Work on the new "
      "library begins in March. The mayor will present the plan to residents next week.";
  const std::string column =
      "We have been here before. The council must stop wasting our money. Is this really the "
      "best the city can do? The budget vote was on Tuesday.";
  const auto rn = run_plugin(opinion::lexicon_plugin(), news);
  const auto rc = run_plugin(opinion::lexicon_plugin(), column);
  ASSERT_EQ(rn.of_kind("article-genre").size(), 1u);
  ASSERT_EQ(rc.of_kind("article-genre").size(), 1u);
  const auto& gn = *rn.of_kind("article-genre").front();
  const auto& gc = *rc.of_kind("article-genre").front();
  EXPECT_EQ(gn.attr("label"), "news") << gn.explanation;
  EXPECT_EQ(gc.attr("label"), "opinion") << gc.explanation;
  EXPECT_EQ(gc.begin, 0u);
  EXPECT_EQ(gc.end, column.size());
  EXPECT_EQ(gc.attr("author_opinion_share"), "0.75");
  EXPECT_FALSE(gc.attr("explanation").empty());
  EXPECT_GT(rc.metric("genre_score"), rn.metric("genre_score"));
}

TEST(OpinionArticleLabel, AnInterviewsAnswersAndQuestionsAreNotTheWritersOpinion) {
  using namespace slant::test;
  // the same opinionated words as the column above, but as a printed interview's answers
  const std::string interview =
      "Ada Lund runs the port. She spoke about the budget on Monday.\n\n"
      "Q: What do you make of the vote?\n\nA: We have been here before. The council must stop wasting our money.\n\n"
      "Q: Is this the best the city can do?\n\nA: Is this really the best the city can do? I doubt it.";
  const auto r = run_plugin(opinion::lexicon_plugin(), interview);
  ASSERT_EQ(r.of_kind("article-genre").size(), 1u);
  const auto& g = *r.of_kind("article-genre").front();
  EXPECT_EQ(g.attr("label"), "news") << g.explanation;
  EXPECT_EQ(g.attr("author_opinion_share"), "0.00") << g.explanation;
  // the answers' opinions are still found, and say whose they are
  bool answer_found = false;
  for (const auto* f : r.of_kind("opinion"))
    answer_found |= f->explanation.find("interviewee") != std::string::npos;
  EXPECT_TRUE(answer_found);
}

TEST(OpinionArticleLabel, AnOpinionAfterAReportingVerbIsNotTheWritersInTheLabel) {
  using namespace slant::test;
  // the "should" is the supervisor's, reported after "arguing"; the writer only reports the vote
  const std::string news =
      "Supervisor Ada Lund cast the lone vote against the plan, arguing that the township should first sue "
      "the company. The vote was four to one.";
  const auto r = run_plugin(opinion::bundled_plugin(), news);
  ASSERT_EQ(r.of_kind("article-genre").size(), 1u);
  const auto& g = *r.of_kind("article-genre").front();
  EXPECT_EQ(g.attr("label"), "news") << g.explanation;
  EXPECT_EQ(g.attr("author_opinion_share"), "0.00") << g.explanation;
  // the opinion is still found, and says whose it is
  ASSERT_EQ(r.of_kind("opinion").size(), 1u);
  EXPECT_NE(r.of_kind("opinion").front()->explanation.find("source's opinion"), std::string::npos);
  // the writer's own framing before the verb stays the writer's
  const auto r2 = run_plugin(opinion::bundled_plugin(),
                             "The reckless supervisor cast the lone vote, arguing that the township should sue.");
  ASSERT_EQ(r2.of_kind("article-genre").size(), 1u);
  EXPECT_EQ(r2.of_kind("article-genre").front()->attr("author_opinion_share"), "1.00");
}

}  // namespace
