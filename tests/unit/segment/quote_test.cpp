// Direct-quote regions: each case is a text and, beside it, the quote contents it must give
// ("[d1]" marks a nested quote, "(unclosed)" a quote without its closing mark).
#include <gtest/gtest.h>

#include "segment_test_support.hpp"

namespace slant::test {
namespace {

struct QuoteCase {
  const char* text;
  std::vector<std::string> quotes;
};

const QuoteCase kQuoteCases[] = {
    // straight double marks, decided by context
    {"He said \"we won\" and left.", {"we won"}},
    {"\"We won,\" he said, \"and we celebrate.\"", {"We won,", "and we celebrate."}},
    {"a 5\" screen", {}},
    {"(\"Yes\") and \"no\".", {"Yes", "no"}},
    // curly double marks
    {"\u201cWe won,\u201d he said.", {"We won,"}},
    {"He called it \u201ca mistake\u201d.", {"a mistake"}},
    // a left mark typed right after a comma opens when no quote is open to close
    {"Rita Moss said,\u201cWe stay.\u201d", {"We stay."}},
    // nested single marks
    {"\u201cHe told me \u2018never\u2019 twice,\u201d she said.", {"He told me \u2018never\u2019 twice,", "[d1]never"}},
    {"\"He said 'no' to me,\" she said.", {"He said 'no' to me,", "[d1]no"}},
    {"\u201cThe \u2018best\u2019 plan,\u201d he said.", {"The \u2018best\u2019 plan,", "[d1]best"}},
    // two straight apostrophes typed for a double mark, as in some newswire archives
    {"''We won,'' he said, ''and we celebrate.''", {"We won,", "and we celebrate."}},
    {"He called it ''a mistake'' on Monday.", {"a mistake"}},
    // three after a word close the nested single mark first, then the pair; after a space they
    // open the pair, then the single mark
    {"''They say, 'go home,''' said Ana Reyes.", {"They say, 'go home,'", "[d1]go home,"}},
    {"He said, '''Go home,' they told us.''", {"'Go home,' they told us.", "[d1]Go home,"}},
    // apostrophes are not quote marks
    {"\u201cWe don\u2019t know the countries\u2019 plans,\u201d he said.", {"We don\u2019t know the countries\u2019 plans,"}},
    {"It's the 90's, rock 'n' roll and the '80s.", {}},
    {"The countries\u2019 plans and China\u2019s goals.", {}},
    {"The \u201880s and \u201990s were loud.", {}},
    {"Trump\u2018s plan, \u2018bout time, rock \u2018n\u2019 roll.", {}},
    // a plural's possessive apostrophe does not close a single quote; a closing mark does
    {"\u2018Our members\u2019 rights matter,\u2019 he said.", {"Our members\u2019 rights matter,"}},
    {"\u201cShe said \u2018I like cats\u2019 to me.\u201d", {"She said \u2018I like cats\u2019 to me.", "[d1]I like cats"}},
    // single curly marks at the top level
    {"He called it \u2018a farce\u2019 on Monday.", {"a farce"}},
    // straight single marks at the top level (British plain text): a quote when a mark that can
    // close it follows in the paragraph, an apostrophe otherwise
    {"'We have a deal,' said Moira Kent. 'It is fair.'", {"We have a deal,", "It is fair."}},
    {"He called it 'a farce' on Monday.", {"a farce"}},
    {"The players' union said 'no' twice.", {"no"}},
    {"He said 'we will win and left.", {}},
    {"'Tis the season, the workers' union said.", {}},
    // guillemets, low-9 marks
    {"Il a dit \u00abnon\u00bb hier.", {"non"}},
    {"Il a dit \u00ab non \u00bb hier.", {" non "}},
    {"Er sagte \u201eNein\u201c heute.", {"Nein"}},
    {"Er sagte \u00bbNein\u00ab heute.", {"Nein"}},
    // unclosed: ends at the paragraph's end
    {"He said \u201cwe will win and left.", {"we will win and left.(unclosed)"}},
    {"He said \"we will win and left.", {"we will win and left.(unclosed)"}},
    // a new opening mark before the first closed: the first was never closed
    {"\u201cFirst \u201cSecond\u201d end.", {"First(unclosed)", "Second"}},
};

TEST(Quotes, TableOfCases) {
  for (const auto& c : kQuoteCases) {
    const Article a = segmented(c.text);
    EXPECT_EQ(quote_texts(a), c.quotes) << "text: " << c.text << "\n got: " << joined(quote_texts(a));
  }
}

TEST(Quotes, RegionSpansIncludeTheMarks) {
  const Article a = segmented("He said \u201cyes\u201d.");
  ASSERT_EQ(a.quotes.size(), 1u);
  const auto& q = a.quotes[0];
  EXPECT_EQ(slice(a, q.begin, q.end), "\u201cyes\u201d");
  EXPECT_EQ(slice(a, q.content_begin, q.content_end), "yes");
  EXPECT_EQ(q.closed, 1u);
  EXPECT_EQ(q.depth, 0u);
}

TEST(Quotes, UnclosedQuoteEndsAtItsParagraph) {
  const Article a = segmented("He said \u201cwe will win.\n\nNext paragraph here.");
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].closed, 0u);
  EXPECT_EQ(a.quotes[0].end, a.paragraphs[0].end);
}

TEST(Quotes, QuoteRunningOverParagraphsIsOneRegionPerParagraph) {
  const Article a = segmented(
      "\u201cWe will build it,\u201d she said. \u201cIt will take years.\n\n"
      "\u201cBut we will finish.\n\n"
      "\u201cAnd it will last.\u201d\n\nThen she left.");
  EXPECT_EQ(quote_texts(a), (std::vector<std::string>{"We will build it,", "It will take years.(unclosed)",
                                                       "But we will finish.(unclosed)", "And it will last."}));
  ASSERT_EQ(a.quotes.size(), 4u);
  EXPECT_EQ(a.quotes[1].end, a.paragraphs[0].end);
  EXPECT_EQ(a.quotes[2].begin, a.paragraphs[1].begin);
  EXPECT_EQ(a.quotes[2].end, a.paragraphs[1].end);
  EXPECT_EQ(a.quotes[3].closed, 1u);
}

TEST(Quotes, StraightQuoteRunningOverParagraphs) {
  const Article a = segmented("\"It will take years.\n\n\"But we will finish,\" she said.");
  EXPECT_EQ(quote_texts(a), (std::vector<std::string>{"It will take years.(unclosed)", "But we will finish,"}));
}

TEST(Quotes, DashBeforeAClosingMark) {
  EXPECT_EQ(quote_texts(segmented("\"We were\u2014\" he began.")), (std::vector<std::string>{"We were\u2014"}));
  EXPECT_EQ(quote_texts(segmented("\u201cWe were \u2014\u201d he began.")),
            (std::vector<std::string>{"We were \u2014"}));
}

TEST(Quotes, FlagsMarksAndContent) {
  const Article a = segmented("She said \u201cwe\u2019ll \u2018see\u2019\u201d today.");
  std::vector<std::string> in_quote, marks;
  for (const auto& t : a.tokens) {
    if (t.flags & SLANT_TOKEN_IN_QUOTE) in_quote.emplace_back(slice(a, t.begin, t.end));
    if (t.flags & SLANT_TOKEN_QUOTE_MARK) marks.emplace_back(slice(a, t.begin, t.end));
  }
  EXPECT_EQ(in_quote, (std::vector<std::string>{"we", "\u2019ll", "\u2018", "see", "\u2019"}));
  EXPECT_EQ(marks, (std::vector<std::string>{"\u201c", "\u2018", "\u2019", "\u201d"}));
}

TEST(Quotes, ApostropheTokensAreNotMarks) {
  const Article a = segmented("the countries\u2019 plans");
  for (const auto& t : a.tokens) EXPECT_FALSE(t.flags & SLANT_TOKEN_QUOTE_MARK);
}

}  // namespace
}  // namespace slant::test
