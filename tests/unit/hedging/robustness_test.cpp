// Findings stay well-formed on awkward input: every span and part inside the text, the span
// starting at the first cue, no voice decided here, and long sentences handled in linear time.
#include <chrono>

#include "hedging_test_support.hpp"

namespace slant::test {
namespace {

void expect_well_formed(const Recording& r) {
  for (const auto& f : r.findings) {
    EXPECT_LE(f.begin, f.end);
    EXPECT_LE(f.end, r.article.text.size());
    ASSERT_FALSE(f.parts.empty());
    EXPECT_EQ(f.parts.front().first, "cue");
    EXPECT_EQ(f.parts.front().second.begin, f.begin);
    int scopes = 0;
    for (const auto& [role, s] : f.parts) {
      EXPECT_TRUE(role == "cue" || role == "scope") << role;
      EXPECT_LE(s.begin, s.end);
      EXPECT_LE(s.end, r.article.text.size());
      scopes += role == "scope";
    }
    EXPECT_EQ(scopes, 1);
    EXPECT_EQ(f.attributes.size(), 1u);  // only "category": voice is the merger's
    EXPECT_FALSE(f.attr("category").empty());
    EXPECT_FALSE(f.explanation.empty());
  }
}

TEST(HedgingRobustness, AwkwardTextsGiveWellFormedFindings) {
  const char* texts[] = {
      "",
      "...",
      "may",
      "May",
      "\"It may",
      "Some",
      "according to",
      "It is",
      "Critics argue that",
      "\"Unclosed quote that might never end\n\nand a second paragraph, perhaps.",
      "“Curly quotes may differ,” she said; “they could.”",
      "— might — could — may —",
      "About $ 40 ; roughly , nearly",
      "IT IS BELIEVED THAT THE DEAL MAY COLLAPSE",
  };
  for (const char* t : texts) {
    SCOPED_TRACE(t);
    expect_well_formed(run_plugin(bundled_hedging(), t));
  }
}

TEST(HedgingRobustness, QuotedCueScopeEndsAtTheClosingMark) {
  const Recording r = run_plugin(bundled_hedging(), "“We may lose,” the coach said, “but we will fight.”");
  ASSERT_EQ(r.findings.size(), 1u) << joined(describe(r));
  EXPECT_EQ(r.findings[0].part_text("scope", r.article.text), "may lose");
}

TEST(HedgingRobustness, LongSentenceRunsInLinearTime) {
  std::string text;
  for (int i = 0; i < 4000; ++i) text += "some critics may argue that it is believed that about 40 ";
  text += "people left.";
  const auto start = std::chrono::steady_clock::now();
  const Recording r = run_plugin(bundled_hedging(), text);
  const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_GE(r.findings.size(), 12000u);
  EXPECT_LT(seconds, 5.0);
  expect_well_formed(r);
}

}  // namespace
}  // namespace slant::test
