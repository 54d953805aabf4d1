// sdk::interview_turns: which paragraphs of a printed interview are questions and answers.
#include <gtest/gtest.h>

#include <slant/interview.hpp>
#include <slant/testing.hpp>

namespace slant::test {
namespace {

using sdk::InterviewTurn;

std::vector<InterviewTurn> turns_of(const std::string& text) {
  const slant::testing::TestArticle article(text);
  return sdk::interview_turns(sdk::Article(article.view()));
}

TEST(Interview, QuestionsAndAnswersAreTheirParagraphsTurns) {
  const auto turns = turns_of(
      "Ada Lund runs the port.\n\nQ: Will the levy pass?\n\nA: I think so.\n\n"
      "Question: And if it fails?\n\nAnswer: Then we start again.\n\nShe left at noon.");
  const std::vector<InterviewTurn> expected = {InterviewTurn::kNone, InterviewTurn::kQuestion, InterviewTurn::kAnswer,
                                               InterviewTurn::kQuestion, InterviewTurn::kAnswer, InterviewTurn::kNone};
  EXPECT_EQ(turns, expected);
}

TEST(Interview, OnePairIsAnInterviewAnAnswerAloneOrALowerCaseLabelIsNot) {
  // a short Q&A sidebar: one question, one answer
  const std::vector<InterviewTurn> sidebar = {InterviewTurn::kNone, InterviewTurn::kQuestion, InterviewTurn::kAnswer};
  EXPECT_EQ(turns_of("Dr. Ada Lund runs the clinic.\n\nQ: How bad was it?\n\nA: The worst winter yet."), sidebar);
  for (const char* text : {"Notes.\n\nA: Because.\n\nQ: Why?\n\nSee also.",  // no answer after the question
                           "q: why?\n\na: because.\n\nq: how?\n\na: so."}) {  // not capitalised
    for (const auto t : turns_of(text)) EXPECT_EQ(t, InterviewTurn::kNone) << text;
  }
}

}  // namespace
}  // namespace slant::test
