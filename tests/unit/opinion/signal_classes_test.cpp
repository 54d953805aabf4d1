// Pins every signal class the opinion plugin's finder knows, each with a short sentence of our
// own: the expected class, the cue words and the side of a quotation they speak from.
#include <gtest/gtest.h>

#include <algorithm>

#include "opinion_test_support.hpp"
#include "signals.hpp"

namespace {

using slant::plugins::opinion::Signal;
using slant::plugins::opinion::SignalFinder;

struct Found {
  std::string cls, cue;
  bool in_quote;
};

std::vector<Found> signals_in(std::string_view text) {
  static const SignalFinder finder(slant::plugins::opinion::load_signal_lexicons(
      slant::test::opinion::config_with({}), ""));
  slant::Article art;
  art.text = std::string(text);
  slant::segment(art);
  const auto v = art.view();
  const slant::sdk::Article a(v);
  std::vector<Found> out;
  for (const auto& s : a.sentences())
    for (const auto& sig : finder.find(a, s))
      out.push_back({std::string(name(sig.cls)), std::string(a.text_of(sig.span)), sig.in_quote});
  return out;
}

std::string dump(const std::vector<Found>& found) {
  std::string s;
  for (const auto& f : found) s += f.cls + "='" + f.cue + "'" + (f.in_quote ? "(quoted) " : " ");
  return s.empty() ? "(no signals)" : s;
}

struct Case {
  const char* text;
  const char* cls;  // expected signal class
  const char* cue;  // expected cue words
  bool in_quote;    // expected side
};

const Case kCases[] = {
    {"The plan is a disgraceful waste of money.", "evaluative", "disgraceful", false},
    {"It was a frightening night for the town.", "emotive", "frightening", false},
    {"Sadly, the library will close.", "emotive", "Sadly", false},
    {"The council's decision was utterly reckless.", "intensifier", "utterly", false},
    {"The response was so careless.", "intensifier", "so", false},
    {"The mayor must resign.", "deontic", "must", false},
    {"Regulators ought to act before the winter.", "deontic", "ought to", false},
    {"This policy will inevitably fail.", "certain-prediction", "will inevitably", false},
    {"The two sides are bound to collide.", "certain-prediction", "are bound to", false},
    {"Clearly, the budget does not add up.", "booster", "Clearly", false},
    {"Of course, nobody asked the tenants.", "booster", "Of course", false},
    {"I have covered this council for years.", "first-person", "I", false},
    {"Our city deserves a proper bus service.", "first-person", "Our", false},
    {"The choice of route was mine alone.", "first-person", "mine", false},
    {"You would not believe the queue at the clinic.", "second-person", "You", false},
    {"Is this really the best the city can do?", "rhetorical-question", "Is this", false},
    {"The result was a triumph!", "exclamation", "!", false},
    {"The firm's \"reforms\" left most workers worse off.", "scare-quote", "\"reforms\"", false},
    {"The so-called reform changes nothing.", "loaded-label", "so-called", false},
    {"Critics dismissed the inquiry as a witch hunt.", "loaded-label", "witch hunt", false},
    {"Cooler heads must prevail here.", "call-to-action", "must prevail", false},
    {"Imagine a city without buses.", "call-to-action", "Imagine", false},
    {"It is time to scrap the toll.", "deontic", "It is time to", false},
    {"It seems the council has given up on the depot.", "speculation", "It seems", false},
    {"Perhaps the scheme was never meant to work.", "speculation", "Perhaps", false},
    {"It is hard to see who gains from the merger.", "speculation", "It is hard to see", false},
    // Entries of the 2026 lexicon additions, one per category they extend.
    {"The speech was hot air from start to finish.", "evaluative", "hot air", false},
    {"The minister lied about the waiting lists.", "evaluative", "lied", false},
    {"The board was furious at the delay.", "emotive", "furious", false},
    {"The rollout was astonishingly slow.", "intensifier", "astonishingly", false},
    {"Let's face it, the toll has failed.", "booster", "Let's face it", false},
    {"Its new chairman is a notorious grifter.", "loaded-label", "grifter", false},
    {"The board dropped its woke hiring rules.", "loaded-label", "woke", false},
    {"The mayor called the garage a waste. She is right.", "evaluative", "She is right", false},
    {"The mayor, to her credit, voted no.", "evaluative", "to her credit", false},
    {"The problem is, nobody reads the audits.", "booster", "The problem is", false},
    {"That claim deserves scrutiny, not deference.", "evaluative", "deserves scrutiny", false},
    {"At seven pounds a portion, that is hard to forgive.", "evaluative", "hard to forgive", false},
    // Second round of additions, one per category they extend.
    {"The rebuttal was simplistic from start to finish.", "evaluative", "simplistic", false},
    {"Worryingly, the dam has cracked again.", "emotive", "Worryingly", false},
    {"The depot survived by sheer luck.", "intensifier", "sheer", false},
    {"Admittedly, the figures look better this year.", "booster", "Admittedly", false},
    {"The self-styled reformer changed nothing.", "loaded-label", "self-styled", false},
    {"The closure of one depot is only the tip of the iceberg.", "figurative", "tip of the iceberg", false},
    {"The council kicked the can down the road again.", "figurative", "kicked the can down the road", false},
    {"Nobody in the ministry ever reads these reports.", "absolute", "Nobody", false},
    {"Every single promise was broken.", "absolute", "Every single", false},
    {"That is why the depot matters to the town.", "argument", "That is why", false},
    {"Hence the rush to sell the land.", "argument", "Hence", false},
    // The same cues inside a quotation are the speaker's.
    {"\"The whole deal is a house of cards,\" the broker said.", "figurative", "a house of cards", true},
    {"\"Why should we pay for this?\" asked one resident.", "rhetorical-question", "Why should", true},
    {"\"Where is the money going,\" the resident asked.", "rhetorical-question", "Where is", true},
    {"\"This is a disgraceful waste,\" the mayor said.", "evaluative", "disgraceful", true},
    {"\"Enough!\" shouted a man at the back.", "exclamation", "!", true},
};

TEST(OpinionSignals, EachClassIsFoundWithItsCueAndSide) {
  for (const auto& c : kCases) {
    const auto found = signals_in(c.text);
    const bool ok = std::any_of(found.begin(), found.end(), [&](const Found& f) {
      return f.cls == c.cls && f.cue == c.cue && f.in_quote == c.in_quote;
    });
    EXPECT_TRUE(ok) << c.text << "\n  expected " << c.cls << "='" << c.cue << "'"
                    << (c.in_quote ? " (quoted)" : "") << "\n  found " << dump(found);
  }
}

struct Absent {
  const char* text;
  const char* cls;  // must NOT be found
};

const Absent kAbsent[] = {
    {"The US imposed new tariffs on steel.", "first-person"},   // the country, not "us"
    {"The mine has struggled with low coal prices.", "first-person"},  // the noun, not "mine"
    {"Workers left the old copper mine in 1990.", "first-person"},
    {"Maria Oduya said she woke to water under her door.", "loaded-label"},  // the past of "wake"
    {"Residents woke up early to move their cars.", "loaded-label"},
    {"Prosecutors may have to reassess the evidence.", "deontic"},  // a need foreseen, no "ought"
    {"We cannot rule it out yet.", "call-to-action"},  // what we are unable to know
    {"The problem is ours to fix.", "booster"},  // says whose problem, judges nothing
    {"I need to look after myself for a while.", "deontic"},  // the speaker's own need
    {"\"We will rebuild,\" the mayor said.", "first-person"},  // a quoted speaker just speaking
    {"The minister said the plan was \"a disaster\" for farmers.", "scare-quote"},  // a source's words
    {"The band played \"Blue Moon\" twice.", "scare-quote"},    // a title
    // "called" reports; the content verb "called on" must not hide it (two lexicons, not one).
    {"The mayor called on residents to \"pitch in\" this winter.", "scare-quote"},
    {"Few residents could imagine the result.", "call-to-action"},  // not at the clause start
    {"She asked whether the road would reopen.", "rhetorical-question"},  // reported, no "?"
    {"The report stressed the need to repair the dam.", "deontic"},  // a noun, not an obligation
    {"Tenants chose to rent rather than buy.", "intensifier"},  // "rather than" compares
    {"The bridge appears on the old maps.", "speculation"},     // only "appears to" conjectures
    {"The cat jumped out of the window.", "figurative"},  // a literal window is no figure
    {"All trains stopped at noon.", "absolute"},  // "all" of a count is no generalisation
    {"The council approved the budget on Tuesday.", ""},        // plain reporting: nothing at all
    {"Police closed the bridge after the storm.", ""},
};

TEST(OpinionSignals, LookalikesStayQuiet) {
  for (const auto& c : kAbsent) {
    const auto found = signals_in(c.text);
    const bool hit = std::any_of(found.begin(), found.end(), [&](const Found& f) {
      return std::string(c.cls).empty() || f.cls == c.cls;
    });
    EXPECT_FALSE(hit) << c.text << "\n  found " << dump(found);
  }
}

TEST(OpinionSignals, EveryClassNameRoundTrips) {
  for (auto cls : slant::plugins::opinion::all_signal_classes())
    EXPECT_EQ(slant::plugins::opinion::signal_class_from(name(cls)), cls) << name(cls);
  EXPECT_EQ(slant::plugins::opinion::signal_class_from("call-to-action-start"),
            slant::plugins::opinion::SignalClass::call_to_action);
  EXPECT_FALSE(slant::plugins::opinion::signal_class_from("hedge"));
  // "content-verb" lives in reporting.tsv, a list of verbs, not a signal class.
  EXPECT_FALSE(slant::plugins::opinion::signal_class_from("content-verb"));
}

}  // namespace
