// Every cue class of the lexicon and the phrase rules: each case is a short sentence of our own
// with the finding it must give written beside it (kind, category, evidence).
#include "hedging_test_support.hpp"

namespace slant::test {
namespace {

struct CueCase {
  const char* text;
  const char* kind;
  const char* category;
  const char* evidence;
};

const CueCase kCueCases[] = {
    // epistemic modals
    {"The merger may collapse before spring.", "hedge", "epistemic-modal", "may"},
    {"Coffee drinkers may differ from other adults in income.", "hedge", "epistemic-modal", "may"},
    {"The storm might reach the coast tonight.", "hedge", "epistemic-modal", "might"},
    {"The ruling could reshape the industry.", "hedge", "epistemic-modal", "could"},
    {"These are the changes the city could make next year.", "hedge", "epistemic-modal", "could"},  // an object after the verb
    // a passive of what may happen, not of what one was able to do ("could be seen")
    {"The vote could be delayed if the court objects.", "hedge", "epistemic-modal", "could"},
    {"The vote may be delayed until spring.", "hedge", "epistemic-modal", "may"},
    {"Prosecutors may have to reassess the evidence.", "hedge", "epistemic-modal", "may"},
    // "also" between the modal and its verb changes nothing
    {"The strike may also delay deliveries.", "hedge", "epistemic-modal", "may"},
    {"The strike could also delay deliveries.", "hedge", "epistemic-modal", "could"},
    // what weather does is no one's to permit: "could" and "may" guess
    {"Winds could gust to 45 mph on open roads.", "hedge", "epistemic-modal", "could"},
    {"Wind chills may drop to 15 below zero.", "hedge", "epistemic-modal", "may"},
    {"These figures would suggest a leak.", "hedge", "epistemic-modal", "would"},
    {"It would seem that nobody noticed.", "hedge", "epistemic-modal", "would"},
    {"The vase could have been broken in transit.", "hedge", "epistemic-modal", "could have"},
    {"The mayor may well resign.", "hedge", "epistemic-modal", "may well"},
    {"THE DEAL MAY COLLAPSE", "hedge", "epistemic-modal", "MAY"},
    // epistemic verbs
    {"The fund seems to have lost money.", "hedge", "epistemic-verb", "seems"},
    {"The senator appears to favour the bill.", "hedge", "epistemic-verb", "appears"},
    {"Fans appear divided on the fee.", "hedge", "epistemic-verb", "appear"},  // as "seem divided"
    {"Early data suggest that the drug works.", "hedge", "epistemic-verb", "suggest"},
    {"The records indicate that the fire began upstairs.", "hedge", "epistemic-verb", "indicate"},
    {"We believe the figures are wrong.", "hedge", "epistemic-verb", "believe"},
    {"I think the vote will be close.", "hedge", "epistemic-verb", "think"},
    {"Small firms tend to hire locally.", "hedge", "epistemic-verb", "tend to"},
    {"The paper speculated that the mayor would quit.", "hedge", "epistemic-verb", "speculated"},
    // hedging adverbs
    {"The suspect reportedly fled to Spain.", "hedge", "hedge-adverb", "reportedly"},
    {"The official allegedly took bribes.", "hedge", "hedge-adverb", "allegedly"},
    {"The plant was apparently closed in March.", "hedge", "hedge-adverb", "apparently"},
    {"The bridge is possibly the oldest in town.", "hedge", "hedge-adverb", "possibly"},
    {"The team will probably lose.", "hedge", "hedge-adverb", "probably"},
    {"Perhaps the letter was never sent.", "hedge", "hedge-adverb", "Perhaps"},
    {"It is arguably his best book.", "hedge", "hedge-adverb", "arguably"},
    {"The talks will likely resume.", "hedge", "hedge-adverb", "likely"},
    {"The plan will most likely fail.", "hedge", "hedge-adverb", "most likely"},
    {"The reforms worked to some extent.", "hedge", "hedge-adverb", "to some extent"},
    {"Prices generally rise in winter.", "hedge", "hedge-adverb", "generally"},
    // hedging adjectives
    {"The alleged fraud went on for years.", "hedge", "hedge-adjective", "alleged"},
    {"The cause of the fire is unclear.", "hedge", "hedge-adjective", "unclear"},
    {"A deal is unlikely this week.", "hedge", "hedge-adjective", "unlikely"},
    {"The disputed figure was dropped from the report.", "hedge", "hedge-adjective", "disputed"},
    {"One possible motive was revenge.", "hedge", "hedge-adjective", "possible"},
    {"Power outages are possible in wooded areas.", "hedge", "hedge-adjective", "possible"},
    {"The figures remain unconfirmed.", "hedge", "hedge-adjective", "unconfirmed"},
    // hedging nouns
    {"There is a possibility of rain.", "hedge", "hedge-noun", "possibility"},
    {"The likelihood of a strike has grown.", "hedge", "hedge-noun", "likelihood"},
    {"Rumours of a takeover lifted the shares.", "hedge", "hedge-noun", "Rumours"},
    {"The move fuelled speculation about his health.", "hedge", "hedge-noun", "speculation"},
    {"There is some evidence that the wall is Roman.", "hedge", "hedge-noun", "some evidence"},
    {"They reached some sort of agreement.", "hedge", "hedge-adverb", "some sort of"},
    {"The name may be derived from a Celtic word.", "hedge", "epistemic-modal", "may"},
    // approximators, only with a quantity
    {"About 40 people attended.", "hedge", "approximator", "About"},
    {"The trip took roughly three hours.", "hedge", "approximator", "roughly"},
    {"The strike lasted nearly a year.", "hedge", "approximator", "nearly"},
    {"Traders priced in roughly a 60% chance of a cut.", "hedge", "approximator", "roughly"},
    {"Nearly half the votes were spoiled.", "hedge", "approximator", "Nearly"},
    {"Some 300 homes lost power.", "hedge", "approximator", "Some"},
    {"The repairs cost around $5 million.", "hedge", "approximator", "around"},
    {"An estimated 2,000 workers walked out.", "hedge", "approximator", "An estimated"},
    {"Almost 200 seats were taken.", "hedge", "approximator", "Almost"},
    {"The hall holds up to 800 guests.", "hedge", "approximator", "up to"},
    // weasel subjects
    {"Some say the river is cursed.", "hedge", "weasel", "Some say"},
    {"Critics argue that the law is too broad.", "hedge", "weasel", "Critics argue"},
    {"Many believe the tower is haunted.", "hedge", "weasel", "Many believe"},
    {"Some experts have long argued that the dam is unsafe.", "hedge", "weasel", "Some experts have long argued"},
    {"According to some historians, the fort is older.", "hedge", "weasel", "According to some historians"},
    {"The novel is considered by many to be his finest.", "hedge", "weasel", "is considered by many"},
    {"It is widely thought that the king was poisoned.", "hedge", "weasel", "It is widely thought"},
    {"Many critics found the ending weak.", "hedge", "weasel", "Many critics"},
    {"Many in the party felt the leader had failed.", "hedge", "weasel", "Many in the party felt"},
    {"Most physicists believe the model is incomplete.", "hedge", "weasel", "Most physicists believe"},
    {"Some have therefore criticised the plan.", "hedge", "weasel", "Some have therefore criticised"},
    {"To many, the result was a betrayal.", "hedge", "weasel", "To many"},
    {"Critics of the scheme claim that it wastes money.", "hedge", "weasel", "Critics of the scheme claim"},
    {"Economists contend that the rate is too high.", "hedge", "weasel", "Economists contend"},
    {"The bridge is commonly known as the Iron Mile.", "hedge", "weasel", "is commonly known"},
    {"Often referred to as the city of bridges, it is busy.", "hedge", "weasel", "Often referred to"},
    // vague quantifiers over unnamed sets
    {"Some villages lost their water supply.", "hedge", "vague-quantifier", "Some"},
    {"Many of the members left.", "hedge", "vague-quantifier", "Many"},
    {"Several villages were flooded.", "hedge", "vague-quantifier", "Several"},
    {"Several reviewers disliked the ending.", "hedge", "weasel", "Several reviewers"},
    {"The rule applies in certain states.", "hedge", "vague-quantifier", "certain"},
    {"Some of Lindqvist's letters were burned.", "hedge", "vague-quantifier", "Some"},
    {"Some may object to the new fares.", "hedge", "vague-quantifier", "Some"},
    {"The plan was dropped for several reasons.", "hedge", "vague-quantifier", "several"},
    {"The survey showed that many tenants pay late.", "hedge", "vague-quantifier", "many"},
    // agentless passives
    {"It is believed that the ship sank in a storm.", "hedge", "agentless-passive", "It is believed"},
    {"It has been reported that the firm will close.", "hedge", "agentless-passive", "It has been reported"},
    {"The painter is said to have worked at night.", "hedge", "agentless-passive", "is said"},
    {"The castle is thought to date from 1200.", "hedge", "agentless-passive", "is thought"},
    {"A tree believed to be 500 years old fell.", "hedge", "agentless-passive", "believed"},
    {"The album is considered a classic.", "hedge", "agentless-passive", "is considered"},
    {"As has been suggested, the dates do not match.", "hedge", "agentless-passive", "As has been suggested"},
    {"The policy has been criticized as wasteful.", "hedge", "agentless-passive", "has been criticized"},
    {"He moved to Vienna, then considered the capital of music.", "hedge", "agentless-passive", "considered"},
    {"The unit is perceived as loyal to the general.", "hedge", "agentless-passive", "is perceived as"},
    // negated certainty
    {"There is little chance of a recovery.", "hedge", "negated-certainty", "little chance"},
    {"That figure could not be independently confirmed.", "hedge", "negated-certainty", "not be independently confirmed"},
    {"It is not clear who fired first.", "hedge", "negated-certainty", "not clear"},
    {"It isn't clear who paid.", "hedge", "negated-certainty", "n't clear"},
    {"The cause is not known.", "hedge", "negated-certainty", "not known"},
    {"A second wave cannot be ruled out.", "hedge", "negated-certainty", "cannot be ruled out"},
    {"Whether the plan works remains to be seen.", "hedge", "negated-certainty", "remains to be seen"},
    // conditionals that qualify a claim
    {"If the report is accurate, the minister would have to resign.", "hedge", "conditional", "If"},
    {"The find, if confirmed, rewrites the history of the valley.", "hedge", "conditional", "if confirmed"},
    {"The benefit, if real, is small.", "hedge", "conditional", "if real"},
    // peacock terms: renown or rank without a judge
    {"The famous bakery closed last year.", "hedge", "peacock", "famous"},
    {"She is a well-known local painter.", "hedge", "peacock", "well-known"},
    {"The mill is best known for its blue cloth.", "hedge", "peacock", "best known"},
    {"It is one of the most important bridges in the region.", "hedge", "peacock", "one of the most"},
    {"The band was hugely popular in the eighties.", "hedge", "peacock", "hugely popular"},
    {"Her most influential essay appeared in 1971.", "hedge", "peacock", "most influential"},
    // boosters
    {"The plan will clearly fail.", "booster", "booster", "clearly"},
    {"She is certainly the favourite.", "booster", "booster", "certainly"},
    {"Prices will inevitably rise.", "booster", "booster", "inevitably"},
    {"He is undoubtedly the best player.", "booster", "booster", "undoubtedly"},
    {"This is without question the worst year.", "booster", "booster", "without question"},
    {"There is no doubt that the tax will pass.", "booster", "booster", "no doubt"},
};

void PrintTo(const CueCase& c, std::ostream* os) { *os << c.text; }

class CueClass : public ::testing::TestWithParam<CueCase> {};

TEST_P(CueClass, FindsTheCue) {
  const CueCase& c = GetParam();
  const Recording r = run_plugin(bundled_hedging(), c.text);
  const std::string want = std::string(c.kind) + "/" + c.category + ":" + c.evidence;
  bool found = false;
  for (const auto& d : describe(r)) found = found || d == want;
  EXPECT_TRUE(found) << c.text << "\n  want: " << want << "\n  got:  " << joined(describe(r));
}

INSTANTIATE_TEST_SUITE_P(Hedging, CueClass, ::testing::ValuesIn(kCueCases));

TEST(HedgingFindings, CarryRuleEvidenceExplanationAndParts) {
  const Recording r = run_plugin(bundled_hedging(), "The suspect reportedly fled.");
  ASSERT_EQ(r.findings.size(), 1u);
  const auto& f = r.findings[0];
  EXPECT_EQ(f.rule, "lexicon:hedge-adverb:reportedly");
  EXPECT_EQ(f.evidence, "reportedly");
  EXPECT_EQ(f.text, "reportedly");
  EXPECT_NE(f.explanation.find("reportedly"), std::string::npos);
  EXPECT_EQ(f.part_text("cue", r.article.text), "reportedly");
  EXPECT_EQ(f.part_text("scope", r.article.text), "reportedly fled");
  EXPECT_GT(f.weight, 0.0);
  EXPECT_LE(f.weight, 1.0);
}

TEST(HedgingFindings, WeaselSubjectHasTwoCuePartsAndARuleName) {
  const Recording r = run_plugin(bundled_hedging(), "Some critics have argued that the bridge is unsafe.");
  ASSERT_EQ(r.findings.size(), 1u) << joined(describe(r));
  const auto& f = r.findings[0];
  EXPECT_EQ(f.rule, "rule:weasel-subject");
  EXPECT_EQ(f.part_text("cue", r.article.text), "Some critics | argued");
  EXPECT_EQ(f.part_text("scope", r.article.text), "the bridge is unsafe");
}

}  // namespace
}  // namespace slant::test
