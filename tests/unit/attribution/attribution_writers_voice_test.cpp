// Where reported content ends and the writer's own words begin: a subject that does not speak,
// a free relative ("what the host said"), and a contrast the writer sets after ", but". Each
// pinned by a short text of our own; the host keeps the writer's voice where these say so.
#include <gtest/gtest.h>

#include "bundled_attribution.hpp"

namespace {

using slant::test::attribution_plugin;
using slant::test::cued;
using slant::test::RecordedFinding;


TEST(AttributionWritersVoice, ALoneItThatShowsIsTheWritersInference) {
  for (const char* text : {"It also reveals the limits of the council plan.", "It shows that the levy failed."}) {
    auto rec = slant::test::run_plugin(attribution_plugin(), text);
    ASSERT_EQ(rec.findings.size(), 1u) << text;
    EXPECT_EQ(rec.findings[0].attr("voice_of_content"), "author") << text;
    EXPECT_NE(rec.findings[0].explanation.find("does not speak"), std::string::npos) << rec.findings[0].explanation;
  }
}

TEST(AttributionWritersVoice, AnItInThePastMayStandForASpeakerAndStillReports) {
  auto rec = slant::test::run_plugin(attribution_plugin(),
                                     "The Harbor Authority met on Friday. It revealed that the dock would close.");
  const RecordedFinding* revealed = cued(rec, "revealed");
  ASSERT_NE(revealed, nullptr);
  EXPECT_EQ(revealed->attr("voice_of_content"), "");
}

TEST(AttributionWritersVoice, AThingWithANameInsideItsPhraseIsStillAThing) {
  for (const char* text : {"The coverage of the funeral demonstrated how tame the local press is.",
                           "The coverage of the funeral in Moscow demonstrated how tame the local press is.",
                           "The death of Mayor Ruiz showed that the city was unprepared."}) {
    auto rec = slant::test::run_plugin(attribution_plugin(), text);
    ASSERT_EQ(rec.findings.size(), 1u) << text;
    EXPECT_EQ(rec.findings[0].attr("voice_of_content"), "author") << text;
  }
  // a named speaker in the subject's head is someone who speaks, and so is someone "from" a place
  for (const char* text : {"Mayor Ana Ruiz demonstrated how the levy was spent.",
                           "A senior rower from Lakeside College revealed Monday that she is retiring."}) {
    auto rec = slant::test::run_plugin(attribution_plugin(), text);
    ASSERT_FALSE(rec.findings.empty()) << text;
    for (const auto& f : rec.findings) EXPECT_EQ(f.attr("voice_of_content"), "") << text;
  }
}

TEST(AttributionWritersVoice, AFreeRelativeReportsOnlyItsWhat) {
  const std::string text = "Consider, for example, what Dana Holt, the evening host, said on Monday.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  const RecordedFinding* said = cued(rec, "said");
  ASSERT_NE(said, nullptr);
  EXPECT_EQ(said->rule, "free-relative:said");
  EXPECT_EQ(said->part_text("source", text), "Dana Holt, the evening host");
  EXPECT_EQ(said->part_text("content", text), "what");
  const std::string plain = "Few remember what the minister said in May.";
  auto rec2 = slant::test::run_plugin(attribution_plugin(), plain);
  const RecordedFinding* said2 = cued(rec2, "said");
  ASSERT_NE(said2, nullptr);
  EXPECT_EQ(said2->part_text("source", plain), "the minister");
  EXPECT_EQ(said2->part_text("content", plain), "what");
}

TEST(AttributionWritersVoice, ButInPracticeEndsTheReportedContent) {
  const std::string text =
      "The mayor declared the levy a triumph, but in practice the money went to the golf course.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  const RecordedFinding* declared = cued(rec, "declared");
  ASSERT_NE(declared, nullptr);
  EXPECT_EQ(declared->part_text("content", text), "the levy a triumph");
  // a ", but" the speaker's own clause continues through is left whole
  const std::string whole = "The mayor said the levy was small but fair.";
  auto rec2 = slant::test::run_plugin(attribution_plugin(), whole);
  const RecordedFinding* said = cued(rec2, "said");
  ASSERT_NE(said, nullptr);
  EXPECT_EQ(said->part_text("content", whole), "the levy was small but fair");
}

TEST(AttributionWritersVoice, ARelativeClauseBetweenCommasReportsUpToItsClosingComma) {
  const std::string text = "Councillor Ana Ruiz, who proposed the levy, told reporters that the harbor needed it.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  const RecordedFinding* proposed = cued(rec, "proposed");
  ASSERT_NE(proposed, nullptr);
  EXPECT_EQ(proposed->part_text("content", text), "the levy");
  const RecordedFinding* told = cued(rec, "told");
  ASSERT_NE(told, nullptr);
  EXPECT_EQ(told->part_text("content", text), "that the harbor needed it");
}

TEST(AttributionWritersVoice, TheWritersCommentOnWhatWasSaidIsNotReported) {
  const std::string text = "Councillor Ana Ruiz said the deal would \"bring thousands of jobs,\" a promise we have heard before.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  const RecordedFinding* said = cued(rec, "said");
  ASSERT_NE(said, nullptr);
  EXPECT_EQ(said->part_text("content", text), "the deal would \"bring thousands of jobs,\"");
  const std::string plain = "Lee said the levy would pay for itself, a claim the auditors dispute.";
  auto rec2 = slant::test::run_plugin(attribution_plugin(), plain);
  const RecordedFinding* said2 = cued(rec2, "said");
  ASSERT_NE(said2, nullptr);
  EXPECT_EQ(said2->part_text("content", plain), "the levy would pay for itself");
}

}  // namespace
