// Whom "he" and "she" mean: the last person named, unless their given name, honorific or role
// word (data/person_gender.tsv) says they are of the other sex; then the last person known to be
// of the pronoun's. Each pinned by a short text of our own.
#include <gtest/gtest.h>

#include "bundled_attribution.hpp"

namespace {

using slant::test::attribution_plugin;
using slant::test::cued;
using slant::test::RecordedFinding;

TEST(AttributionPronounGender, SheSkipsAManNamedSinceToTheWomanBefore) {
  const std::string text =
      "Maria Lopez, the county's health director, said the clinic would stay open. Tomas Reyes, the clinic's "
      "landlord, said the lease ran until June. She added that a new site was being sought.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  const RecordedFinding* added = cued(rec, "added");
  ASSERT_NE(added, nullptr);
  EXPECT_EQ(added->attr("speaker"), "Maria Lopez");
  EXPECT_EQ(added->attr("source_class"), "named-person");
}

TEST(AttributionPronounGender, HonorificsAndRoleWordsTellTheSexToo) {
  // "Mr." before a surname; "spokeswoman" in a titled source
  const std::string text =
      "Mr. Haddad said the bid was fair. The company's spokeswoman said the talks were over. "
      "He warned that the offer would not be raised.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  const RecordedFinding* warned = cued(rec, "warned");
  ASSERT_NE(warned, nullptr);
  EXPECT_EQ(warned->attr("speaker"), "Haddad");
  const std::string text2 =
      "Mr. Haddad said the bid was fair. The company's spokeswoman said the talks were over. "
      "She warned that the offer would not be raised.";
  auto rec2 = slant::test::run_plugin(attribution_plugin(), text2);
  const RecordedFinding* warned2 = cued(rec2, "warned");
  ASSERT_NE(warned2, nullptr);
  EXPECT_EQ(warned2->attr("speaker"), "the company's spokeswoman");
  EXPECT_EQ(warned2->attr("source_class"), "titled");
}

TEST(AttributionPronounGender, ASurnameMentionKeepsTheSexOfTheFullName) {
  const std::string text =
      "Helen Marsh said the vote was close. Arvid Haugen said it was not. Marsh said the count would be "
      "checked. Karl Dunn said nothing more. She insisted that every ballot be seen.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  const RecordedFinding* insisted = cued(rec, "insisted");
  ASSERT_NE(insisted, nullptr);
  EXPECT_EQ(insisted->attr("speaker"), "Helen Marsh");
}

TEST(AttributionPronounGender, WithNoOneOfThatSexTheLastPersonStays) {
  // names that say nothing of sex (or say the other) leave the last person the best guess
  const std::string text = "Jordan Pike said the road would close. He added that a detour was planned.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  const RecordedFinding* added = cued(rec, "added");
  ASSERT_NE(added, nullptr);
  EXPECT_EQ(added->attr("speaker"), "Jordan Pike");
  const std::string text2 = "Karl Dunn said the road would close. She added that a detour was planned.";
  auto rec2 = slant::test::run_plugin(attribution_plugin(), text2);
  const RecordedFinding* added2 = cued(rec2, "added");
  ASSERT_NE(added2, nullptr);
  EXPECT_EQ(added2->attr("speaker"), "Karl Dunn");
}

TEST(AttributionPronounGender, ASubjectOfTheOtherSexIsNotThePronounsPerson) {
  // "Leo Marsh scored": a sentence's subject person is a candidate only when the sex fits
  const std::string text =
      "Coach Anna Berg said the team was tired. Leo Marsh, 24, scored twice. Asked about the season, she said "
      "the squad had earned a rest.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  ASSERT_FALSE(rec.findings.empty());
  const RecordedFinding& last = rec.findings.back();
  EXPECT_EQ(last.part_text("source", text), "she");
  EXPECT_EQ(last.attr("speaker"), "Anna Berg");  // "Coach" is her title, no part of her name
}

TEST(AttributionSpeakerShapes, AnAdverbOfTimeBeforeAPrepositionIsNoSource) {
  const std::string text =
      "Ada Brook ran the firm for a decade. Shortly before the sale, she called in the managers to tell them "
      "what the papers would print.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  const RecordedFinding* tell = cued(rec, "tell");
  ASSERT_NE(tell, nullptr);
  EXPECT_EQ(tell->part_text("source", text), "she");
  EXPECT_EQ(tell->attr("speaker"), "Ada Brook");
}

TEST(AttributionSpeakerShapes, AParticipleReadAsAVerbIsNoNounCueToo) {
  const std::string text =
      "Soon after the merger, the founders' families had mobilized, warning that the deal would ruin the firm.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  size_t warnings = 0;
  for (const auto& f : rec.findings) warnings += f.part_text("cue", text) == "warning";
  EXPECT_EQ(warnings, 1u);
  const RecordedFinding* warning = cued(rec, "warning");
  ASSERT_NE(warning, nullptr);
  EXPECT_EQ(warning->part_text("source", text), "the founders' families");
}

TEST(AttributionPronounGender, ASentenceOpenedByAnHonorificAndSurnameOpensWithThatPerson) {
  const std::string text =
      "Mr. Haddad said the bid was fair. Ms. Okafor worked on the trading floor for a decade. "
      "She said the culture had changed.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  ASSERT_EQ(rec.findings.size(), 2u);
  EXPECT_EQ(rec.findings[1].part_text("source", text), "She");
  EXPECT_EQ(rec.findings[1].attr("speaker"), "Okafor");
  EXPECT_EQ(rec.findings[1].attr("source_class"), "named-person");
}

TEST(AttributionPronounGender, ASentenceOpenedByATitleAndAFullNameOpensWithThatPerson) {
  const std::string text =
      "Gary Tolliver said people want parking. Mayor Anne Fairbanks voted no. She called the garage a relic.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  ASSERT_EQ(rec.findings.size(), 2u);
  EXPECT_EQ(rec.findings[1].part_text("source", text), "She");
  EXPECT_EQ(rec.findings[1].attr("speaker"), "Anne Fairbanks");
}

}  // namespace
