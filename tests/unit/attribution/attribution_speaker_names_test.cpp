// Who speaks: where a source phrase starts, and the speaker and class it gets. An all-capital
// "US" is the country, not the writer's "us"; after "Secretary of State" the department is no
// part of the name; "after" opens a clause, a dateline or a participle phrase is no part of the
// source; "Local traders" are no organisation, "Attorneys for the mill" no person.
// Each pinned by a short text of our own.
#include <gtest/gtest.h>

#include "bundled_attribution.hpp"

namespace {

using slant::test::attribution_plugin;
using slant::test::cued;
using slant::test::RecordedFinding;

TEST(AttributionSpeakerNames, AllCapitalUsIsTheCountryNotTheWriter) {
  const std::string text = "US Ambassador Omar Haddad complained that the talks had stalled.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  const RecordedFinding* complained = cued(rec, "complained");
  ASSERT_NE(complained, nullptr);
  EXPECT_EQ(complained->attr("speaker"), "Omar Haddad");
  EXPECT_EQ(complained->attr("source_class"), "named-person");
  EXPECT_EQ(complained->attr("voice_of_content"), "");
  // the writer's own "us" still makes the writer the source
  auto rec2 = slant::test::run_plugin(attribution_plugin(), "We believe the council was wrong.");
  const RecordedFinding* believe = cued(rec2, "believe");
  ASSERT_NE(believe, nullptr);
  EXPECT_EQ(believe->attr("source_class"), "writer");
}

TEST(AttributionSpeakerNames, ATitleOfADepartmentIsFollowedByTheName) {
  const std::string text =
      "Secretary of State Ana Ruiz said the talks would resume. Minister of Finance Omar R. Haddad said the budget "
      "was ready. Later, Ruiz said more.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  ASSERT_EQ(rec.findings.size(), 3u);
  EXPECT_EQ(rec.findings[0].attr("source_class"), "named-person");
  EXPECT_EQ(rec.findings[0].attr("speaker"), "Ana Ruiz");
  EXPECT_EQ(rec.findings[1].attr("speaker"), "Omar R. Haddad");
  EXPECT_EQ(rec.findings[2].attr("speaker"), "Ana Ruiz");  // the surname joins the full name
  EXPECT_EQ(rec.metric("distinct_sources"), 2);
}

TEST(AttributionSpeakerNames, ADepartmentWithoutANameIsNoPerson) {
  for (const char* text : {"A professor of Political Science said the vote was close.",
                           "The director of Public Health Services said the clinic would close."}) {
    auto rec = slant::test::run_plugin(attribution_plugin(), text);
    ASSERT_EQ(rec.findings.size(), 1u) << text;
    EXPECT_NE(rec.findings[0].attr("source_class"), "named-person") << text;
  }
}

TEST(AttributionSpeakerNames, ATimeClauseStartsTheSourceAfterItsWord) {
  const std::string text = "The dock was closed only after a safety survey found cracked beams.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  const RecordedFinding* found = cued(rec, "found");
  ASSERT_NE(found, nullptr);
  EXPECT_EQ(found->part_text("source", text), "a safety survey");
}

TEST(AttributionSpeakerNames, AnOpeningAdjectiveIsNoNameUnlessTheTextCapitalisesItElsewhere) {
  auto rec = slant::test::run_plugin(attribution_plugin(), "Local traders said the closure had cut their takings.");
  ASSERT_EQ(rec.findings.size(), 1u);
  EXPECT_EQ(rec.findings[0].attr("source_class"), "vague");
  auto rec2 = slant::test::run_plugin(attribution_plugin(),
                                      "The ship left port, and Seawatch had warned of it. Seawatch divers said the hull was cracked.");
  const RecordedFinding* said = cued(rec2, "said");
  ASSERT_NE(said, nullptr);
  EXPECT_EQ(said->attr("source_class"), "named-organisation");
}

TEST(AttributionSpeakerNames, ABodyWithoutANameIsTitled) {
  for (const char* text : {"The port authority said the ferry would sail.", "The water utility said rates would rise.",
                           "The regulator said the merger was under review."}) {
    auto rec = slant::test::run_plugin(attribution_plugin(), text);
    ASSERT_EQ(rec.findings.size(), 1u) << text;
    EXPECT_EQ(rec.findings[0].attr("source_class"), "titled") << text;
  }
}

TEST(AttributionSpeakerNames, ACompanyNameEndsInACompanyWordAndItsItFollows) {
  const std::string text =
      "The operator, Eastgate Terminals, said that it had offered a raise. It called the strike damaging.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  ASSERT_GE(rec.findings.size(), 2u);
  EXPECT_EQ(rec.findings[0].attr("source_class"), "named-organisation");
  EXPECT_EQ(rec.findings[0].attr("speaker"), "Eastgate Terminals");
  const RecordedFinding* called = cued(rec, "called");
  ASSERT_NE(called, nullptr);
  EXPECT_EQ(called->attr("speaker"), "Eastgate Terminals");
}

TEST(AttributionSpeakerNames, ACapitalisedApostropheSIsSteppedOver) {
  // "'S" is capitalised like a name but ends a run of names: the scan once stood still on it
  // (found by the plugins fuzz target).
  const std::string text = "The contractor, Harbor Wor'S, declined to comment. Dana O'S said it was late.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  ASSERT_FALSE(rec.findings.empty());
  EXPECT_EQ(rec.findings[0].evidence, "declined");
}

TEST(AttributionSpeakerNames, AnAnonymityClauseAfterTheSourceMakesItAnonymous) {
  for (const char* text : {"A senior engineer, who spoke on condition of anonymity, said the dam was sound.",
                           "A council aide, who was not authorized to speak publicly, said the vote was delayed."}) {
    auto rec = slant::test::run_plugin(attribution_plugin(), text);
    const RecordedFinding* said = cued(rec, "said");
    ASSERT_NE(said, nullptr) << text;
    EXPECT_EQ(said->attr("source_class"), "anonymous") << text;
  }
  // a relative clause that says nothing of anonymity leaves the class as it was
  auto rec = slant::test::run_plugin(attribution_plugin(), "A senior official, who inspected the dam, said it was sound.");
  const RecordedFinding* said = cued(rec, "said");
  ASSERT_NE(said, nullptr);
  EXPECT_EQ(said->attr("source_class"), "titled");
}

TEST(AttributionSpeakerNames, AVerbThatExplainsTheAnonymityIsNoCue) {
  for (const char* text :
       {"A senior official, who spoke on condition of anonymity because he was not authorized to discuss the "
        "talks, said the sides were close.",
        "A senior official, who asked not to be named because the talks are private, said the sides were close."}) {
    const std::string t = text;
    auto rec = slant::test::run_plugin(attribution_plugin(), t);
    ASSERT_EQ(rec.findings.size(), 1u) << t;
    EXPECT_EQ(rec.findings[0].evidence, "said") << t;
    EXPECT_EQ(rec.findings[0].part_text("source", t), "A senior official") << t;
    EXPECT_EQ(rec.findings[0].attr("source_class"), "anonymous") << t;
  }
}

TEST(AttributionSpeakerNames, ARestrictiveAnonymityClauseIsPartOfTheSource) {
  // without commas the clause still belongs to the subject, and its "be" is an infinitive's
  for (const char* text : {"A witness who asked not to be named said she saw a man running.",
                           "A neighbour who asked not to be identified told reporters the family had moved away."}) {
    const std::string t = text;
    auto rec = slant::test::run_plugin(attribution_plugin(), t);
    ASSERT_EQ(rec.findings.size(), 1u) << t;
    EXPECT_NE(rec.findings[0].evidence, "asked") << t;
    EXPECT_EQ(rec.findings[0].part_text("source", t).substr(0, 2), "A ") << t;
    EXPECT_EQ(rec.findings[0].attr("source_class"), "anonymous") << t;
  }
}

TEST(AttributionSpeakerNames, TheReasonForAnonymityIsPartOfTheSourceAndTheWitnessIsWhomSheMeans) {
  const std::string text =
      "The police spokeswoman, Ana Ruiz, said a man was held. A witness who asked not to be named because she "
      "feared reprisals told the Courier she saw a man running. \"He nearly knocked me over,\" she said.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  const RecordedFinding* told = cued(rec, "told");
  ASSERT_NE(told, nullptr);
  EXPECT_EQ(told->part_text("source", text), "A witness who asked not to be named because she feared reprisals");
  EXPECT_EQ(told->attr("source_class"), "anonymous");
  EXPECT_EQ(told->attr("speaker"), "a witness");  // the clause only withholds the name
  ASSERT_EQ(rec.findings.size(), 3u);
  EXPECT_EQ(rec.findings[2].attr("speaker"), "a witness");  // not the spokeswoman named before
  EXPECT_EQ(rec.findings[2].attr("source_class"), "anonymous");
}

TEST(AttributionSpeakerNames, AnOfficialBriefingOnConditionOfAnonymityIsTheOfficialLater) {
  const std::string text =
      "A senior official briefing reporters on condition of anonymity said the talks were close. The official "
      "said a deal was near.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  ASSERT_EQ(rec.findings.size(), 2u);
  EXPECT_EQ(rec.findings[0].attr("speaker"), "a senior official");
  EXPECT_EQ(rec.findings[1].attr("speaker"), "a senior official");
  EXPECT_EQ(rec.findings[1].attr("source_class"), "anonymous");
}

TEST(AttributionSpeakerNames, OneOfAnAnonymousGroupIsAnonymousToo) {
  const std::string text =
      "Two employees, who spoke on condition of anonymity, said managers had been warned. One of them said a "
      "request was turned down. \"We flagged it,\" the employee said.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  ASSERT_EQ(rec.findings.size(), 3u);
  for (const auto& f : rec.findings) {
    EXPECT_EQ(f.attr("source_class"), "anonymous") << f.part_text("source", text);
    EXPECT_EQ(f.attr("speaker"), "two employees") << f.part_text("source", text);
  }
}

TEST(AttributionSpeakerNames, ADatelineIsNoSourceAndAParticipleIsNoApposition) {
  const std::string wire =
      "Headline\n\nDUNMORE (Wire) - A shipping firm has sued the port, alleging that the tender was rigged.";
  auto rec = slant::test::run_plugin(attribution_plugin(), wire);
  const RecordedFinding* alleging = cued(rec, "alleging");
  ASSERT_NE(alleging, nullptr);
  EXPECT_EQ(alleging->part_text("source", wire), "A shipping firm");
  const std::string filed = "The lawsuit, filed Monday in county court, claims that the tender was rigged.";
  auto rec2 = slant::test::run_plugin(attribution_plugin(), filed);
  const RecordedFinding* claims = cued(rec2, "claims");
  ASSERT_NE(claims, nullptr);
  EXPECT_EQ(claims->part_text("source", filed), "The lawsuit");
  EXPECT_EQ(claims->attr("source_class"), "document");
}

TEST(AttributionSpeakerNames, HeIsThePersonWhoOpenedASentenceSinceTheLastSpeaker) {
  const std::string text =
      "The chairman, Victor Hale, insisted the club would not sell. Marsh, 24, scored 19 goals last season. Asked "
      "about his future, he said only that he loved the club.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  ASSERT_FALSE(rec.findings.empty());
  EXPECT_EQ(rec.findings.back().attr("speaker"), "Marsh");
  // a sentence that opens with no person leaves "he" to the last speaker
  const std::string other = "Lee Park said the plan was fair. The council met on Monday. He said it would pass.";
  auto rec2 = slant::test::run_plugin(attribution_plugin(), other);
  ASSERT_EQ(rec2.findings.size(), 2u);
  EXPECT_EQ(rec2.findings[1].attr("speaker"), "Lee Park");
  // and so does a person who opened a sentence before that speaker was named
  const std::string before = "Ana Ruiz arrived late. Lee Park said the plan was fair. He said it would pass.";
  auto rec3 = slant::test::run_plugin(attribution_plugin(), before);
  ASSERT_EQ(rec3.findings.size(), 2u);
  EXPECT_EQ(rec3.findings[1].attr("speaker"), "Lee Park");
}

TEST(AttributionSpeakerNames, PluralOfficeHoldersWithoutANameAreAnonymous) {
  for (const char* text : {"Ministers had urged both sides to settle.", "Senators said the bill was dead.",
                           "Police officers said the road would stay closed."}) {
    auto rec = slant::test::run_plugin(attribution_plugin(), text);
    ASSERT_FALSE(rec.findings.empty()) << text;
    EXPECT_EQ(rec.findings[0].attr("source_class"), "anonymous") << text;
  }
}

}  // namespace

// One attribution in a short text of our own: the speaker and source class it must get.
struct SpeakerCase {
  const char* text;
  const char* speaker;
  const char* source_class;
};

// clang-format off
const SpeakerCase kSpeakers[] = {
  // a capitalised first word joined to a lower-case one, or before "for the" / "at" a name
  {"Teachers and union officials said the levy was popular.",          "teachers and union officials", "anonymous"},
  {"Attorneys for the mill did not respond to requests for comment.",   "attorneys for the mill",       "vague"},
  {"Activists at Greenpeace said the smell was worse.",                 "activists at Greenpeace",      "vague"},
  // a lone opening source word, or one the article writes in lower case too
  {"Investors had pushed for cost cuts since May.",                     "investors",                    "vague"},
  {"The organizers met twice. Organizers say they want calm.",          "organizers",                   "vague"},
  {"Allies say that he sees no need to engage.",                        "allies",                       "vague"},
  {"Forecasters said the rain would ease by Tuesday.",                  "forecasters",                  "vague"},
  // a wire dateline before the subject is nobody's
  {"LONDON, March 4 (Reuters) - Officials said the border was closed.", "officials",                 "anonymous"},
  {"Witnesses said the van did not stop.",                              "witnesses",                    "vague"},
  {"She swam daily until she was 88, the family said.",                "the family",                   "vague"},
  // a relative clause inside the subject or its apposition; a name after "the" before an apposition
  {"Gina Castellano, president of the local that represents 400 workers, called the closure a betrayal.", "Gina Castellano", "named-person"},
  {"The Carriers Association, a lobbying group, said it would sue.",    "Carriers Association",         "named-organisation"},
  // a company named by what it trades; a title before a name is no part of it
  {"Orvane Foods said it would cut 1,100 jobs.",                        "Orvane Foods",                 "named-organisation"},
  {"County Administrator Ray Belcourt declined to comment.",           "Ray Belcourt",                 "named-person"},
  {"Supervisor Dennis Hargrove said the road was closed.",             "Dennis Hargrove",              "named-person"},
  // the name of an unnamed role after its comma; a relative clause of "of which"; a document's own speaker
  {"Her death was confirmed by her daughter, Julia Brandt.",          "Julia Brandt",                 "named-person"},
  {"The audits, two of which were obtained by The Ledger, found that the firm overbilled.", "the audits", "document"},
  {"Emails reviewed by The Ledger show that Vell intervened.",         "emails reviewed by The Ledger", "document"},
  // a role and its apposition; "can't" split by the host
  {"The mayor, a Democrat, said she would veto the bill.",            "the mayor",                    "titled"},
  // anonymity after an inverted source; "briefed on" like "familiar with"
  {"\"It was a betrayal,\" said one former officer, who spoke on the condition of anonymity.", "one former officer", "anonymous"},
  {"According to a person briefed on the inquiry, the case was closed.", "a person briefed on the inquiry", "anonymous"},
  // a body without a name is titled, not a vague crowd
  {"The weather service warned that more rain could fall.",            "the weather service",          "titled"},
  {"The panel ruled that the recordings were obtained unlawfully.",    "the panel",                    "titled"},
  // an organisation's name joined by "of", "and" or "&", and an acronym, are no person's
  {"The Department of Health and Human Services said the rule would stand.", "Department of Health and Human Services", "named-organisation"},
  {"Brixton Tool & Die said it would appeal.",                         "Brixton Tool & Die",           "named-organisation"},
  {"The NRA said the bill went too far.",                              "NRA",                          "named-organisation"},
  {"FBI Director James Comey said the inquiry was over.",              "James Comey",                  "named-person"},
  {"Sanders and Clinton said the debate was fair.",                    "Sanders",                      "named-person"},
  {"Research suggests that job losses fed the anger.",                  "research",                     "document"},
  {"According to court filings, the mill paid the fine.",              "court filings",                "document"},
  // a title's plural is a crowd; "speaking on background" withholds the name
  {"Commissioners said the science is complicated.",                  "commissioners",                "vague"},
  {"A former trade official, speaking on background, said the deal was risky.", "a former trade official", "anonymous"},
  // only a group or a thing calls itself by a name, or has a "which" clause; a role after a
  // possessive name is titled
  {"A group calling itself Nightjar claimed the attack.",              "Nightjar",                     "named-organisation"},
  {"Castellan Marine, which runs the ferries, said it had complied with every rule.", "Castellan Marine", "named-organisation"},
  {"The European Union's foreign policy chief welcomed the deal.",     "the European Union's foreign policy chief", "titled"},
  // number and quantity words open no name
  {"One of them said the matter was being handled.",                    "one of them",                  "vague"},
  {"All of them wanted to teach me a lesson.",                          "all of them",                  "vague"},
  // a capitalised group, or a side before a role, names no one
  {"The committee's four Democrats voted for the plan.",                "the committee's four Democrats", "vague"},
  {"Senate Democrats said the plan was bad.",                           "Senate Democrats",             "named-organisation"},
  {"Later, the Democratic presidential candidate stated that the plan was mean.", "the Democratic presidential candidate", "titled"},
  // a document inside a relative clause is not the source's class
  {"Experts who reviewed the report said its method was sound.",        "experts who reviewed the report", "vague"},
  // "who" after a place stands for the person or group before it
  {"Lund was joined by Sen. Marcus Bell, a Democrat from Oldbridge, who said the bill was too high.", "Marcus Bell", "named-person"},
  {"Growers in Oldbridge, who say the canal is late, met on Monday.",   "growers in Oldbridge",         "vague"},
  // a surname alone takes the full name the article writes, even in a sentence without a cue
  {"Arvid Haugen has run the ferry for years. \"It was never a job,\" Haugen said.", "Arvid Haugen", "named-person"},
  // a name at the start of a sentence that the article also writes inside one stays a name
  {"Ms. Voss of the board spoke first. Voss said the vote was close.",  "Voss",                         "named-person"},
};
// clang-format on

void PrintTo(const SpeakerCase& c, std::ostream* os) { *os << c.text; }

class Speaker : public ::testing::TestWithParam<SpeakerCase> {};

TEST_P(Speaker, GetsItsSpeakerAndClass) {
  const SpeakerCase& c = GetParam();
  auto rec = slant::test::run_plugin(attribution_plugin(), c.text);
  ASSERT_EQ(rec.findings.size(), 1u);
  EXPECT_EQ(rec.findings[0].attr("speaker"), c.speaker);
  EXPECT_EQ(rec.findings[0].attr("source_class"), c.source_class);
}

INSTANTIATE_TEST_SUITE_P(AttributionSpeakerNames, Speaker, ::testing::ValuesIn(kSpeakers));

TEST(AttributionSpeakerNames, HeAfterTheGovernorHimselfIsTheGovernor) {
  const std::string text =
      "In a statement, spokesman Devon Ashe said the vote was wrong. The governor himself struck a softer tone. "
      "Speaking in Halden, he said he respected the vote.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  ASSERT_EQ(rec.findings.size(), 2u);
  EXPECT_EQ(rec.findings[0].attr("speaker"), "Devon Ashe");
  EXPECT_EQ(rec.findings[1].attr("speaker"), "the governor");
  EXPECT_EQ(rec.findings[1].attr("source_class"), "titled");
}

TEST(AttributionSpeakerNames, TheOfficialIsTheOfficialNamedBefore) {
  const std::string text =
      "A senior official, who spoke on condition of anonymity, said the levee was leaking. Mayor Ana Ruiz "
      "said the town was safe. The official said engineers were placing sandbags. The president said nothing.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  ASSERT_EQ(rec.findings.size(), 4u);
  EXPECT_EQ(rec.findings[2].attr("source_class"), "anonymous");
  EXPECT_EQ(rec.findings[2].attr("speaker"), "a senior official");
  // no one was "the president" before: the role alone
  EXPECT_EQ(rec.findings[3].attr("speaker"), "the president");
  // a noun that only modifies the earlier phrase is not its head
  const std::string text2 =
      "Campaign manager Jo Weaver said the race was close. The campaign said it raised $9 million.";
  auto rec2 = slant::test::run_plugin(attribution_plugin(), text2);
  ASSERT_EQ(rec2.findings.size(), 2u);
  EXPECT_EQ(rec2.findings[1].attr("speaker"), "the campaign");
}

TEST(AttributionSpeakerNames, AnAdjunctOfTimeIsNoPartOfTheSource) {
  const struct {
    const char* text;
    const char* source;
    const char* speaker;
  } cases[] = {
      {"Jane Ruiz spoke first. On Monday she said the plan had failed.", "she", "Jane Ruiz"},
      {"Last week Jane Ruiz said the plan had failed.", "Jane Ruiz", "Jane Ruiz"},
      {"Jane Ruiz, the mayor, on Tuesday said she would resign.", "Jane Ruiz, the mayor", "Jane Ruiz"},
  };
  for (const auto& c : cases) {
    auto rec = slant::test::run_plugin(attribution_plugin(), c.text);
    const RecordedFinding* said = cued(rec, "said");
    ASSERT_NE(said, nullptr) << c.text;
    EXPECT_EQ(said->part_text("source", c.text), c.source) << c.text;
    EXPECT_EQ(said->attr("speaker"), c.speaker) << c.text;
  }
}

TEST(AttributionSpeakerNames, YouIsNeverASourceNamedBefore) {
  const std::string text =
      "The health department said hospitals should plan better. What would you ask the governor for if you met her?";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  // only the department's own finding is the department's
  ASSERT_FALSE(rec.findings.empty());
  EXPECT_EQ(rec.findings[0].attr("speaker"), "the health department");
  for (size_t k = 1; k < rec.findings.size(); ++k)
    EXPECT_NE(rec.findings[k].attr("speaker"), "the health department") << rec.findings[k].rule;
}

TEST(AttributionSpeakerNames, AReducedRelativesSubjectIsTheSourceNotTheClauseBefore) {
  const std::string text = "The council hired the nurses the district says it cannot afford.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  const RecordedFinding* says = cued(rec, "says");
  ASSERT_NE(says, nullptr);
  EXPECT_EQ(says->part_text("source", text), "the district");
  // a phrase joined by "of" stays whole
  const std::string text2 = "The head of the agency said the plan was fair.";
  auto rec2 = slant::test::run_plugin(attribution_plugin(), text2);
  ASSERT_NE(cued(rec2, "said"), nullptr);
  EXPECT_EQ(cued(rec2, "said")->part_text("source", text2), "The head of the agency");
}

TEST(AttributionSpeakerNames, AnAuxiliaryAfterWhoStaysInsideTheSubject) {
  const std::string text = "Two senators who had backed the deal said leaders had pressured them.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  const RecordedFinding* said = cued(rec, "said");
  ASSERT_NE(said, nullptr);
  EXPECT_EQ(said->part_text("source", text), "Two senators who had backed the deal");
  EXPECT_EQ(said->part_text("content", text), "leaders had pressured them");
}

TEST(AttributionSpeakerNames, AnOrganisationsNameKeepsItsOf) {
  auto rec = slant::test::run_plugin(attribution_plugin(),
                                     "A spokeswoman for the Department of Health confirmed that an inquiry had opened.");
  ASSERT_EQ(rec.findings.size(), 1u);
  EXPECT_EQ(rec.findings[0].attr("source_class"), "named-organisation");
  EXPECT_EQ(rec.findings[0].attr("speaker"), "Department of Health");
}

TEST(AttributionSpeakerNames, AParticipleOfAnonymityAndItsReasonMakeTheSourceAnonymous) {
  const std::string text =
      "Two nurses who worked in the unit, speaking on condition of anonymity because they feared losing their "
      "jobs, said managers had told staff to keep quiet.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  const RecordedFinding* said = cued(rec, "said");
  ASSERT_NE(said, nullptr);
  EXPECT_EQ(said->part_text("source", text), "Two nurses who worked in the unit");
  EXPECT_EQ(said->attr("source_class"), "anonymous");
  EXPECT_EQ(cued(rec, "feared"), nullptr);  // the reason for anonymity reports nothing
}

TEST(AttributionSpeakerNames, APronounAfterASentenceOpenedByAKnownSurnameIsThatPerson) {
  const std::string text =
      "Fans blamed the owner, Viktor Aalders, for the cuts. \"He picked the players,\" said Gail Forsyth. "
      "Aalders did not speak to reporters. Last month, he insisted that the manager had his backing.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  const RecordedFinding* insisted = cued(rec, "insisted");
  ASSERT_NE(insisted, nullptr);
  EXPECT_EQ(insisted->attr("speaker"), "Viktor Aalders");
  EXPECT_EQ(insisted->attr("source_class"), "named-person");
}

TEST(AttributionSpeakerNames, WhyAndHowOpenAClauseOutsideTheSource) {
  for (const char* text : {"She spoke about why she thinks the library matters.", "He asked how they know the vote failed."}) {
    auto rec = slant::test::run_plugin(attribution_plugin(), text);
    ASSERT_FALSE(rec.findings.empty()) << text;
    for (const auto& f : rec.findings) {
      const std::string src = f.part_text("source", text);
      EXPECT_EQ(src.find("why"), std::string::npos) << text;
      EXPECT_EQ(src.find("how"), std::string::npos) << text;
    }
  }
}

TEST(AttributionSpeakerNames, AnExpletiveThereIsNobody) {
  const std::string text = "There are better ways to express your opposition to the plan.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  for (const auto& f : rec.findings) EXPECT_EQ(f.part_text("source", text), "") << f.rule;
}

TEST(AttributionSpeakerNames, ASentenceOpeningAQuotationOpensWithNoSubject) {
  const std::string text =
      "Omar Haddad, a donor, took the stage. \"What I see is a flight to quality. Donors are careful,\" he said.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  const RecordedFinding* said = cued(rec, "said");
  ASSERT_NE(said, nullptr);
  EXPECT_EQ(said->attr("speaker"), "Omar Haddad");
}

TEST(AttributionSpeakerNames, ASurnameAfterAnOpeningAdjunctIsTheSentencesSubject) {
  const std::string text =
      "Arvid Haugen has run the ferry for years. Maren Solberg said the crossing would change. "
      "According to county records, Haugen has never missed a crossing. He said he once rowed through a storm.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  const RecordedFinding* said = nullptr;
  for (const auto& f : rec.findings)
    if (f.part_text("source", text) == "He") said = &f;
  ASSERT_NE(said, nullptr);
  EXPECT_EQ(said->attr("speaker"), "Arvid Haugen");
}

TEST(AttributionSpeakerNames, AnOrganisationWordBeforeANameMakesItAnOrganisation) {
  const std::string text =
      "Sales fell, according to the consulting firm Castell Insights. According to the Iraqi activist group Mosul "
      "Eye, the count rose. The nine times Sanders spoke, he said so.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  ASSERT_GE(rec.findings.size(), 2u);
  EXPECT_EQ(rec.findings[0].attr("source_class"), "named-organisation");
  EXPECT_EQ(rec.findings[0].attr("speaker"), "Castell Insights");
  EXPECT_EQ(rec.findings[1].attr("source_class"), "named-organisation");
  EXPECT_EQ(rec.findings[1].attr("speaker"), "Mosul Eye");  // not "Iraqi", the first capital after "the"
  // "times" ends a newspaper's name: no organisation word before "Sanders"; and "he" is no group
  const RecordedFinding* said = cued(rec, "said");
  ASSERT_NE(said, nullptr);
  EXPECT_EQ(said->attr("speaker"), "he");
}

TEST(AttributionSpeakerNames, AnOrganisationWordInAnAppositionMakesTheNameAnOrganisation) {
  const std::string text =
      "Prices rose, according to Kestrel Intelligence, a cybersecurity firm. Her management company, Blue "
      "Meridian, did not respond to a request for comment. \"No,\" said Mira Lind of the Eurasia Group, a "
      "consulting company.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  ASSERT_EQ(rec.findings.size(), 3u);
  EXPECT_EQ(rec.findings[0].attr("source_class"), "named-organisation");
  EXPECT_EQ(rec.findings[0].attr("speaker"), "Kestrel Intelligence");
  EXPECT_EQ(rec.findings[1].attr("source_class"), "named-organisation");
  EXPECT_EQ(rec.findings[1].attr("speaker"), "Blue Meridian");
  // the apposition is the Eurasia Group's, not the person's before it
  EXPECT_EQ(rec.findings[2].attr("source_class"), "named-person");
}

TEST(AttributionSpeakerNames, OrganisationsOfSeveralWordsAreGroupedOnlyWithTheSameName) {
  const std::string text =
      "The Justice Department said it would appeal. The State Department said it agreed. Ana Ruiz said no. The "
      "Ruiz Foundation said yes. Ruiz said more.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  ASSERT_EQ(rec.findings.size(), 5u);
  EXPECT_EQ(rec.findings[1].attr("speaker"), "State Department");
  EXPECT_EQ(rec.findings[3].attr("speaker"), "Ruiz Foundation");
  EXPECT_EQ(rec.findings[4].attr("speaker"), "Ana Ruiz");  // the foundation does not take her place
}

TEST(AttributionSpeakerNames, APlaceMadeAnAdjectiveNamesNoOneAndRolesAreTitled) {
  const std::string text =
      "The Chicago-based snack maker said net income fell. Her publicist announced the cancellation. The club did "
      "not respond to requests for comment.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  ASSERT_EQ(rec.findings.size(), 3u);
  for (const auto& f : rec.findings) EXPECT_EQ(f.attr("source_class"), "titled") << f.evidence;
  EXPECT_EQ(rec.findings[0].attr("speaker"), "the Chicago-based snack maker");
}

TEST(AttributionSpeakerNames, TheCompanyIsTheCompanyJustNamedWhenNoOtherNameComesBetween) {
  const std::string text =
      "Brennan Foods said profit fell. The Chicago-based snack maker said net income fell. The company added that "
      "it would cut jobs. Assem had flown with EgyptAir, the airline said.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  ASSERT_EQ(rec.findings.size(), 4u);
  EXPECT_EQ(rec.findings[1].attr("speaker"), "Brennan Foods");
  EXPECT_EQ(rec.findings[1].attr("source_class"), "named-organisation");
  EXPECT_EQ(rec.findings[2].attr("speaker"), "Brennan Foods");
  // another name between: the airline is not Brennan Foods
  EXPECT_EQ(rec.findings[3].attr("speaker"), "the airline");
  EXPECT_EQ(rec.findings[3].attr("source_class"), "titled");
}

TEST(AttributionSpeakerNames, AOneWordNameSpokenOfAsAThingIsAnOrganisation) {
  // "Lumora" is never written after a first name, no "he" or "she" is near, and "the company"
  // follows: an organisation, which "the company" then stands for
  const std::string text = "Lumora unveiled new glasses on Monday. The company said they would cost 200 dollars.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  ASSERT_EQ(rec.findings.size(), 2u);
  EXPECT_EQ(rec.findings[0].attr("source_class"), "named-organisation");
  EXPECT_EQ(rec.findings[1].attr("speaker"), "Lumora");
  // a company another clause speaks of says nothing of the name, nor does a crane operator
  for (const char* person : {"Lopez said the company lied.", "\"It hurts,\" said Jonah Reyes, a crane operator."}) {
    auto r = slant::test::run_plugin(attribution_plugin(), person);
    ASSERT_GE(r.findings.size(), 1u) << person;
    EXPECT_EQ(r.findings[0].attr("source_class"), "named-person") << person;
  }
  // with "he" near, a lone surname stays a person's
  const std::string person = "Pike said the plan was fair. He added that it would pass.";
  auto rec2 = slant::test::run_plugin(attribution_plugin(), person);
  ASSERT_GE(rec2.findings.size(), 1u);
  EXPECT_EQ(rec2.findings[0].attr("source_class"), "named-person");
}

TEST(AttributionSpeakerNames, ANameInTheAppositionIsNotTheSpeaker) {
  // the speaker is the name before the comma, not the one the apposition describes them by
  const std::string text =
      "\"It will pass,\" said Nick Merrill, a spokesman for Senator Ana Ruiz. Republican Tom Harlan accused "
      "Democrat Ada Oyelaran of planning a tax increase. \"It is fine,\" said Speaker Paul D. Ryan.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  ASSERT_GE(rec.findings.size(), 3u);
  EXPECT_EQ(rec.findings[0].attr("speaker"), "Nick Merrill");
  EXPECT_EQ(rec.findings[1].attr("speaker"), "Tom Harlan");  // a party label before a name is no part of it
  EXPECT_EQ(rec.findings[2].attr("source_class"), "named-person");  // an initial is no acronym
}

TEST(AttributionSpeakerNames, TheJudgeIsTheJudgeTheArticleNamed) {
  const std::string text =
      "The case was assigned to Judge Miriam Falk. In an order issued Thursday, the judge wrote that the records "
      "were incomplete. Judge Emmet G. Sullivan spoke. The judge said no.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  ASSERT_EQ(rec.findings.size(), 2u);
  EXPECT_EQ(rec.findings[0].attr("speaker"), "Miriam Falk");
  EXPECT_EQ(rec.findings[0].attr("source_class"), "named-person");
  EXPECT_EQ(rec.findings[1].attr("speaker"), "Emmet G. Sullivan");  // the nearer judge
}

TEST(AttributionSpeakerNames, ANameThatOpensTheSentenceKeepsItsCapitals) {
  // a group's speaker is written in lower case but for names; "Estmark's" is one even first
  const std::string text = "Estmark's government rejected the accusation. Democratic party leaders said no.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  ASSERT_EQ(rec.findings.size(), 2u);
  EXPECT_EQ(rec.findings[0].attr("speaker"), "Estmark's government");
  EXPECT_EQ(rec.findings[1].attr("speaker"), "democratic party leaders");
}
