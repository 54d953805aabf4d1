// The phrasal cues and long-tail verbs of data/reporting_verbs.tsv added in the third round of
// issue 3, and the nouns of data/cue_nouns.tsv: one short text of our own per lemma, with the
// attribution it must produce and the category its entry carries (kind/stance/intensity).
#include <gtest/gtest.h>

#include "bundled_attribution.hpp"

namespace {

using slant::test::attribution_plugin;
using slant::test::RecordedFinding;

struct LexiconCase {
  const char* text;
  const char* cue;
  const char* source;
  const char* content;
  const char* category;  // the entry's kind/stance/intensity
};

// clang-format off
const LexiconCase kLexiconCases[] = {
  {"The board acquiesced to the demands of the union.", "acquiesced to", "The board", "the demands of the union", "position/neutral/plain"},
  {"The board acquiesces to the union's demands.", "acquiesces to", "The board", "the union's demands", "position/neutral/plain"},
  {"Ruiz is adamant that the dam will hold.", "is adamant", "Ruiz", "that the dam will hold", "cognition/neutral/plain"},
  {"Lena Ortiz advocates for a larger park.", "advocates for", "Lena Ortiz", "a larger park", "position/neutral/plain"},
  {"Mayor Lund blasted the council for the delay.", "blasted", "Mayor Lund", "the council for the delay", "speech/neutral/strong"},
  {"The mayor boasted about the new park.", "boasted about", "The mayor", "the new park", "speech/neutral/strong"},
  {"Olsen boasted of a record harvest.", "boasted of", "Olsen", "a record harvest", "speech/neutral/strong"},
  {"The mayor characterized the vote as a mistake.", "characterized", "The mayor", "the vote as a mistake", "speech/neutral/plain"},
  {"Mayor Lund pledged to cut the toll.", "pledged to", "Mayor Lund", "cut the toll", "speech/neutral/strong"},
  {"Ruiz pledged that the ferry would run.", "pledged that", "Ruiz", "the ferry would run", "speech/neutral/strong"},
  {"Ruiz coined the phrase \"river first.\"", "coined", "Ruiz", "the phrase \"river first.\"", "speech/neutral/plain"},
  {"The figures contradicted the mayor's claim.", "contradicted", "The figures", "the mayor's claim", "speech/distancing/plain"},
  {"Lund credited the nurses for the quick recovery.", "credited", "Lund", "the nurses for the quick recovery", "speech/neutral/plain"},
  {"Ruiz has been critical of the harbor plan.", "has been critical of", "Ruiz", "the harbor plan", "position/neutral/plain"},
  {"The board deemed that the bridge was unsafe.", "deemed", "The board", "that the bridge was unsafe", "cognition/neutral/plain"},
  {"Ruiz disavowed the flyer.", "disavowed", "Ruiz", "the flyer", "position/distancing/plain"},
  {"The board is eager to finish the road.", "is eager", "The board", "to finish the road", "cognition/neutral/plain"},
  {"Voters are enamored of the new mayor.", "are enamored of", "Voters", "the new mayor", "position/neutral/plain"},
  {"Voters are enamoured of the new mayor.", "are enamoured of", "Voters", "the new mayor", "position/neutral/plain"},
  {"The union fired back that the board was to blame.", "fired back", "The union", "that the board was to blame", "speech/neutral/strong"},
  {"The port authority issued a statement condemning the strike.", "issued a statement", "The port authority", "condemning the strike", "speech/neutral/plain"},
  {"The growers are keen to sell the land.", "are keen", "The growers", "to sell the land", "cognition/neutral/plain"},
  {"The report made no mention of the flood.", "made no mention of", "The report", "the flood", "speech/neutral/plain"},
  {"Ruiz made the case that the ferry should stay.", "made the case", "Ruiz", "that the ferry should stay", "speech/neutral/plain"},
  {"Ruiz opined that the ferry was too slow.", "opined", "Ruiz", "that the ferry was too slow", "speech/neutral/plain"},
  {"Ruiz pivoted to the budget.", "pivoted to", "Ruiz", "the budget", "speech/neutral/plain"},
  {"Reporters pressed the mayor to release the budget.", "pressed", "Reporters", "to release the budget", "tell/neutral/strong"},
  {"The council promotes the new market.", "promotes", "The council", "the new market", "position/neutral/plain"},
  {"Growers pushed for a new canal.", "pushed for", "Growers", "a new canal", "position/neutral/plain"},
  {"The ministry has put out a statement denying the report.", "has put out a statement", "The ministry", "denying the report", "speech/neutral/plain"},
  {"Ruiz quoted Lund as saying the ferry was late.", "quoted", "Ruiz", "Lund as saying the ferry was late", "speech/neutral/plain"},
  {"The court ruling raised questions about the new toll.", "raised questions about", "The court ruling", "the new toll", "speech/neutral/plain"},
  {"Ana Ruiz released a statement blaming the storm.", "released a statement", "Ana Ruiz", "blaming the storm", "speech/neutral/plain"},
  {"Many farmers are sceptical of the new canal.", "are sceptical of", "Many farmers", "the new canal", "position/neutral/plain"},
  {"The clinic sent out a statement thanking the nurses.", "sent out a statement", "The clinic", "thanking the nurses", "speech/neutral/plain"},
  {"Mayor Lund shot back that the audit was late.", "shot back", "Mayor Lund", "that the audit was late", "speech/neutral/strong"},
  {"The council singled out the harbor board for blame.", "singled out", "The council", "the harbor board for blame", "speech/neutral/plain"},
  {"Many farmers are skeptical of the new canal.", "are skeptical of", "Many farmers", "the new canal", "position/neutral/plain"},
  {"The board is supportive of the levy.", "is supportive of", "The board", "the levy", "position/neutral/plain"},
  {"The governor trumpeted the new jobs figures.", "trumpeted", "The governor", "the new jobs figures", "speech/endorsing/strong"},
  {"Lund uttered the words \"no comment.\"", "uttered", "Lund", "the words \"no comment.\"", "speech/neutral/plain"},
  {"Ruiz vouched for the new harbor master.", "vouched for", "Ruiz", "the new harbor master", "speech/endorsing/plain"},
  {"The minister warned of a long winter.", "warned of", "The minister", "a long winter", "speech/neutral/strong"},
  {"Voters are wary of the toll.", "are wary of", "Voters", "the toll", "position/neutral/plain"},
  {"The harbor board did not respond to requests for comment.", "did not respond to", "The harbor board", "requests for comment", "speech/neutral/plain"},
  {"Ruiz took issue with the new toll.", "took issue with", "Ruiz", "the new toll", "speech/neutral/plain"},
  {"Mayor Lund made no secret of her plans.", "made no secret of", "Mayor Lund", "her plans", "speech/neutral/strong"},
  {"The governor talked up the new jobs figures.", "talked up", "The governor", "the new jobs figures", "speech/neutral/plain"},
  {"Ruiz shrugged off the poor harvest.", "shrugged off", "Ruiz", "the poor harvest", "speech/neutral/plain"},
  {"The audit raised concerns that the bridge was unsafe.", "raised concerns", "The audit", "that the bridge was unsafe", "speech/neutral/plain"},
  // sixth round: talking, persuading, knocking, considering, and adjectives of a view before what
  // they take (the subject holds the view: no passive)
  {"The mayor was talking to farmers about the toll.", "was talking", "The mayor", "to farmers about the toll", "speech/neutral/plain"},
  {"The union persuaded the board to drop the toll.", "persuaded", "The union", "the board to drop the toll", "speech/neutral/plain"},
  {"The senator knocked the plan as too costly.", "knocked", "The senator", "the plan as too costly", "speech/neutral/strong"},
  {"The council is considering whether to sell the pier.", "is considering", "The council", "whether to sell the pier", "cognition/neutral/plain"},
  {"Farmers are worried about the drought.", "are worried about", "Farmers", "the drought", "cognition/neutral/plain"},
  {"Voters were concerned about the toll.", "were concerned about", "Voters", "the toll", "cognition/neutral/plain"},
  {"Some growers were willing to sell.", "were willing to", "Some growers", "sell", "cognition/neutral/plain"},
  {"The growers are proud of their new dam.", "are proud of", "The growers", "their new dam", "cognition/neutral/plain"},
  // phrasal cues of the sixth round
  {"Ruiz railed against the new toll.", "railed against", "Ruiz", "the new toll", "speech/neutral/strong"},
  {"The mayor apologized for the long delay.", "apologized for", "The mayor", "the long delay", "speech/neutral/plain"},
  {"Mayor Lund lashed out at the harbor board.", "lashed out at", "Mayor Lund", "the harbor board", "speech/neutral/strong"},
  {"The union came out against the toll.", "came out against", "The union", "the toll", "position/neutral/plain"},
  {"Ruiz has doubled down on her plan.", "has doubled down on", "Ruiz", "her plan", "speech/neutral/strong"},
  {"The council voted in favor of the new toll.", "voted in favor of", "The council", "the new toll", "position/neutral/plain"},
  {"Growers are hopeful that the rains will come.", "are hopeful", "Growers", "that the rains will come", "cognition/neutral/plain"},
  {"Farmers were angry about the new toll.", "were angry about", "Farmers", "the new toll", "cognition/neutral/strong"},
  {"The growers are keenly aware of the risk.", "are keenly aware of", "The growers", "the risk", "cognition/neutral/plain"},
  {"Some voters are concerned that the toll will rise.", "are concerned", "Some voters", "that the toll will rise", "cognition/neutral/plain"},
  {"Neither mayor was impressed by the plan.", "was impressed by", "Neither mayor", "the plan", "cognition/neutral/plain"},
  {"Ruiz cast the toll as a tax on farmers.", "cast", "Ruiz", "the toll as a tax on farmers", "speech/neutral/plain"},
  {"The mayor framed the vote as a test of trust.", "framed", "The mayor", "the vote as a test of trust", "speech/neutral/plain"},
  {"The new mayor embraces the harbor plan.", "embraces", "The new mayor", "the harbor plan", "position/neutral/plain"},
  {"The report lists three causes of the flood.", "lists", "The report", "three causes of the flood", "speech/neutral/plain"},
  {"The port is looking to hire more pilots.", "is looking to", "The port", "hire more pilots", "position/neutral/plain"},
  {"Growers are divided on the new toll.", "are divided on", "Growers", "the new toll", "cognition/neutral/plain"},
  {"The port is aiming to double its traffic.", "is aiming to", "The port", "double its traffic", "position/neutral/plain"},
  {"The new mayor focuses on the harbor.", "focuses on", "The new mayor", "the harbor", "position/neutral/plain"},
  {"Most growers believe in the new canal.", "believe in", "Most growers", "the new canal", "cognition/neutral/plain"},
  {"The mayor took credit for the new pier.", "took credit for", "The mayor", "the new pier", "speech/neutral/plain"},
  // cue nouns, after a possessive, and "criticism" drawn or faced (after verbs that report
  // nothing: inside what a speech verb reports they are part of its content)
  {"The vote came after Ruiz's criticism of the toll.", "criticism of", "Ruiz", "the toll", "speech/neutral/strong"},
  {"The senator's endorsement of the canal surprised growers.", "endorsement of", "The senator", "the canal surprised growers", "position/endorsing/plain"},
  {"Voters tired of their attacks on the mayor.", "attacks on", "their", "the mayor", "speech/neutral/strong"},
  {"Reporters checked his assertion that the dam was safe.", "assertion", "his", "that the dam was safe", "speech/neutral/plain"},
  {"Reporters checked her assertions about the budget.", "assertions about", "her", "the budget", "speech/neutral/plain"},
  {"Riders filed complaints that the ferry was late.", "complaints", "", "that the ferry was late", "speech/neutral/plain"},
  {"The vote came after Ruiz's critique of the toll.", "critique of", "Ruiz", "the toll", "speech/neutral/strong"},
  {"Voters tired of the mayor's opposition to the canal.", "opposition to", "the mayor", "the canal", "position/neutral/plain"},
  {"The deal fed speculation that the port would close.", "speculation", "", "that the port would close", "cognition/neutral/plain"},
  {"The board ignored Lund's suggestion that the ferry should stop.", "suggestion", "Lund", "that the ferry should stop", "speech/neutral/plain"},
  {"Farmers were surprised by her embrace of the toll.", "embrace of", "her", "the toll", "position/neutral/plain"},
  {"The union cheered the council's rejection of the wage cut.", "rejection of", "the council", "the wage cut", "position/neutral/plain"},
  {"Nurses read the minister's portrayal of the ward.", "portrayal of", "the minister", "the ward", "speech/neutral/plain"},
  {"The board ignored her insistence that the bridge was unsafe.", "insistence", "her", "that the bridge was unsafe", "speech/distancing/plain"},
  {"The town heeded Ruiz's warning about the storm.", "warning about", "Ruiz", "the storm", "speech/neutral/strong"},
  {"The town heeded her warnings about the storm.", "warnings about", "her", "the storm", "speech/neutral/strong"},
  {"The mayor ignored the union's denunciation of the plan.", "denunciation of", "the union", "the plan", "speech/neutral/strong"},
  {"The port read the council's condemnation of the strike.", "condemnation of", "the council", "the strike", "speech/neutral/strong"},
  {"The vote came after his vow to cut the toll.", "vow to", "his", "cut the toll", "speech/neutral/strong"},
  {"The board met the union's demands for higher pay.", "demands for", "the union", "higher pay", "speech/neutral/plain"},
  {"The new toll drew sharp criticism from farmers.", "drew sharp criticism", "farmers", "The new toll", "speech/neutral/strong"},
  {"The minister has faced criticism over the delay.", "has faced criticism", "", "The minister | the delay", "speech/neutral/strong"},
};
// clang-format on

class LexiconEntry : public ::testing::TestWithParam<LexiconCase> {};

TEST_P(LexiconEntry, ReadsTheCueWithItsCategory) {
  const LexiconCase& c = GetParam();
  auto rec = slant::test::run_plugin(attribution_plugin(), c.text);
  const RecordedFinding* hit = nullptr;
  for (const auto& f : rec.findings)
    if (f.evidence == c.cue) hit = &f;
  ASSERT_NE(hit, nullptr) << "no attribution with cue '" << c.cue << "' in: " << c.text;
  EXPECT_EQ(hit->part_text("source", rec.article.text), c.source);
  EXPECT_EQ(hit->part_text("content", rec.article.text), c.content);
  const std::string category = c.category;
  const auto slash = category.find('/'), slash2 = category.rfind('/');
  EXPECT_EQ(hit->attr("stance"), category.substr(slash + 1, slash2 - slash - 1)) << c.text;
  EXPECT_EQ(hit->attr("intensity"), category.substr(slash2 + 1)) << c.text;
}

INSTANTIATE_TEST_SUITE_P(Lexicon, LexiconEntry, ::testing::ValuesIn(kLexiconCases));

}  // namespace
