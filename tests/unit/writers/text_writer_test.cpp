// The plain-text report: each finding with its rule, voice, evidence, attributes and reason.
#include <gtest/gtest.h>

#include <sstream>

#include "render.hpp"
#include "report_fixture.hpp"
#include "writers/report_writer.hpp"

namespace slant {
namespace {

std::string render_text(const Report& r) { return test::render_with("text", {r}); }

TEST(TextWriter, FindingsShowRuleVoiceAttributesAndWhy) {
  const std::string out = render_text(test::sample_report());
  EXPECT_NE(out.find("hedging/hedge  voice=reported  rule=lexicon:epistemic-modal:may"), std::string::npos) << out;
  EXPECT_NE(out.find("category=epistemic-modal"), std::string::npos) << out;
  EXPECT_NE(out.find("why: The modal 'may' presents the claim"), std::string::npos) << out;
}

TEST(TextWriter, AnExplanationCopiedIntoTheAttributesIsPrintedOnce) {
  Report r = test::sample_report();
  for (auto& f : r.findings)
    if (f.kind == "article-genre") f.attributes.emplace_back("explanation", f.explanation);
  const std::string out = render_text(r);
  EXPECT_EQ(test::count_of(out, "None of the writer's sentences reads as opinion."), 1u) << out;
  // An attribute that says something else than the explanation is still shown.
  for (auto& f : r.findings)
    if (f.kind == "article-genre") f.attributes.back().second = "a different note";
  EXPECT_NE(render_text(r).find("explanation=a different note"), std::string::npos);
}

}  // namespace
}  // namespace slant
