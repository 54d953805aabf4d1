// More attribution rules, each pinned by a short text of our own: colon speakers, quotes that
// run on, two-apostrophe quotes, adjuncts inside source phrases, pronoun speakers, and words
// that only look like cues (which must produce nothing).
#include <gtest/gtest.h>

#include "bundled_attribution.hpp"

namespace {

using slant::test::attribution_plugin;
using slant::test::cued;
using slant::test::RecordedFinding;


struct Shape {
  const char* text;
  const char* cue;
  const char* source;
  const char* content;
  const char* speaker;
  const char* rule;
};

// clang-format off
const Shape kShapes[] = {
  // a speaker's name and a colon, as in headlines and transcripts
  {"Reyes: The Port Will Reopen.",                                   ":", "Reyes", "The Port Will Reopen", "Reyes", "colon:speaker"},
  // a noun of saying, its source after "from" and its that-clause
  {"The vote went ahead despite warnings from his lawyer that it was illegal.", "warnings", "his lawyer", "that it was illegal", "his lawyer", "noun-cue:from-warnings"},
  // a quotation after the cue that runs on past its sentence is reported whole
  {"Reyes said: \"It was about the law. Today the court agreed.\"",  "said", "Reyes", "It was about the law. Today the court agreed.", "Reyes", "colon:said"},
  {"\"It was never about him,\" Reyes said, \"it was about the law. Today the court agreed.\"", "said", "Reyes", "It was never about him, | it was about the law. Today the court agreed.", "Reyes", "reporting-verb:said"},
  // a view is one sentence, however long the paragraph
  {"The Port Authority's view: the levy is needed. Later the mayor spoke.", ":", "The Port Authority's view", "the levy is needed", "Port Authority", "colon:speaker"},
  // "Poll:" as an article's headline reports the poll's finding
  {"Poll: Voters Back the Harbor Levy.",                              ":", "Poll", "Voters Back the Harbor Levy", "poll", "colon:speaker"},
  // a transcript's turns, each paragraph opened with a quote mark as printed transcripts do
  {"\"HOLM: We will open the port in May.\n\n\"REYES: Not before the vote.", ":", "HOLM", "We will open the port in May", "HOLM", "colon:speaker"},
  // a quote on a line of its own, signed after a dash (any of the three dashes)
  {"\u201CThe new toll is a disgrace.\u201D \u2015 Ines Vidal",          "\u2015", "Ines Vidal", "The new toll is a disgrace.", "Ines Vidal", "dash-signature"},
  {"Voters spoke after the debate.\n\"We will fight the toll.\"\u2014 Edwin G. Monroy.", "\u2014", "Edwin G. Monroy", "We will fight the toll.", "Edwin G. Monroy", "dash-signature"},
  // a colon cue whose quote is the next paragraph
  {"Ms. Olsen continued:\n\n\"We have waited long enough for this road.\"", "continued", "Ms. Olsen", "We have waited long enough for this road.", "Olsen", "colon:continued"},
  // a quote that goes on in the next sentence of its paragraph
  {"\"The water is clean,\" said Dr. Ana Silva. \"We tested it twice.\"", "said", "Dr. Ana Silva", "The water is clean, | We tested it twice.", "Ana Silva", "direct-quote:quote-said-speaker"},
  // quotes printed with two apostrophes
  {"''The budget is late,'' said Omar Haddad, the city treasurer.",  "said", "Omar Haddad, the city treasurer", "The budget is late,", "Omar Haddad", "direct-quote:quote-said-speaker"},
  // after a quotation, a phrase with a determiner after "said" is its speaker
  {"\"The water came fast,\" said a farmer.",                         "said", "a farmer", "The water came fast,", "a farmer", "direct-quote:quote-said-speaker"},
  {"\"Both sides are stuck,\" said a person familiar with the talks.", "said", "a person familiar with the talks", "Both sides are stuck,", "a person familiar with the talks", "direct-quote:quote-said-speaker"},
  // "NAME, APPOSITION, said she VERB": the pronoun opens the reported clause, it is no inverted source
  {"Jane Ruiz, a nurse, said she saw the fire.",                      "said", "Jane Ruiz, a nurse", "she saw the fire", "Jane Ruiz", "reporting-verb:said"},
  // an adjunct between the subject and its verb stays out of the source
  {"Mayor Jo Park, in a letter to residents, said the pool would close.", "said", "Mayor Jo Park", "the pool would close", "Jo Park", "reporting-verb:said"},
  // a short parenthesis inside the source phrase
  {"Sen. Ida Cole (D-Maine) said the bill was dead.",                "said", "Sen. Ida Cole (D-Maine)", "the bill was dead", "Ida Cole", "reporting-verb:said"},
  {"Sen. Ida Cole (D-Maine) says the bill is dead.",                 "says", "Sen. Ida Cole (D-Maine)", "the bill is dead", "Ida Cole", "reporting-verb:says"},
  // a participle borrows the subject of its clause
  {"Kim Ode left the meeting early, saying that the vote was rigged.", "saying", "Kim Ode", "that the vote was rigged", "Kim Ode", "reporting-verb:saying"},
  // the addressee of "told" is not content
  {"Ravi Shah told the Harbor Gazette that the mill would close.",   "told", "Ravi Shah", "that the mill would close", "Ravi Shah", "reporting-verb:told"},
  // passive with its source after "by"
  {"It was confirmed by the ministry that the border would open.",   "was confirmed", "the ministry", "that the border would open", "the ministry", "reporting-verb:confirmed"},
  // a second coordinated verb shares its clause's subject
  {"In a short talk, Mia Sorensen thanked the crew and said that the ship was ready.", "said", "Mia Sorensen", "that the ship was ready", "Mia Sorensen", "coordinated-verb:said"},
  // a relative clause between the subject and its verb stays out of the source
  {"Pavel Dusek, who ran the county fair for years, said the rides were unsafe.", "said", "Pavel Dusek", "the rides were unsafe", "Pavel Dusek", "reporting-verb:said"},
  // ... and does not make the verb look like "..., said Lee" with its content before it
  {"Ines Vidal, who chairs the board, said the Harbor Line would close.", "said", "Ines Vidal", "the Harbor Line would close", "Ines Vidal", "reporting-verb:said"},
  // a participle clause in the same place
  {"Judge Ruth Amsel, writing for the panel, said the fee was lawful.", "said", "Judge Ruth Amsel", "the fee was lawful", "Ruth Amsel", "reporting-verb:said"},
  // a relative pronoun as the source, resolved through its antecedent
  {"The plan angered farmers, who say the canal will dry their fields.", "say", "who", "the canal will dry their fields", "farmers", "relative-subject:say"},
  // a bare plural verb after two names
  {"Tomas Berg and Ola Lind say the bridge is too low.",              "say", "Tomas Berg and Ola Lind", "the bridge is too low", "Tomas Berg", "reporting-verb:say"},
  // naming and citing verbs report their object
  {"Mayor Lund called the new toll \"a tax on the poor.\"",          "called", "Mayor Lund", "the new toll \"a tax on the poor.\"", "Lund", "reporting-verb:called"},
  // two words sharing the head of the source, after the content or at the sentence's start
  {"The inquiry is wide, current and former officials said.",       "said", "current and former officials", "The inquiry is wide", "current and former officials", "content-first:said"},
  {"Teachers and union officials told the Gazette the levy is popular.", "told", "Teachers and union officials", "the levy is popular", "teachers and union officials", "reporting-verb:told"},
  // an opening adjunct ("Throughout ...,", "More recently,") is no part of the borrowed subject
  {"Throughout the debate, Ana Ruiz found ways to cast herself as the heir.", "cast", "Ana Ruiz", "herself as the heir", "Ana Ruiz", "reporting-verb:cast"},
  {"More recently, Ana Ruiz has shifted, offering sharper attacks on the plan.", "offering", "Ana Ruiz", "sharper attacks on the plan", "Ana Ruiz", "reporting-verb:offering"},
  // dismissing a person "as" something, or someone's words, reports
  {"Lee dismissed him as a crank.",                                  "dismissed", "Lee", "him as a crank", "Lee", "reporting-verb:dismissed"},
  {"Lee dismissed Ana Berg's claims.",                               "dismissed", "Lee", "Ana Berg's claims", "Lee", "reporting-verb:dismissed"},
  // a clause of time or manner after the verb is no content: the quotation before it is
  {"\"I never thought of it as a job,\" Haugen, 78, said as he coiled a rope.", "said", "Haugen, 78", "I never thought of it as a job,", "Haugen", "direct-quote:quote-speaker-said"},
  // a negation after the addressee opens the content
  {"Lee urged voters not to sign the petition.",                     "urged", "Lee", "not to sign the petition", "Lee", "reporting-verb:urged"},
  // "to" and a plural noun after an adjunct go on with it: the quote is the content
  {"\"No one told staff to stay silent,\" he said in a written response to questions.", "said", "he", "No one told staff to stay silent,", "he", "direct-quote:quote-speaker-said"},
  // a relative clause's subject starts after the preposition of the phrase around it
  {"The vote was a setback for a governor who had called the tolls the only way.", "had called", "a governor who", "the tolls the only way", "a governor", "reporting-verb:called"},
  // a title opening the sentence keeps the name and its apposition together
  {"Sen. Judith Marrow, the committee's chair, said the plan was unfair.", "said", "Sen. Judith Marrow, the committee's chair", "the plan was unfair", "Judith Marrow", "reporting-verb:said"},
  // a sentence adverb before the subject is the writer's ("Early voters" keeps its word)
  {"Surely no one believes that a shed is a tower.",                "believes", "no one", "that a shed is a tower", "no one", "reporting-verb:believes"},
  {"Early voters said the lines were long.",                         "said", "Early voters", "the lines were long", "early voters", "reporting-verb:said"},
  // a participle phrase with its agent between the subject and the verb
  {"The researchers, led by Dr. Ines Moll of Linden College, cautioned that the sample was small.", "cautioned", "The researchers", "that the sample was small", "the researchers", "reporting-verb:cautioned"},
  // a time adjunct between the subject and its verb stays out of the source
  {"A state judge on Thursday ordered the agency to review the permits.", "ordered", "A state judge", "the agency to review the permits", "a state judge", "reporting-verb:ordered"},
  // a relative clause that ends the apposition stays out of the source
  {"Kay Lund, a law professor at Eastfield who was not involved in the case, said courts rarely ask.", "said", "Kay Lund, a law professor at Eastfield", "courts rarely ask", "Kay Lund", "reporting-verb:said"},
  // an "as" clause opening a parenthesis
  {"The claim is false. (As the Gazette first reported, Lund voted for the levy.)", "first reported", "the Gazette", "Lund voted for the levy", "Gazette", "as-clause:reported"},
  // a wire dateline opening the sentence is no part of the content before the cue
  {"TESSFORD, Nov. 12 (Harbor Wire) \u2014 Police arrested two men, authorities said.", "said", "authorities", "Police arrested two men", "authorities", "content-first:said"},
  // a place and its state between the verb and "that"
  {"Dana Colt told a town hall in Salem, Oregon on Monday that the levy was dead.", "told", "Dana Colt", "that the levy was dead", "Dana Colt", "reporting-verb:told"},
  // a quotation mark typed right after the comma
  {"Rita Moss said,\u201CWe will not give up the harbor.\u201D", "said", "Rita Moss", "We will not give up the harbor.", "Rita Moss", "reporting-verb:said"},
  // a number may open what "say" and evidence verbs report
  {"Ivo Brandt says 310 of the jobs could be lost.",                 "says", "Ivo Brandt", "310 of the jobs could be lost", "Ivo Brandt", "reporting-verb:says"},
  {"A county survey found 62 percent support for the levy.",        "found", "A county survey", "62 percent support for the levy", "a county survey", "reporting-verb:found"},
  // a person after a determiner and modifiers still calls ("a firm called Gale" only names)
  {"One local lawmaker called Mayor Lund \"a menace.\"",            "called", "One local lawmaker", "Mayor Lund \"a menace.\"", "one local lawmaker", "reporting-verb:called"},
  {"The council cited rising costs for the delay.",                   "cited", "The council", "rising costs for the delay", "the council", "reporting-verb:cited"},
  {"Hana Ito was referring to the budget gap.",                       "was referring to", "Hana Ito", "the budget gap", "Hana Ito", "reporting-verb:referring-to"},
  // "said of" is still a reporting verb after a quote, and not "..., said [of the plan]"
  {"\"It will never pay,\" Carl Moe, a farmer, said of the plan.",   "said", "Carl Moe, a farmer", "It will never pay,", "Carl Moe", "direct-quote:quote-speaker-said"},
  // a bare "say" after a parenthetical, a symbol, or a participle subject
  {"Others, however, say the fund is too small.",                     "say", "Others", "the fund is too small", "others", "reporting-verb:say"},
  {"Most of those polled say they will vote early.",                  "say", "Most of those polled", "they will vote early", "most of those polled", "reporting-verb:say"},
  // a name after a dash and before a colon that opens a quote, as digests quote sources
  {"Turnout was high - Ann Lee: \"Lines ran around the block.\"",      ":", "Ann Lee", "Lines ran around the block.", "Ann Lee", "colon:dash-speaker"},
  // a poll named in an opening adjunct is the source of the clause after it
  {"In a Harbor Times poll released Monday, most voters backed the levy.", "In", "a Harbor Times poll", "most voters backed the levy", "Harbor Times", "in-poll"},
  // "see X as Y" gives a view
  {"Many growers see the dam as a threat to the valley.",            "see", "Many growers", "the dam as a threat to the valley", "many growers", "reporting-verb:see"},
  // a participle right after the noun that does the saying
  {"Rival polls showing the mayor ahead were released on Friday.",   "showing", "Rival polls", "the mayor ahead were released on Friday", "rival polls", "participle-after-noun:showing"},
  // an auxiliary makes an -ing verb finite, with its own subject
  {"Earlier, the union was arguing that the deal was unfair.",       "was arguing", "the union", "that the deal was unfair", "the union", "reporting-verb:arguing"},
  // a subject before a dashed apposition
  {"Jo Sims \u2014 a teacher from Dover \u2014 says the school is full.", "says", "Jo Sims \u2014 a teacher from Dover", "the school is full", "Jo Sims", "reporting-verb:says"},
  // "show" before a bare clause that opens with a determiner
  {"Polls in Ohio show the two parties are level.",                  "show", "Polls in Ohio", "the two parties are level", "polls in Ohio", "reporting-verb:show"},
  // a one-word aside between the addressee and "that"
  {"Aides told the Harbor Times, however, that the count was late.", "told", "Aides", "that the count was late", "aides", "reporting-verb:told"},
  // phrasal cues from the lexicon
  {"The governor pointed to the new jobs figures.",                  "pointed to", "The governor", "the new jobs figures", "the governor", "reporting-verb:pointed-to"},
  {"Rhee made it clear that she would not run.",                     "made it clear", "Rhee", "that she would not run", "Rhee", "reporting-verb:made-it-clear"},
  {"Ola Berg spoke about the cost of the tunnel.",                   "spoke about", "Ola Berg", "the cost of the tunnel", "Ola Berg", "reporting-verb:spoke-about"},
  // a present verb after an apposition's closing comma
  {"Ada Quist, a nurse from Dover, says the ward is short of staff.", "says", "Ada Quist, a nurse from Dover", "the ward is short of staff", "Ada Quist", "reporting-verb:says"},
  // an "as" clause frames the main clause as its source's words: after it when it opens the
  // sentence, before it when it follows a clause
  {"As the Harbor Gazette reported, the mill will close in May.",    "reported", "the Harbor Gazette", "the mill will close in May", "Harbor Gazette", "as-clause:reported"},
  {"As reported by the Harbor Gazette, the mill will close.",        "reported", "the Harbor Gazette", "the mill will close", "Harbor Gazette", "as-clause:reported"},
  {"The ferry to the island will stop running, as Mayor Lund noted.", "noted", "Mayor Lund", "The ferry to the island will stop running", "Lund", "as-clause:noted"},
  // a passive with its source after "by" and nothing after it reports its subject
  {"News of the sale was first reported by the Harbor Gazette.",     "was first reported", "the Harbor Gazette", "News of the sale", "Harbor Gazette", "passive-subject:reported"},
  // a belief before a determiner phrase that runs into an auxiliary: a bare clause
  {"Many growers thought the new dam would fail.",                   "thought", "Many growers", "the new dam would fail", "many growers", "reporting-verb:thought"},
  // a parenthetical cue after one opening word reports the clause after it
  {"But, the mayor said, the tunnel is safe.",                       "said", "the mayor", "the tunnel is safe", "the mayor", "parenthetical:said"},
  // an aside between commas before "that"
  {"Ana Ruiz said Sunday in Dover, Delaware, that the mill would close.", "said", "Ana Ruiz", "that the mill would close", "Ana Ruiz", "reporting-verb:said"},
  // a passive of saying or believing with "to": the subject is part of what is said
  {"Porto Azul are said to value the forward at 45 million.",       "are said", "", "Porto Azul | to value the forward at 45 million", "", "reporting-verb:said"},
  {"The striker is thought to favour Rovers.",                       "is thought", "", "The striker | to favour Rovers", "", "reporting-verb:thought"},
  // "was quoted as saying" after a quotation reports the quotation
  {"\"Nobody leaves this club cheaply,\" Salgado was quoted as saying.", "was quoted as saying", "Salgado", "Nobody leaves this club cheaply,", "Salgado", "direct-quote:quote-speaker-said"},
  // an addressee named with two nouns after its name
  {"Vanhoof told the Associated Press news agency that drivers had waited.", "told", "Vanhoof", "that drivers had waited", "Vanhoof", "reporting-verb:told"},
  // the examples after "including" are part of the source; who speaks is the group
  {"Critics, including the Harlow Chamber of Commerce, have said the plan could cost more.", "have said", "Critics, including the Harlow Chamber of Commerce", "the plan could cost more", "critics", "reporting-verb:said"},
  // "more than" before a number is no clause edge inside a source
  {"A video shared more than 40,000 times on Facebook claims that tolls tripled.", "claims", "A video shared more than 40,000 times on Facebook", "that tolls tripled", "a video shared more than 40,000 times on Facebook", "reporting-verb:claims"},
  // a forecast's figure, with its currency sign, is what was expected
  {"Analysts had expected $1.52 a share.",                          "had expected", "Analysts", "$1.52 a share", "analysts", "reporting-verb:expected"},
  // non-responses: a message not returned, questions not answered
  {"Davis did not immediately return a request seeking comment.",   "did not immediately return", "Davis", "a request seeking comment", "Davis", "reporting-verb:did-not-immediately-return"},
  {"Rourke did not answer questions about the audits.",             "did not answer", "Rourke", "questions about the audits", "Rourke", "reporting-verb:did-not-answer"},
  // the writer's plural noun of saying with its relative clause ends the content
  {"Sarvas vowed that Karvonia would never surrender, remarks that were seen as a threat.", "vowed", "Sarvas", "that Karvonia would never surrender", "Sarvas", "reporting-verb:vowed"},
  // before a content-first cue, clauses joined by ", and" are all what it reports
  {"The terms could still change, and the talks may yet collapse, they said.", "said", "they", "The terms could still change, and the talks may yet collapse", "they", "content-first:said"},
  // an approximate figure after the verb opens the content
  {"Police said about 4,500 people took part.",                      "said", "Police", "about 4,500 people took part", "Police", "reporting-verb:said"},
  // a parenthetical cue before an adverb of frequency and its verb reports the clause's rest
  {"Polls taken weeks before a vote, she said, often miss late shifts.", "said", "she", "Polls taken weeks before a vote | often miss late shifts", "she", "content-first:said"},
  // "what he said was": the source is the pronoun after "what", not the clause before it
  {"In a second post, he shared a photo of what he said was an internal email.", "said", "he", "was an internal email", "he", "reporting-verb:said"},
  // a participle borrows the whole subject of a group: "of" and who it is
  {"A group of 34 tenants filed a lawsuit Monday against the landlord, accusing it of ignoring mold.", "accusing", "A group of 34 tenants", "it of ignoring mold", "a group of 34 tenants", "reporting-verb:accusing"},
  // warning or cautioning against an action reports the action
  {"Marchetti cautioned against reading too much into one survey.", "cautioned against", "Marchetti", "reading too much into one survey", "Marchetti", "reporting-verb:cautioned-against"},
  // "that" right after an adjunct's preposition is its determiner
  {"Lawyers for Vell argued in that case that the rule was void.",   "argued", "Lawyers for Vell", "that the rule was void", "lawyers for Vell", "reporting-verb:argued"},
  // the writer's ", a phrase that ..." ends the content
  {"Lee said prices would fall by half, a phrase that often signals a sale.", "said", "Lee", "prices would fall by half", "Lee", "reporting-verb:said"},
  // a cue inside a relative clause between commas reports up to the clause's closing comma
  {"Danforth, who is widely expected to run for governor, has used social media.", "is widely expected", "", "to run for governor", "", "reporting-verb:expected"},
  // "weekly" ends a clause; it is no adverb of the next verb's group
  {"Respondents who said they ride transit weekly backed the measure.", "said", "Respondents who", "they ride transit weekly", "respondents", "reporting-verb:said"},
  // an inverted source keeps its apposition before a relative clause, and a second apposition
  {"\"They paid every month,\" said Renata Oduya, a lawyer with the Legal Aid Society, which is representing them.", "said", "Renata Oduya, a lawyer with the Legal Aid Society", "They paid every month,", "Renata Oduya", "direct-quote:quote-said-speaker"},
  {"\"They built on sand,\" said Lena Ostrowski, a budget analyst at the Carver Center, a research group.", "said", "Lena Ostrowski, a budget analyst at the Carver Center, a research group", "They built on sand,", "Lena Ostrowski", "direct-quote:quote-said-speaker"},
  // a role with a possessive before the name in apposition is part of the source
  {"Its chair, the Rev. Samuel Achebe, told the crowd that the fight was not over.", "told", "Its chair, the Rev. Samuel Achebe", "that the fight was not over", "Samuel Achebe", "reporting-verb:told"},
  // after no quotation, a past verb after the phrase that follows "said" makes it a clause
  {"Maria Lopez, a teacher, said the mayor lied.",                    "said", "Maria Lopez, a teacher", "the mayor lied", "Maria Lopez", "reporting-verb:said"},
  // a name, an age and an apposition before the verb
  {"Hester Mallory, 61, a retired clerk, said the mayor ignored her.", "said", "Hester Mallory, 61, a retired clerk", "the mayor ignored her", "Hester Mallory", "reporting-verb:said"},
  // the writer's ", a figure ..." and ", an allegation ..." end a content
  {"Officials accused a neighbouring country of supplying drones, an allegation the neighbour denies.", "accused", "Officials", "a neighbouring country of supplying drones", "officials", "reporting-verb:accused"},
  // after an earlier cue's addressee, the pronoun opening the reported clause is the source
  {"Lee told reporters he warned the mayor about the gaps.",          "warned", "he", "the mayor about the gaps", "Lee", "reporting-verb:warned"},
  // an apposition with a "that" clause after a name with "the"; an apposition opened by "now"
  {"The Red Dawn Front, a group that fights in the north, said it carried out the attack.", "said", "The Red Dawn Front, a group", "it carried out the attack", "Red Dawn Front", "reporting-verb:said"},
  {"Former captain Declan Moss, now a pundit, said the club was to blame.", "said", "Former captain Declan Moss, now a pundit", "the club was to blame", "Declan Moss", "reporting-verb:said"},
  // a participle after a plural noun before a preposition describes the noun
  {"According to the registry, the number of homes listed for sale rose.", "According to", "the registry", "the number of homes listed for sale rose", "the registry", "according-to"},
  // evidence before a content-first cue is part of what it reports
  {"The data showed a sharp rise in rents, the minister said.",       "said", "the minister", "The data showed a sharp rise in rents", "the minister", "content-first:said"},
  // a sourceless report before a content-first cue does not shorten it
  {"The asking price was reported to be around 3 million dollars, one of the people said.", "said", "one of the people", "The asking price was reported to be around 3 million dollars", "one of the people", "content-first:said"},
  // a day right after the verb is its own adjunct: the clause after it is the content
  {"Officials said Monday the bridge would reopen.",                 "said", "Officials", "the bridge would reopen", "officials", "reporting-verb:said"},
  {"Police said Sunday night a man was charged.",                    "said", "Police", "a man was charged", "Police", "reporting-verb:said"},
  // "says of" after a quote, as "said of"
  {"\"It will never pay,\" Carl Moe says of the plan.",             "says", "Carl Moe", "It will never pay,", "Carl Moe", "direct-quote:quote-speaker-said"},
  // a hope or fear before a determiner phrase reports a clause even with no auxiliary in it
  {"Many growers hope the rains come early.",                        "hope", "Many growers", "the rains come early", "many growers", "reporting-verb:hope"},
  // an -ing verb after a negation or an -ly adverb that follows its auxiliary
  {"Dara Holm is not saying where the tunnel will run.",             "is not saying", "Dara Holm", "where the tunnel will run", "Dara Holm", "reporting-verb:saying"},
  {"Growers are openly backing the new canal.",                      "are openly backing", "Growers", "the new canal", "growers", "reporting-verb:backing"},
  // an -ly adverb after the auxiliary is part of the verb group, not the source
  {"Ines Vidal has quietly argued that the toll is too high.",       "has quietly argued", "Ines Vidal", "that the toll is too high", "Ines Vidal", "reporting-verb:argued"},
  // an -ly adverb right before a bare or present verb joins its group; the subject is before it
  {"Many growers privately say the dam will fail.",                  "privately say", "Many growers", "the dam will fail", "many growers", "reporting-verb:say"},
  {"Ines Vidal firmly says the toll is too high.",                   "firmly says", "Ines Vidal", "the toll is too high", "Ines Vidal", "reporting-verb:says"},
  // a present verb after an adverb of its verb group: the subject sits before the adverb
  {"Dara Holm now says the tunnel is safe.",                         "now says", "Dara Holm", "the tunnel is safe", "Dara Holm", "reporting-verb:says"},
  // after a text that speaks ("ads", "editorials", "a statement"), any reporting participle
  {"There were editorials praising the new harbor plan.",            "praising", "editorials", "the new harbor plan", "editorials", "participle-after-noun:praising"},
  // a sourceless passive that reports what its subject is called: the subject and the complement
  {"Ana Lind was declared the winner in Dover, and her rival conceded.", "was declared", "", "Ana Lind | the winner in Dover", "", "reporting-verb:declared"},
  {"The mayor is known for his temper.",                             "is known", "", "The mayor | his temper", "", "reporting-verb:known"},
  {"The toll was described as a tax on the poor.",                   "was described", "", "The toll | a tax on the poor", "", "reporting-verb:described"},
  {"The new mayor is widely considered a moderate.",                 "is widely considered", "", "The new mayor | a moderate", "", "reporting-verb:considered"},
  // a passive with no agent and no clause reports its subject, and what it was charged with or
  // named as, with the preposition
  {"Mayor Ida Berg was charged with fraud on Friday.",               "was charged", "", "Mayor Ida Berg | with fraud on Friday", "", "agentless-passive:charged"},
  {"The new ferry timetable was announced.",                         "was announced", "", "The new ferry timetable", "", "agentless-passive:announced"},
  {"Ana Lind, who was blamed for the delays, spoke first.",          "was blamed", "", "who | for the delays", "", "agentless-passive:blamed"},
  // "'s" after a pronoun, "'re" and "'ve" are auxiliaries of the verb group, not possessives
  {"She's denouncing the new toll.",                                 "'s denouncing", "She", "the new toll", "She", "reporting-verb:denouncing"},
  {"They\u2019re saying the ferry is late.",                          "\u2019re saying", "They", "the ferry is late", "They", "reporting-verb:saying"},
  {"He's said the toll is too high.",                                "'s said", "He", "the toll is too high", "He", "reporting-verb:said"},
  // an opening "in"/"after" clause with an -ing cue borrows the main clause's subject after the
  // comma, and its content ends at that comma
  {"In describing the toll as a tax, Ida Berg said it hurts farmers.", "describing", "Ida Berg", "the toll as a tax", "Ida Berg", "reporting-verb:describing"},
  {"After thanking the crowd, Mayor Ivo Lund said the pier would reopen.", "thanking", "Mayor Ivo Lund", "the crowd", "Ivo Lund", "reporting-verb:thanking"},
  {"In a letter praising the mayor, the union called the plan fair.", "called", "the union", "the plan fair", "the union", "reporting-verb:called"},
  // a participle after its own -ly adverb, and a participle clause that opens the sentence (its
  // content ends at its comma, its source is the main clause's subject)
  {"Ada Lee toured the pier, repeatedly praising the crew.",          "repeatedly praising", "Ada Lee", "the crew", "Ada Lee", "reporting-verb:praising"},
  {"Recalling the flood, Mayor Ivo Lund said the dam must be raised.", "Recalling", "Mayor Ivo Lund", "the flood", "Ivo Lund", "reporting-verb:recalling"},
  // two coordinated subjects after the content; a time word before a bare clause; a relative
  // clause with an adjunct before its verb stays out of the next cue's subject
  {"The toll is not about money, he and Mayor Ivo Lund said.",        "said", "he and Mayor Ivo Lund", "The toll is not about money", "Ivo Lund", "content-first:said"},
  {"Ana Sims, who on Tuesday backed the toll, said she now regrets it.", "said", "Ana Sims", "she now regrets it", "Ana Sims", "reporting-verb:said"},
  // "put" is its own past: "as one farmer put it" after a common noun
  {"As one farmer put it, the toll is a tax.",                       "put it", "one farmer", "the toll is a tax", "one farmer", "as-clause:put"},
  // an "as" clause that ends the sentence reports all before it, however short
  {"The plan is dead, as one farmer put it.",                        "put it", "one farmer", "The plan is dead", "one farmer", "as-clause:put"},
  // a call for something, as a noun after an adjective too
  {"Ines Vidal went to Dover to call for calm.",                     "call for", "Ines Vidal", "calm", "Ines Vidal", "reporting-verb:call-for"},
  // with nothing else after it, what a speech verb is about is its content
  {"Ana Lund joked about the new toll.",                             "joked about", "Ana Lund", "the new toll", "Ana Lund", "reporting-verb:joked-about"},
  // a participle borrows its clause's subject, past an opening adverb or span of time
  {"Indeed, Ana Lund left early, saying the vote was rigged.",        "saying", "Ana Lund", "the vote was rigged", "Ana Lund", "reporting-verb:saying"},
  // a linking verb before an adjective of a view joins the cue; a bare verb after a relative "that"
  {"Growers remain confident that the canal will open.",              "remain confident", "Growers", "that the canal will open", "growers", "reporting-verb:confident"},
  // "am" is an auxiliary of the verb group
  {"I am glad that the toll is gone.",                                "am glad", "I", "that the toll is gone", "the writer", "reporting-verb:glad"},
  {"Farm groups ran ads that blame the mayor for the toll.",          "blame", "", "the mayor for the toll", "", "reporting-verb:blame"},
  // an infinitive of a verb that reports what follows it; the source is its clause's subject
  {"Ben Oda went on the radio to explain his vote on taxes.",        "explain", "Ben Oda", "his vote on taxes", "Ben Oda", "reporting-verb:explain"},
  {"The union voted to endorse the new mayor.",                      "endorse", "The union", "the new mayor", "the union", "reporting-verb:endorse"},
  // "read" reports the words of a sign or a text beside a quote
  {"\"Keep the ferry,\" the sign read.",                            "read", "the sign", "Keep the ferry,", "the sign", "direct-quote:quote-speaker-said"},
  // "well" after an auxiliary belongs to the verb group, and is no source
  {"It is well known that the dam leaks.",                          "is well known", "", "that the dam leaks", "", "reporting-verb:known"},
  // a bare speech verb right before "that", its subject before an aside
  {"Critics of the toll, however, argue that it hurts farmers.",     "argue", "Critics of the toll", "that it hurts farmers", "critics of the toll", "reporting-verb:argue"},
  // a position's object ends where the writer's own clause starts
  {"Ines Vidal backs the new toll because she worries about the bridge.", "backs", "Ines Vidal", "the new toll", "Ines Vidal", "reporting-verb:backs"},
  // a present verb after "but" shares its clause's subject, as after "and"
  {"Pavel Dusek is a Democrat but says the toll is too high.",       "says", "Pavel Dusek", "the toll is too high", "Pavel Dusek", "coordinated-verb:says"},
  // a belief before a determiner phrase with a prepositional phrase inside it, then its verb
  {"They think the price of the new toll is too high.",             "think", "They", "the price of the new toll is too high", "They", "reporting-verb:think"},
  // a parenthetical cue after a few opening connectives reports the clause after it
  {"And yet, her aides say, the ferry remains a priority.",         "say", "her aides", "the ferry remains a priority", "her aides", "parenthetical:say"},
  // a cue between its content's subject and verb reports both sides
  {"The new toll, experts say, is too high.",                        "say", "experts", "The new toll | is too high", "experts", "content-first:say"},
  // a perception verb inside a content-first clause does not shorten it
  {"Prices appear to have peaked, analysts said.",                   "said", "analysts", "Prices appear to have peaked", "analysts", "content-first:said"},
  {"It is possible, Solberg said, that tired people nap longer.",   "said", "Solberg", "It is possible | that tired people nap longer", "Solberg", "content-first:said"},
  {"The new toll, Ines Vidal said, hurts farmers.",                  "said", "Ines Vidal", "The new toll | hurts farmers", "Ines Vidal", "content-first:said"},
  // "another" as a pronoun is a source
  {"One farmer left early. Another said the toll is too high.",     "said", "Another", "the toll is too high", "another", "reporting-verb:said"},
  // two crowds joined by "and" are one source
  {"Many critics and some analysts say the toll is too high.",      "say", "Many critics and some analysts", "the toll is too high", "many critics and some analysts", "reporting-verb:say"},
  // a question with "how" before "do you" still reads the view it asks about
  {"How do you know the ferry is late?",                            "know", "you", "the ferry is late", "you", "reporting-verb:know"},
  // an apposition of two roles joined by "and" stays in the source with the name before it
  {"Ines Vidal, head of the port board and a lecturer at Dover College, said the toll is too high.", "said",
   "Ines Vidal, head of the port board and a lecturer at Dover College", "the toll is too high", "Ines Vidal", "reporting-verb:said"},
};
// clang-format on

class ShapeCase : public ::testing::TestWithParam<Shape> {};

TEST_P(ShapeCase, FindsTheShape) {
  const Shape& s = GetParam();
  auto rec = slant::test::run_plugin(attribution_plugin(), s.text);
  const RecordedFinding* f = cued(rec, s.cue);
  ASSERT_NE(f, nullptr) << "no attribution with cue '" << s.cue << "' in: " << s.text;
  EXPECT_EQ(f->part_text("source", rec.article.text), s.source);
  EXPECT_EQ(f->part_text("content", rec.article.text), s.content);
  EXPECT_EQ(f->attr("speaker"), s.speaker);
  EXPECT_EQ(f->rule, s.rule);
}

INSTANTIATE_TEST_SUITE_P(Shapes, ShapeCase, ::testing::ValuesIn(kShapes));

// Words that look like cues but attribute nothing.
const char* const kNoAttribution[] = {
    "Prices rose 3 per cent last year.",                 // "per" before "cent"
    "The shares cost $40 per share on Friday.",          // "per" after a number
    "Fares rose by 3 per cent on the line.",             // "per cent" after a comma-free number
    "Trains ran twice, per day, in the storm.",          // "per day" set off by commas
    "His alleged role in the deal is under review.",     // "alleged" as an adjective
    "The report was long and the claims were vague.",    // nouns, not verbs
    "The aim is to maintain dialogue.",                  // "maintain" with no reported content
    "The United States sent two ships.",                 // "States" is a name
    "She stood by the window all night.",                // nothing reported
    "A group called Clean Harbor met on Monday.",        // "called" naming a group
    "A consulting firm called Gale Partners won the contract.",  // modifiers before the named noun
    "She hired a former contractor named Eli Voss in May.",     // "named" naming a person
    "The council met despite repeated complaints about noise.", // a participle as an adjective after a preposition
    "The glasses, called Lumora Sight, went on sale in May.",   // "called" naming, set off by commas
    "Karvonia recalled its ambassador on Thursday.",            // recalling an envoy is withdrawing him
    "Residents should ask each commissioner a question.",      // a speech act the writer calls for
    "Residents ought to tell the commission what they think.", // the same with "ought to"
    "A warm-up band called Fenwick got the crowd going.",      // a hyphenated modifier
    "The mill added 255 jobs in July.",                        // a quantity after "added"
    "Kingsport Rovers dismissed manager Ian Colquhoun on Sunday.",  // dismissing a person is firing
    "Fans chanted against the owner, whom many blame for the cuts.",  // "whom" is the object
    "That could work, if companies know better how to spend it.",   // knowing better is no view
    "The one least considered is the cost of the land.",            // a participle describing "the one"
    "Rail workers have been pushed to breaking point this year.",   // "to" and a gerund after a passive
    "Her job will be to see that the rules are kept.",              // seeing that something happens: ensuring
    "The so-called tunnel was never dug.",               // "so-called"
    "Editor's note: This story was updated on Friday.",  // a label, not a speaker
    "Lee: 1,501.",                                       // a tally
    "The mayor appeared on the radio show.",             // "appeared" as in showing up
    "As the crowd applauded, the mayor left the stage.", // a temporal "as"
    "The case was decided by one vote.",                 // a passive naming an agent
    "Lee won the race and knows the state well.",        // a coordinated belief is narration
    "The growers know the river.",                       // a belief with a plain object
    "The board wants: a pool, a park and a road.",     // a colon list after a wish
    "The council found funds for a new car park.",     // finding money, not a finding
    "The two brothers found themselves in court.",     // a reflexive "found"
    "Her grandfather helped to found the bank.",       // "found" as in establish
    "Her criticism was mild.",                         // a cue noun with nothing it reports
    "The warning of the storm came late.",             // a cue noun with no possessor
    "Hundreds of farmers showed up at the hearing.",   // "show up" is arriving
    "Ines Vidal, whose support the mayor needs, left.", // a noun right after "whose"
    "Do you support the new toll?",                    // a yes-no question put to the reader
    "Or would you think the ferry is better?",         // the same after "or"
    "She starred in the Channel Nine show.",           // a noun after a name, nothing after it
    "He did not return to the stage.",                 // a return that answers no message
    "Toll increases must be approved by the county board.",  // a rule for what is to come
    "Brenwick is recalling the devices.",               // a product recall, no remembering
    "The fund drew on simmering Vidal support, and grew.", // the same before a comma
    "The players were showing off their new kit.",     // "show off" is flaunting
    "\"VIDEO: Watch the launch of the ferry.",          // a label in capitals, not a transcript turn
    "\"Open the port\" \u2014 the slogan on every wall.",  // a dash before words that are no name
    "\"Yes\" \u2014 Ines Vidal and her team voted early.", // the name does not end its line
    "Ana Ruiz read the report on the train.",            // reading, with no quote beside it
    "It reads more like a threat than a plan.",          // "reads" before neither quote nor clause
    "Turnout rose in May.\n\nPoll: the levy leads.",      // "Poll:" in the body heads a tally or a link
    "The wallet was found in the car.",                  // a passive of finding a thing
    "Two officers were seen on the bridge.",             // a passive of seeing
    "Delays on the ferry are to be expected.",           // no subject right before the passive
    "Most voters cast their ballots early.",             // casting a vote, with no "as"
    "The crew painted the old ferry blue.",              // painting a thing, with no "as"
    "The mayor ignored calls for comment.",              // a reporter's requests, not a call for something
};

TEST(AttributionFalseAlarms, ANounBeforeTheVerbOfSayingIsNoCue) {
  // "show" is the noun of the subject "Fans at the Lyon show", not a verb of its own
  const std::string text = "Fans at the Lyon show said she appeared unsteady.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  ASSERT_EQ(rec.findings.size(), 1u);
  EXPECT_EQ(rec.findings[0].part_text("cue", text), "said");
  EXPECT_EQ(rec.findings[0].part_text("source", text), "Fans at the Lyon show");
}

TEST(AttributionFalseAlarms, LookAlikesProduceNothing) {
  for (const char* text : kNoAttribution) {
    auto rec = slant::test::run_plugin(attribution_plugin(), text);
    EXPECT_TRUE(rec.findings.empty()) << text << " -> " << (rec.findings.empty() ? "" : rec.findings[0].rule);
  }
}

TEST(AttributionSpeakers, PronounsTakeTheLastNamedSpeaker) {
  auto rec = slant::test::run_plugin(
      attribution_plugin(),
      "Port spokesperson, Lia Moreau, said the cranes were old. She also warned that repairs would take a year.");
  const RecordedFinding* said = cued(rec, "said");
  const RecordedFinding* warned = cued(rec, "also warned");
  ASSERT_NE(said, nullptr);
  ASSERT_NE(warned, nullptr);
  EXPECT_EQ(said->attr("speaker"), "Lia Moreau");
  EXPECT_EQ(warned->attr("speaker"), "Lia Moreau");
  EXPECT_EQ(warned->attr("source_class"), "named-person");
  EXPECT_EQ(warned->attr("intensity"), "strong");
}

// Two verbs of one subject, and a verb inside another's subject: each keeps its own content,
// so the findings do not collapse into one span.
TEST(AttributionClauses, ABeliefBeforeAContentFirstCueIsPartOfItsContent) {
  auto rec = slant::test::run_plugin(attribution_plugin(), "Ada Holm hopes to close the pier, Ivo Lund said.");
  const RecordedFinding* said = cued(rec, "said");
  ASSERT_NE(said, nullptr);
  EXPECT_EQ(said->part_text("content", rec.article.text), "Ada Holm hopes to close the pier");
}

// After a quote that opens the sentence, "said of X" reports the quote, however long the
// source between them.
TEST(AttributionClauses, SaidOfAfterAnOpeningQuoteReportsTheQuote) {
  auto rec = slant::test::run_plugin(
      attribution_plugin(),
      "''It is a fair plan,'' Len Ruiz, director of the county Harbor Policy Center and a professor at the state "
      "college, said of the toll.");
  // the quote rule reads the whole source and its cue "said"; the content-first rule, "said of"
  const RecordedFinding* said = cued(rec, "said of") != nullptr ? cued(rec, "said of") : cued(rec, "said");
  ASSERT_NE(said, nullptr);
  EXPECT_EQ(said->part_text("content", rec.article.text), "It is a fair plan,");
}

// A quote that opens the sentence is what a content-first cue reports when a long source hides
// it from the usual "quote, comma, source, verb" reading.
TEST(AttributionClauses, AnOpeningQuoteBeforeALongSourceIsItsContent) {
  auto rec = slant::test::run_plugin(
      attribution_plugin(),
      "''We will fight the toll,'' Len Ruiz, director of the county Harbor Policy Center and a professor at the "
      "state college, told reporters.");
  const RecordedFinding* told = cued(rec, "told");
  ASSERT_NE(told, nullptr);
  EXPECT_EQ(told->part_text("content", rec.article.text), "We will fight the toll,");
}

TEST(AttributionClauses, CoordinatedVerbsKeepTheirOwnContent) {
  auto rec = slant::test::run_plugin(attribution_plugin(), "Rosa Kahn called the plan \"reckless\" and said the vote was rushed.");
  const RecordedFinding* called = cued(rec, "called");
  const RecordedFinding* said = cued(rec, "said");
  ASSERT_NE(called, nullptr);
  ASSERT_NE(said, nullptr);
  EXPECT_EQ(called->part_text("content", rec.article.text), "the plan \"reckless\"");
  EXPECT_EQ(said->part_text("source", rec.article.text), "Rosa Kahn");
  EXPECT_EQ(said->part_text("content", rec.article.text), "the vote was rushed");
}

TEST(AttributionClauses, AVerbInsideAnotherSubjectStopsAtThatSubject) {
  auto rec = slant::test::run_plugin(attribution_plugin(), "Growers who want to build a dam said the river is too low.");
  const RecordedFinding* want = cued(rec, "want");
  const RecordedFinding* said = cued(rec, "said");
  ASSERT_NE(want, nullptr);
  ASSERT_NE(said, nullptr);
  EXPECT_EQ(want->part_text("content", rec.article.text), "to build a dam");
  EXPECT_EQ(said->part_text("content", rec.article.text), "the river is too low");
}

// A cue's subject starts after an earlier cue of its sentence: "he", not "Bo Lind said he";
// the plan then lies inside what Lind said and is not a finding of its own.
TEST(AttributionClauses, ASubjectStartsAfterAnEarlierCue) {
  auto rec = slant::test::run_plugin(attribution_plugin(), "Bo Lind said he plans to sell the farm.");
  const RecordedFinding* said = cued(rec, "said");
  ASSERT_NE(said, nullptr);
  EXPECT_EQ(said->part_text("content", rec.article.text), "he plans to sell the farm");
  EXPECT_EQ(cued(rec, "plans"), nullptr);
  auto rec2 = slant::test::run_plugin(attribution_plugin(), "Ada Holm said the farmers told her that the canal leaks.");
  const RecordedFinding* told = cued(rec2, "told");
  ASSERT_NE(told, nullptr);
  EXPECT_EQ(told->part_text("source", rec2.article.text), "the farmers");
}

// "seem" and "appear" give an impression with no source; subject and complement are content.
TEST(AttributionPerception, SeemsHasNoSourceAndTakesItsSubject) {
  auto rec = slant::test::run_plugin(attribution_plugin(), "The new mayor seemed uneasy about the vote.");
  const RecordedFinding* f = cued(rec, "seemed");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->part_text("source", rec.article.text), "");
  EXPECT_EQ(f->part_text("content", rec.article.text), "The new mayor | uneasy about the vote");
  EXPECT_EQ(f->rule, "perception:seemed");
  EXPECT_EQ(f->attr("source_class"), "");
}

TEST(AttributionPerception, TheWholeSubjectAroundAnAdverbIsContent) {
  const std::string text = "Those who napped for more than 90 minutes, however, appeared to do worse.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  const RecordedFinding* f = cued(rec, "appeared");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->part_text("content", text), "Those who napped for more than 90 minutes | to do worse");
  // a subordinate clause's subject stays the subject ("after he appeared")
  const std::string text2 = "Lee drew criticism after he appeared to mock the veterans.";
  auto rec2 = slant::test::run_plugin(attribution_plugin(), text2);
  const RecordedFinding* f2 = cued(rec2, "appeared");
  ASSERT_NE(f2, nullptr);
  EXPECT_EQ(f2->part_text("content", text2).rfind("he |", 0), 0u) << f2->part_text("content", text2);
}

TEST(AttributionPerception, ItAppearsThatKeepsOnlyTheClause) {
  auto rec = slant::test::run_plugin(attribution_plugin(), "It appears that the count was wrong.");
  const RecordedFinding* f = cued(rec, "appears");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->part_text("content", rec.article.text), "that the count was wrong");
}

// A belief inside someone else's report belongs to that report; reported speech inside a
// report is still its own attribution.
TEST(AttributionClauses, BeliefsInsideAReportAreNotSeparate) {
  auto rec = slant::test::run_plugin(attribution_plugin(), "Lee said the farmers want a new canal.");
  EXPECT_NE(cued(rec, "said"), nullptr);
  EXPECT_EQ(cued(rec, "want"), nullptr);
  auto rec2 = slant::test::run_plugin(attribution_plugin(), "Lee said the farmers told him that the canal leaks.");
  EXPECT_NE(cued(rec2, "said"), nullptr);
  EXPECT_NE(cued(rec2, "told"), nullptr);
}

// A cue inside what someone says is part of what they say, not an attribution of its own: what
// a text shows or how something seems, a participle after its noun, a noun cue, what someone
// called something. Inside a belief, beside another impression or standing alone, it stays one.
struct Nesting {
  const char* text;
  const char* cue;
  bool own;  // whether the cue is an attribution of its own
};

// clang-format off
const Nesting kNesting[] = {
  {"Ada Holm said the videos show the car was empty.",            "said",         true},
  {"Ada Holm said the videos show the car was empty.",            "show",         false},
  {"Ada Holm told reporters the new mayor seemed tired.",         "told",         true},
  {"Ada Holm told reporters the new mayor seemed tired.",         "seemed",       false},
  {"Ada Holm believes that the polls show a tie.",                "show",         true},
  {"The polls show the mayor seemed tired.",                      "show",         true},
  {"The polls show the mayor seemed tired.",                      "seemed",       true},
  {"Ada Holm said there were ads attacking the mayor.",           "attacking",    false},
  {"Ada Holm said Lee's criticism of the plan was unfair.",       "criticism of", false},
  {"There were ads attacking the mayor.",                         "attacking",    true},
  {"Ada Holm said the mayor called the toll a tax on the poor.",  "called",       false},
  {"Ada Holm believes that the mayor called the toll a tax.",     "called",       true},
  {"Ada Holm said the new timetable was announced too late.",    "said",          true},
  {"Ada Holm said the new timetable was announced too late.",    "was announced", false},
  // a belief before a content-first cue is part of what it reports, and does not shorten it
  {"Ada Holm hopes to close the pier, Ivo Lund said.",            "hopes",        false},
};
// clang-format on

class NestingCase : public ::testing::TestWithParam<Nesting> {};

TEST_P(NestingCase, ACueInsideSpeechIsPartOfIt) {
  const Nesting& c = GetParam();
  auto rec = slant::test::run_plugin(attribution_plugin(), c.text);
  EXPECT_EQ(cued(rec, c.cue) != nullptr, c.own) << "'" << c.cue << "' in: " << c.text;
}

INSTANTIATE_TEST_SUITE_P(AttributionClauses, NestingCase, ::testing::ValuesIn(kNesting));

// "reportedly" with no verb of its own marks its clause as reported by someone unnamed.
TEST(AttributionEvidential, ReportedlyHasNoSourceAndTakesItsClause) {
  auto rec = slant::test::run_plugin(attribution_plugin(), "The ferry company has reportedly sold two boats.");
  const RecordedFinding* f = cued(rec, "reportedly");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->part_text("source", rec.article.text), "");
  EXPECT_EQ(f->part_text("content", rec.article.text), "The ferry company has | sold two boats");
  EXPECT_EQ(f->rule, "evidential-adverb:reportedly");
}

// "according to" after a quote's own cue vouches for the same words.
TEST(AttributionAccordingTo, VouchesForTheWholeClauseBeforeItWithoutAQuotation) {
  const std::string text = "In 2019, the mill paid a fine after inspectors found leaks, according to state records.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  const RecordedFinding* acc = cued(rec, "according to");
  ASSERT_NE(acc, nullptr);
  EXPECT_EQ(acc->part_text("content", text), "In 2019, the mill paid a fine after inspectors found leaks");
  const RecordedFinding* found = cued(rec, "found");
  ASSERT_NE(found, nullptr);
  EXPECT_EQ(found->part_text("content", text), "leaks");
}

TEST(AttributionAccordingTo, ASubordinateClauseAfterTheSourceIsTheWritersAddition) {
  const std::string text = "Rates fell by half, according to the Tessford Index, as demand for goods weakened.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  const RecordedFinding* acc = cued(rec, "according to");
  ASSERT_NE(acc, nullptr);
  EXPECT_EQ(acc->part_text("content", text), "Rates fell by half");
}

TEST(AttributionAccordingTo, SharesTheQuoteOfTheCueBeforeIt) {
  auto rec = slant::test::run_plugin(attribution_plugin(), "\"We will stay open,\" Ada Moss said, according to the Harbor Times.");
  const RecordedFinding* said = cued(rec, "said");
  const RecordedFinding* acc = cued(rec, "according to");
  ASSERT_NE(said, nullptr);
  ASSERT_NE(acc, nullptr);
  EXPECT_EQ(acc->part_text("source", rec.article.text), "the Harbor Times");
  EXPECT_EQ(acc->part_text("content", rec.article.text), "We will stay open,");
}

// "was asked about X", "when asked about X": a question from someone unnamed, about X.
TEST(AttributionAsked, AskedAboutHasNoSourceAndTakesTheTopic) {
  auto rec = slant::test::run_plugin(attribution_plugin(), "Mayor Dale was asked about the flood maps on Monday.");
  const RecordedFinding* f = cued(rec, "was asked");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->part_text("source", rec.article.text), "");
  EXPECT_EQ(f->part_text("content", rec.article.text), "the flood maps on Monday");
  EXPECT_EQ(f->rule, "asked:asked");
  auto rec2 = slant::test::run_plugin(attribution_plugin(), "When asked about the budget, the mayor left the room.");
  const RecordedFinding* g = cued(rec2, "asked");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->part_text("content", rec2.article.text), "the budget");
  // "pressed on" a topic is asked about it; the main clause after the comma is the writer's
  const std::string pressed = "Pressed on whether a deal could be done before Sept. 1, the Swede smiled.";
  auto rec3 = slant::test::run_plugin(attribution_plugin(), pressed);
  ASSERT_EQ(rec3.findings.size(), 1u);
  EXPECT_EQ(rec3.findings[0].rule, "asked:pressed");
  EXPECT_EQ(rec3.findings[0].part_text("content", pressed), "a deal could be done before Sept. 1");
}

// A first-person source outside quotation marks is the writer, not the last person named.
TEST(AttributionSpeakers, FirstPersonOutsideQuotesIsTheWriter) {
  auto rec = slant::test::run_plugin(attribution_plugin(),
                                     "Nora Lindqvist said the ferry was late. I believe the ferry will be sold.");
  const RecordedFinding* believe = cued(rec, "believe");
  ASSERT_NE(believe, nullptr);
  EXPECT_EQ(believe->attr("speaker"), "the writer");
  EXPECT_EQ(believe->attr("source_class"), "writer");
  auto rec2 = slant::test::run_plugin(attribution_plugin(), "As we noted last week, the ferry is late.");
  const RecordedFinding* noted = cued(rec2, "noted");
  ASSERT_NE(noted, nullptr);
  EXPECT_EQ(noted->attr("speaker"), "the writer");
  auto rec3 = slant::test::run_plugin(attribution_plugin(),
                                      "Nora Lindqvist said the ferry was late. I think she said it was full.");
  const RecordedFinding* think = cued(rec3, "think");
  ASSERT_NE(think, nullptr);
  EXPECT_EQ(think->attr("speaker"), "the writer");
  // a first-person word anywhere in the source's head, as the writer's voice already took it
  auto rec4 = slant::test::run_plugin(attribution_plugin(), "As many of us noted last week, the ferry is late.");
  const RecordedFinding* many = cued(rec4, "noted");
  ASSERT_NE(many, nullptr);
  EXPECT_EQ(many->attr("source_class"), "writer");
  EXPECT_EQ(many->attr("voice_of_content"), "author");
}

TEST(AttributionSpeakers, SurnameJoinsTheFullName) {
  auto rec = slant::test::run_plugin(attribution_plugin(),
                                     "Nora Lindqvist said the ferry was late. Later, Lindqvist added that it was full.");
  ASSERT_EQ(rec.findings.size(), 2u);
  EXPECT_EQ(rec.findings[0].attr("speaker"), "Nora Lindqvist");
  EXPECT_EQ(rec.findings[1].attr("speaker"), "Nora Lindqvist");
  EXPECT_EQ(rec.metric("distinct_sources"), 1);
}

TEST(AttributionMetrics, SharesOfSentencesAndClasses) {
  auto rec = slant::test::run_plugin(attribution_plugin(),
                                     "Officials said the dam held. The river rose all night. Experts say it will fall.");
  EXPECT_NEAR(rec.metric("attributed_sentence_share"), 2.0 / 3.0, 1e-9);
  EXPECT_NEAR(rec.metric("share_anonymous"), 0.5, 1e-9);
  EXPECT_NEAR(rec.metric("share_vague"), 0.5, 1e-9);
  EXPECT_NEAR(rec.metric("share_neutral"), 1.0, 1e-9);
  EXPECT_EQ(rec.metric("quoted_text_share"), 0.0);
}

// A verb or noun inside the source of "according to" belongs to that source, not a cue of its own.
TEST(AttributionAccordingTo, ACueInsideItsSourceIsNotItsOwn) {
  for (const char* text : {"The fund grew by a third last year, according to press reports.",
                           "Turnout was high, according to exit polls reported by the Harbor Gazette."}) {
    auto rec = slant::test::run_plugin(attribution_plugin(), text);
    ASSERT_EQ(rec.findings.size(), 1u) << text;
    EXPECT_EQ(rec.findings[0].evidence, "according to") << text;
  }
}

// A colon or a dash is no reporting verb: the explanation names the punctuation for what it does.
TEST(AttributionFindings, PunctuationCuesSayWhatTheyAre) {
  const std::pair<const char*, const char*> cases[] = {
      {"Reyes: The Port Will Reopen.", "the colon after the speaker's name"},
      {"\u201CThe new toll is a disgrace.\u201D \u2015 Ines Vidal", "the dash that signs the quote"},
  };
  for (const auto& [text, how] : cases) {
    auto rec = slant::test::run_plugin(attribution_plugin(), text);
    ASSERT_EQ(rec.findings.size(), 1u) << text;
    EXPECT_NE(rec.findings[0].explanation.find(how), std::string::npos) << rec.findings[0].explanation;
    EXPECT_EQ(rec.findings[0].explanation.find("reporting verb"), std::string::npos) << rec.findings[0].explanation;
  }
}

TEST(AttributionFindings, SpanCoversAllPartsAndExplainsItself) {
  auto rec = slant::test::run_plugin(attribution_plugin(), "\"We will appeal,\" the firm's lawyer said on Monday.");
  ASSERT_EQ(rec.findings.size(), 1u);
  const auto& f = rec.findings[0];
  EXPECT_EQ(f.text, "We will appeal,\" the firm's lawyer said");
  EXPECT_EQ(f.attr("form"), "direct");
  EXPECT_EQ(f.attr("source_class"), "titled");
  EXPECT_NE(f.explanation.find("said"), std::string::npos);
  EXPECT_GT(rec.metric("quoted_text_share"), 0.0);
}

}  // namespace

TEST(AttributionColon, AnInterviewsAnswersAreTheIntervieweesWords) {
  const std::string text =
      "Ada Lund runs the port. She spoke to us about the levy.\n\n"
      "Q: Will the levy pass?\n\nA: I think so. The votes are there.\n\n"
      "Q: And if it fails?\n\nA: Then we start again, but we told them that a year ago.";
  auto rec = slant::test::run_plugin(attribution_plugin(), text);
  std::vector<const RecordedFinding*> answers;
  for (const auto& f : rec.findings)
    if (f.rule == "colon:interview-answer") answers.push_back(&f);
  ASSERT_EQ(answers.size(), 2u);
  EXPECT_EQ(answers[0]->part_text("source", text), "A");
  EXPECT_EQ(answers[0]->part_text("content", text), "I think so. The votes are there");
  // the introduction names the interviewee; the answer is given word for word, to its end
  EXPECT_EQ(answers[0]->attr("speaker"), "Ada Lund");
  EXPECT_EQ(answers[0]->attr("source_class"), "named-person");
  EXPECT_EQ(answers[0]->attr("form"), "direct");
  EXPECT_EQ(answers[1]->part_text("content", text), "Then we start again, but we told them that a year ago");
  // inside an answer, "we" is the interviewee, not the writer
  const RecordedFinding* told = cued(rec, "told");
  ASSERT_NE(told, nullptr);
  EXPECT_EQ(told->attr("speaker"), "Ada Lund");
  // one question and its answer are an interview too, with no one named: "the interviewee"
  auto pair = slant::test::run_plugin(attribution_plugin(), "The port.\n\nQ: Will it pass?\n\nA: I think so.");
  ASSERT_FALSE(pair.findings.empty());
  EXPECT_EQ(pair.findings[0].rule, "colon:interview-answer");
  EXPECT_EQ(pair.findings[0].attr("speaker"), "the interviewee");
  // one "A:" paragraph is no interview
  auto single = slant::test::run_plugin(attribution_plugin(), "Notes from the meeting.\n\nA: The port opens in May.");
  for (const auto& f : single.findings) EXPECT_NE(f.rule, "colon:interview-answer");
}
