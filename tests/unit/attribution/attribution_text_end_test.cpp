// Texts that stop where a rule expects more: a reporting verb and its colon as the last tokens,
// a cue with nothing after it, a lone quotation mark. No rule may read past the last token (the
// sanitizer build turns such a read into a failure), and every span reported lies in the text.
// The first case was found by the plugins' fuzz target (tests/fuzz/fuzz_plugins.cpp).
#include <gtest/gtest.h>

#include "bundled_attribution.hpp"

namespace {

using slant::test::attribution_plugin;

class TextEnd : public ::testing::TestWithParam<const char*> {};

TEST_P(TextEnd, NoSpanPastTheText) {
  const std::string text = GetParam();
  const auto r = slant::test::run_plugin(attribution_plugin(), text);
  for (const auto& f : r.findings) {
    EXPECT_LE(f.begin, f.end) << f.rule;
    EXPECT_LE(f.end, text.size()) << f.rule;
    for (const auto& [role, span] : f.parts) {
      EXPECT_LE(span.begin, span.end) << role << " of " << f.rule;
      EXPECT_LE(span.end, text.size()) << role << " of " << f.rule;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Attribution, TextEnd,
                         ::testing::Values("The mayor said:", "Officials expect:", "He continued:",
                                           "\"We will win,\" the mayor said:", "The council said", "according to",
                                           "According to the", "She told reporters", "\"", "said:", ":",
                                           "The report, the mayor said,"));

}  // namespace
