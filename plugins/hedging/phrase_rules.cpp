#include "phrase_rules.hpp"

#include <array>
#include <string>
#include <string_view>

namespace slant::plugins::hedging {
namespace {

using namespace std::string_view_literals;

// Auxiliaries and adverbs that may stand between a weasel subject and its verb:
// "some have argued", "critics would say", "many still believe".
constexpr std::array kSubjectVerbFiller = {
    "have"sv, "has"sv,   "had"sv,  "would"sv, "may"sv,   "might"sv, "could"sv, "will"sv,
    "do"sv,   "does"sv,  "did"sv,  "also"sv,  "long"sv,  "often"sv, "even"sv,  "still"sv,
    "now"sv,  "always"sv, "sometimes"sv, "further"sv, "generally"sv, "widely"sv, "openly"sv,
    "privately"sv, "publicly"sv};

constexpr std::array kBe = {"is"sv, "are"sv, "was"sv, "were"sv, "be"sv, "been"sv, "being"sv};
// Inside a passive chain besides forms of "be": "it has long been believed", "it may be said".
constexpr std::array kPassiveFiller = {"has"sv,  "have"sv,  "had"sv,   "may"sv,    "might"sv,
                                       "could"sv, "can"sv,  "would"sv, "should"sv, "will"sv,
                                       "must"sv, "also"sv,  "not"sv,   "n't"sv,    "long"sv,
                                       "now"sv,  "still"sv, "once"sv,  "even"sv,   "further"sv,
                                       "already"sv};

// Words that make a group noun specific: "the critics", "his supporters".
constexpr std::array kSpecificDeterminers = {"the"sv,   "his"sv,   "her"sv,  "their"sv, "its"sv,
                                             "our"sv,   "my"sv,    "your"sv, "these"sv, "those"sv,
                                             "this"sv,  "that"sv,  "a"sv,    "an"sv,    "whose"sv,
                                             "both"sv,  "two"sv,   "three"sv, "all"sv,  "no"sv};

// Words after which a weasel subject opens a clause: "..., and some critics ..."
constexpr std::array kClauseOpeners = {"and"sv,     "but"sv,   "while"sv, "although"sv,
                                       "though"sv,  "whereas"sv, "because"sv, "since"sv,
                                       "as"sv,      "that"sv,  "where"sv, "when"sv,  "yet"sv,
                                       "so"sv,      "however"sv, "also"sv, "by"sv,   "among"sv};

// Words that cannot stand between a quantifier and its group noun.
constexpr std::array kNotModifier = {"and"sv, "or"sv,   "but"sv,  "that"sv, "which"sv, "who"sv,
                                     "is"sv,  "are"sv,  "was"sv,  "were"sv, "have"sv,  "has"sv,
                                     "had"sv, "to"sv,   "in"sv,   "on"sv,   "at"sv,    "for"sv,
                                     "with"sv, "by"sv,  "from"sv, "as"sv,   "than"sv,  "be"sv};

constexpr std::array kObjectWords = {"the"sv,  "a"sv,    "an"sv,   "his"sv,  "her"sv,  "its"sv,
                                     "their"sv, "our"sv, "my"sv,   "your"sv, "him"sv,  "them"sv,
                                     "me"sv,   "us"sv,   "this"sv, "that"sv, "it"sv,   "police"sv,
                                     "authorities"sv, "officials"sv};

// Participles that are not hedges after "as": "as expected" confirms, "as known" asserts.
constexpr std::array kAsParticiples = {"said"sv,      "reported"sv, "claimed"sv,  "rumoured"sv,
                                       "rumored"sv,   "alleged"sv,  "suggested"sv, "believed"sv,
                                       "thought"sv,   "speculated"sv, "argued"sv,  "supposed"sv};

constexpr std::array kPronounFollowers = {"as"sv,  "to"sv,   "in"sv,   "who"sv,     "and"sv,
                                          "but"sv, "for"sv,  "at"sv,   "within"sv,  "among"sv,
                                          "including"sv, "of"sv};

sdk::LexiconMatch at(const sdk::Lexicon& lex, const SentenceWords& w, int64_t i) {
  if (!w.valid(i)) return {};
  return lex.match_at(w.tokens(), static_cast<uint32_t>(i));
}

int64_t end_of(const sdk::LexiconMatch& m) { return static_cast<int64_t>(m.first + m.count); }

// Skips up to max filler words; returns the index after them.
template <class List>
int64_t skip(const SentenceWords& w, int64_t j, int max, const List& filler) {
  for (int k = 0; k < max && w.in(j, filler); ++k) ++j;
  return j;
}

// A verb of saying or believing at j, not read as a noun ("some view of the river").
sdk::LexiconMatch report_verb_at(const HedgeLexicon& lex, const SentenceWords& w, int64_t j) {
  auto v = at(lex.report_verbs, w, j);
  if (v && w.is(end_of(v), "of")) return {};
  return v;
}

// A group noun within three modifier words after j ("some music critics", "many of the
// experts"); returns the index after it, or -1.
int64_t group_within(const HedgeLexicon& lex, const SentenceWords& w, int64_t j) {
  for (int k = 0; k <= 3 && w.valid(j + k); ++k) {
    if (auto g = at(lex.groups, w, j + k)) return end_of(g);
    if (!w.is_word(j + k) || w.in(j + k, kNotModifier)) return -1;
  }
  return -1;
}

bool subject_position(const SentenceWords& w, int64_t i) {
  return w.sentence_start(i) || w.is_punct(i - 1) || w.in(i - 1, kClauseOpeners);
}

// The complement after a verb of saying: skip "that"; -1 when nothing follows.
int64_t complement_after(const SentenceWords& w, int64_t verb_end) {
  int64_t s = verb_end;
  if (w.is(s, "that") || w.is(s, ",")) ++s;
  return (w.valid(s) && !w.is_punct(s)) ? s : -1;
}

CueMatch weasel(std::string rule, double weight) {
  CueMatch m;
  m.category = "weasel";
  m.rule = std::move(rule);
  m.weight = weight;
  return m;
}

}  // namespace

std::optional<CueMatch> match_weasel(const HedgeLexicon& lex, const SentenceWords& w, int64_t i) {
  // "according to some (historians)", "according to critics"
  if (w.is(i, "according") && w.is(i + 1, "to")) {
    int64_t end = -1;
    double weight = 0.8;
    if (auto q = at(lex.quantifiers, w, i + 2)) {
      end = end_of(q);
      weight = q.entry->weight;
      if (int64_t g = group_within(lex, w, end); g > 0) end = g;
    } else if (auto g = at(lex.groups, w, i + 2)) {
      end = end_of(g);
    }
    if (end < 0) return std::nullopt;
    CueMatch m = weasel("rule:weasel-according-to", weight);
    m.add_range(i, end);
    m.scope_from = end;
    return m;
  }

  int64_t subject_end = -1;
  double weight = 0.8;
  bool has_group = false;
  if (auto q = at(lex.quantifiers, w, i)) {
    weight = q.entry->weight;
    const int64_t qend = end_of(q);
    // "some argue", "many believe", "others have claimed"
    const int64_t j = skip(w, qend, 3, kSubjectVerbFiller);
    if (auto v = report_verb_at(lex, w, j)) {
      CueMatch m = weasel("rule:weasel-subject", weight);
      m.add_range(i, qend);
      m.add_range(j, end_of(v));
      const int64_t c = complement_after(w, end_of(v));
      m.scope_from = c >= 0 ? c : i;
      return m;
    }
    if (int64_t g = group_within(lex, w, qend); g > 0) {
      subject_end = g;
      has_group = true;
    } else if (w.is(i - 1, "by") && (!w.is_word(qend) || w.in(qend, kPronounFollowers))) {
      // the agent of a passive: "is considered by many as", "criticised by some, ..."
      CueMatch m = weasel("rule:weasel-agent", weight);
      m.add_range(i - 1, qend);
      m.scope_from = i - 1;
      return m;
    }
  } else if (auto g = at(lex.groups, w, i); g && !w.in(i - 1, kSpecificDeterminers)) {
    subject_end = end_of(g);  // bare plural: "critics argue", "experts say"
  }
  if (subject_end < 0) return std::nullopt;

  const int64_t j = skip(w, subject_end, 3, kSubjectVerbFiller);
  if (auto v = report_verb_at(lex, w, j)) {
    CueMatch m = weasel("rule:weasel-subject", weight);
    m.add_range(i, subject_end);
    m.add_range(j, end_of(v));
    const int64_t c = complement_after(w, end_of(v));
    m.scope_from = c >= 0 ? c : i;
    return m;
  }
  // "some critics" / "many experts" opening a clause, without a verb of saying next to them
  if (has_group && subject_position(w, i)) {
    CueMatch m = weasel("rule:weasel-subject", weight * 0.8);
    m.add_range(i, subject_end);
    m.scope_from = i;
    return m;
  }
  return std::nullopt;
}

std::optional<CueMatch> match_agentless_passive(const HedgeLexicon& lex, const SentenceWords& w,
                                                int64_t i) {
  enum class Anchor { expletive_it, as_clause, be, participle } anchor;
  int64_t j = i;
  if (w.is(i, "it")) {
    anchor = Anchor::expletive_it;
    ++j;
  } else if (w.is(i, "as")) {
    anchor = Anchor::as_clause;
    ++j;
  } else if (w.in(i, kBe)) {
    anchor = Anchor::be;
  } else {
    anchor = Anchor::participle;
  }

  // The chain between anchor and participle: forms of "be", auxiliaries, adverbs.
  bool saw_be = false, broad_agreement = false;
  if (anchor != Anchor::participle) {
    for (int k = 0; k < 5 && w.valid(j); ++k, ++j) {
      if (w.in(j, kBe) || (anchor == Anchor::expletive_it && w.is(j, "'s"))) saw_be = true;
      else if (at(lex.modifiers, w, j)) broad_agreement = true;
      else if (!w.in(j, kPassiveFiller)) break;
    }
    if (!saw_be && anchor != Anchor::as_clause) return std::nullopt;
  }

  bool opinion = true;
  auto p = at(lex.passive_opinion, w, j);
  if (!p) {
    p = at(lex.passive_report, w, j);
    opinion = false;
  }
  if (!p) return std::nullopt;
  const int64_t pend = end_of(p);
  const std::string_view participle = p.entry->phrase;

  if (anchor == Anchor::as_clause) {
    bool ok = false;
    for (auto x : kAsParticiples) ok = ok || x == participle;
    if (!ok) return std::nullopt;
  }
  if (w.is(pend, "for")) return std::nullopt;  // "was considered for the post": literal

  const bool raising = w.is(pend, "to") && w.is_word(pend + 1) && !w.in(pend + 1, kObjectWords) &&
                       !w.capitalized(pend + 1);
  const bool raising_strict = w.is(pend, "to") && (w.is(pend + 1, "be") || w.is(pend + 1, "have"));

  // "by" + agent: a named agent makes it an attribution; an unnamed crowd makes it a weasel.
  bool weasel_agent = false;
  int64_t end = pend;
  if (w.is(pend, "by")) {
    if (auto q = at(lex.quantifiers, w, pend + 1)) {
      end = end_of(q);
      if (int64_t g = group_within(lex, w, end); g > 0) end = g;
      weasel_agent = true;
    } else if (int64_t g = group_within(lex, w, pend + 1); g > 0 && !w.in(pend + 1, kSpecificDeterminers)) {
      end = g;
      weasel_agent = true;
    } else {
      return std::nullopt;
    }
  }

  switch (anchor) {
    case Anchor::expletive_it:
      if (w.is(pend, "to") && !raising) return std::nullopt;  // "it was reported to the police"
      break;
    case Anchor::as_clause:
      break;
    case Anchor::be:
      if (!opinion && !raising && !weasel_agent) return std::nullopt;  // "20 cases were reported"
      break;
    case Anchor::participle:
      // A reduced relative: "a tree believed to be", "regarded as", "considered one of".
      if (!(raising_strict || weasel_agent ||
            (opinion && (w.is(pend, "as") || w.is(pend, "among") ||
                         (w.is(pend, "one") && w.is(pend + 1, "of"))))))
        return std::nullopt;
      break;
  }

  CueMatch m;
  m.category = (weasel_agent || broad_agreement) ? "weasel" : "agentless-passive";
  m.rule = std::string(weasel_agent ? "rule:weasel-agent:" : "rule:agentless-passive:") +
           std::string(participle);
  m.weight = p.entry->weight;
  m.add_range(i, pend);
  if (end > pend) m.add_range(pend, end);
  m.scope_from = i;
  if (anchor == Anchor::expletive_it || anchor == Anchor::as_clause) {
    int64_t c = end;
    if (w.is(c, "that") || w.is(c, ",")) ++c;
    if (w.valid(c) && !w.is_punct(c)) m.scope_from = c;
  }
  return m;
}

std::optional<CueMatch> match_conditional(const SentenceWords& w, int64_t i, bool modal_follows) {
  if (!(w.is(i, "if") || w.is(i, "unless")) || !modal_follows) return std::nullopt;
  const bool opens_clause = w.sentence_start(i) || w.is_punct(i - 1) ||
                            w.in(i - 1, std::array{"and"sv, "but"sv, "or"sv, "even"sv, "only"sv,
                                                   "that"sv, "because"sv, "so"sv});
  if (!opens_clause) return std::nullopt;  // "asked if", "see if": an indirect question
  CueMatch m;
  m.category = "conditional";
  m.rule = std::string("rule:conditional:") + std::string(w.lower(i));
  m.weight = 0.5;
  m.add_range(i, i + 1);
  m.scope_from = i;
  return m;
}

}  // namespace slant::plugins::hedging
