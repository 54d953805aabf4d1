#include "cue_disambiguation.hpp"

#include <array>
#include <string_view>

namespace slant::plugins::hedging {
namespace {

using namespace std::string_view_literals;

constexpr std::array kNumberWords = {
    "one"sv,      "two"sv,      "three"sv,   "four"sv,      "five"sv,     "six"sv,
    "seven"sv,    "eight"sv,    "nine"sv,    "ten"sv,       "eleven"sv,   "twelve"sv,
    "thirteen"sv, "fourteen"sv, "fifteen"sv, "sixteen"sv,   "seventeen"sv, "eighteen"sv,
    "nineteen"sv, "twenty"sv,   "thirty"sv,  "forty"sv,     "fifty"sv,    "sixty"sv,
    "seventy"sv,  "eighty"sv,   "ninety"sv,  "hundred"sv,   "hundreds"sv, "thousand"sv,
    "thousands"sv, "million"sv, "millions"sv, "billion"sv,  "billions"sv, "trillion"sv,
    "dozen"sv,    "dozens"sv,   "half"sv,    "twice"sv,     "double"sv,   "triple"sv};
// After "a"/"an": "about a dozen", "nearly a third", "roughly a quarter".
constexpr std::array kAfterArticle = {"dozen"sv, "hundred"sv, "thousand"sv, "million"sv, "billion"sv,
                                      "third"sv, "quarter"sv,  "fifth"sv,    "tenth"sv,   "half"sv,
                                      "score"sv, "year"sv,     "decade"sv,   "month"sv,   "week"sv,
                                      "century"sv, "mile"sv};
constexpr std::array kCurrency = {"$"sv, "£"sv, "€"sv, "¥"sv, "us$"sv, "rs."sv};

// Prepositions and words that put a capitalised "May" in a date even in all-caps text.
constexpr std::array kMonthContext = {"in"sv,    "early"sv, "late"sv,   "last"sv,  "next"sv,
                                      "since"sv, "until"sv, "till"sv,   "by"sv,    "of"sv,
                                      "from"sv,  "through"sv, "mid"sv,  "during"sv, "on"sv,
                                      "this"sv,  "to"sv,    "before"sv, "after"sv,  "between"sv};

constexpr std::array kAbilityVerbs = {"see"sv,    "hear"sv,     "feel"sv,       "smell"sv,
                                      "taste"sv,  "speak"sv,    "read"sv,       "write"sv,
                                      "swim"sv,   "afford"sv,   "walk"sv,       "run"sv,
                                      "remember"sv, "recall"sv, "understand"sv, "only"sv,
                                      "barely"sv, "hardly"sv,   "scarcely"sv,   "no"sv};

// After "would": future-in-the-past in narrative, habit, or wish -- not a hedge.
constexpr std::array kNarrativeWould = {"later"sv,     "eventually"sv, "subsequently"sv, "soon"sv,
                                        "go"sv,        "often"sv,      "usually"sv,      "always"sv,
                                        "sometimes"sv, "regularly"sv,  "frequently"sv,   "then"sv,
                                        "again"sv,     "like"sv,       "rather"sv,       "prefer"sv,
                                        "love"sv,      "you"sv,        "become"sv,       "never"sv,
                                        "finally"sv,   "ultimately"sv, "also"sv};
// A reporting verb before "would" in the clause makes it backshifted "will": "said it would".
constexpr std::array kReportingBeforeWould = {
    "said"sv,     "told"sv,    "announced"sv, "added"sv,    "stated"sv,   "promised"sv,
    "vowed"sv,    "pledged"sv, "warned"sv,    "predicted"sv, "decided"sv, "agreed"sv,
    "confirmed"sv, "declared"sv, "insisted"sv, "knew"sv,    "hoped"sv,    "planned"sv,
    "threatened"sv, "indicated"sv, "signaled"sv, "signalled"sv, "expected"sv, "assured"sv,
    "wrote"sv,    "believed"sv, "thought"sv,  "argued"sv,   "claimed"sv,  "felt"sv,
    "feared"sv,   "suggested"sv, "speculated"sv, "calculated"sv, "estimated"sv, "revealed"sv,
    "assumed"sv,  "understood"sv, "learned"sv, "realized"sv, "realised"sv, "reported"sv,
    "explained"sv, "noted"sv,  "maintained"sv, "insisted"sv, "ensured"sv,  "guaranteed"sv};

constexpr std::array kSubjectFiller = {"do"sv,      "does"sv,     "did"sv,      "n't"sv,
                                       "not"sv,     "also"sv,     "still"sv,    "really"sv,
                                       "strongly"sv, "firmly"sv,  "personally"sv, "honestly"sv,
                                       "truly"sv,   "genuinely"sv, "just"sv,    "tend"sv,
                                       "to"sv,      "'m"sv,       "am"sv,       "would"sv};

constexpr std::array kNotPossible = {"as"sv,      "best"sv,     "all"sv,      "every"sv,
                                     "if"sv,      "whenever"sv, "wherever"sv, "worst"sv,
                                     "only"sv,    "not"sv,      "n't"sv,      "everything"sv,
                                     "anything"sv, "made"sv,    "make"sv,     "makes"sv,
                                     "making"sv,  "maximum"sv,  "minimum"sv,  "any"sv,
                                     "smallest"sv, "largest"sv, "fewest"sv,   "lowest"sv,
                                     "highest"sv, "greatest"sv, "earliest"sv, "shortest"sv};

constexpr std::array kApparentEvident = {"become"sv, "became"sv,  "becomes"sv, "becoming"sv,
                                         "readily"sv, "immediately"sv, "quickly"sv, "already"sv,
                                         "clearly"sv, "soon"sv,    "more"sv,    "made"sv};

// "widely" of extent, not of consensus: "vary widely", "toured widely", "widely available".
constexpr std::array kExtentBeforeWidely = {
    "vary"sv, "varies"sv, "varied"sv, "varying"sv, "differ"sv, "differs"sv, "differed"sv,
    "range"sv, "ranges"sv, "ranged"sv, "toured"sv, "tour"sv, "travelled"sv, "traveled"sv,
    "travel"sv, "spread"sv, "dispersed"sv, "scattered"sv, "distributed"sv, "exhibited"sv,
    "published"sv, "read"sv};
constexpr std::array kExtentAfterWidely = {
    "available"sv, "spaced"sv, "separated"sv, "distributed"sv, "scattered"sv, "dispersed"sv,
    "apart"sv, "different"sv, "varying"sv, "divergent"sv, "spread"sv, "open"sv, "travelled"sv,
    "traveled"sv, "read"sv};

// "clearly" of manner, not of certainty: "clearly visible", "spoke clearly."
constexpr std::array kMannerAfterClearly = {
    "visible"sv, "audible"sv,   "legible"sv,  "defined"sv,   "marked"sv,    "labelled"sv,
    "labeled"sv, "written"sv,   "seen"sv,     "heard"sv,     "displayed"sv, "identified"sv,
    "separated"sv, "distinguished"sv, "printed"sv, "signposted"sv, "delineated"sv,
    "distinguishable"sv, "recognizable"sv, "recognisable"sv};

constexpr std::array kKindDeterminers = {"some"sv, "a"sv,     "an"sv,     "the"sv,   "this"sv,
                                         "that"sv, "any"sv,   "what"sv,   "every"sv, "one"sv,
                                         "no"sv,   "another"sv, "which"sv, "same"sv, "his"sv,
                                         "her"sv,  "their"sv, "its"sv,    "our"sv,   "my"sv,
                                         "your"sv, "each"sv,  "these"sv,  "those"sv, "first"sv,
                                         "new"sv,  "different"sv, "other"sv, "similar"sv};

constexpr std::array kElectionNouns = {"seat"sv,  "seats"sv,   "election"sv, "elections"sv,
                                       "race"sv,  "races"sv,   "primary"sv,  "primaries"sv,
                                       "ballot"sv, "match"sv,  "game"sv,     "games"sv,
                                       "constituency"sv, "district"sv};

constexpr std::array kNegation = {"not"sv, "n't"sv, "never"sv, "hardly"sv};

constexpr std::array kAppearForms = {"appear"sv, "appears"sv, "appeared"sv, "appearing"sv};
constexpr std::array kIndicateForms = {"indicate"sv, "indicates"sv, "indicated"sv, "indicating"sv};
constexpr std::array kFirstPersonVerbs = {"believe"sv, "think"sv, "guess"sv, "suppose"sv,
                                          "suspect"sv, "doubt"sv};
constexpr std::array kObjectDeterminers = {"the"sv, "a"sv,    "an"sv,    "his"sv,  "her"sv,
                                           "its"sv, "their"sv, "our"sv,  "my"sv,   "your"sv,
                                           "him"sv, "them"sv, "me"sv,    "us"sv,   "this"sv};

// Subjects that make "may"/"could" generic -- the dynamic "can" of a description ("players may
// trade cards", "which may take years") rather than a judgement on one claim (Coates 1983).
constexpr std::array kGenericPronouns = {"they"sv, "you"sv, "one"sv, "which"sv, "who"sv,
                                         "whom"sv, "users"sv, "people"sv};
constexpr std::array kSpecificPronouns = {"he"sv, "she"sv, "it"sv, "this"sv, "that"sv,
                                          "there"sv, "i"sv};
constexpr std::array kDefinite = {"the"sv,   "this"sv, "that"sv,  "these"sv, "those"sv, "its"sv,
                                  "his"sv,   "her"sv,  "their"sv, "our"sv,   "my"sv,    "your"sv};
constexpr std::array kIndefinite = {"a"sv, "an"sv, "any"sv, "each"sv, "every"sv, "some"sv,
                                    "many"sv, "most"sv, "all"sv};
constexpr std::array kModalAdverbs = {"also"sv, "still"sv, "now"sv, "therefore"sv, "thus"sv,
                                      "then"sv, "sometimes"sv, "often"sv, "even"sv, "only"sv};

constexpr std::array kIrregularParticiples = {
    "made"sv, "found"sv, "used"sv,  "seen"sv,   "done"sv,  "known"sv, "held"sv,  "sold"sv,
    "built"sv, "put"sv,  "set"sv,   "paid"sv,   "brought"sv, "kept"sv, "left"sv, "told"sv,
    "taught"sv, "bought"sv, "sent"sv, "spent"sv, "shown"sv, "grown"sv, "drawn"sv, "given"sv,
    "taken"sv, "worn"sv, "led"sv,   "run"sv,    "cut"sv,   "read"sv,  "met"sv,   "lost"sv,
    "won"sv,  "hit"sv,   "fed"sv,   "spread"sv, "heard"sv, "thought"sv, "said"sv, "got"sv,
    "gotten"sv, "done"sv, "begun"sv, "chosen"sv, "written"sv, "spoken"sv, "eaten"sv};
// Participles whose passive with "may" is usually a judgement, not an option:
// "may be related to", "may be caused by", "the name may be derived from".
constexpr std::array kEpistemicParticiples = {
    "related"sv,   "linked"sv,    "connected"sv, "caused"sv,   "influenced"sv, "derived"sv,
    "descended"sv, "mistaken"sv,  "confused"sv,  "based"sv,    "associated"sv, "responsible"sv,
    "attributed"sv, "intended"sv, "meant"sv,     "explained"sv, "involved"sv,  "exaggerated"sv,
    // events no one chooses: "the vote may be delayed", "the levee could be breached"
    "delayed"sv, "postponed"sv, "cancelled"sv, "canceled"sv, "breached"sv, "damaged"sv, "flooded"sv,
    "overturned"sv, "affected"sv, "exposed"sv, "infected"sv, "harmed"sv, "injured"sv, "overstated"sv,
    "understated"sv, "inflated"sv, "overwhelmed"sv};

bool past_participle(std::string_view x) {
  if (x.size() > 4 && (x.ends_with("ed") || x.ends_with("en")) && x != "been") return true;
  for (std::string_view p : kIrregularParticiples)
    if (x == p) return true;
  return false;
}

// "may be used", "could be seen": the passive of an option or an ability (root modality). The
// participle's index, or -1 when the modal at i heads no such passive.
int64_t root_passive_participle(const SentenceWords& w, int64_t i) {
  int64_t k = i + 1;
  if (w.in(k, kModalAdverbs)) ++k;
  if (!w.is(k, "be")) return -1;
  ++k;
  if (w.in(k, std::array{"easily"sv, "also"sv, "further"sv, "then"sv, "readily"sv})) ++k;
  return past_participle(w.lower(k)) && !w.in(k, kEpistemicParticiples) ? k : -1;
}
bool root_passive(const SentenceWords& w, int64_t i) { return root_passive_participle(w, i) >= 0; }

template <class List>
bool contains(const List& list, std::string_view w) {
  for (std::string_view x : list)
    if (x == w) return true;
  return false;
}

bool number_word(std::string_view w) {
  if (contains(kNumberWords, w)) return true;
  // "twenty-five", "two-thirds", "three-quarters"
  if (auto dash = w.find('-'); dash != std::string_view::npos) return contains(kNumberWords, w.substr(0, dash));
  return false;
}

bool approximator_ok(const sdk::LexiconEntry& e, const SentenceWords& w, int64_t i) {
  const int64_t next = i + static_cast<int64_t>(e.words.size());
  // Only before a number: "almost all", "nearly always" approximate a universal, a degree
  // rather than a quantity, and in measured text they qualify nothing uncertain.
  return quantity_at(w, next);
}

bool appear_ok(const SentenceWords& w, int64_t i) {
  if (w.is(i + 1, "to")) return !w.in(i + 2, kObjectDeterminers) && !w.capitalized(i + 2);
  if (w.is(i + 1, "that")) return true;
  if (w.is(i + 1, "as") && (w.is(i + 2, "if") || w.is(i + 2, "though"))) return true;
  if (w.is(i - 1, "it") || w.is(i - 1, "there")) return true;  // "it appears", "there appeared to be"
  // "Fans appear divided", "she appeared unsteady": how things look, as "seem" (not "appeared
  // on television", "appeared in court")
  if (w.is_word(i + 1) && !w.capitalized(i + 1)) {
    const std::string_view x = w.lower(i + 1);
    if ((x.size() > 4 && x.ends_with("ed")) || x.starts_with("un") ||
        w.in(i + 1, std::array{"calm"sv, "ready"sv, "poised"sv, "close"sv, "keen"sv, "eager"sv, "willing"sv,
                               "reluctant"sv, "confident"sv, "nervous"sv, "tired"sv, "intent"sv, "set"sv,
                               "stable"sv, "intact"sv, "headed"sv, "bound"sv, "happy"sv, "upset"sv, "weak"sv}))
      return !w.in(i + 1, std::array{"unveiled"sv, "under"sv, "until"sv, "uncredited"sv});
  }
  // "would appear", "might appear": the tentative appearance
  return w.in(i - 1, std::array{"would"sv, "might"sv, "may"sv, "could"sv});
}

}  // namespace

// States and changes no rule grants ("drinkers may differ", "patients may be at risk"): after
// a generic subject, "may" before them guesses rather than permits ("visitors may park").
constexpr std::array kUngrantedStates = {"differ"sv, "vary"sv,  "suffer"sv, "lack"sv,    "develop"sv,
                                         "face"sv,   "depend"sv, "become"sv, "experience"sv, "underestimate"sv,
                                         "overestimate"sv, "benefit"sv, "struggle"sv,
                                         // what weather and prices do: "winds could gust", "chills may drop"
                                         "gust"sv, "drop"sv, "fall"sv, "rise"sv, "climb"sv, "reach"sv, "exceed"sv,
                                         "top"sv, "linger"sv, "spread"sv, "freeze"sv, "flood"sv, "surge"sv, "plunge"sv,
                                         "soar"sv, "dip"sv, "slip"sv, "worsen"sv};

bool generic_subject(const SentenceWords& w, int64_t i) {
  int64_t k = i - 1;
  while (w.in(k, kModalAdverbs) && k > i - 3) --k;
  if (!w.is_word(k)) return false;
  if (w.in(k, kSpecificPronouns)) return false;
  if (w.in(k, kGenericPronouns)) return true;
  if (w.capitalized(k) && !w.sentence_start(k)) return false;  // a name
  const std::string_view noun = w.lower(k);
  const bool plural = noun.size() > 3 && noun.back() == 's' && !noun.ends_with("ss") &&
                      !noun.ends_with("us") && !noun.ends_with("is");
  // the determiner of the subject noun, past at most one modifier ("the new rules")
  int64_t d = k - 1;
  if (w.is_word(d) && !w.in(d, kDefinite) && !w.in(d, kIndefinite)) --d;
  if (w.in(d, kDefinite)) return false;
  if (w.in(d, kIndefinite)) return true;  // "a player may", "any user may"
  return plural;                          // a bare plural: "players may"
}

bool quantity_at(const SentenceWords& w, int64_t i) {
  if (w.in(i, kCurrency) || w.kind(i, SLANT_TOKEN_SYMBOL)) ++i;
  if (w.is_number(i)) return true;
  if (!w.is_word(i)) return false;
  if (number_word(w.lower(i))) return true;
  // "a dozen", "nearly a year", "roughly a 60% chance"
  if ((w.is(i, "a") || w.is(i, "an")) && (w.in(i + 1, kAfterArticle) || w.is_number(i + 1))) return true;
  return false;
}

bool is_month_or_name_may(const SentenceWords& w, int64_t i) {
  if (!w.capitalized(i) && !w.flag(i, SLANT_TOKEN_ALL_CAPS)) return false;
  // In all-caps text (headlines) the case says nothing: read the date context.
  if (w.flag(i, SLANT_TOKEN_ALL_CAPS))
    return w.is_number(i + 1) || w.is_number(i - 1) || w.in(i - 1, kMonthContext);
  // The modal is written in lower case except at a sentence start, and a sentence-initial
  // "May" is a month, a name or a wish ("May he rest"), never an epistemic hedge.
  return true;
}

// "could be seen", "could be used", "could be heard": what one was able to do; against "could be
// delayed", "could be closed", a possibility the writer or a source raises.
bool ability_passive(const SentenceWords& w, int64_t i) {
  const int64_t k = root_passive_participle(w, i);
  return k >= 0 && w.in(k, std::array{"seen"sv, "used"sv, "heard"sv, "found"sv, "read"sv, "viewed"sv, "reached"sv,
                            "bought"sv, "obtained"sv, "made"sv, "done"sv, "played"sv, "visited"sv, "accessed"sv,
                            "described"sv, "considered"sv, "called"sv, "observed"sv, "purchased"sv, "built"sv,
                            "achieved"sv, "applied"sv, "produced"sv, "grown"sv, "detected"sv, "traced"sv});
}

// "steps the commission could take tomorrow", "things we could do": the modal at i in a relative
// clause whose verb's object is the plural noun before its subject (a pronoun, or a noun with a
// definite determiner), with nothing after the verb but a time word: what someone is able to do.
bool object_relative(const SentenceWords& w, int64_t i) {
  const bool pronoun = w.in(i - 1, kGenericPronouns) || w.is(i - 1, "we");
  const int64_t subject = pronoun ? i - 1 : i - 2;
  if (!w.is_word(i - 1) || (!pronoun && !w.in(subject, kDefinite))) return false;
  const int64_t noun = subject - 1;
  if (!w.is_word(noun) || w.capitalized(noun) || w.lower(noun).size() <= 3 || w.lower(noun).back() != 's') return false;
  if (!w.is_word(i + 1)) return false;
  auto clause_ends = [&](int64_t k) { return !w.valid(k) || w.is_punct(k); };
  int64_t after = i + 2;
  if (w.in(after, std::array{"tomorrow"sv, "today"sv, "now"sv, "soon"sv, "again"sv})) ++after;
  return clause_ends(after);
}

bool is_ability_could(const SentenceWords& w, int64_t i) {
  if (w.is(i + 1, "not") || w.is(i + 1, "n't")) return true;
  // ("could also delay deliveries" is read as "could delay")
  const int64_t verb = w.is(i + 1, "also") ? i + 2 : i + 1;
  if ((generic_subject(w, i) && !w.in(verb, kUngrantedStates)) || ability_passive(w, i)) return true;
  if (w.in(verb, kAbilityVerbs)) return true;
  if (object_relative(w, i)) return true;
  // purpose: "so (that) they could", "in order that he could"
  for (int64_t k = i - 1; k >= i - 3 && w.valid(k); --k) {
    if (w.is_punct(k)) break;
    if (w.is(k, "so") && (k == i - 2 || w.is(k + 1, "that"))) return true;
  }
  return false;
}

bool is_non_epistemic_would(const SentenceWords& w, int64_t i) {
  if (w.in(i + 1, kNarrativeWould)) return true;
  if (w.is(i + 1, "have") && w.in(i + 2, std::array{"liked"sv, "loved"sv, "preferred"sv, "to"sv}))
    return true;
  // "said (that) it would": at most a subject of four words between the verb and "would"
  for (int64_t k = i - 1; k >= i - 6 && w.valid(k); --k) {
    if (w.is_punct(k)) break;
    if (w.in(k, kReportingBeforeWould)) return true;
  }
  return false;
}

bool tentative_would(const SentenceWords& w, int64_t i) {
  if (is_non_epistemic_would(w, i)) return false;
  // The tentative "would" of a hedged judgement: "this would suggest", "it would seem",
  // "one would expect", "that would be likely". A "would" of hypothetical consequence ("a cut
  // would widen the deficit") is read only with its "if" clause (the conditional rule).
  int64_t k = i + 1;
  if (w.in(k, std::array{"probably"sv, "likely"sv, "perhaps"sv, "possibly"sv, "certainly"sv,
                         "surely"sv, "presumably"sv, "seem"sv, "appear"sv, "suggest"sv,
                         "indicate"sv, "imply"sv, "expect"sv, "think"sv, "guess"sv, "assume"sv,
                         "estimate"sv, "argue"sv, "say"sv, "suppose"sv, "tend"sv}))
    return true;
  if (w.is(k, "be") && w.in(k + 1, std::array{"likely"sv, "unlikely"sv, "possible"sv,
                                              "plausible"sv, "reasonable"sv, "fair"sv,
                                              "safe"sv}))
    return true;
  return false;
}

bool first_person_subject(const SentenceWords& w, int64_t i) {
  for (int64_t k = i - 1; k >= i - 4 && w.valid(k); --k) {
    if (w.is(k, "i") || w.is(k, "we")) return true;
    if (!w.in(k, kSubjectFiller)) return false;
  }
  return false;
}

bool accept_cue(const sdk::LexiconEntry& e, const SentenceWords& w, int64_t i) {
  const std::string_view p = e.phrase;
  const int64_t after = i + static_cast<int64_t>(e.words.size());
  if (e.category == "approximator"sv) return approximator_ok(e, w, i);
  if (e.category == "booster"sv && w.in(i - 1, kNegation)) return false;  // "not certainly"
  // "not in dispute", "never open to debate": a negated doubt asserts; the entries that carry
  // their own negation ("could not be confirmed") are read as they are
  if (e.category == "negated-certainty"sv && w.in(i - 1, kNegation)) return false;
  if (p == "may") {
    // "the strike may also delay deliveries" is read as "may delay"; "may also refer to" is
    // a reference book's permission
    const int64_t verb = w.is(after, "also") ? after + 1 : after;
    if (w.is(verb, "refer")) return false;
    return !is_month_or_name_may(w, i) &&
           // "may have to": a possibility whatever the subject ("visitors may have to wait")
           ((w.is(verb, "have") && w.is(verb + 1, "to")) ||
            (!(generic_subject(w, i) && !w.in(verb, kUngrantedStates) && !w.in(verb + 1, kUngrantedStates)) &&
             !root_passive(w, i)));
  }
  // "were less likely to develop dementia", "twice as likely to": a comparison of risks the
  // text measures, not a doubt about the claim ("more likely than not" still hedges)
  if (p == "likely" && (w.in(i - 1, std::array{"less"sv, "least"sv, "as"sv}) || (w.is(i - 1, "more") && w.is(after, "to"))))
    return false;
  // "812 likely voters", "likely buyers": a poll's class of people, no doubt
  if (p == "likely" && w.in(after, std::array{"voters"sv, "buyers"sv, "customers"sv, "caucusgoers"sv, "participants"sv}))
    return false;
  if (p == "more likely") return !w.is(after, "to");
  if (p == "could") return !is_ability_could(w, i);
  if (p == "would") return tentative_would(w, i);
  if (contains(kAppearForms, p)) return appear_ok(w, i);
  if (contains(kIndicateForms, p)) return w.is(after, "that");
  // "Kovach suggested the result reflected low turnout": a named person's or a "he"'s suggestion
  // is a report of what they said, no doubt of the writer's ("the data suggest" still hedges)
  if (p == "suggested" || p == "suggests" || p == "suggest") {
    int64_t k = i - 1;
    while (w.in(k, kModalAdverbs) || w.in(k, std::array{"has"sv, "had"sv, "have"sv, "also"sv, "publicly"sv})) --k;
    if (w.in(k, std::array{"he"sv, "she"sv}) || (w.is_word(k) && w.capitalized(k) && !w.sentence_start(k))) return false;
    // one capitalised word opening the sentence: a surname, unless a plural or a word for evidence
    if (w.is_word(k) && w.sentence_start(k) && w.capitalized(k) && !w.lower(k).ends_with('s') &&
        !w.in(k, std::array{"this"sv, "that"sv, "it"sv, "evidence"sv, "research"sv, "data"sv, "analysis"sv,
                            "experience"sv, "history"sv, "which"sv, "everything"sv, "nothing"sv, "one"sv}))
      return false;
  }
  if (contains(kFirstPersonVerbs, p)) return first_person_subject(w, i) && !w.is(after, "in");
  if (p == "possible") {
    // "it is possible that", "a possible motive", "one possible cause": the epistemic sense.
    // "possible uses", "is possible only when", "made possible" are about feasibility.
    if (w.in(i - 1, kNotPossible) || w.is(after, "to")) return false;
    if (w.is(after, "that")) return true;
    if (w.in(i - 1, std::array{"a"sv, "an"sv, "one"sv})) return true;
    // "Power outages are possible in wooded areas", "Showers are possible tonight": events that
    // may come, before a place or a time
    if (w.in(i - 1, std::array{"are"sv, "were"sv}) &&
        (!w.valid(after) || w.is_punct(after) ||
         w.in(after, std::array{"in"sv, "on"sv, "at"sv, "through"sv, "overnight"sv, "tonight"sv, "later"sv,
                                "by"sv, "across"sv, "along"sv, "throughout"sv})))
      return true;
    return w.in(i - 1, std::array{"is"sv, "was"sv, "be"sv, "seems"sv, "remains"sv}) &&
           w.in(i - 2, std::array{"it"sv, "also"sv, "is"sv, "was"sv, "quite"sv, "entirely"sv});
  }
  if (p == "supposed") return !w.is(after, "to") || w.is(after + 1, "have");
  if (p == "apparent") return !w.in(i - 1, kApparentEvident) && !w.is(after, "that") && !w.is(after, "to");
  if (p == "clearly") return !w.in(after, kMannerAfterClearly) && !w.is_punct(after);
  if (p == "sort of" || p == "kind of") return !w.in(i - 1, kKindDeterminers);
  // "the disputed claim" doubts the claim; "Lee disputed that account" is Lee's denial, a verb
  // with its object
  if ((p == "disputed" || p == "contested") &&
      (w.in(after, kObjectDeterminers) || w.is(after, "that") || w.is(after, "it")))
    return false;
  if (p == "contested") return !w.in(after, kElectionNouns);
  // "as well known as" compares; "Famous Players" and other names are not a claim of renown.
  if (p == "well known") return !w.is(i - 1, "as");
  if (p == "widely") return !w.in(i - 1, kExtentBeforeWidely) && !w.in(after, kExtentAfterWidely);
  // "tend to the wounded" is care, not a generalisation: the hedge takes a verb after "to".
  if (p == "tend to" || p == "tends to" || p == "tended to")
    return w.is_word(after) && !w.in(after, kKindDeterminers) && !w.in(after, std::array{"them"sv, "him"sv, "it"sv, "patients"sv});
  if (e.category == "peacock"sv && e.words.size() == 1) return !w.capitalized(i) || w.sentence_start(i);
  return true;
}

}  // namespace slant::plugins::hedging
