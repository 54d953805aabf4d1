// Whom "he" and "she" mean: the last person named, unless their given name, honorific or role
// word (data/person_gender.tsv) says they are of the other sex; then the last person known to be
// of the pronoun's. A sentence opened by a person (an honorific and a surname, a title and a full
// name) opens with them. Each pinned by a short text of our own: the finding of `cue` has
// `source` and `speaker`.
#include <gtest/gtest.h>

#include <ostream>

#include "bundled_attribution.hpp"

namespace {

using slant::test::attribution_plugin;
using slant::test::cued;
using slant::test::RecordedFinding;

struct PronounCase {
  const char* text;
  const char* cue;
  const char* source;
  const char* speaker;
};

// clang-format off
const PronounCase kPronouns[] = {
  // a role in lower case before a full name that opens the sentence: that person is who "he" means
  {"Tickets will be refunded, the promoter said. Her former bandmate Ben Reyes also weighed in. "
   "\"Proud of her,\" he posted on Threads.", "posted", "he", "Ben Reyes"},
  // with no source before that fits, a person named in the sentence before
  {"Ostra is run by chef Ben Achterberg. He said he wants it to feel like home.", "said", "He", "Ben Achterberg"},
  // "it" after a one-word name that no first name precedes: the name is an organisation's
  {"A person close to the singer said she was tired. Tickets will be refunded, Livewave said. It added that "
   "buyers should call.", "added", "It", "Livewave"},
  // "she" passes over a man named since, to the woman before
  {"Maria Lopez, the county's health director, said the clinic would stay open. Tomas Reyes, the clinic's "
   "landlord, said the lease ran until June. She added that a new site was being sought.",
   "added", "She", "Maria Lopez"},
  // an honorific, and a role word in a titled source, tell the sex too
  {"Mr. Haddad said the bid was fair. The company's spokeswoman said the talks were over. "
   "He warned that the offer would not be raised.", "warned", "He", "Haddad"},
  {"Mr. Haddad said the bid was fair. The company's spokeswoman said the talks were over. "
   "She warned that the offer would not be raised.", "warned", "She", "the company's spokeswoman"},
  // a surname alone keeps the sex of the full name it stands for
  {"Helen Marsh said the vote was close. Arvid Haugen said it was not. Marsh said the count would be "
   "checked. Karl Dunn said nothing more. She insisted that every ballot be seen.", "insisted", "She", "Helen Marsh"},
  // a person of whom the text does not say stays the best guess; one known to be of the other
  // sex is none, and the pronoun is left unresolved rather than given to him
  {"Jordan Pike said the road would close. He added that a detour was planned.", "added", "He", "Jordan Pike"},
  {"Karl Dunn said the road would close. She added that a detour was planned.", "added", "She", "She"},
  // ... unless the article named a woman before without a cue: she is meant
  {"Agnes Holloway runs the ferry. The owner, a man named Walt Petrie, offered her a job. \"He didn't think "
   "I'd last a month,\" she said.", "said", "she", "Agnes Holloway"},
  // a role and a comma before the name that opens the sentence ("Her son, Martin Holloway,")
  {"Walt Petrie said the boat was old. Her son, Martin Holloway, 58, handles the business side. He said the "
   "boat was fine.", "said the boat was fine", "He", "Martin Holloway"},
  // a second clause's pronoun after "and" is the sentence's subject
  {"Agnes Holloway has piloted the ferry for 51 years, and she says she has never missed a crossing.", "says", "she",
   "Agnes Holloway"},
  // a sentence's subject person of the other sex is passed over; "Coach" is a title
  {"Coach Anna Berg said the team was tired. Leo Marsh, 24, scored twice. Asked about the season, she said "
   "the squad had earned a rest.", "said the squad", "she", "Anna Berg"},
  // a sentence opened by an honorific and a surname, or by a title and a full name
  {"Mr. Haddad said the bid was fair. Ms. Okafor worked on the trading floor for a decade. "
   "She said the culture had changed.", "said the culture", "She", "Okafor"},
  {"Gary Tolliver said people want parking. Mayor Anne Fairbanks voted no. She called the garage a relic.",
   "called", "She", "Anne Fairbanks"},
  // an adverb of time before a preposition opens an adjunct, not the source
  {"Ada Brook ran the firm for a decade. Shortly before the sale, she called in the managers to tell them "
   "what the papers would print.", "tell", "she", "Ada Brook"},
};
// clang-format on

void PrintTo(const PronounCase& c, std::ostream* os) { *os << c.text; }

class Pronoun : public ::testing::TestWithParam<PronounCase> {};

// The finding whose cue text starts the given words ("said the squad": the "said" before them).
const RecordedFinding* cue_before(const slant::test::Recording& rec, const std::string& text, std::string_view words) {
  const auto at = text.find(words);
  if (at == std::string::npos) return nullptr;
  for (const auto& f : rec.findings)
    for (const auto& [role, span] : f.parts)
      if (role == "cue" && span.begin == at) return &f;
  return nullptr;
}

TEST_P(Pronoun, MeansThePersonItShould) {
  const PronounCase& c = GetParam();
  const std::string text = c.text;
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  const std::string_view cue = c.cue;
  const RecordedFinding* f = cue.find(' ') == std::string_view::npos ? cued(rec, cue) : cue_before(rec, text, cue);
  ASSERT_NE(f, nullptr) << "no finding with cue '" << c.cue << "'";
  EXPECT_EQ(f->part_text("source", text), c.source);
  EXPECT_EQ(f->attr("speaker"), c.speaker);
}

INSTANTIATE_TEST_SUITE_P(AttributionPronounGender, Pronoun, ::testing::ValuesIn(kPronouns));

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

TEST(AttributionSpeakerShapes, ItNeverMeansAPersonWithAFirstName) {
  // "Obama" is written after "President": a person's name, which "it" does not make a company
  const std::string text = "Crowds cheered President Obama. Obama said the plan was fair. It added that the vote was close.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  const RecordedFinding* said = cued(rec, "said");
  const RecordedFinding* added = cued(rec, "added");
  ASSERT_NE(said, nullptr);
  ASSERT_NE(added, nullptr);
  EXPECT_EQ(said->attr("source_class"), "named-person");
  EXPECT_NE(added->attr("source_class"), "named-organisation");
}

}  // namespace
