// Paragraphs: each case is a text and, beside it, the paragraphs it must give.
#include <gtest/gtest.h>

#include "segment_test_support.hpp"

namespace slant::test {
namespace {

struct ParagraphCase {
  const char* text;
  std::vector<std::string> paragraphs;
};

const ParagraphCase kParagraphCases[] = {
    {"One.\n\nTwo.", {"One.", "Two."}},
    {"One.\n \t\n\n\nTwo.", {"One.", "Two."}},
    {"One.\r\n\r\nTwo.\r\n", {"One.", "Two."}},
    {"One.\n\u00a0\nTwo.", {"One.", "Two."}},
    {"  padded  \n\n\ttabbed\t", {"padded", "tabbed"}},
    // blank-line separated: a single newline is a hard wrap inside a paragraph
    {"A wrapped\nparagraph.\n\nAnother.", {"A wrapped\nparagraph.", "Another."}},
    // no blank lines at all: one paragraph per line
    {"Headline Here\nFirst para.\nSecond para.", {"Headline Here", "First para.", "Second para."}},
    {"Title\r\nBody one.\r\nBody two.", {"Title", "Body one.", "Body two."}},
    // ... except a line cut mid-sentence before a lower-case continuation
    {"The minister said that the\nplan would fail.\nOthers disagreed.", {"The minister said that the\nplan would fail.", "Others disagreed."}},
    // hard-wrapped prose without blank lines: one paragraph
    {"The minister said on Tuesday that\nSenate leaders would consider the\nbill before the recess in August.",
     {"The minister said on Tuesday that\nSenate leaders would consider the\nbill before the recess in August."}},
    {"", {}},
    {" \n\t\n ", {}},
    {"Single line", {"Single line"}},
};

TEST(Paragraphs, TableOfCases) {
  for (const auto& c : kParagraphCases) {
    const Article a = segmented(c.text);
    EXPECT_EQ(paragraph_texts(a), c.paragraphs) << "text: " << c.text << "\n got: " << joined(paragraph_texts(a));
  }
}

TEST(Paragraphs, SentencesCoverEachParagraph) {
  const Article a = segmented("One. Two.\n\nThree.");
  ASSERT_EQ(a.paragraphs.size(), 2u);
  EXPECT_EQ(a.paragraphs[0].first_sentence, 0u);
  EXPECT_EQ(a.paragraphs[0].sentence_count, 2u);
  EXPECT_EQ(a.paragraphs[1].first_sentence, 2u);
  EXPECT_EQ(a.paragraphs[1].sentence_count, 1u);
}

TEST(Paragraphs, SegmentingTwiceReplacesTheFirstResult) {
  Article a = segmented("One. Two.");
  segment(a);
  EXPECT_EQ(a.sentences.size(), 2u);
  EXPECT_EQ(a.tokens.size(), 4u);
}

}  // namespace
}  // namespace slant::test
