// Words that look like cues but are not hedges here: each case is a sentence of our own and the
// word that must stay quiet in it (no hedge finding may contain it).
#include "hedging_test_support.hpp"

namespace slant::test {
namespace {

struct QuietCase {
  const char* text;
  const char* word;  // no hedge finding's evidence may contain this
  const char* why;
};

const QuietCase kQuietCases[] = {
    {"The law took effect in May 2021.", "May", "month after 'in'"},
    {"Voting ends on May 5.", "May", "month before a day"},
    {"May was the wettest month on record.", "May", "month opening a sentence"},
    {"Prime Minister Theresa May met the king.", "May", "a name"},
    {"The talks resume in early May.", "May", "month after 'early'"},
    {"She can swim two miles.", "can", "ability"},
    {"A potential may also refer to a vector field.", "may", "a reference book's 'may refer to'"},
    {"The mayor appeared in court on Monday.", "appeared", "'appear' in a place"},
    {"Kovach suggested the result reflected low turnout.", "suggested", "a named person's suggestion is a report"},
    {"The poll of 812 likely voters has a margin of error of 3.4 points.", "likely", "a poll's class of voters"},
    {"He suggested that the vote be delayed.", "suggested", "a person's suggestion is a report"},
    {"Visitors can buy tickets at the gate.", "can", "permission"},
    {"The book is about the war.", "about", "'about' as 'concerning'"},
    {"They argued about money for years.", "about", "'about' as 'concerning'"},
    {"He walked around the lake.", "around", "place, not a number"},
    {"As a boy he could swim across the bay.", "could", "past ability"},
    {"The firm could not pay its debts.", "could", "negated past ability"},
    {"They left early so they could catch the train.", "could", "purpose"},
    {"Some water leaked into the basement.", "Some", "plain quantity"},
    {"We waited for some time.", "some", "plain quantity"},
    {"The store will open on Monday.", "will", "pure future"},
    {"She said she would resign in June.", "would", "reported future"},
    {"He would later become mayor.", "would", "future in the past"},
    {"I would like a coffee.", "would", "a wish"},
    {"A tax cut would widen the deficit.", "would", "a consequence, not a judgement; read with its 'if'"},
    {"Players may trade cards between rounds.", "may", "generic subject: the 'can' of a description"},
    {"A visitor may park in the side street.", "may", "generic subject: permission"},
    {"They could also use the back door.", "could", "generic subject and 'also': an option"},
    {"He worked there for many years.", "many", "a span of time, not an unnamed set"},
    {"The powder may be used as a glaze.", "may", "root passive: an option"},
    {"From the tower the coast could be seen.", "could", "root passive: an ability"},
    {"Almost all the seats were taken.", "Almost", "approximates a universal, not a number"},
    {"Snow stays for most of the year.", "most", "a plain proportion of time"},
    {"The rule does no harm to others.", "others", "plain reference"},
    {"She called several times.", "several", "a count of occasions"},
    {"The plant employed several hundred people.", "several", "a round number"},
    {"The bridge is known as the Iron Mile.", "known", "naming, without 'commonly'"},
    {"The tool is often used in kitchens.", "used", "usage, not a view"},
    {"The committee considered the offer.", "considered", "active deliberation"},
    {"The mayor said that over 200 homes flooded.", "that", "never a cue"},
    {"The mayor said that over 200 homes flooded.", "over", "never a cue"},
    {"The singer appeared in three films.", "appeared", "appearance, not seeming"},
    {"The signs indicate the exits.", "indicate", "pointing, not evidence"},
    {"He believes in ghosts.", "believes", "faith, named holder"},
    {"Finish as soon as possible.", "possible", "'as soon as possible'"},
    {"It is possible to walk there.", "possible", "feasibility"},
    {"It soon became apparent that the deal was dead.", "apparent", "'became apparent' = evident"},
    {"The sign was clearly visible from the road.", "clearly", "manner (no booster)"},
    {"He spoke clearly.", "clearly", "manner (no booster)"},
    {"Twenty cases were reported last week.", "reported", "plain reporting"},
    {"The incident was reported to the police.", "reported", "plain reporting"},
    {"The plan was considered for a year.", "considered", "deliberation"},
    {"The painting was sold at some point in 1910.", "some", "plain quantity"},
    {"The critics praised the staging.", "critics", "specific group"},
    {"He asked if the shop would open.", "if", "indirect question"},
    {"The novel is widely read.", "read", "only 'widely' is the cue"},
    {"Officials said the road would reopen.", "said", "attribution, not a hedge"},
    {"The train is supposed to arrive at noon.", "supposed", "schedule"},
    {"This sort of pump is common.", "sort of", "a kind, not a hedge"},
    {"Candidates contested seats in every district.", "contested", "an election"},
    {"The nurses tend to the wounded at night.", "tend to", "care, not a generalisation"},
    {"Rents vary widely between districts.", "widely", "extent, not consensus"},
    {"The ferry was late for several weeks.", "several", "a span of time"},
    {"Free maps are widely available at the station.", "widely", "extent, not consensus"},
    {"The cake was as well known as the baker.", "well known", "a comparison"},
    {"The film was made by Famous Players in 1915.", "Famous", "a name"},
    {"It was not that many miles to the coast.", "many", "'not that many' grades"},
    {"The figures are not in dispute.", "dispute", "a negated doubt asserts"},
    {"Dr. Ruth Amsel disputed that account.", "disputed", "a verb with its object: a denial"},
    {"The mayor contested the result in court.", "contested", "a verb with its object"},
    {"Her record is not open to debate.", "debate", "a negated doubt asserts"},
    {"Nappers were less likely to develop dementia.", "likely", "a comparison of measured risks"},
    {"Smokers were more likely to develop the disease.", "likely", "a comparison of measured risks"},
    {"There are steps the commission could take tomorrow.", "could", "what someone is able to do (the object before it)"},
    {"There are things we could do.", "could", "what someone is able to do (the object before it)"},
};

void PrintTo(const QuietCase& c, std::ostream* os) { *os << c.text; }

class LookAlike : public ::testing::TestWithParam<QuietCase> {};

TEST_P(LookAlike, StaysQuiet) {
  const QuietCase& c = GetParam();
  const Recording r = run_plugin(bundled_hedging(), c.text);
  for (const auto& f : r.findings) {
    if (f.kind == "hedge") {
      EXPECT_EQ(f.evidence.find(c.word), std::string::npos)
          << c.text << " (" << c.why << ")\n  got: " << joined(describe(r));
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Hedging, LookAlike, ::testing::ValuesIn(kQuietCases));

}  // namespace
}  // namespace slant::test
