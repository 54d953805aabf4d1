// The opinion plugin's content verbs are the attribution plugin's reporting verbs (data/
// reporting.tsv says "keep the two in step"): the opinion plugin orders a finding's cues by
// where the attribution plugin reads reported content. This test fails when the lists drift.
#include <gtest/gtest.h>

#include <slant/lexicon.hpp>

#include <set>
#include <string>

namespace {

std::set<std::string> phrases(const slant::sdk::Lexicon& lex, const std::set<std::string>& categories) {
  std::set<std::string> out;
  for (const auto& e : lex.entries())
    if (categories.empty() || categories.count(e.category)) out.insert(e.phrase);
  return out;
}

TEST(OpinionContentVerbs, AreTheAttributionPluginsReportingVerbs) {
  const auto attribution =
      slant::sdk::Lexicon::load(SLANT_SOURCE_DIR "/plugins/attribution/data/reporting_verbs.tsv");
  const auto opinion = slant::sdk::Lexicon::load(SLANT_SOURCE_DIR "/plugins/opinion/data/reporting.tsv");
  const std::set<std::string> verbs = phrases(attribution, {});
  const std::set<std::string> ours = phrases(opinion, {"reporting", "content-verb"});
  for (const auto& v : verbs)
    EXPECT_TRUE(ours.count(v)) << "'" << v << "' is a reporting verb of the attribution plugin; add it to "
                               << "plugins/opinion/data/reporting.tsv as a content-verb";
  for (const auto& v : phrases(opinion, {"content-verb"}))
    EXPECT_TRUE(verbs.count(v)) << "'" << v << "' is a content-verb of the opinion plugin but no longer a "
                                << "reporting verb of the attribution plugin; remove it";
}

}  // namespace
