// The scope part of a finding: the clause the cue qualifies, written beside each case.
#include "hedging_test_support.hpp"

namespace slant::test {
namespace {

struct ScopeCase {
  const char* text;
  const char* evidence;
  const char* scope;
};

const ScopeCase kScopeCases[] = {
    // to the end of the sentence, without its final period
    {"The plant may close next year.", "may", "may close next year"},
    // a semicolon ends the clause
    {"The road might reopen soon; the bridge will stay shut.", "might", "might reopen soon"},
    // a coordinating "but" ends it
    {"The price could rise, but wages will not.", "could", "could rise"},
    // a dash ends it
    {"The mayor apparently knew — the council did not.", "apparently", "apparently knew"},
    // an attribution tag or a subordinate clause after a comma ends it
    {"Water forced nearly 4,000 people from their homes, officials said, as crews worked.", "nearly", "nearly 4,000 people from their homes"},
    {"The dam may fail, as engineers warned last year.", "may", "may fail"},
    // inside a quote, the closing mark ends it
    {"\"We might lose the house,\" she said.", "might", "might lose the house"},
    // a weasel subject qualifies its complement clause
    {"Critics argue that the tax is unfair.", "Critics argue", "the tax is unfair"},
    {"Many believe the mine is haunted; few visit.", "Many believe", "the mine is haunted"},
    // an agentless passive with "it" qualifies what follows "that"
    {"It is believed that the ship sank.", "It is believed", "the ship sank"},
    // nothing follows the cue: the clause before it
    {"The fort is older, according to some.", "according to some", "The fort is older"},
};

void PrintTo(const ScopeCase& c, std::ostream* os) { *os << c.text; }

class Scope : public ::testing::TestWithParam<ScopeCase> {};

TEST_P(Scope, IsTheQualifiedClause) {
  const ScopeCase& c = GetParam();
  const Recording r = run_plugin(bundled_hedging(), c.text);
  const RecordedFinding* hit = nullptr;
  for (const auto& f : r.findings)
    if (f.evidence == c.evidence) hit = &f;
  ASSERT_NE(hit, nullptr) << c.text << "\n  got: " << joined(describe(r));
  EXPECT_EQ(hit->part_text("scope", r.article.text), c.scope) << c.text;
}

INSTANTIATE_TEST_SUITE_P(Hedging, Scope, ::testing::ValuesIn(kScopeCases));

TEST(Scope, StaysInsideTheSentenceAndTheText) {
  const Recording r = run_plugin(bundled_hedging(), "It may rain. The match will go ahead.");
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].part_text("scope", r.article.text), "may rain");
}

}  // namespace
}  // namespace slant::test
