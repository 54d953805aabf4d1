// The plain-text report: each finding with its rule, voice, evidence, attributes and reason.
#include <gtest/gtest.h>

#include <sstream>

#include "report_fixture.hpp"
#include "writers/report_writer.hpp"

namespace slant {
namespace {

std::string render_text(const Report& r) {
  auto w = make_writer("text");
  std::ostringstream out;
  w->begin(out);
  w->write(r, out);
  w->finish(out);
  return out.str();
}

size_t count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

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
  EXPECT_EQ(count(out, "None of the writer's sentences reads as opinion."), 1u) << out;
  // An attribute that says something else than the explanation is still shown.
  for (auto& f : r.findings)
    if (f.kind == "article-genre") f.attributes.back().second = "a different note";
  EXPECT_NE(render_text(r).find("explanation=a different note"), std::string::npos);
}

}  // namespace
}  // namespace slant
