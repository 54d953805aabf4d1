// The opinion plugin's findings as the host receives them: one per voice side judged opinion,
// the first cue on that side, the contract's attributes, and quiet plain reporting.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "opinion_test_support.hpp"

namespace {

using namespace slant::test;
using namespace slant::test::opinion;

struct SideCase {
  const char* text;
  std::vector<std::string> sides;  // expected first-cue side of each opinion finding, in order
};

// Written beside each text: which sides the lexicon-only plugin must report.
const SideCase kSides[] = {
    {"The council approved the budget on Tuesday.", {}},
    {"The mayor must resign.", {"author"}},
    {"\"This is a disgraceful waste,\" the mayor said.", {"quoted"}},
    {"\"This is a disgraceful waste,\" the mayor said, but the plan will inevitably fail.",
     {"author", "quoted"}},
    {"Residents asked \"why should we pay?\" and the answer is frankly shameful.", {"author", "quoted"}},
};

TEST(OpinionFindings, QuotedAndWritersWordsAreSeparateFindings) {
  for (const auto& c : kSides) {
    const auto r = run_plugin(lexicon_plugin(), c.text);
    std::vector<std::string> got;
    for (const auto* f : opinions(r)) got.push_back(first_cue_side(r, *f));
    std::string seen;
    for (const auto* f : opinions(r)) seen += "\n  " + f->text + " <- " + f->evidence;
    EXPECT_EQ(got, c.sides) << c.text << seen;
  }
}

TEST(OpinionFindings, EachSideSpansOnlyItsOwnWords) {
  const std::string text = "\"This is a disgraceful waste,\" the mayor said, but the plan will inevitably fail.";
  const auto r = run_plugin(lexicon_plugin(), text);
  const auto found = opinions(r);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0]->text, "the mayor said, but the plan will inevitably fail.");
  EXPECT_EQ(found[0]->part_text("cue", text), "will inevitably");
  EXPECT_EQ(found[0]->rule, "opinion:certain-prediction");
  EXPECT_EQ(found[1]->text, "This is a disgraceful waste,");
  EXPECT_EQ(found[1]->part_text("cue", text), "disgraceful");
  EXPECT_NE(found[1]->explanation.find("quoted"), std::string::npos) << found[1]->explanation;
}

TEST(OpinionFindings, CarryTheContractsAttributes) {
  const std::string text = "Frankly, the mayor must resign.";
  const auto r = run_plugin(lexicon_plugin(), text);
  const auto found = opinions(r);
  ASSERT_EQ(found.size(), 1u);
  const auto& f = *found[0];
  EXPECT_EQ(f.text, text);  // a sentence without quotations: the finding is the sentence
  EXPECT_FALSE(f.part_text("cue", text).empty());
  EXPECT_NE(f.attr("signals").find("booster"), std::string::npos) << f.attr("signals");
  EXPECT_NE(f.attr("signals").find("deontic"), std::string::npos) << f.attr("signals");
  EXPECT_FALSE(f.attr("score").empty());
  EXPECT_EQ(f.rule.rfind("opinion:", 0), 0u) << f.rule;
  EXPECT_NE(f.evidence.find("must"), std::string::npos) << f.evidence;
  EXPECT_GT(f.weight, 0.5);
  EXPECT_FALSE(f.explanation.empty());
}

TEST(OpinionFindings, MetricsCountTheWritersSentences) {
  const auto r = run_plugin(lexicon_plugin(),
                            "The council met on Tuesday. The mayor must resign. \"It is a disgrace,\" "
                            "one resident said.");
  EXPECT_EQ(r.metric("opinion_sentences"), 1);
  EXPECT_NEAR(r.metric("author_opinion_share"), 1.0 / 3.0, 1e-9);
  EXPECT_EQ(r.metric("quoted_opinion_parts"), 1);
  EXPECT_EQ(r.metric("signal_deontic"), 1);
}

// The shipped model on texts of our own in the manner of a wire story with an opinionated close.
TEST(OpinionFindings, BundledModelKeepsPlainReportingQuiet) {
  const char* plain[] = {
      "The ministry announced the agreement on Thursday after two days of talks.",
      "The company reported a profit of $3.2 billion for the quarter.",
      "Officials said the bridge would reopen to traffic next week.",
      "The defence minister met his counterpart in Singapore on Saturday.",
      "Police arrested two men in connection with the robbery.",
  };
  for (const char* text : plain) {
    const auto r = run_plugin(bundled_plugin(), text);
    EXPECT_TRUE(opinions(r).empty()) << text << " -> " << opinions(r).front()->explanation;
  }
}

TEST(OpinionFindings, BundledModelFlagsTheWritersOwnJudgement) {
  const char* opinionated[] = {
      "Such rivalry will inevitably end in open conflict, a frightening prospect.",
      "Cooler heads must prevail before the talks collapse.",
      "It is a disgraceful waste of public money, and the minister should resign.",
  };
  for (const char* text : opinionated) {
    const auto r = run_plugin(bundled_plugin(), text);
    ASSERT_EQ(opinions(r).size(), 1u) << text;
    EXPECT_EQ(first_cue_side(r, *opinions(r).front()), "author") << text;
  }
}

}  // namespace

namespace {

// A short wire story of our own with the shape of the project's seed article: attributed
// reporting, a quoted rhetorical question, a plain fact, and the writer's opinionated close.
// Expected beside each paragraph: the opinion findings and their voice side.
TEST(OpinionFindings, BundledModelOnAStoryWithAnOpinionatedClose) {
  using namespace slant::test;
  using namespace slant::test::opinion;
  const std::string text =
      "Officials in Ruritania turned down a request for talks with their neighbours on Monday, "
      "the foreign ministry said.\n\n"                                        // none
      "The ministry said in a statement that the meeting \"would serve no purpose at this "
      "time.\"\n\n"                                                           // none
      "\"Why should we sit down with people who insult us?\" a ministry spokesman asked "
      "reporters.\n\n"                                                        // quoted
      "Trade between the two countries fell by a third last year, according to customs "
      "figures.\n\n"                                                          // none
      "Such stubbornness will inevitably hurt ordinary families on both sides, a frightening "
      "prospect. Cooler heads must prevail before the winter.";              // author, author
  const auto r = run_plugin(bundled_plugin(), text);
  std::vector<std::pair<std::string, std::string>> got;
  for (const auto* f : opinions(r)) got.emplace_back(first_cue_side(r, *f), f->text.substr(0, 20));
  const std::vector<std::pair<std::string, std::string>> want = {
      {"quoted", "Why should we sit do"},
      {"author", "Such stubbornness wi"},
      {"author", "Cooler heads must pr"},
  };
  EXPECT_EQ(got, want);
  EXPECT_NEAR(r.metric("author_opinion_share"), 2.0 / 6.0, 1e-9);
  ASSERT_EQ(r.of_kind("article-genre").size(), 1u);
  EXPECT_EQ(r.of_kind("article-genre").front()->attr("author_opinion_share"), "0.33");
}

}  // namespace

namespace {

// A quoted question that lost its "?" is still the speaker's rhetorical question: quoted opinion,
// while the writer's attribution around it stays quiet.
TEST(OpinionFindings, BundledModelReportsAQuotedQuestionAsQuotedOpinion) {
  using namespace slant::test;
  using namespace slant::test::opinion;
  const std::string text =
      "\"Where is the fairness in this, when they punish farmers for a drought nobody caused,\" "
      "the minister declared at a briefing on Friday.";
  const auto r = run_plugin(bundled_plugin(), text);
  ASSERT_EQ(opinions(r).size(), 1u);
  EXPECT_EQ(first_cue_side(r, *opinions(r).front()), "quoted");
  // Among the cues ("nobody", a sweeping generalisation, may weigh more).
  EXPECT_NE(opinions(r).front()->part_text("cue", text).find("Where is"), std::string::npos);
}

}  // namespace

namespace {

// Before a reporting verb the words are the writer's framing; after it they may be the source's.
// The writer's cue leads, so the host does not read the whole finding as reported speech.
TEST(OpinionFindings, WritersFramingBeforeSaidLeadsTheCues) {
  using namespace slant::test;
  using namespace slant::test::opinion;
  // "sad" (0.6) weighs less than "disgraceful" (1.0) but is the writer's own.
  const std::string text = "The sad mayor said the disgraceful budget was fine.";
  const auto r = run_plugin(lexicon_plugin(), text);
  ASSERT_EQ(opinions(r).size(), 1u);
  const auto& f = *opinions(r).front();
  const auto cues = f.part_text("cue", text);
  EXPECT_EQ(cues.rfind("sad", 0), 0u) << cues;
  EXPECT_NE(cues.find("disgraceful"), std::string::npos) << cues;
}

// The attribution plugin reads reported content after more verbs than "said" ("concluded",
// "lamented"): the writer's cue before such a verb leads too.
TEST(OpinionFindings, WritersFramingBeforeAContentVerbLeadsTheCues) {
  using namespace slant::test;
  using namespace slant::test::opinion;
  // "sad" (0.6) weighs less than "disgraceful" (1.0); "concluded" is a content verb only.
  const std::string text = "The sad inquiry concluded that the budget was disgraceful.";
  const auto r = run_plugin(lexicon_plugin(), text);
  ASSERT_EQ(opinions(r).size(), 1u);
  const auto cues = opinions(r).front()->part_text("cue", text);
  EXPECT_EQ(cues.rfind("sad", 0), 0u) << cues;
}

// The content verb itself is the writer's word: "seems" (speculation) leads the stronger
// "doomed" that follows it, which the attribution plugin may read as content.
TEST(OpinionFindings, AContentVerbThatIsACueLeadsTheCues) {
  using namespace slant::test;
  using namespace slant::test::opinion;
  const std::string text = "The new depot seems doomed.";
  const auto r = run_plugin(lexicon_plugin(), text);
  ASSERT_EQ(opinions(r).size(), 1u);
  const auto cues = opinions(r).front()->part_text("cue", text);
  EXPECT_EQ(cues.rfind("seems", 0), 0u) << cues;
  EXPECT_NE(cues.find("doomed"), std::string::npos) << cues;
}

// Reported speech shifts a source's "we" to "they": a first- or second-person word after a
// content verb is the writer's, and leads the stronger cues that may be the source's.
TEST(OpinionFindings, APersonWordAfterAContentVerbLeadsTheCues) {
  using namespace slant::test;
  using namespace slant::test::opinion;
  const std::string text = "The inquiry concluded that the disgraceful budget failed our schools.";
  const auto r = run_plugin(lexicon_plugin(), text);
  ASSERT_EQ(opinions(r).size(), 1u);
  const auto cues = opinions(r).front()->part_text("cue", text);
  EXPECT_EQ(cues.rfind("our", 0), 0u) << cues;
  EXPECT_NE(cues.find("disgraceful"), std::string::npos) << cues;
}

// A side is opinion only when a cue weighs: learned weights of plain words ("the", "was") may add
// up past the threshold, but a finding that could only name them would explain nothing.
TEST(OpinionFindings, NoFindingWithoutACueThatWeighs) {
  namespace fs = std::filesystem;
  using namespace slant::test;
  using namespace slant::test::opinion;
  const fs::path dir = fs::temp_directory_path() / ("slant-opinion-gate-test-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path file = dir / "weak-words.tsv";
  // Four small word weights lift a plain sentence far past 0.5; the evaluative class is strong.
  std::ofstream(file) << "bias\t0\nthreshold\t0.5\nw:the\t0.2\nw:was\t0.2\nw:on\t0.2\n"
                         "w:budget\t0.2\ns:evaluative\t2\n";
  const slant::plugins::Opinion p(config_with({{"model", file.string()}}));
  const auto plain = run_plugin(p, "The budget was approved on Tuesday.");
  const auto judged = run_plugin(p, "The budget was disgraceful.");
  fs::remove_all(dir);
  EXPECT_TRUE(opinions(plain).empty());
  ASSERT_EQ(opinions(judged).size(), 1u);
  EXPECT_EQ(opinions(judged).front()->rule, "opinion:evaluative");
}

}  // namespace
