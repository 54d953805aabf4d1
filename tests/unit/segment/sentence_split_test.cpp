// Sentence boundaries: each case is a text and, beside it, the sentences it must give.
#include <gtest/gtest.h>

#include "segment_test_support.hpp"

namespace slant::test {
namespace {

struct SentenceCase {
  const char* text;
  std::vector<std::string> sentences;
};

const SentenceCase kSentenceCases[] = {
    {"The vote passed. Opponents left the room.", {"The vote passed.", "Opponents left the room."}},
    {"Is it over? Nobody knows! We will see.", {"Is it over?", "Nobody knows!", "We will see."}},
    {"Officials in the U.S. and the U.K. agreed.", {"Officials in the U.S. and the U.K. agreed."}},
    {"Mr. Smith met Dr. Jones and Gen. Lee on Jan. 5.", {"Mr. Smith met Dr. Jones and Gen. Lee on Jan. 5."}},
    {"The attacks of Sept. 11 changed policy.", {"The attacks of Sept. 11 changed policy."}},
    {"John F. Kennedy and J. K. Rowling never met.", {"John F. Kennedy and J. K. Rowling never met."}},
    {"Growth was 3.5 percent. Prices rose.", {"Growth was 3.5 percent.", "Prices rose."}},
    {"She ranked No. 1 in the poll.", {"She ranked No. 1 in the poll."}},
    {"He said no. Then he left.", {"He said no.", "Then he left."}},
    {"Wait... what happened? Nothing.", {"Wait... what happened?", "Nothing."}},
    {"He hesitated\u2026 Then he spoke.", {"He hesitated\u2026", "Then he spoke."}},
    {"\"Where is it?\" she asked.", {"\"Where is it?\" she asked."}},
    {"\u201cWhere is it?\u201d she asked.", {"\u201cWhere is it?\u201d she asked."}},
    {"\u201cWhere is the money?\u201d Smith asked.", {"\u201cWhere is the money?\u201d Smith asked."}},
    {"He said: \"It works.\" Then he left.", {"He said: \"It works.\"", "Then he left."}},
    {"He said: \u201cIt works.\u201d Then he left.", {"He said: \u201cIt works.\u201d", "Then he left."}},
    {"\u201cWe tried. It failed,\u201d he said.", {"\u201cWe tried.", "It failed,\u201d he said."}},
    {"It grew in the U.S. The next day it fell.", {"It grew in the U.S.", "The next day it fell."}},
    {"It opened at 9 a.m. The crowd was large.", {"It opened at 9 a.m.", "The crowd was large."}},
    {"Apple Inc. reported results.", {"Apple Inc. reported results."}},
    {"Apples, pears, etc. They all sold.", {"Apples, pears, etc.", "They all sold."}},
    {"The Smith vs. Jones case ended.", {"The Smith vs. Jones case ended."}},
    {"(He left early.) Then the vote came.", {"(He left early.)", "Then the vote came."}},
    {"It was 10:30. Nobody came.", {"It was 10:30.", "Nobody came."}},
    {"The plan cost $1,000.50 in 2016. It failed.", {"The plan cost $1,000.50 in 2016.", "It failed."}},
    {"Visit https://example.com/a.b. Then call.", {"Visit https://example.com/a.b.", "Then call."}},
    {"Sen. Warren spoke. Rep. Ocasio-Cortez replied.", {"Sen. Warren spoke.", "Rep. Ocasio-Cortez replied."}},
    {"Really?! Yes.", {"Really?!", "Yes."}},
    {"No punctuation at all", {"No punctuation at all"}},
    {"\"We lost. We will rebuild,\" he said.", {"\"We lost.", "We will rebuild,\" he said."}},
    {"She lives in Washington, D.C. He works in Maryland.",
     {"She lives in Washington, D.C.", "He works in Maryland."}},
    {"The Jan. 6 panel met. Members spoke.", {"The Jan. 6 panel met.", "Members spoke."}},
    {"\"It works.\" he said, wrongly punctuated.", {"\"It works.\" he said, wrongly punctuated."}},
    {"\u201cWhy not?\u201d The minister shrugged.", {"\u201cWhy not?\u201d", "The minister shrugged."}},
    {"\u201cWhy not?\u201d asked Foreign Minister Li.", {"\u201cWhy not?\u201d asked Foreign Minister Li."}},
    {"\u201cWhy?\u201d Foreign Minister Li asked.", {"\u201cWhy?\u201d Foreign Minister Li asked."}},
    {"\u201cIs that fair?\u201d Senator Reyes demanded.", {"\u201cIs that fair?\u201d Senator Reyes demanded."}},
    {"Write to press@example.org. We reply.", {"Write to press@example.org.", "We reply."}},
    {"Cases of BA.5 rose. BF.7 fell.", {"Cases of BA.5 rose.", "BF.7 fell."}},
    {"A stool from c. 1550 survives.", {"A stool from c. 1550 survives."}},
    // a closing mark whose opening one was lost still ends its sentence, not the next one
    {"It was done.\u2019 Then we left.", {"It was done.\u2019", "Then we left."}},
};

TEST(SentenceSplit, TableOfCases) {
  for (const auto& c : kSentenceCases) {
    const Article a = segmented(c.text);
    EXPECT_EQ(sentence_texts(a), c.sentences) << "text: " << c.text << "\n got: " << joined(sentence_texts(a));
  }
}

TEST(SentenceSplit, NeverCrossesParagraphs) {
  const Article a = segmented("First paragraph has no stop\n\nsecond one starts lower case.");
  ASSERT_EQ(a.paragraphs.size(), 2u);
  ASSERT_EQ(a.sentences.size(), 2u);
  EXPECT_EQ(a.sentences[0].paragraph, 0u);
  EXPECT_EQ(a.sentences[1].paragraph, 1u);
  EXPECT_EQ(a.paragraphs[1].first_sentence, 1u);
  EXPECT_EQ(a.paragraphs[1].sentence_count, 1u);
}

TEST(SentenceSplit, TokensKnowTheirSentence) {
  const Article a = segmented("One two. Three four.");
  ASSERT_EQ(a.sentences.size(), 2u);
  for (uint32_t s = 0; s < a.sentences.size(); ++s)
    for (uint32_t k = 0; k < a.sentences[s].token_count; ++k)
      EXPECT_EQ(a.tokens[a.sentences[s].first_token + k].sentence, s);
  EXPECT_EQ(a.sentences[1].first_token, 3u);
}

}  // namespace
}  // namespace slant::test
