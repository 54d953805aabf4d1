#include "phrase_rules.hpp"

#include "cue_disambiguation.hpp"
#include "rule_words.hpp"

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
    "privately"sv, "publicly"sv, "therefore"sv, "however"sv, "then"sv, "actually"sv,
    "really"sv, "continue"sv, "continued"sv, "to"sv, "come"sv, "came"sv};

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

// Before a vague quantifier: "so many" and "too many" grade, "how many" asks, "the most" and
// "at most" are superlatives or bounds, "as many as" is an approximator.
// ("that" is read as a degree word only after "not" or "only": "not that many"; after a verb it
// opens a clause: "showed that many patients").
constexpr std::array kNotVagueBefore = {"so"sv, "too"sv,  "how"sv, "as"sv,  "the"sv,  "at"sv,
                                        "this"sv, "very"sv, "his"sv, "her"sv,
                                        "its"sv, "their"sv, "our"sv, "my"sv,  "your"sv, "with"sv};
// After a quantifier standing alone as a subject: "some may", "many were", "several have".
constexpr std::array kSubjectAuxiliaries = {"may"sv, "might"sv, "would"sv, "could"sv, "will"sv,
                                            "have"sv, "had"sv,  "are"sv,   "were"sv,  "do"sv,
                                            "did"sv,  "also"sv, "even"sv,  "still"sv};
constexpr std::array kPartitiveHeads = {"the"sv, "these"sv, "those"sv, "its"sv, "his"sv,
                                        "her"sv, "their"sv, "them"sv, "which"sv, "whom"sv,
                                        "our"sv, "us"sv, "my"sv,  "your"sv, "this"sv};
// Spans of time and counts of occasions: "for many years", "several times" are imprecise but
// say nothing about unnamed people or things.
constexpr std::array kTimeNouns = {"years"sv, "times"sv,   "days"sv,   "weeks"sv,  "months"sv,
                                   "decades"sv, "centuries"sv, "hours"sv, "minutes"sv,
                                   "seasons"sv, "generations"sv, "occasions"sv, "millennia"sv,
                                   "nights"sv, "miles"sv,   "hundreds"sv, "thousands"sv,
                                   "millions"sv};

// A tentative modal after token i: "if ..., it would ...".
bool modal_after(const SentenceWords& w, int64_t i) {
  for (int64_t k = i + 1; k < w.size(); ++k) {
    const std::string_view x = w.lower(k);
    if (SentenceWords::same(x, "would") || SentenceWords::same(x, "could") || SentenceWords::same(x, "might") ||
        (SentenceWords::same(x, "may") && !is_month_or_name_may(w, k)))
      return true;
  }
  return false;
}

// The lexicon lookup itself, kept out of line (noinline) so that at() stays small enough to
// be inlined into every rule: most calls end at its bit test, and a call with the whole lookup
// inlined into it cost about 35 instructions even then.
[[gnu::noinline]] sdk::LexiconMatch lookup(const sdk::Lexicon& lex, const SentenceWords& w, int64_t i) {
  return lex.match_at(w.tokens(), static_cast<uint32_t>(i));
}

// The longest entry of lex at token i; bit is lex's StartBit in HedgeLexicon, tested first.
inline sdk::LexiconMatch at(const sdk::Lexicon& lex, StartMask bit, const SentenceWords& w, int64_t i) {
  if (!w.valid(i) || !w.may_start(i, bit)) return {};
  return lookup(lex, w, i);
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
  auto v = at(lex.report_verbs, kStartsReportVerb, w, j);
  if (v && w.is(end_of(v), "of")) return {};
  return v;
}

// A group noun within three modifier words after j ("some music critics", "many of the
// experts"); returns the index after it, or -1.
int64_t group_within(const HedgeLexicon& lex, const SentenceWords& w, int64_t j) {
  for (int k = 0; k <= 3 && w.valid(j + k); ++k) {
    if (auto g = at(lex.groups, kStartsGroup, w, j + k)) return end_of(g);
    if (!w.is_word(j + k) || w.in(j + k, kNotModifier)) return -1;
  }
  return -1;
}

// A bare noun opening its clause: not after a determiner, a number, a name or a preposition.
bool unmodified_subject(const SentenceWords& w, int64_t i) {
  if (w.sentence_start(i)) return true;
  if (w.is_punct(i - 1)) return !w.flag(i - 1, SLANT_TOKEN_QUOTE_MARK) || w.sentence_start(i - 1);
  return w.in(i - 1, kClauseOpeners) && !w.is(i - 1, "by") && !w.is(i - 1, "among");
}

// A plural noun within three modifier words after j; returns the index after it, or -1.
int64_t plural_within(const SentenceWords& w, int64_t j) {
  for (int64_t k = j; k < j + 3 && w.is_word(k) && !w.in(k, kNotModifier); ++k)
    if (w.plural_noun(k)) return k + 1;
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
  if (w.may_start(i, kRuleOpener) && w.is(i, "according") && w.is(i + 1, "to")) {
    int64_t end = -1;
    double weight = 0.8;
    if (auto q = at(lex.quantifiers, kStartsQuantifier, w, i + 2)) {
      end = end_of(q);
      weight = q.entry->weight;
      if (int64_t g = group_within(lex, w, end); g > 0) end = g;
    } else if (auto g = at(lex.groups, kStartsGroup, w, i + 2)) {
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
  if (auto q = at(lex.quantifiers, kStartsQuantifier, w, i)) {
    weight = q.entry->weight;
    const int64_t qend = end_of(q);
    // "some argue", "many believe", "others have claimed", "many in the party felt"
    int64_t j = skip(w, qend, 3, kSubjectVerbFiller);
    if (w.in(qend, std::array{"of"sv, "in"sv, "among"sv, "within"sv}))
      for (int64_t k = qend + 1; k <= qend + 4 && w.is_word(k); ++k)
        if (report_verb_at(lex, w, skip(w, k + 1, 2, kSubjectVerbFiller)) && !w.in(k + 1, kNotModifier)) {
          j = skip(w, k + 1, 2, kSubjectVerbFiller);
          break;
        }
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
    } else if (int64_t n = plural_within(w, qend); n > 0 &&
               report_verb_at(lex, w, skip(w, n, 3, kSubjectVerbFiller))) {
      subject_end = n;  // any plural with a verb of saying: "most physicists believe"
    } else if ((w.is(i - 1, "by") && (!w.is_word(qend) || w.in(qend, kPronounFollowers))) ||
               (w.in(i - 1, std::array{"to"sv, "for"sv, "among"sv}) && w.in(i, std::array{"many"sv, "some"sv}) &&
                (!w.is_word(qend) || w.in(qend, std::array{"in"sv, "who"sv, "as"sv, "and"sv})))) {
      // the agent of a passive: "is considered by many as", "criticised by some, ..."; or the
      // holders of a view: "to many, the war was lost", "popular among some"
      CueMatch m = weasel(w.is(i - 1, "by") ? "rule:weasel-agent" : "rule:weasel-reference", weight);
      m.add_range(i - 1, qend);
      m.scope_from = i - 1;
      return m;
    }
  } else if (auto g = at(lex.groups, kStartsGroup, w, i); g && !w.in(i - 1, kSpecificDeterminers)) {
    subject_end = end_of(g);  // bare plural: "critics argue", "experts say"
  } else if (w.plural_noun(i) && w.may_start_within(i + 1, i + 3, kStartsOpinionVerb) &&
             (!w.capitalized(i) || w.sentence_start(i)) && unmodified_subject(w, i)) {
    // any bare plural holding a view: "adherents believe that", "economists contend" (the verb
    // after at most two filler words)
    const int64_t j = skip(w, i + 1, 2, kSubjectVerbFiller);
    if (auto v = at(lex.opinion_verbs, kStartsOpinionVerb, w, j); v && complement_after(w, end_of(v)) >= 0) {
      CueMatch m = weasel("rule:weasel-subject", 0.6);
      m.add_range(i, i + 1);
      m.add_range(j, end_of(v));
      m.scope_from = complement_after(w, end_of(v));
      return m;
    }
  }
  if (subject_end < 0) return std::nullopt;
  // "critics of the plan say": an "of" phrase of up to three words after the group
  int64_t after_group = subject_end;
  if (w.is(after_group, "of"))
    for (int64_t k = after_group + 1; k <= after_group + 3 && w.is_word(k) && !report_verb_at(lex, w, k); ++k)
      if (report_verb_at(lex, w, k + 1)) subject_end = k + 1;

  const int64_t j = skip(w, subject_end, 3, kSubjectVerbFiller);
  if (auto v = report_verb_at(lex, w, j)) {
    CueMatch m = weasel("rule:weasel-subject", weight);
    m.add_range(i, after_group);
    m.add_range(j, end_of(v));
    const int64_t c = complement_after(w, end_of(v));
    m.scope_from = c >= 0 ? c : i;
    return m;
  }
  subject_end = after_group;
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
  // Most tokens anchor no passive: neither a modifier, nor an anchor word, nor a participle.
  if (!may_open_agentless_passive(w, i)) return std::nullopt;
  // The participle comes at most six tokens on ("it has long been widely believed"): most
  // anchors ("is", "it", "as") have none in reach, and the chain below need not be walked.
  if (!w.may_start_within(i, i + 6, kStartsPassiveOpinion | kStartsPassiveReport | kStartsConsensusParticiple))
    return std::nullopt;
  enum class Anchor { expletive_it, as_clause, be, modifier, participle } anchor;
  int64_t j = i;
  if (at(lex.modifiers, kStartsModifier, w, i)) {
    anchor = Anchor::modifier;  // "commonly known as", "often referred to as"
  } else if (w.is(i, "it")) {
    anchor = Anchor::expletive_it;
    ++j;
  } else if (w.is(i, "as")) {
    anchor = Anchor::as_clause;
    ++j;
  } else if (w.in(i, kBe) || (w.in(i, std::array{"has"sv, "have"sv, "had"sv}) && w.is(i + 1, "been"))) {
    anchor = Anchor::be;
  } else {
    anchor = Anchor::participle;
  }

  // The chain between anchor and participle: forms of "be", auxiliaries, adverbs.
  bool saw_be = false, broad_agreement = false;
  if (anchor == Anchor::modifier) {
    broad_agreement = true;
    ++j;
  } else if (anchor != Anchor::participle) {
    for (int k = 0; k < 5 && w.valid(j); ++k, ++j) {
      if (w.in(j, kBe) || (anchor == Anchor::expletive_it && w.is(j, "'s"))) saw_be = true;
      else if (at(lex.modifiers, kStartsModifier, w, j)) broad_agreement = true;
      else if (!w.in(j, kPassiveFiller)) break;
    }
    if (!saw_be && anchor != Anchor::as_clause) return std::nullopt;
  }

  bool opinion = true;
  auto p = at(lex.passive_opinion, kStartsPassiveOpinion, w, j);
  if (!p) {
    p = at(lex.passive_report, kStartsPassiveReport, w, j);
    opinion = false;
  }
  if (!p && broad_agreement) p = at(lex.consensus_participles, kStartsConsensusParticiple, w, j);  // "widely known"
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
    if (auto q = at(lex.quantifiers, kStartsQuantifier, w, pend + 1)) {
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
    case Anchor::modifier:
      break;
    case Anchor::be:
      if (!opinion && !broad_agreement && !raising && !weasel_agent)
        return std::nullopt;  // "20 cases were reported"
      break;
    case Anchor::participle:
      // A reduced relative: "a tree believed to be", "regarded as", "considered one of".
      if (!(raising_strict || weasel_agent ||
            (opinion && (w.is(pend, "as") || w.is(pend, "among") ||
                         (w.is(pend, "one") && w.is(pend + 1, "of")) ||
                         // an appositive: "..., then considered the finest in Europe"
                         ((w.is(i - 1, ",") || w.in(i - 1, std::array{"then"sv, "now"sv, "once"sv, "long"sv})) &&
                          w.in(pend, std::array{"the"sv, "a"sv, "an"sv, "to"sv}))))))
        return std::nullopt;
      break;
  }

  CueMatch m;
  m.category = (weasel_agent || broad_agreement) ? "weasel" : "agentless-passive";
  if (anchor == Anchor::modifier && w.is(i - 1, "most")) m.add_range(i - 1, i);  // "most commonly"
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

std::optional<CueMatch> match_vague_quantity(const HedgeLexicon& lex, const SentenceWords& w,
                                             int64_t i) {
  auto q = at(lex.vague_quantifiers, kStartsVagueQuantifier, w, i);
  if (!q || w.in(i - 1, kNotVagueBefore)) return std::nullopt;
  if (w.is(i - 1, "that") && w.in(i - 2, std::array{"not"sv, "only"sv, "n't"sv})) return std::nullopt;
  const int64_t qend = end_of(q);
  if (quantity_at(w, qend)) return std::nullopt;  // "several hundred": a round number
  // "many of the", or a named whole: "some of Smith's songs"
  bool over_a_set = w.is(qend, "of") && (w.in(qend + 1, kPartitiveHeads) || w.capitalized(qend + 1));
  // the quantifier alone as the subject of its clause: "some may object", "many were lost"
  const bool opens_clause = w.sentence_start(i) || w.is_punct(i - 1) ||
                            w.in(i - 1, std::array{"and"sv, "but"sv, "while"sv, "that"sv});
  if (!over_a_set && opens_clause && w.in(qend, kSubjectAuxiliaries)) over_a_set = true;
  // the head noun after at most two modifiers: "some minor variations", "many rural areas"
  for (int64_t k = qend; !over_a_set && k < qend + 3 && w.is_word(k) && !w.in(k, kNotModifier); ++k) {
    if (w.in(k, kTimeNouns)) return std::nullopt;
    over_a_set = w.plural_noun(k);
  }
  if (!over_a_set) return std::nullopt;
  CueMatch m;
  m.category = "vague-quantifier";
  m.rule = "rule:vague-quantifier:" + q.entry->phrase;
  m.weight = q.entry->weight;
  m.add_range(i, qend);
  m.scope_from = i;
  return m;
}

std::optional<CueMatch> match_conditional(const SentenceWords& w, int64_t i) {
  if (!may_open_conditional(w, i) || !(w.is(i, "if") || w.is(i, "unless")) || !modal_after(w, i))
    return std::nullopt;
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
