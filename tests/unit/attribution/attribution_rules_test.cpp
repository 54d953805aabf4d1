// Rule tests for the attribution plugin: each case is a short text of our own with the
// attribution it must produce written beside it (cue, source, content, class, stance, form).
#include <gtest/gtest.h>

#include "bundled_attribution.hpp"

namespace {

using slant::test::attribution_plugin;

struct Case {
  const char* text;
  const char* cue;      // the finding is looked up by its cue text
  const char* source;   // "" when the construction has none
  const char* content;  // content parts joined by " | "
  const char* cls;      // source_class ("" when no source)
  const char* stance;
  const char* form;
};

// clang-format off
const Case kRuleCases[] = {
  // direct quotes in the usual news shapes
  {"\"The bridge will open in May,\" she said.",                    "said", "she", "The bridge will open in May,", "vague", "neutral", "direct"},
  {"\"We are not worried,\" said Tom Reyes, a spokesman for the port.", "said", "Tom Reyes, a spokesman for the port", "We are not worried,", "named-person", "neutral", "direct"},
  {"\"Prices will rise,\" Anna Berg said. \"Nobody can stop that.\"", "said", "Anna Berg", "Prices will rise, | Nobody can stop that.", "named-person", "neutral", "direct"},
  {"\"The vote was fair,\" he said, \"and the count was clean.\"",  "said", "he", "The vote was fair, | and the count was clean.", "vague", "neutral", "direct"},
  {"The mayor said: \"We will rebuild the school.\"",               "said", "The mayor", "We will rebuild the school.", "titled", "neutral", "direct"},
  // indirect speech
  {"Lena Ortiz complained that the new rules were unfair to farmers.", "complained", "Lena Ortiz", "that the new rules were unfair to farmers", "named-person", "neutral", "indirect"},
  {"The minister warned the talks could fail.",                     "warned", "The minister", "the talks could fail", "titled", "neutral", "indirect"},
  {"Several boosters called for a change, and a banner was flown over the stadium.", "called for", "Several boosters", "a change", "vague", "neutral", "indirect"},
  {"Pike warned negotiators for weeks that the bill could not pass.", "warned", "Pike", "that the bill could not pass", "named-person", "neutral", "indirect"},
  {"Lena Ortiz said the plan was fair, but she voted against it.",  "said", "Lena Ortiz", "the plan was fair", "named-person", "neutral", "indirect"},
  {"Republicans objected to a provision requiring two-person crews.", "objected to", "Republicans", "a provision requiring two-person crews", "vague", "neutral", "indirect"},
  {"Several workers said they were warned by supervisors not to talk.", "said", "Several workers", "they were warned by supervisors not to talk", "vague", "neutral", "indirect"},
  {"The firm sells heaters that inspectors say are unsafe.",          "say", "inspectors", "are unsafe", "anonymous", "neutral", "indirect"},
  {"It is a drug which researchers say will help.",                  "say", "researchers", "will help", "vague", "neutral", "indirect"},
  {"Exercise may reduce swelling, which some scientists believe plays a role.", "believe", "some scientists", "plays a role", "vague", "neutral", "indirect"},
  {"Lee won't say whether the plant will close.",                     "won't say", "Lee", "whether the plant will close", "named-person", "neutral", "indirect"},
  {"Lee said both parties were to blame.",                           "said", "Lee", "both parties were to blame", "named-person", "neutral", "indirect"},
  {"Pruitt said his office was reviewing the ruling and would likely ask the court to hear the case.", "said", "Pruitt", "his office was reviewing the ruling and would likely ask the court to hear the case", "named-person", "neutral", "indirect"},
  {"Greer said he hoped to pass the bill in July, but aides warned that it looked unlikely.", "said", "Greer", "he hoped to pass the bill in July", "named-person", "neutral", "indirect"},
  {"Officials said the damage was severe, though one lawmaker estimated it at $9 million.", "said", "Officials", "the damage was severe", "anonymous", "neutral", "indirect"},
  {"Rosa Vidal says the office needs more staff, and she is partly right.", "says", "Rosa Vidal", "the office needs more staff", "named-person", "neutral", "indirect"},
  {"When Lee said the plan was fair, he meant it.",                "said", "Lee", "the plan was fair", "named-person", "neutral", "indirect"},
  {"Officials told reporters that the road would stay closed.",     "told", "Officials", "that the road would stay closed", "anonymous", "neutral", "indirect"},
  {"The company said in a statement that it would appeal.",         "said", "The company", "that it would appeal", "titled", "neutral", "indirect"},
  {"The fire started in the kitchen, officials said.",              "said", "officials", "The fire started in the kitchen", "anonymous", "neutral", "indirect"},
  {"Critics claimed the plan would raise taxes.",                   "claimed", "Critics", "the plan would raise taxes", "vague", "distancing", "indirect"},
  // the writer's "falsely" in the verb group distances a neutral verb
  {"Lutz falsely said that families pay triple.",                   "falsely said", "Lutz", "that families pay triple", "named-person", "distancing", "indirect"},
  // a negated endorsement endorses nothing
  {"The agency did not confirm that two workers were hurt.",        "did not confirm", "The agency", "that two workers were hurt", "titled", "neutral", "indirect"},
  {"The agency confirmed that two workers were hurt.",              "confirmed", "The agency", "that two workers were hurt", "titled", "endorsing", "indirect"},
  {"It was reported that the factory would close.",                 "was reported", "", "that the factory would close", "", "neutral", "indirect"},
  {"A person familiar with the talks said a deal was near.",        "said", "A person familiar with the talks", "a deal was near", "anonymous", "neutral", "indirect"},
  {"The court filing said the firm hid its losses.",                "said", "The court filing", "the firm hid its losses", "document", "neutral", "indirect"},
  // according to, per
  {"According to the city budget office, spending rose by a third.", "According to", "the city budget office", "spending rose by a third", "titled", "neutral", "according-to"},
  {"The dam is safe, according to engineers at the site.",          "according to", "engineers at the site", "The dam is safe", "vague", "neutral", "according-to"},
  {"Households will pay $9 more, according to the finance director, Carla Menendez.", "according to", "the finance director, Carla Menendez", "Households will pay $9 more", "named-person", "neutral", "according-to"},
  {"Households will pay $9 more, according to Carla Menendez, the finance director.", "according to", "Carla Menendez, the finance director", "Households will pay $9 more", "named-person", "neutral", "according-to"},
  {"Per a report by The Harbor Times, the ferry was late again.",    "Per", "a report by The Harbor Times", "the ferry was late again", "document", "neutral", "according-to"},
  // ", per X" and an opening "Per X," name who says so, whatever X's words
  {"Sam Osei will coach the team next season, per the school.",     "per", "the school", "Sam Osei will coach the team next season", "vague", "neutral", "according-to"},
  {"Osei will coach, per league sources.",                          "per", "league sources", "Osei will coach", "anonymous", "neutral", "according-to"},
  {"Osei will coach, per multiple reports.",                        "per", "multiple reports", "Osei will coach", "document", "neutral", "according-to"},
};
// clang-format on

// The finding whose evidence (its cue text) is cue, or null.
const slant::test::RecordedFinding* with_cue(const slant::test::Recording& rec, std::string_view cue) {
  const slant::test::RecordedFinding* hit = nullptr;
  for (const auto& f : rec.findings)
    if (f.evidence == cue) hit = &f;
  return hit;
}

class AttributionCase : public ::testing::TestWithParam<Case> {};

TEST_P(AttributionCase, FindsTheAttribution) {
  const Case& c = GetParam();
  auto rec = slant::test::run_plugin(attribution_plugin(), c.text);
  const slant::test::RecordedFinding* hit = with_cue(rec, c.cue);
  ASSERT_NE(hit, nullptr) << "no attribution with cue '" << c.cue << "' in: " << c.text;
  EXPECT_EQ(hit->kind, "attribution");
  EXPECT_EQ(hit->part_text("source", rec.article.text), c.source);
  EXPECT_EQ(hit->part_text("cue", rec.article.text), c.cue);
  EXPECT_EQ(hit->part_text("content", rec.article.text), c.content);
  EXPECT_EQ(hit->attr("source_class"), c.cls);
  EXPECT_EQ(hit->attr("stance"), c.stance);
  EXPECT_EQ(hit->attr("form"), c.form);
  EXPECT_FALSE(hit->explanation.empty());
}

INSTANTIATE_TEST_SUITE_P(Rules, AttributionCase, ::testing::ValuesIn(kRuleCases));

// Whose words the content is: the host keeps it in the writer's voice when the finding says
// voice_of_content=author.
struct VoiceCase {
  const char* text;
  const char* cue;
  const char* voice_of_content;  // "" when the content is the source's (reported)
};

const VoiceCase kVoiceCases[] = {
    {"Lena Ortiz complained that the new rules were unfair.", "complained", ""},
    {"The suspect reportedly fled to the coast.", "reportedly", ""},
    {"The plan seems to be a costly failure.", "seems", "author"},
    {"The cure has been shown to work in mice.", "has been shown", "author"},
    {"Farm groups support a ban on the new pesticide.", "support", "author"},
    // the writer is the source, outside quotation marks
    {"I believe the ruling is a mistake.", "believe", "author"},
    {"As we noted last week, the council is broke.", "noted", "author"},
    {"\"I believe the ruling is a mistake,\" Lee said.", "said", ""},
    // a factive verb with a generic subject: the writer asserts the content through it
    {"Americans know that the new tax is unfair.", "know", "author"},
    {"Most Americans realize that the tax is unfair.", "realize", "author"},
    {"History shows that such plans always fail.", "shows", "author"},
    {"As anyone can see, the bridge is a waste.", "can see", "author"},
    // ... but a named or narrowed subject, or a verb that does not assert, stays reported
    {"Officials know that the bridge is unsafe.", "know", ""},
    {"Americans who lost their jobs know that the plan failed.", "know", ""},
    {"Everyone at the agency knows that the budget is short.", "knows", ""},
    {"Experts believe the bridge is unsafe.", "believe", ""},
    // an "as" clause with no source presents the content as known; with a named source it reports
    {"As was reported last year, the mill will close.", "was reported", "author"},
    {"As the Times reported, the mill will close.", "reported", ""},
    // what a thing or an event shows, the writer asserts; what a speaker reveals is reported
    {"The long drought revealed that the dam was too small.", "revealed", "author"},
    {"The flood showed that the new wall works.", "showed", "author"},
    {"The ministry revealed that two workers were hurt.", "revealed", ""},
    {"It has been revealed that the dam was too small.", "has been revealed", "author"},
    {"Lena Ortiz revealed that the dam was too small.", "revealed", ""},
    // what someone wants to do is described in the writer's words; what someone hopes is so is theirs
    {"Farm groups want to ban the new pesticide.", "want", "author"},
    {"The council is keen to sell the old pier.", "is keen", "author"},
    {"Lena Ortiz hopes that the new pier will open soon.", "hopes", ""},
    // a passive with no agent: the writer tells what was done or said about its subject
    {"The ferry captain was charged with speeding.", "was charged", "author"},
};

class AttributionVoice : public ::testing::TestWithParam<VoiceCase> {};

TEST_P(AttributionVoice, SaysWhenTheContentIsTheWritersOwn) {
  const VoiceCase& c = GetParam();
  auto rec = slant::test::run_plugin(attribution_plugin(), c.text);
  const slant::test::RecordedFinding* hit = with_cue(rec, c.cue);
  ASSERT_NE(hit, nullptr) << "no attribution with cue '" << c.cue << "' in: " << c.text;
  EXPECT_EQ(hit->attr("voice_of_content"), c.voice_of_content) << c.text;
  EXPECT_FALSE(hit->part_text("content", rec.article.text).empty()) << c.text;
}

INSTANTIATE_TEST_SUITE_P(Rules, AttributionVoice, ::testing::ValuesIn(kVoiceCases));

}  // namespace
