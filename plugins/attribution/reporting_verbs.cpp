// Reporting verbs: "X said (that) ...", "X told reporters ...", "..., X said", "“...,” said X",
// "it was reported that ...", "X was quoted as saying ...". One verb, one candidate.
#include <optional>
#include <string>

#include "phrases.hpp"
#include "rules.hpp"

namespace slant::plugins::attribution {
namespace {

enum class VerbForm { kBase, kS, kIng, kPast };

VerbForm form_of(std::string_view word, const std::string& lemma) {
  std::string_view first_lemma = std::string_view(lemma).substr(0, lemma.find(' '));
  // "as one voter put it": "put" is its own past, read as one
  if (word == "put"sv) return VerbForm::kPast;
  if (word == first_lemma) return VerbForm::kBase;
  if (word.size() > 3 && word.substr(word.size() - 3) == "ing"sv) return VerbForm::kIng;
  if (word.back() == 's' && first_lemma.back() != 's') return VerbForm::kS;
  return VerbForm::kPast;
}

// "'s" is left out: before a participle it is mostly "has" ("he's said", "she's called for").
bool is_be(std::string_view w) {
  return w == "is"sv || w == "are"sv || w == "was"sv || w == "were"sv || w == "be"sv || w == "been"sv ||
         w == "being"sv || w == "'re"sv || w == "am"sv;
}

// Words a present-tense verb follows when it has a subject: a name, a pronoun, a noun.
bool subject_like(const Doc& d, uint32_t i) {
  if (d.is(i, kSubjectPronoun | kRelative) || d.low(i) == "that"sv) return true;
  if (d.proper(i)) return true;
  if (d.tok(i).kind != SLANT_TOKEN_WORD) return false;
  return !d.is(i, ~0u);  // an open-class word: "the poll shows", "officials say"
}

// Verbs that put their source after them after a quote or clause ("..., said Lee").
bool inverts(const std::string& lemma) {
  static const char* const verbs[] = {"say", "add", "ask", "write", "continue", "explain", "note", "recall",
                                      "reply", "respond", "observe", "remark", "declare", "insist", "argue",
                                      "warn", "concede", "admit", "quip", "joke", "counter", "retort", "complain",
                                      "acknowledge", "suggest", "predict", "agree", "confirm", "report", "tweet",
                                      "state", "announce", "claim", "conclude", "wonder", "recount", "say", "read"};
  for (const char* v : verbs)
    if (lemma == v) return true;
  return false;
}

// Verbs whose present form is also a common plural noun ("reports", "claims", "views").
bool noun_like(const std::string& lemma) {
  static const char* const nouns[] = {"report", "claim", "note", "comment", "view", "back", "support", "demand",
                                      "request", "challenge", "blame", "answer", "reply", "promise", "praise",
                                      "estimate", "fear", "hope", "doubt", "wish", "show", "find", "order",
                                      "charge", "question", "attack", "detail", "outline", "signal", "counter",
                                      "protest", "remark", "tweet", "state", "concern", "warn", "decline",
                                      "respond", "release", "reveal", "joke", "accuse", "stress", "need", "call",
                                      "echo", "post", "discuss", "express", "cite", "plan"};
  for (const char* n : nouns)
    if (lemma == n) return true;
  return false;
}

// An adverb in -ly ("quickly", "publicly"); not a noun or adjective that ends so ("the family
// said", "an ally said", "the assembly voted", "the elderly say").
bool ly_word(const Doc& d, uint32_t i) {
  // (and how often, which ends a clause before another's verb: "riders who say they ride weekly backed")
  static constexpr std::string_view kNotAdverbs[] = {"family", "ally",  "rally",  "assembly", "supply",  "anomaly",
                                                     "monopoly", "elderly", "bully", "homily", "italy",  "jelly",
                                                     "daily",  "weekly", "monthly", "yearly", "hourly", "nightly"};
  if (!d.word(i) || d.is(i, ~0u) || d.proper(i) || d.low(i).size() <= 4 || !d.low(i).ends_with("ly")) return false;
  for (const auto w : kNotAdverbs)
    if (d.low(i) == w) return false;
  return true;
}

// "a [group]", "a consulting [firm]", "a warm-up [band]": the noun at n has a determiner or a
// possessive before it, with at most three lower-case modifiers (or hyphens) between them.
bool determiner_before_noun(const Doc& d, uint32_t n, uint32_t s_begin) {
  for (uint32_t k = n, modifiers = 0; k > s_begin && modifiers <= 3; --k, ++modifiers) {
    if (d.is(k - 1, kDet | kPoss)) return true;
    if (!(d.punct(k - 1, "-") || (d.word(k - 1) && !d.is(k - 1, ~0u) && !d.proper(k - 1)))) return false;
  }
  return false;
}

// "officials say", not "a cautious note": a plural subject before a bare present verb.
bool plural_looking(std::string_view w) {
  if (w.size() < 3 || w.back() != 's') return false;
  auto end2 = w.substr(w.size() - 2);
  return end2 != "ss"sv && end2 != "us"sv && end2 != "is"sv && end2 != "'s"sv;
}

// "is arguing", "has been saying": an auxiliary makes the verb group finite, with a subject of
// its own.
bool has_aux(const Doc& d, uint32_t b, uint32_t e) {
  for (uint32_t k = b; k < e; ++k)
    if (d.is(k, kAux)) return true;
  return false;
}

// "polls showing Lee ahead", "30 percent saying they ...", "a sign saying": a participle right
// after the noun that does the saying, and before a clause or quote.
bool postnominal(const Doc& d, uint32_t p, uint32_t v_end, const std::string& lemma) {
  // "a statement saying", "ads attacking Lee", "a report detailing the cuts": after a text that
  // speaks, any reporting participle reports, whatever follows it (37 of 59 unread ones labeled
  // on polnear-train)
  if ((d.source_classes(p) & (kDocument | kMessage)) && !d.proper(p) && v_end < d.size() &&
      d.sentence_of(v_end) == d.sentence_of(p))
    return true;
  if (!(lemma == "say"sv || lemma == "show"sv || lemma == "tell"sv || lemma == "claim"sv || lemma == "suggest"sv || lemma == "call"sv ||
        lemma == "indicate"sv || lemma == "warn"sv || lemma == "urge"sv || lemma == "declare"sv))
    return false;
  const bool noun = d.tok(p).kind == SLANT_TOKEN_NUMBER || d.tok(p).kind == SLANT_TOKEN_SYMBOL || d.proper(p) ||
                    (d.word(p) && !d.is(p, ~0u) && !d.cap(p));
  if (!noun || v_end >= d.size() || d.sentence_of(v_end) != d.sentence_of(p)) return false;
  const uint32_t n = v_end;
  return d.low(n) == "that"sv || d.quote_mark(n) || d.punct(n, ":") || d.is(n, kSubjectPronoun | kDet | kPoss) ||
         d.proper(n) || d.tok(n).kind == SLANT_TOKEN_NUMBER || (lemma == "tell"sv && d.is(n, kObjectPronoun));
}

// "went on TV to defend his record", "tried to explain the plan": speech verbs that report
// what follows them in an infinitive (49 of 83 new cues labeled on polnear-train; "say",
// "defend", "support" before an object measured 0.1 to 0.3). Sixth round, new cues labeled on
// polnear-train: "to endorse" 11 of 16, "to tell" 9 of 14, "to convince" 6 of 11, "to wonder" 4
// of 5, "to remind" 3 of 4; left out: "to call" (4 of 8), "to persuade" (6 of 14), "to condemn"
// (2 of 7), "to insist", "to assure", "to advocate" (the source borrowed from the clause was
// mostly wrong for them, and train source F1 fell).
bool infinitive_reports(const std::string& lemma) {
  static const char* const verbs[] = {"discuss", "explain", "portray", "criticize", "express", "emphasize", "clarify",
                                      "tout",    "declare", "tell",     "endorse",   "convince", "wonder",    "remind"};
  for (const char* v : verbs)
    if (lemma == v) return true;
  return false;
}

// "sees [the plan] as a trap", "seen as": an "as" within a few words, before any comma.
bool as_follows(const Doc& d, uint32_t j, uint32_t E) {
  for (uint32_t k = j; k < E && k - j < 10; ++k) {
    if (d.punct(k, ",") || d.hard_boundary(k) || d.low(k) == "that"sv) return false;
    if (d.low(k) == "as"sv) return true;
  }
  return false;
}

// Verbs that link a subject to an adjective ("remain confident", "grew worried"); "seem" and
// "appear" are perception cues of their own.
bool linking_verb(std::string_view w) {
  static const char* const verbs[] = {"remain", "remains", "remained", "remaining", "feel", "feels", "felt",
                                      "feeling", "become", "becomes", "became", "becoming", "grow", "grows",
                                      "grew", "growing", "stay", "stays", "stayed"};
  for (const char* v : verbs)
    if (w == v) return true;
  return false;
}

// Is the verb at [v, v_end) a reporting verb here, or a noun or adjective that looks like one?
bool verb_reading(const Doc& d, uint32_t v, uint32_t v_end, uint32_t s_begin, VerbForm form, const VerbSense& sense) {
  const std::string& lemma = sense.lemma;
  uint32_t s = d.sentence_of(v);

  if (d.proper(v) && !d.title_case(s) && v != s_begin) return false;  // "the Post", "Fox News Says"
  const bool has_prev = v > s_begin;
  const uint32_t p = v - 1;
  // "whose support she needs", "whose claims": a word right after "whose" is its noun
  if (has_prev && d.low(p) == "whose"sv) return false;
  if (has_prev && d.is(p, kDet | kPoss) && !d.is(p, kAux) && !d.quote_mark(p)) {  // not "he's"
    // "some say", "many believe": a vague crowd as subject, not a determiner; "another said": a
    // pronoun
    if (!(d.source_classes(p) & kVague) && d.low(p) != "another"sv) return false;
  }
  // "did not respond to repeated requests", "after renewed warnings": a participle between a
  // preposition and its noun is an adjective
  if (form == VerbForm::kPast && has_prev && d.is(p, kPrep) && d.low(p) != "as"sv && d.low(p) != "by"sv &&
      v_end < d.size() && d.sentence_of(v_end) == s && d.word(v_end) && !d.is(v_end, ~0u) && !d.proper(v_end) &&
      d.low(v_end).size() > 3 && d.low(v_end).ends_with('s'))
    return false;
  // "the one least considered is ...": a participle after "least" or "most" before the verb of
  // its clause describes its noun
  if (form == VerbForm::kPast && has_prev && v_end < d.size() && d.is(v_end, kAux) &&
      (d.low(p) == "least"sv || d.low(p) == "most"sv || d.low(p) == "less"sv || d.low(p) == "best"sv))
    return false;
  // "glasses that officials say are unsafe", "a drug which researchers say will help": a bare
  // "say" inside a relative clause, its subject before it, the verb of what is said after it
  if (lemma == "say"sv && form == VerbForm::kBase && has_prev && v_end < d.size() && d.sentence_of(v_end) == s &&
      d.is(v_end, kAux) && !d.is(v_end, kSubjectPronoun) && subject_like(d, p) && !d.is(p, kDet | kPoss | kPrep)) {
    uint32_t k = p;
    while (k > s_begin && p - k < 4 && !d.is(k, kRelative) && d.low(k) != "that"sv && d.word(k)) --k;
    if (k < p && (d.is(k, kRelative) || d.low(k) == "that"sv)) return true;
  }
  // "Fans at the Lyon show said": a noun right before the sentence's verb of saying
  if (form != VerbForm::kPast && v_end < d.size() && d.sentence_of(v_end) == s &&
      (d.low(v_end) == "said"sv || d.low(v_end) == "told"sv || d.low(v_end) == "says"sv))
    return false;
  if (v_end < d.size() && d.sentence_of(v_end) == s) {
    auto n = d.low(v_end);
    // "the report of", "the claim's", but "Lee said of the plan"
    if (n == "of"sv || n == "'s"sv || n == "-"sv || d.is(v_end, kAux))
      return (form == VerbForm::kPast || (form == VerbForm::kS && n == "of"sv)) && (lemma == "say"sv || (n != "of"sv && n != "'s"sv));
  }
  // "a group called X", "the law cited in the ruling", "so-called": a naming verb right after a
  // noun with its determiner is a participle that modifies the noun
  if (form == VerbForm::kPast && has_prev &&
      (lemma == "call"sv || lemma == "name"sv || lemma == "dub"sv || lemma == "label"sv || lemma == "cite"sv || lemma == "list"sv ||
       lemma == "deem"sv)) {
    if (d.punct(p, "-") || d.low(p) == "so-"sv) return false;
    // "the number of homes listed for sale", "the cases cited in the ruling": a participle after a
    // plural noun, before a preposition
    if ((lemma == "list"sv || lemma == "cite"sv) && d.word(p) && !d.cap(p) && !d.is(p, ~0u) && d.low(p).ends_with('s') && !d.low(p).ends_with("ss") &&
        v_end < d.size() && d.is(v_end, kPrep))
      return false;
    // "a group called Clean Harbor", "a consulting firm called Gale", "a former contractor named
    // Eli Voss" (a name follows), but "the senator called Lee a liar"
    const bool names_next = v_end < d.size() && (d.proper(v_end) || d.opening_mark(v_end));
    if (names_next && d.word(p) && !d.is(p, ~0u) && !d.proper(p) && !(d.source_classes(p) & (kTitle | kAnonymousGroup)) &&
        determiner_before_noun(d, p, s_begin))
      return false;
    // "The glasses, called Lumora Sight, will go on sale": set off by commas after a noun
    if (names_next && d.punct(p, ",")) {
      uint32_t e = v_end;
      while (e < d.size() && e - v_end < 5 && (d.proper(e) || d.quote_mark(e) || d.in_quote(e))) ++e;
      if (e < d.size() && d.punct(e, ",")) return false;
    }
    if (v_end < d.size() && d.is(v_end, kPrep) && d.low(v_end) != "for"sv && d.low(v_end) != "on"sv) return false;
  }
  // "Karvonia recalled its ambassador", "the maker recalled 40,000 cars": withdrawing, not
  // remembering
  if (lemma == "recall"sv && v_end + 1 < d.size() && d.sentence_of(v_end) == s) {
    const uint32_t n = d.is(v_end, kDet | kPoss) ? v_end + 1 : v_end;
    static constexpr std::string_view kWithdrawn[] = {"ambassador", "ambassadors", "envoy", "envoys", "diplomats",
                                                      "cars", "vehicles", "products", "units", "trucks", "models",
                                                      "devices", "chargers", "batteries", "toys", "cribs", "heaters",
                                                      "packages", "bags", "pounds", "lots", "batches", "bottles"};
    for (uint32_t k = n; k < d.size() && k < n + 3 && d.sentence_of(k) == s; ++k)
      for (const auto w : kWithdrawn)
        if (d.low(k) == w) return false;
  }
  // "make it their business to see that it attains", "to see that the rules are kept": seeing
  // that something happens is ensuring it, not a view of it
  if (lemma == "see"sv && has_prev && d.low(p) == "to"sv && v_end + 1 < d.size() && d.low(v_end) == "that"sv &&
      d.is(v_end + 1, kSubjectPronoun | kDet | kPoss))
    return false;
  // "if companies know better", "knows how to win": knowing better and knowing how are no views
  if (lemma == "know"sv && v_end < d.size() && d.sentence_of(v_end) == s &&
      (d.low(v_end) == "better"sv || d.low(v_end) == "best"sv ||
       (d.low(v_end) == "how"sv && v_end + 1 < d.size() && d.low(v_end + 1) == "to"sv)))
    return false;
  // "find" of finding things, not of findings: "found themselves in", "decided to found a bank",
  // "found funds for a car park", "found a way to"
  if (lemma == "find"sv && v_end < d.size() && d.sentence_of(v_end) == s) {
    auto n = d.low(v_end);
    if (n == "themselves"sv || n == "himself"sv || n == "herself"sv || n == "itself"sv || n == "ourselves"sv ||
        n == "myself"sv || n == "yourself"sv || n == "funds"sv || n == "money"sv || n == "time"sv || n == "work"sv ||
        n == "jobs"sv || n == "refuge"sv || n == "shelter"sv || n == "ways"sv ||
        ((n == "a"sv || n == "the"sv || n == "another"sv) && v_end + 1 < d.size() && d.low(v_end + 1) == "way"sv))
      return false;
    if (has_prev && d.low(p) == "to"sv && d.low(v) == "found"sv) return false;
  }
  // "“Vote Lee,” the sign read", "a shirt that read “No toll”": "read" reports the words of a
  // sign or a text only beside a quote or a colon; elsewhere it is reading ("read the report")
  if (d.low(v) == "read"sv) {
    // "“...,” read the email", "“...,” the email read": a closing mark, maybe a comma, then up
    // to three words of the subject
    for (uint32_t k = v, words = 0; k > s_begin && words <= 3; --k, ++words) {
      uint32_t q = k - 1;
      if (d.punct(q, ",") && q > s_begin) --q;
      if (d.closing_mark(q)) return true;
      if (!d.word(k - 1)) break;
    }
    uint32_t n = v_end;
    if (n < d.size() && (d.punct(n, ":") || d.punct(n, ","))) ++n;
    return n < d.size() && d.sentence_of(n) == s && d.opening_mark(n);
  }
  // "the club dismissed manager Ian Colquhoun": dismissing a person is firing, unless "as" says
  // what they were dismissed as ("dismissed him as a crank")
  if (lemma == "dismiss"sv && v_end < d.size() && d.sentence_of(v_end) == s &&
      ((d.source_classes(v_end) & kTitle) || d.is(v_end, kObjectPronoun) || d.proper(v_end))) {
    // not "dismissed Bernie Sanders' plan": a name with a possessive mark is whose words
    uint32_t k = v_end;
    while (k < d.size() && k - v_end < 4 && d.proper(k)) ++k;
    const bool possessive = k < d.size() && (d.low(k) == "'s"sv || d.low(k) == "'"sv || d.low(k) == "\u2019"sv || d.low(k) == "\u2019s"sv);
    if (!possessive) return as_follows(d, v_end, d.sentence_end(s));
  }
  // "cast Lee as a liar", "painted the plan as a tax", "framed the vote as a test": casting,
  // painting and framing report only with the "as" of what they make of it (not "cast a vote",
  // "painted the fence")
  if (lemma == "cast"sv || lemma == "paint"sv || lemma == "frame"sv) return as_follows(d, v_end, d.sentence_end(s));
  // "an impassioned call for unity", "to call for a vote", "all calling for a ban": a call for
  // something reports it (22 of 29 unread ones labeled on polnear-train; after a determiner or a
  // possessive fewer), but not "calls for comment" (a reporter's requests)
  if (lemma == "call for"sv)
    return !(v_end < d.size() && (d.low(v_end) == "comment"sv || d.low(v_end) == "help"sv));
  // "shown up at the rally", "showing off their skills": arriving and flaunting, not showing
  if (lemma == "show"sv && v_end < d.size() && d.sentence_of(v_end) == s &&
      (d.low(v_end) == "up"sv || d.low(v_end) == "off"sv))
    return false;
  switch (form) {
    case VerbForm::kBase: {
      if (!has_prev) return false;
      const uint32_t p0 = v - 1;
      // "Democrats privately say ...": the subject sits before the adverb
      const uint32_t subj = p0 > s_begin && ly_word(d, p0) && d.low(p0 - 1) != "to"sv ? p0 - 1 : p0;
      const bool next_in = v_end < d.size() && d.sentence_of(v_end) == s;
      // what a clause starts with: "say [they] ...", "say [the] ...", "say [Lee] ..."
      const bool clause_next =
          next_in && (d.is(v_end, kSubjectPronoun | kDet) || d.low(v_end) == "that"sv || d.proper(v_end));
      if (d.low(subj) == "to"sv)  // "refused to say that ..." but not "to maintain dialogue", "to say the least"
        return next_in && (d.low(v_end) == "that"sv || d.quote_mark(v_end) || d.punct(v_end, ":") ||
                           (lemma == "say"sv && d.is(v_end, kSubjectPronoun)) || infinitive_reports(lemma));
      // "critics of the plan, however, argue that ...": a bare speech verb right before "that"
      // has its subject further back (17 of 21 new cues labeled on polnear-train; not after "and",
      // where the coordinated verb rule reads it)
      if (sense.kind == "speech"sv && next_in && d.low(v_end) == "that"sv && !d.is(subj, kDet | kPoss | kPrep | kConjunction))
        return true;
      if (lemma == "say"sv) {
        // "Others, however, say ...", "those polled say ...", "42% say ...", "the women say ...",
        // "sources close to the campaign say the ...": a bare "say" before a clause has a subject
        // further back; not "say, 10 percent"
        auto w = d.low(subj);
        if (d.punct(subj, ",") && clause_next) return true;
        if (w == "surveyed"sv || w == "polled"sv || w == "interviewed"sv || w == "asked"sv || w == "women"sv || w == "men"sv ||
            w == "people"sv || w == "children"sv || w == "police"sv || d.tok(subj).kind == SLANT_TOKEN_SYMBOL)
          return true;
        if (subject_like(d, subj) && !d.is(subj, kPrep | kDet | kPoss) && clause_next) return true;
      }
      // "polls that show", "ads that slam": a relative "that" before the bare verb; "remain
      // confident that", "feel confident": a linking verb before an adjective of a view
      if (d.low(subj) == "that"sv && subj > s_begin && d.word(subj - 1) && !d.is(subj - 1, ~0u)) return true;
      if (sense.kind == "cognition"sv && linking_verb(d.low(subj))) return true;
      // "the simmering Lee support.", "34 percent support and 20 ...": a form that is also a
      // noun, after a name or a number, with nothing it could report after it
      if (noun_like(lemma) && (d.proper(subj) || d.tok(subj).kind == SLANT_TOKEN_NUMBER || d.low(subj) == "percent"sv) &&
          (!next_in || d.hard_boundary(v_end) || d.punct(v_end, ",") || d.is(v_end, kConjunction)))
        return false;
      return d.is(subj, kAux | kNegation | kSubjectPronoun | kCueAdverb | kRelative) || d.tok(subj).kind == SLANT_TOKEN_NUMBER ||
             // "Bush and Christie say", "64 percent say"
             (d.proper(subj) && !d.is(subj, ~0u) && v_end < d.size() && !d.proper(v_end)) || d.low(subj) == "percent"sv ||
             ((d.source_classes(subj) & (kVague | kAnonymousGroup | kAnonymous)) != 0) ||
             (subject_like(d, subj) && !d.is(subj, kPrep) && plural_looking(d.low(subj)));
    }
    case VerbForm::kS: {
      // "the senator claims that", not "the claims about": when the form is also a plural
      // noun, the verb must be followed by what it reports, not by a preposition
      // "Lee, a farmer, says"; "Lee smiled and says": the subject sits further back
      // "Lee now says", "Lee also claims": the subject sits before the verb group's adverbs
      if (!has_prev) return false;
      uint32_t q = p;
      while (q > s_begin && ((d.is(q, kCueAdverb) && !d.is(q, ~0u & ~kCueAdverb)) || ly_word(d, q))) --q;
      // ("Sen. Ida Cole (D-Maine) says": a parenthesis closes the subject)
      if (!(subject_like(d, q) || d.closing_mark(q) || d.punct(q, ",") || d.punct(q, ")") || d.low(q) == "and"sv ||
            d.low(q) == "but"sv || d.dash(q)))
        return false;
      // "according to press reports", "according to its FEC reports": the noun that ends the
      // source of "according to", a few words back with no punctuation between
      if (noun_like(lemma)) {
        for (uint32_t k = v; k > s_begin + 1 && v - k < 6 && d.word(k - 1); --k)
          if (d.low(k - 1) == "to"sv && d.low(k - 2) == "according"sv) return false;
      }
      if (v_end >= d.size() || d.sentence_of(v_end) != s || !noun_like(lemma)) return true;
      const uint32_t n = v_end;
      return d.low(n) == "that"sv || d.quote_mark(n) || d.punct(n, ":") || d.punct(n, ",") ||
             d.is(n, kDet | kPoss | kSubjectPronoun | kObjectPronoun | kCueAdverb) || d.proper(n) ||
             d.low(n) == "to"sv || d.tok(n).kind == SLANT_TOKEN_NUMBER || d.punct(n, ".");
    }
    case VerbForm::kIng: {
      // "is not saying", "are happily backing": a negation or an -ly adverb after the auxiliary
      // ("in describing the plan": 26 of 37 unread ones outside other content labeled on
      // polnear-train)
      uint32_t q = p;
      if (has_prev && q > s_begin && (d.is(q, kNegation) || (d.word(q) && !d.is(q, ~0u) && d.low(q).ends_with("ly"))) &&
          d.is(q - 1, kAux | kNegation))
        return true;
      // "..., possibly calling himself", "openly backing Lee": an -ly adverb of the participle
      // (15 of 21 unread ones labeled on polnear-train)
      if (has_prev && ly_word(d, p)) return true;
      // "Recalling that night, Lee said ...": a participle clause that opens the sentence, up to
      // its comma
      if (!has_prev) {
        const uint32_t e = d.sentence_end(s);
        for (uint32_t k = v_end; k < e && k - v_end < 15; ++k) {
          if (d.punct(k, ",")) return k + 1 < e;
          if (d.hard_boundary(k) || d.quote_mark(k)) return false;
        }
        return false;
      }
      return has_prev && (d.punct(p, ",") || d.closing_mark(p) || d.is(p, kAux | kCueAdverb | kConjunction) || d.low(p) == "by"sv ||
                          d.low(p) == "while"sv || d.low(p) == "after"sv || d.low(p) == "before"sv || d.low(p) == "in"sv ||
                          postnominal(d, p, v_end, lemma));
    }
    case VerbForm::kPast:
      return true;
  }
  return true;
}

// Skips the addressee of a "tell" verb: "told [reporters]", "told [the Journal]", "told [him]".
uint32_t skip_addressee(const Doc& d, uint32_t j, uint32_t end) {
  if (j >= end) return j;
  if (d.low(j) == "that"sv || d.quote_mark(j) || d.tok(j).kind == SLANT_TOKEN_PUNCT) return j;
  if (d.is(j, kObjectPronoun) || d.low(j) == "her"sv) return j + 1;
  uint32_t k = j;
  auto edge = [&](uint32_t i) {
    return d.tok(i).kind == SLANT_TOKEN_PUNCT || d.low(i) == "that"sv || d.is(i, kPrep | kAux | kSubordinator | kNegation);
  };
  if (d.is(k, kDet | kPoss)) ++k;
  uint32_t words = 0;
  while (k < end && words < 4 && !edge(k)) {
    bool name = d.proper(k);
    ++k;
    ++words;
    if (name) {
      while (k < end && (d.proper(k) || d.low(k) == "'s"sv) && words < 6) ++k, ++words;
      // "told American authorities that", "told the Associated Press news agency that": a name
      // used as a modifier of the addressee's noun (of one or two words)
      for (uint32_t n = 1; n <= 2; ++n) {
        const uint32_t t = k + n;
        if (t >= end || !d.word(t - 1) || d.is(t - 1, ~0u) || d.proper(t - 1)) break;
        if (d.low(t) == "that"sv || d.quote_mark(t) || d.punct(t, ":") || d.punct(t, ",") || d.is(t, kPrep)) {
          k = t;
          break;
        }
      }
      break;
    }
    // a lower-case noun ("reporters", "the audience") ends the addressee
    if (!d.is(k - 1, ~0u) && !(k < end && d.proper(k))) {
      // "told the Senate committee" keeps going while the next word is not a clause start
      if (k < end && !edge(k) && !d.is(k, kDet | kSubjectPronoun) && words < 3 && !d.proper(k)) continue;
      break;
    }
  }
  return k;
}

// "warned negotiators for weeks that ...": past an addressee only when a that-clause follows it
// (and maybe an adjunct); "warned the talks could fail" has none, its object is the content's
// subject. j when there is no such addressee.
uint32_t addressee_before_that(const Doc& d, uint32_t j, uint32_t end) {
  const uint32_t a = skip_addressee(d, j, end);
  if (a == j) return j;
  for (uint32_t k = a; k < end && k - a < 5; ++k) {
    if (d.low(k) == "that"sv) return a;
    if (d.tok(k).kind == SLANT_TOKEN_PUNCT || d.is(k, kAux | kSubjectPronoun)) break;
  }
  return j;
}

// "said May 5 that", "said 2 weeks ago that": a date or a time span. A number that is neither
// starts the content when number_opens_content ("says 310 of the jobs could go"); after other
// verbs it is mostly a quantity ("added 255,000 jobs", "declined 40 percent"), read as before.
bool month_or_number(const Doc& d, uint32_t i, bool number_opens_content) {
  if (d.tok(i).kind == SLANT_TOKEN_NUMBER) {
    const uint32_t n = i + 1;
    const bool span = n < d.size() && (d.is(n, kTime) || d.low(n) == "days"sv || d.low(n) == "weeks"sv ||
                                       d.low(n) == "months"sv || d.low(n) == "years"sv || d.low(n) == "hours"sv);
    return span || !number_opens_content;
  }
  static const char* months[] = {"january", "february", "march", "april", "may", "june", "july", "august",
                                 "september", "october", "november", "december", "jan.", "feb.", "aug.",
                                 "sept.", "sep.", "oct.", "nov.", "dec."};
  if (!d.cap(i)) return false;
  for (const char* m : months)
    if (d.low(i) == m) return true;
  return false;
}

// "says 310 of the jobs could go", "a survey found 90 percent support": saying and evidence
// verbs report a clause or a finding that may open with a number (on polnear-train, the other
// verbs' numbers were quantities: "added 255,000 jobs", "claiming 41 percent of the vote").
bool number_opens(const VerbSense& sense) {
  // ("Analysts had expected $1.52 a share": a forecast's figure)
  return sense.lemma == "say"sv || sense.kind == "evidence"sv || sense.lemma == "expect"sv ||
         sense.lemma == "forecast"sv || sense.lemma == "estimate"sv || sense.lemma == "predict"sv ||
         sense.lemma == "project"sv;
}

// "have been pushed to breaking point": after a passive, "to" and an -ing word are a
// preposition and its noun, not what was reported ("to bring", "to sing" are verbs; "admitted
// to stealing" keeps its content).
bool gerund(std::string_view w) {
  if (w.size() < 6 || !w.ends_with("ing")) return false;
  return !w.ends_with("ring") || w.ends_with("ering") || w.ends_with("oring") || w.ends_with("uring");
}

// "said as he coiled a rope", "said while leaving": a clause of manner or time opening at j. Not
// "when" or "before" ("have not said when they would act" asks; "told the paper before he spoke
// that ..." goes on to its content) nor "as" before a participle ("is seen as empowering").
bool time_clause_opens(const Doc& d, uint32_t j) {
  const auto w = d.low(j);
  if (w == "as"sv) return d.is(j + 1, kSubjectPronoun);
  if (w != "while"sv) return false;
  const auto n = d.low(j + 1);
  return d.is(j + 1, kSubjectPronoun) || (d.word(j + 1) && !d.is(j + 1, ~0u) && n.size() > 4 && n.ends_with("ing"));
}

// Verbs whose passive with "to" says something of its subject ("is said to", "was believed to").
bool raising_passive(std::string_view lemma) {
  static constexpr std::string_view kRaising[] = {"say", "believe", "think", "understand", "report", "rumor",
                                                  "rumour", "allege", "claim", "know", "suspect", "fear", "expect"};
  for (const auto w : kRaising)
    if (lemma == w) return true;
  return false;
}

// Whether the first words of a range name a message or a request ("a phone message", "calls and
// emails seeking comment", "questions about the audits").
bool asks_for_comment(const Doc& d, TokRange r) {
  static constexpr std::string_view kMessages[] = {"message", "messages", "call",   "calls",    "request",
                                                   "requests", "email",  "emails", "question", "questions",
                                                   "inquiry", "inquiries", "letter", "letters"};
  for (uint32_t k = r.b; k < r.e && k < r.b + 4; ++k)
    for (const auto w : kMessages)
      if (d.low(k) == w) return true;
  return false;
}

struct RightContent {
  uint32_t start = 0;
  bool found = false;
  bool colon = false;
};

// After the verb (and its addressee): skips adjuncts ("in a statement", "on Tuesday", "at a
// briefing on May 22") and finds where the content starts: "that", a colon, a quote, an
// infinitive, or the first word of a bare clause.
RightContent find_right_content(const Doc& d, uint32_t j, uint32_t end, bool number_opens_content, bool passive) {
  RightContent r;
  const uint32_t start = j;
  bool after_adjunct = false;  // the last words skipped were an adjunct's noun phrase
  while (j < end && j - start < 20) {
    if (d.low(j) == "that"sv && !d.quote_mark(j)) return {j, true, false};
    if (d.punct(j, ":")) return {j + 1, true, true};
    if (d.opening_mark(j)) return {j, true, false};
    if (d.punct(j, ",")) {
      if (j + 1 < end && d.opening_mark(j + 1)) return {j + 1, true, false};
      // "told a town hall in Salem, Oregon on Monday that ...": a place and its state
      // ("Mills, Samuelson and Bentel" is a list: the pair must end on a preposition, a time
      // word, "that" or a mark)
      if (j > start && j + 2 < end && d.proper(j - 1) && d.proper(j + 1) &&
          (d.is(j + 2, kPrep | kTime) || d.low(j + 2) == "that"sv || d.punct(j + 2, ",") || d.punct(j + 2, ":"))) {
        j += 2;
        if (d.punct(j, ",") && j + 1 < end && d.low(j + 1) == "that"sv) return {j + 1, true, false};
        continue;
      }
      // "said Sunday in Madison, Wisconsin, that ...", "said, among other things, that ...":
      // an aside between commas before "that"
      for (uint32_t k = j + 2; k + 1 < end && k <= j + 6; ++k) {
        if (d.hard_boundary(k) || d.quote_mark(k) || d.low(k) == "that"sv) break;
        if (d.punct(k, ",")) {
          if (d.low(k + 1) == "that"sv) return {k + 1, true, false};
          break;
        }
      }
      // "told the paper, however, that ...": a one-word aside between commas
      if (j + 2 < end && d.punct(j + 2, ",") && d.word(j + 1) &&
          (d.is(j + 1, kCueAdverb) || d.low(j + 1) == "however"sv || d.low(j + 1) == "though"sv)) {
        j += 3;
        continue;
      }
      return r;
    }
    if (d.hard_boundary(j) || d.tok(j).kind == SLANT_TOKEN_PUNCT) return r;
    // "said as he coiled a rope", "said while leaving": a clause of time or manner after the verb
    // is no content (the quotation before it is); "if" and "whether" clauses are
    if (j == start && j + 1 < end && time_clause_opens(d, j)) return r;
    // "told staff not to discuss it": the negation opens the content
    if (d.low(j) == "not"sv && j + 2 < end && d.low(j + 1) == "to"sv && d.word(j + 2)) return {j, true, false};
    // "vowed to fight", "urged them to leave"; but after an adjunct's noun, "to" and a plural
    // noun go on with it ("said in a written response to questions")
    if (d.low(j) == "to"sv && j + 1 < end && d.word(j + 1) && !d.is(j + 1, kDet | kPoss | kSubjectPronoun | kObjectPronoun) &&
        !d.proper(j + 1) && !(after_adjunct && plural_looking(d.low(j + 1))) && !(passive && gerund(d.low(j + 1))))
      return {j, true, false};
    // "said about 4,500 people took part": an approximate figure, not what the words were about
    if (number_opens_content && j + 1 < end && d.tok(j + 1).kind == SLANT_TOKEN_NUMBER &&
        (d.low(j) == "about"sv || d.low(j) == "around"sv || d.low(j) == "nearly"sv || d.low(j) == "almost"sv ||
         d.low(j) == "roughly"sv || d.low(j) == "approximately"sv || d.low(j) == "some"sv))
      return {j, true, false};
    if (d.is(j, kPrep | kTime) || month_or_number(d, j, number_opens_content)) {
      // one adjunct: the preposition and its noun phrase, up to the next preposition, comma,
      // "that", quote, or a determiner after a noun ("in a statement the company ...")
      // ("said Monday the bridge would reopen": a time word is its own noun phrase)
      bool noun_seen = d.is(j, kTime) && !d.is(j, kPrep) && !d.is(j + 1, kTime);
      const uint32_t opened = j;
      ++j;
      while (j < end && j - start < 20) {
        // ("argued in that case that ...": "that" right after the preposition is its determiner)
        const bool determiner_that = j == opened + 1 && d.is(opened, kPrep) && d.low(j) == "that"sv && j + 1 < end &&
                                     d.word(j + 1) && !d.is(j + 1, ~0u);
        if (!determiner_that && (d.punct(j, ",") || d.hard_boundary(j) || d.low(j) == "that"sv || d.is(j, kPrep))) break;
        if (noun_seen && d.is(j, kDet | kSubjectPronoun)) return {j, true, false};
        if (!d.is(j, kDet | kPoss)) noun_seen = true;
        ++j;
      }
      after_adjunct = noun_seen;
      continue;
    }
    // ("said both parties were to blame": "both" before a noun is its determiner, in the content)
    const bool both_noun = d.low(j) == "both"sv && j + 1 < end && d.word(j + 1) && !d.is(j + 1, ~0u);
    if (d.is(j, kCueAdverb) && !both_noun) { ++j; continue; }
    if (d.tok(j).kind == SLANT_TOKEN_WORD || d.tok(j).kind == SLANT_TOKEN_NUMBER) return {j, true, false};
    // "$1.52 a share": a currency sign before a figure opens the content as the figure would
    if (number_opens_content && j + 1 < end && d.tok(j + 1).kind == SLANT_TOKEN_NUMBER &&
        d.tok(j + 1).begin == d.tok(j).end)
      return {j, true, false};
    return r;
  }
  return r;
}

// The noun a relative pronoun stands for: the word before it, with the names and determiner
// that lead up to it ("farmers", "the Harbor Board", "Lee's aides").
TokRange antecedent_before(const Doc& d, uint32_t end, uint32_t floor) {
  if (end <= floor || !d.word(end - 1)) return {};
  uint32_t j = end - 1;
  while (j > floor && end - j < 6) {
    const uint32_t k = j - 1;
    if (d.is(k, kDet | kPoss)) { j = k; break; }
    if (d.proper(k) || d.low(k) == "'s"sv) { j = k; continue; }
    break;
  }
  // "Sen. Marcus Bell, a Democrat from Oldbridge, who said": a name inside the apposition's
  // phrase ("from Oldbridge") is not whom "who" stands for; the name the apposition follows is
  if (j > floor && d.is(j - 1, kPrep)) {
    uint32_t comma = j - 1;
    while (comma > floor && j - comma < 8 && !d.punct(comma, ",") && !d.hard_boundary(comma)) --comma;
    if (d.punct(comma, ",") && comma + 1 < j && d.is(comma + 1, kDet)) {
      uint32_t b = comma;
      while (b > floor && comma - b < 6 && (d.proper(b - 1) || d.punct(b - 1, ".") || (d.cap(b - 1) && d.source_classes(b - 1) & kTitle)))
        --b;
      if (b < comma && d.proper(comma - 1)) return {b, comma};
    }
    // "growers in Oldbridge, who say": the noun before the preposition, with its phrase
    uint32_t h = j - 1;
    while (h > floor && j - 1 - h < 4 && d.word(h - 1) && !d.is(h - 1, ~0u)) --h;
    if (h > floor && d.is(h - 1, kDet | kPoss)) --h;
    if (h < j - 1) return {h, end};
  }
  return {j, end};
}

// The "what" of a free relative that holds the source of a verb after it ("what the minister
// said", "what Lee, the host, said"): the source starts at it or, with an apposition, a few
// plain words before the comma that opens it. src.e when there is none.
uint32_t free_relative_what(const Doc& d, TokRange src, uint32_t sentence_start) {
  if (src.empty()) return src.e;
  auto is_what = [&](uint32_t k) { return d.low(k) == "what"sv || d.low(k) == "whatever"sv; };
  if (src.size() >= 2 && is_what(src.b)) return src.b;
  if (src.b < sentence_start + 2 || !d.punct(src.b - 1, ",")) return src.e;
  for (uint32_t k = src.b - 2, steps = 0; k >= sentence_start && steps < 6; --k, ++steps) {
    if (!d.word(k)) return src.e;
    if (is_what(k)) return k + 1 < src.b - 1 ? k : src.e;
    if (k == 0) break;
  }
  return src.e;
}

// "..., [he and] Mr. Allen said": where a source that starts at first begins when a pronoun or a
// name and "and" stand before it, right after a comma; first when they do not.
uint32_t coordinated_subject_start(const Doc& d, uint32_t first, uint32_t S) {
  if (first < S + 3 || !(d.low(first - 1) == "and"sv || d.low(first - 1) == "or"sv)) return first;
  uint32_t k = first - 1;
  while (k > S && first - 1 - k < 4 && (d.proper(k - 1) || d.is(k - 1, kSubjectPronoun) || d.is(k - 1, kDet))) --k;
  return k < first - 1 && k > S && d.punct(k - 1, ",") ? k : first;
}

// Whether a cue whose source or verb starts at first has content before it: a quote, or a
// clause before a comma ("“...,” Lee said of the plan", "The plan failed, Lee said of it").
bool reports_before(const Doc& d, uint32_t first, uint32_t S);

// The closing mark (token index) right before position p, allowing one comma between: the
// quote a content-first cue reports.
int64_t quote_before(const Doc& d, uint32_t p) {
  if (p == 0) return -1;
  uint32_t k = p - 1;
  if (d.punct(k, ",") && k > 0) --k;
  if (d.closing_mark(k)) return k;
  return -1;
}

bool reports_before(const Doc& d, uint32_t first, uint32_t S) {
  return quote_before(d, first) >= 0 || (first > S && d.punct(first - 1, ","));
}

// "Those who napped for more than 90 minutes, however, appeared ...": the subject from the
// clause's start, when subject_before stopped inside it (at "than", at a relative clause's
// verb) and nothing between is a clause of its own (a comma, other than around one adverb, or
// a conjunction); an adverb set off by commas before the verb is left out. subject otherwise.
TokRange whole_subject(const Doc& d, TokRange subject, uint32_t S, uint32_t L) {
  uint32_t e = L;
  if (e >= S + 3 && d.punct(e - 1, ",") && d.word(e - 2) && d.punct(e - 3, ",")) e -= 3;  // ", however,"
  const uint32_t b = clause_start(d, S, e);
  if (b >= subject.b || b >= e) return subject;
  for (uint32_t k = b; k < e; ++k) {
    if (d.tok(k).kind == SLANT_TOKEN_PUNCT || d.is(k, kConjunction) || d.quote_mark(k)) return subject;
    // a clause the subject belongs to ("after he appeared", "why RT seems", "prove that they
    // seem"): only "than" and a relative "who" or "which" stay inside one noun phrase
    const auto w = d.low(k);
    if (k < subject.b && ((d.is(k, kSubordinator) && w != "than"sv) || w == "that"sv || w == "why"sv || w == "how"sv ||
                          w == "what"sv || w == "when"sv || w == "where"sv))
      return subject;
  }
  return {b, e};
}

// "The plan seems doomed", "It appears that the vote failed": a perception verb gives the
// writer's impression, attributed to no one. The subject and the complement are the content.
std::optional<Candidate> perception_candidate(const Doc& d, uint32_t L, uint32_t v, uint32_t v_end, uint32_t s,
                                              const VerbSense& sense) {
  const uint32_t S = d.sentence_begin(s), E = d.sentence_end(s);
  if (v_end >= E) return std::nullopt;
  uint32_t n = v_end;
  while (n < E && (d.punct(n, ",") || d.is(n, kCueAdverb) || d.low(n) == "though"sv)) ++n;
  if (n >= E) return std::nullopt;
  // "appeared on CNN", "appeared with Lee", "seemed a [noun]" stays: only a preposition or a
  // name after the verb rules it out, and "appear" before a noun phrase ("appear in court")
  const auto w = d.low(n);
  const bool complement = w == "to"sv || w == "that"sv || w == "as"sv || w == "like"sv ||
                          (d.word(n) && !d.is(n, ~0u) && !d.proper(n)) || d.is(n, kDet) || d.quote_mark(n);
  if (!complement || (d.is(n, kPrep) && w != "to"sv && w != "as"sv && w != "like"sv)) return std::nullopt;
  Candidate c = cue_candidate(sense, {L, v_end}, s);
  c.sourceless = true;
  c.rule = "perception:" + std::string(d.low(v));
  // "It seems that ...": the expletive subject is not content
  TokRange subject = L > S ? subject_before(d, L, S) : TokRange{};
  if (!subject.empty()) subject = whole_subject(d, subject, S, L);
  if (subject.size() == 1 && d.low(subject.b) == "it"sv && (w == "that"sv || w == "as"sv || w == "like"sv)) subject = {};
  if (!subject.empty()) c.pending = subject;
  c.pending2 = {n, E};
  if (c.pending.empty()) std::swap(c.pending, c.pending2);
  return c;
}

// "The firm has reportedly hired Lee": an evidential adverb that no verb group took marks the
// clause as reported by someone unnamed; the clause around it is the content.
void add_reportedly(const Doc& d, uint32_t s, size_t sentence_first, std::vector<Candidate>& out) {
  const uint32_t S = d.sentence_begin(s), E = d.sentence_end(s);
  uint32_t covered_to = S;  // cues of this sentence's candidates, in token order
  size_t next = sentence_first;
  for (uint32_t i = S; i < E; ++i) {
    while (next < out.size() && out[next].cue.b <= i) covered_to = std::max(covered_to, out[next++].cue.e);
    if (d.low(i) != "reportedly"sv || d.in_quote(i) || d.quote_mark(i) || covered_to > i) continue;
    Candidate c;
    c.cue = {i, i + 1};
    c.kind = "evidence";
    c.lemma = "reportedly";
    c.sentence = s;
    c.sourceless = true;
    c.rule = "evidential-adverb:reportedly";
    if (i > S) {
      TokRange subject = subject_before(d, i, S);
      if (subject.empty()) subject = {S, i};
      c.pending = subject;
    }
    c.pending2 = {i + 1, E};
    if (c.pending.empty()) std::swap(c.pending, c.pending2);
    out.push_back(std::move(c));
    return;
  }
}


// "as he is known", "as the crowd applauded", "as Lee joked with aides": an "as" before these
// is a name or a time, not a source framing the main clause.
bool framing_as(const std::string& lemma) { return lemma != "know"sv && lemma != "applaud"sv && lemma != "joke"sv; }

// "the case was decided by one vote", "more was added by the state": passives with "by" that
// name an agent, not someone whose words the subject is (measured on polnear-train).
bool reports_subject(const std::string& lemma) {
  static const char* const agents[] = {"decide", "add", "present", "continue", "forget", "write"};
  for (const char* a : agents)
    if (lemma == a) return false;
  return true;
}

// Where a clause that starts at b ends: at its first comma or hard boundary.
uint32_t comma_end(const Doc& d, uint32_t b, uint32_t E) {
  uint32_t e = b;
  while (e < E && !d.punct(e, ",") && !(d.hard_boundary(e) && !d.quote_mark(e))) ++e;
  return e;
}

// A sourceless passive that reports what it calls its subject: "was described as a moderate",
// "is known for his temper", "was declared the winner". Returns where the content starts, or 0.
// (On polnear-train: speech verbs before "as" 13 of 25 unread ones labeled; "known/remembered/
// recognized for" 10 of 13; naming verbs before a determiner 14 of 23.)
uint32_t passive_complement(const Doc& d, uint32_t v_end, uint32_t E, const VerbSense& sense) {
  if (v_end + 1 >= E) return 0;
  const auto n = d.low(v_end);
  if (n == "as"sv && sense.kind == "speech"sv) return v_end + 1;
  if (n == "for"sv && (sense.lemma == "know"sv || sense.lemma == "remember"sv || sense.lemma == "recognize"sv)) return v_end + 1;
  if (d.is(v_end, kDet) && (sense.lemma == "declare"sv || sense.lemma == "project"sv || sense.lemma == "name"sv ||
                            sense.lemma == "call"sv || sense.lemma == "dub"sv || sense.lemma == "announce"sv ||
                            sense.lemma == "consider"sv))
    return v_end;
  return 0;
}

// "Lee was charged with fraud", "the deal was announced on Monday", "Thiel, who was revealed as a
// backer": a passive with no agent and no clause after it reports its subject, with the phrase
// after "as", "with", "over", "about", "of" or "for" that says what it was called, charged with
// or asked about (with its preposition, but for "of"), up to a comma. Speech, tell, belief and
// evidence verbs only: outside other content about 0.6 of these were labeled on polnear-train
// (89 of 128 new cues), positions ("was backed") fewer, and fewer still the passives of seeing,
// finding, naming and posting ("officers are seen running", "was found in the car", "is called
// Harbor Point", "was posted online": 7 of 32).
bool agentless_passive(const Doc& d, uint32_t L, uint32_t v_end, uint32_t S, uint32_t E, const VerbSense& sense,
                       TokRange& subject, TokRange& complement) {
  if (sense.kind == "position"sv || L <= S) return false;
  const std::string& lemma = sense.lemma;
  if (lemma == "see"sv || lemma == "find"sv || lemma == "call"sv || lemma == "post"sv) return false;
  // "workers have been pushed to breaking point": pushed, pressed, driven, not urged
  if (lemma == "push"sv && v_end < E && d.low(v_end) == "to"sv) return false;
  // "is to be expected", "insulated him from being seen": no subject right before the verb group
  if (d.low(L - 1) == "to"sv || d.is(L - 1, kPrep) || !(d.word(L - 1) || d.closing_mark(L - 1))) return false;
  subject = subject_before(d, L, S);
  if (subject.empty()) return false;
  complement = {};
  if (v_end + 1 < E) {
    const auto n = d.low(v_end);
    // the preposition is part of what is reported ("[with assault]"), but "of" goes with the
    // verb ("accused of")
    if (n == "as"sv || n == "with"sv || n == "over"sv || n == "about"sv || n == "for"sv)
      complement = {v_end, comma_end(d, v_end + 1, E)};
    else if (n == "of"sv)
      complement = {v_end + 1, comma_end(d, v_end + 1, E)};
  }
  return true;
}

// The pronoun or name that starts at token b ("he", "Cuban", "former envoy Jo Lin"): a few
// determiners and lower-case words before a run of capitalised words, or nothing.
TokRange name_after(const Doc& d, uint32_t b, uint32_t E) {
  if (b >= E) return {};
  if (d.is(b, kSubjectPronoun)) return {b, b + 1};
  uint32_t j = b;
  while (j < E && j - b < 3 && !d.proper(j) && d.word(j) && (d.is(j, kDet | kPoss) || !d.is(j, ~0u))) ++j;
  if (j >= E || !d.proper(j)) return {};
  while (j < E && d.proper(j)) ++j;
  return {b, j};
}

// "hope the vote will pass", "expect the board to act": beliefs about what will happen take a
// clause or an infinitive after their noun phrase, hardly ever a plain object (about half of
// them labeled on polnear-train, against a fifth for "think" or "want" before a determiner).
bool clause_verb(const std::string& lemma) { return lemma == "hope"sv || lemma == "fear"sv || lemma == "expect"sv; }

// "thought this term would be different", "found the nominee garnered ...": a determiner
// phrase followed within a few words by an auxiliary starts a bare clause, not an object.
bool finite_clause_next(const Doc& d, uint32_t j, uint32_t E) {
  // one prepositional phrase may sit inside the noun phrase ("think the progress on climate
  // change is real")
  bool prep_seen = false;
  for (uint32_t k = j + 1; k < E && k <= j + 8; ++k) {
    // "believe the timeline, which calls for ..., is unrealistic": past a relative clause between
    // commas, the noun's verb
    if (d.punct(k, ",") && k + 1 < E && (d.low(k + 1) == "which"sv || d.low(k + 1) == "who"sv)) {
      for (uint32_t c = k + 2; c + 1 < E && c <= k + 20; ++c) {
        if (d.hard_boundary(c) || d.quote_mark(c)) return false;
        if (d.punct(c, ",")) return d.is(c + 1, kAux) && !d.is(c + 1, kSubjectPronoun);
      }
      return false;
    }
    if (d.tok(k).kind == SLANT_TOKEN_PUNCT || d.quote_mark(k) || d.is(k, kRelative) || d.low(k) == "that"sv) return false;
    if (d.is(k, kPrep) && !d.is(k, kAux)) {
      if (prep_seen || k == j + 1) return false;
      prep_seen = true;
      continue;
    }
    if (d.is(k, kAux)) return true;
    if (!prep_seen && k > j + 5) return false;
  }
  return false;
}

// "As the Times reported, the mill will close", "..., as Lee noted, the mill ...": an "as"
// clause frames the main clause as the source's words. `first` is where the "as" clause's
// source (or its cue) starts, `after` where its cue and source end. The content is the
// clause after the "as" clause's comma, or, when "as" follows a longer clause of its own,
// that clause.
TokRange as_clause_content(const Doc& d, uint32_t first, uint32_t after, uint32_t S, uint32_t E, bool& before) {
  before = false;
  if (first <= S || d.low(first - 1) != "as"sv || d.in_quote(first - 1)) return {};
  const uint32_t a = first - 1;
  // the comma that closes the "as" clause, after a few words of adjuncts ("on Tuesday")
  uint32_t k = after;
  while (k < E && k - after < 8 && d.tok(k).kind != SLANT_TOKEN_PUNCT && !d.hard_boundary(k) && !d.is(k, kAux)) ++k;
  const bool closes = k < E && d.punct(k, ",") && k + 1 < E;
  // (at the sentence's start, after a conjunction or an opening parenthesis: "(As Lee reported,")
  const bool opens = a == S || (a == S + 1 && (d.is(S, kConjunction) || d.punct(S, "(")));
  // "Just weeks ago, as X reported, ...": a short opening adjunct is not the content; but an
  // "as" clause that ends the sentence reports all before it ("The plan is dead, as Lee put it.")
  const bool ends = k >= E || (d.hard_boundary(k) && !d.quote_mark(k)) || (k + 1 == E && d.tok(k).kind == SLANT_TOKEN_PUNCT);
  if (!opens && a > S && d.punct(a - 1, ",") && (a - 1 - S > 5 || ends)) {
    before = true;
    return {S, a - 1};
  }
  if (!closes || !(opens || (a > S && d.punct(a - 1, ",")))) return {};
  uint32_t e = E;  // "(As Lee reported, the vote failed.)": the marks that close the parenthesis stay out
  if (d.punct(S, "("))
    while (e > k + 2 && (d.punct(e - 1, ")") || d.punct(e - 1, "."))) --e;
  return {k + 1, e};
}
// A verb that is part of why a source goes unnamed ("who asked not to be named", "because he
// was not authorized to discuss the talks", "not allowed to speak publicly"): it reports
// nothing, and the source's own verb comes after the clause.
bool in_anonymity_clause(const Doc& d, uint32_t i, uint32_t S) {
  // "speaking on condition of anonymity because they feared reprisals": the reason a source
  // gives for going unnamed ("anonymity" within a few words before "because")
  if (i >= S + 3 && d.is(i - 1, kSubjectPronoun) && d.low(i - 2) == "because"sv) {
    for (uint32_t k = i - 2; k > S && i - k < 8; --k)
      if (withholds_name(d.low(k - 1))) return true;
  }
  if (i >= S + 2 && d.low(i - 1) == "to"sv) {
    const auto w = d.low(i - 2);
    if (w == "authorized"sv || w == "authorised"sv || w == "allowed"sv || w == "permitted"sv || w == "cleared"sv ||
        w == "empowered"sv)
      return true;
  }
  // the phrases of sources.tsv a verb can stand in ("asked not to be named", "declined to be
  // named") go on with "not" or "to": other verbs are spared the lookups
  if (i + 1 >= d.size() || (d.low(i + 1) != "not"sv && d.low(i + 1) != "to"sv)) return false;
  const auto& anon = d.lex().source_phrases();
  for (uint32_t k = i > S + 4 ? i - 4 : S; k <= i; ++k) {
    const auto m = anon.match_at(d.tokens(), k);
    if (m && m.entry->category == "anonymous"sv && m.first <= i && i < m.first + m.count) return true;
  }
  return false;
}
// Whether the sentence that ends at E is a question: its last mark, before any closing quote
// mark, is "?".
bool asks(const Doc& d, uint32_t E) {
  for (uint32_t k = E; k > 0 && E - k < 3; --k) {
    if (d.punct(k - 1, "?")) return true;
    if (!d.closing_mark(k - 1)) return false;
  }
  return false;
}

// Whether the words from S up to the comma at c are one word or a few connectives ("And yet",
// "But still"): no clause of the writer's own before a parenthetical cue.
bool opening_connective(const Doc& d, uint32_t S, uint32_t c) {
  if (c - S <= 1) return true;
  if (c - S > 3) return false;
  for (uint32_t k = S; k < c; ++k) {
    const auto w = d.low(k);
    if (!(d.is(k, kConjunction | kCueAdverb) || w == "yet"sv || w == "still"sv || w == "so"sv || w == "now"sv ||
          w == "however"sv || w == "indeed"sv || w == "then"sv || w == "instead"sv || w == "meanwhile"sv))
      return false;
  }
  return true;
}

// Whether the auxiliary before word w opens the sentence that starts at S ("Do you ...", "Or
// would you ..."): the word order of a yes-no question.
bool yes_no_opening(const Doc& d, uint32_t w, uint32_t S) {
  if (w == S || !d.is(w - 1, kAux)) return false;
  const uint32_t a = w - 1;
  if (a == S) return true;
  const auto l = d.low(a - 1);
  return a - 1 == S && (l == "or"sv || l == "and"sv || l == "but"sv || l == "so"sv);
}
}  // namespace

// Whether the verb group at L, after "and", opens with a modal inside the reported
// clause of the sentence's previous cue, which has a subject of its own ("said [his office was
// reviewing the ruling] and would ..."): then the clause's subject, not the speaker, is its own.
bool inside_reported_clause(const Doc& d, const std::vector<Candidate>& out, uint32_t s, uint32_t L) {
  const auto m = d.low(L);
  const bool modal = m == "would"sv || m == "will"sv || m == "could"sv || m == "might"sv || m == "may"sv ||
                     m == "should"sv || m == "can"sv;
  if (out.empty() || !modal || L < 1 || d.low(L - 1) != "and"sv) return false;
  const Candidate& prev = out.back();
  if (prev.sentence != s || prev.content_left || prev.pending.empty() || prev.pending.b >= L || prev.pending.e < L)
    return false;
  uint32_t b = prev.pending.b;
  if (d.low(b) == "that"sv && b + 1 < L) ++b;
  // the clause's own subject and a verb of its own before the "and"
  if (!(d.is(b, kDet | kPoss | kSubjectPronoun) || d.proper(b))) return false;
  for (uint32_t k = b + 1; k + 1 < L; ++k)
    if (d.is(k, kAux)) return true;
  return false;
}

// "should ask", "must say", "ought to tell": a modal of obligation in the verb group [L, v), or
// "ought to" right before it ("ought" is no auxiliary of the group). Where the obligation
// starts, or v when there is none.
uint32_t obligation_start(const Doc& d, uint32_t S, uint32_t L, uint32_t v) {
  if (L >= S + 2 && d.low(L - 1) == "to"sv && d.low(L - 2) == "ought"sv) return L - 2;
  for (uint32_t k = L; k < v; ++k)
    if (d.low(k) == "should"sv || d.low(k) == "must"sv) return L;
  return v;
}

void find_reporting_verbs(const Doc& d, const RuleOptions& opt, std::vector<Candidate>& out) {
  const auto& verbs = d.lex().verbs();
  const auto sentences = d.article().sentences();
  for (uint32_t s = 0; s < sentences.size(); ++s) {
    const uint32_t S = d.sentence_begin(s), E = d.sentence_end(s);
    uint32_t last_source_b = 0, last_source_e = 0;  // for participles in the same sentence
    uint32_t prev_cue_e = S;                         // the end of this sentence's last cue
    bool prev_relative = false;                      // ... and whether its source was "who"
    const size_t sentence_first = out.size();
    for (uint32_t i = S; i < E; ++i) {
      if (d.in_quote(i) || d.quote_mark(i)) continue;
      auto m = verbs.match_at(d.tokens(), i);
      if (!m) continue;
      const uint32_t v_end = i + m.count;
      if (v_end > E || d.in_quote(v_end - 1)) continue;
      const VerbSense& sense = d.lex().sense(*m.entry);
      if (sense.kind == "cognition"sv && !opt.cognition) continue;
      // "knows the truth", "found the money": a knowing or finding verb with a noun-phrase object
      // reports no content (the writer states it); with "that" or a clause it does.
      const bool sees_as = (sense.lemma == "see"sv || sense.lemma == "view"sv || sense.lemma == "regard"sv) &&
                           as_follows(d, v_end, E);
      const VerbForm form = form_of(d.low(i), sense.lemma);
      // "polls showing the mayor ahead" still reports
      const bool after_noun = form == VerbForm::kIng && i > S && postnominal(d, i - 1, v_end, sense.lemma);
      // ("polls show the race is close" does report: "show" keeps a bare clause after a determiner)
      // ("worried about the drought": a phrase that ends in its preposition takes the noun phrase)
      // ("is considered a moderate": the passive of a naming view takes its complement)
      const bool considered_as = sense.lemma == "consider"sv && i > S &&
                                 (is_be(d.low(i - 1)) || (i > S + 1 && is_be(d.low(i - 2)) && ly_word(d, i - 1)));
      if ((sense.kind == "cognition"sv || sense.kind == "evidence"sv) && v_end < E && d.is(v_end, kDet) && !sees_as &&
          !considered_as && !d.is(v_end - 1, kPrep) &&
          !after_noun && sense.lemma != "show"sv && !clause_verb(sense.lemma) && !finite_clause_next(d, v_end, E))
        continue;
      if (!verb_reading(d, i, v_end, S, form, sense)) continue;
      if (in_anonymity_clause(d, i, S)) continue;

      // The verb group: auxiliaries, negation and adverbs before the verb belong to the cue.
      uint32_t L = i;
      // "has quietly argued", "voters privately say": an -ly adverb right before the verb or
      // after its auxiliary belongs to the verb group
      // "is well known", "was well received": "well" after an auxiliary is a degree adverb of the
      // verb, not its subject
      auto ly_adverb = [&](uint32_t k) {
        if (k <= S) return false;
        if (d.low(k) == "well"sv) return d.is(k - 1, kAux | kNegation);
        return ly_word(d, k) && (k + 1 == i || d.is(k - 1, kAux | kNegation));
      };
      while (L > S && (d.is(L - 1, kAux | kNegation | kCueAdverb) || ly_adverb(L - 1)) && !d.in_quote(L - 1) &&
             !d.quote_mark(L - 1))
        --L;
      // "Residents should ask each commissioner: ...": a speech act the writer calls for has
      // not been made by anyone (3 of 9 such cues labeled on polnear-train)
      // ("I should say that ...", "I must admit": the writer saying it now)
      if ((sense.kind == "speech"sv || sense.kind == "tell"sv) && !d.in_quote(i)) {
        const uint32_t o = obligation_start(d, S, L, i);
        if (o < i && !(o > S && (d.low(o - 1) == "i"sv || d.low(o - 1) == "we"sv))) {
          i = v_end - 1;
          continue;
        }
      }
      // "remain confident that": the linking verb joins an adjective of a view
      if (sense.kind == "cognition"sv && L == i && L > S && linking_verb(d.low(L - 1))) --L;
      bool passive = false;
      for (uint32_t k = L; k < i && form == VerbForm::kPast; ++k) passive |= is_be(d.low(k));
      // "are worried about", "is concerned about": a state of mind with its preposition, not a
      // passive; the subject holds the view
      if (sense.kind == "cognition"sv && m.count > 1 && d.is(v_end - 1, kPrep)) passive = false;

      if (sense.kind == "perception"sv) {
        if (auto pc = perception_candidate(d, L, i, v_end, s, sense)) out.push_back(std::move(*pc));
        i = v_end - 1;
        continue;
      }

      Candidate c = cue_candidate(sense, {L, v_end}, s);
      c.rule = "reporting-verb:" + std::string(d.low(i));
      for (uint32_t k = i + 1; k < v_end; ++k) c.rule += "-" + std::string(d.low(k));

      TokRange content;  // a token range on the right, or a left one
      const auto before = L > S ? d.low(L - 1) : std::string_view();
      // ("Pressed on whether a deal was near, Lee smiled": pressed about a topic, as asked)
      const bool pressed_on = sense.lemma == "press"sv && v_end < E &&
                              (d.low(v_end) == "on"sv || d.low(v_end) == "about"sv || d.low(v_end) == "over"sv);
      const bool asked_clause = (sense.lemma == "ask"sv || pressed_on) && form == VerbForm::kPast &&
                                (passive || L == S || before == "when"sv || before == "after"sv || before == "if"sv);
      if (asked_clause && !(v_end < E && d.low(v_end) == "by"sv)) {
        // "Lee was asked about the vote", "When asked about the vote, Lee said": a question put
        // by someone unnamed (PolNeAR gives the one asked as source in only a few cases); the
        // topic is the content, up to the clause's comma
        c.sourceless = true;
        uint32_t b = v_end;
        if (pressed_on) ++b;
        if (b < E && (d.low(b) == "about"sv || d.low(b) == "whether"sv || d.low(b) == "if"sv)) ++b;
        const uint32_t e = comma_end(d, b, E);
        if (e <= b) continue;
        content = {b, e};
        c.rule = "asked:" + std::string(d.low(i));
      } else if (passive) {
        // "Toll increases must be approved by the county board": a rule for what is to come,
        // no stance anyone has taken
        if (sense.kind == "position"sv) {
          bool modal = false;
          for (uint32_t k = L; k < i && !modal; ++k) {
            const auto w = d.low(k);
            modal = w == "must"sv || w == "will"sv || w == "would"sv || w == "should"sv || w == "can"sv ||
                    w == "could"sv || w == "may"sv || w == "might"sv;
          }
          if (modal) {
            i = v_end - 1;
            continue;
          }
        }
        uint32_t j = v_end;
        if (j < E && d.low(j) == "by"sv) {
          c.source = phrase_after(d, j + 1, E, false);
          j = c.source.empty() ? j + 1 : c.source.e;
        } else if (sense.lemma == "quote as saying"sv) {
          c.source = subject_before(d, L, S);
        } else {
          c.sourceless = true;
        }
        RightContent rc = find_right_content(d, j, E, number_opens(sense), /*passive=*/true);
        const uint32_t complement = c.sourceless ? passive_complement(d, v_end, E, sense) : 0;
        bool before = false;
        if (!rc.found && complement == 0 && sense.lemma == "quote as saying"sv && !c.source.empty() &&
            quote_before(d, c.source.b) >= 0) {
          // "“...,” Salgado was quoted as saying.": the quotation before the speaker is what was said
          c.content_left = true;
          c.rule = "direct-quote:quote-speaker-said";
        } else if (!rc.found && complement == 0) {
          // "As reported by the Times, ...": the "as" clause frames the main clause
          content = framing_as(sense.lemma) ? as_clause_content(d, L, j, S, E, before) : TokRange{};
          if (!content.empty()) {
            c.rule = "as-clause:" + std::string(d.low(i));
            c.content_left = before;
          } else if (!c.source.empty() && L > S && reports_subject(sense.lemma)) {
            // "News of the deal was first reported by the Herald.": with its source after "by"
            // and nothing after it, the passive reports its subject
            const TokRange subject = subject_before(d, L, S);
            if (subject.empty() || (subject.size() == 1 && d.is(subject.b, kSubjectPronoun | kObjectPronoun | kRelative)))
              continue;
            content = subject;
            c.content_left = true;
            c.rule = "passive-subject:" + std::string(d.low(i));
          } else if (c.sourceless && agentless_passive(d, L, v_end, S, E, sense, content, c.pending2)) {
            c.rule = "agentless-passive:" + std::string(d.low(i));
            c.clips_others = false;
          } else {
            continue;
          }
        } else {
          // "it was reported that ...", "is said to ...": without a source, only a clause will
          // do, not any object ("have been rejected or ...")
          // "was seen as a snub" reports a view held by no one named
          if (c.sourceless && complement == 0 &&
              !(rc.colon || (rc.start < E && (d.low(rc.start) == "that"sv || d.quote_mark(rc.start) ||
                                              d.low(rc.start) == "to"sv || (sees_as && d.low(rc.start) == "as"sv))))) {
            if (!agentless_passive(d, L, v_end, S, E, sense, content, c.pending2)) continue;
            c.rule = "agentless-passive:" + std::string(d.low(i));
            c.clips_others = false;
          } else {
            content = {rc.start, E};
            // "Porto Azul are said to value the forward", "he is believed to have fled": what is
            // said is the subject with its infinitive
            if (c.sourceless && complement == 0 && rc.start < E && d.low(rc.start) == "to"sv && L > S &&
                raising_passive(sense.lemma)) {
              const TokRange subject = subject_before(d, L, S);
              if (!subject.empty() && !d.is(subject.b, kRelative)) {
                c.pending2 = content;
                content = subject;
              }
            }
          }
          if (c.sourceless && complement != 0) {
            // the subject is what is called so, and the complement what it is called, up to a
            // comma: "Lee was declared [the winner in Ohio], and ..."
            content = {complement, comma_end(d, complement, E)};
            const TokRange subject = L > S ? subject_before(d, L, S) : TokRange{};
            if (!subject.empty()) {
              c.pending2 = content;
              content = subject;
            }
          }
        }
      } else {
        uint32_t after = v_end;
        if (sense.kind == "tell"sv || sense.lemma == "urge"sv || sense.lemma == "ask"sv)
          after = skip_addressee(d, after, E);
        else if (sense.lemma == "warn"sv || sense.lemma == "caution"sv || sense.lemma == "promise"sv || sense.lemma == "advise"sv)
          after = addressee_before_that(d, after, E);
        const bool closes_content = L > 0 && (d.punct(L - 1, ",") || d.closing_mark(L - 1));
        // "“...,” said Lee." / "..., said a spokesman.": the source follows the verb.
        bool inverted = false;
        // not "..., Lee said of the plan": the phrase after the verb must not be an adjunct
        if (closes_content && inverts(sense.lemma) &&
            (form == VerbForm::kPast || form == VerbForm::kS ||
             (form == VerbForm::kBase && (sense.lemma == "say"sv || sense.lemma == "read"sv))) &&
            v_end < E &&
            !(d.is(v_end, kPrep) && !d.proper(v_end)) &&
            d.low(v_end) != "that"sv && !d.quote_mark(v_end) && !d.punct(v_end, ":")) {
          bool quote_left = quote_before(d, L) >= 0;
          TokRange np = phrase_after(d, v_end, E, false);
          bool names = false, source_word = false;
          for (uint32_t k = np.b; k < np.e && k < np.b + 5; ++k) {
            names |= d.proper(k);
            source_word |= (d.source_classes(k) & (kTitle | kAnonymous | kAnonymousGroup | kVague | kDocument)) != 0;
          }
          // a pronoun is the source alone ("..., said he"); "Jane Ruiz, a nurse, said she saw the
          // fire" reports a clause. After a quotation, a phrase with a determiner is its speaker
          // ("“...,” said a farmer", "said one neighbor who lives nearby")
          const bool pronoun = d.is(v_end, kSubjectPronoun);
          const bool determined = quote_left && (d.is(v_end, kDet) || d.low(v_end) == "one"sv);
          bool np_ok = !np.empty() && np.size() <= 8 && (!pronoun || np.size() == 1) &&
                       (d.proper(v_end) || pronoun || names || source_word || determined);
          uint32_t after_np = np.e;
          bool ends = after_np >= E || d.punct(after_np, ".") || d.punct(after_np, ",") ||
                      d.hard_boundary(after_np) || (after_np + 1 == E && !d.word(after_np));
          // "Maria Lopez, a teacher, said the mayor lied.": after no quotation, a past verb inside
          // the phrase after "said" makes it a clause, not the speaker
          if (!quote_left && !pronoun)
            for (uint32_t k = np.b + 1; k < np.e && np_ok; ++k)
              if (d.word(k) && !d.cap(k) && !d.is(k, ~0u) && d.low(k).size() > 3 && d.low(k).ends_with("ed") &&
                  !d.is(k - 1, kDet | kPrep))
                np_ok = false;
          // "Lee, who ran the campaign, said the party ...": the comma closes the subject's clause
          const bool apposed = !quote_left && apposed_clause_start(d, L - 1, S) < L - 1;
          if (np_ok && ends && !apposed && (quote_left || d.punct(L - 1, ","))) {
            inverted = true;
            c.source = phrase_after(d, v_end, E, true);  // with its apposition: "said Lee, a lawyer"
            after_np = c.source.e;
            c.content_left = true;
            c.rule = quote_left ? "direct-quote:quote-said-speaker" : "content-first:said-speaker";
          }
        }
        if (!inverted) {
          RightContent rc = find_right_content(d, after, E, number_opens(sense), /*passive=*/false);
          if (form == VerbForm::kIng && L == i && L > S && postnominal(d, L - 1, v_end, sense.lemma) &&
              !d.punct(L - 1, ",")) {
            // "polls showing ...": the noun before the participle is its source
            c.source = subject_before(d, L, S);
            c.rule = "participle-after-noun:" + std::string(d.low(i));
          } else if ((form == VerbForm::kIng && !has_aux(d, L, i)) ||
                     (form == VerbForm::kBase && L == i && L > S && d.low(L - 1) == "to"sv)) {
            // "Lee left, saying ...", "Lee went on TV to defend ...": the clause's subject
            c.source = last_source_e > last_source_b ? TokRange{last_source_b, last_source_e} : clause_subject(d, S, L);
            if (c.source.e > L) c.source = {};
            // "In describing the plan, Lee said ...", "After thanking the crowd, Lee ...": an opening
            // "-ing" clause borrows the subject of the main clause after its comma
            const auto opener = L == S + 1 ? d.low(S) : std::string_view();
            if (c.source.empty() && (L == S || opener == "in"sv || opener == "after"sv || opener == "while"sv ||
                                     opener == "before"sv || opener == "by"sv || opener == "when"sv || opener == "upon"sv)) {
              uint32_t k = v_end;
              while (k < E && k - v_end < kMaxSourceTokens && !d.punct(k, ",") && !d.hard_boundary(k)) ++k;
              if (k + 1 < E && d.punct(k, ",")) c.source = name_after(d, k + 1, E);
            }
            c.borrowed_source = true;
          } else {
            // "Lee said he plans to ...": the subject starts after an earlier cue of the sentence
            // (not after a relative clause's: "growers who want a dam said ...")
            // ("LONDON, March 4 (Reuters) - Officials said": a wire dateline is nobody's)
            uint32_t floor = std::min(after_dateline(d, S, L), L);
            if (prev_cue_e > S && prev_cue_e < L && !prev_relative) {
              floor = prev_cue_e;
              while (floor < L && (d.low(floor) == "that"sv || d.punct(floor, ","))) ++floor;
            }
            c.source = subject_before(d, L, floor);
            // "Lee told reporters he warned ...": after an earlier cue's addressee, the pronoun that
            // opens the reported clause is the whole subject
            if (floor > S && c.source.size() == 2 && d.is(c.source.e - 1, kSubjectPronoun) && !d.is(c.source.b, ~0u) &&
                d.word(c.source.b) && !d.cap(c.source.b))
              c.source.b = c.source.e - 1;
            // "he shared a photo of what he said was an internal email": with a clause of its own
            // after the verb, the source is the subject after "what", not the clause before it
            if (rc.found && !rc.colon && c.source.e == L && c.source.size() > 2 &&
                d.low(c.source.e - 2) == "what"sv && d.is(c.source.e - 1, kSubjectPronoun))
              c.source.b = c.source.e - 1;
            if (c.source.size() == 1 && c.source.b + 1 == L && d.is(c.source.b, kRelative)) c.source = {};
            // "a drug which researchers say will help", "inflammation, which some scientists
            // believe plays a role": the relative clause's own subject
            if ((sense.lemma == "say"sv && v_end < E && d.is(v_end, kAux)) ||
                (c.source.size() >= 2 && (d.low(c.source.b) == "which"sv || d.low(c.source.b) == "whom"sv) &&
                 v_end < E && d.word(v_end) && !d.is(v_end, kPrep) &&
                 (d.is(c.source.b + 1, kDet) || d.proper(c.source.b + 1) || (d.source_classes(c.source.b + 1) & kVague))))
              for (uint32_t k = c.source.e; k-- > c.source.b + 1;)
                if (d.is(k - 1, kRelative)) {
                  c.source.b = k;
                  break;
                }
            // "a setback for a governor who had called", "drawing the ire of lawmakers who": the
            // phrase before the relative pronoun starts after the last preposition
            if (c.source.size() > 2 && c.source.e == L && (d.low(L - 1) == "who"sv || d.low(L - 1) == "which"sv) &&
                !d.title_case(d.sentence_of(L)))
              for (uint32_t k = L - 2; k > c.source.b; --k)
                if (d.is(k, kPrep) && !d.cap(k)) {
                  c.source.b = k + 1;
                  break;
                }
            if (c.source.empty() && L > S) {
              const auto p = d.low(L - 1);
              if (d.is(L - 1, kRelative)) {
                // "officials, who said ...": the relative pronoun is the source; its antecedent
                // says who it is ("that" is left out: mostly documents and ads, "a poll that shows")
                c.source = {L - 1, L};
                uint32_t ante_end = L - 1;
                if (ante_end > S && d.punct(ante_end - 1, ",")) --ante_end;
                c.antecedent = antecedent_before(d, ante_end, S);
                c.rule = "relative-subject:" + std::string(d.low(i));
              } else if ((p == "and"sv || p == "but"sv || p == "or"sv) && inside_reported_clause(d, out, s, L)) {
                // "Pruitt said his office was reviewing the ruling and would likely ask ...": a
                // modal verb coordinated inside the reported clause shares that clause's subject
                continue;
              } else if (p == "and"sv || p == "but"sv || p == "or"sv) {
                // "Lee left the room and said ...": the second verb shares the clause's subject
                c.source = last_source_e > last_source_b ? TokRange{last_source_b, last_source_e}
                                                         : clause_subject(d, S, L - 1);
                if (c.source.e > L - 1) c.source = {};
                c.borrowed_source = !c.source.empty();
                if (!c.source.empty()) c.rule = "coordinated-verb:" + std::string(d.low(i));
                // "Lee won and knows the state well", "the poll rose and found ...": a second
                // belief or finding in a coordination is mostly the writer's narration
                // (about 0.3 of them labeled on polnear-train)
                if (!c.source.empty() && (sense.kind == "cognition"sv || sense.kind == "evidence"sv)) continue;
              }
            }
          }
          // "continued" reports only what it frames as speech: "continued: ...", "continued, “...”"
          // "saw no reason" is a view, not a report: "see" reports only a that-clause
          // but "sees the plan as a trap" gives a view
          if (rc.found && (sense.lemma == "continue"sv || sense.lemma == "read"sv || (sense.lemma == "see"sv && !sees_as)) &&
              !rc.colon &&
              !d.quote_mark(rc.start) && d.low(rc.start) != "that"sv)
            continue;
          bool as_before = false;
          // "As reported by the Gazette, ...": a participle with its source after "by"
          uint32_t as_first = c.source.b, as_after = after;
          if (!rc.found && form == VerbForm::kPast && L > S && d.low(L - 1) == "as"sv && v_end + 1 < E &&
              d.low(v_end) == "by"sv) {
            const TokRange by = phrase_after(d, v_end + 1, E, false);
            if (!by.empty()) {
              c.source = by;
              as_first = L;
              as_after = by.e;
            }
          }
          const TokRange as_content =
              rc.found || c.source.empty() || !framing_as(sense.lemma)
                  ? TokRange{}
                  : as_clause_content(d, as_first, as_after, S, E, as_before);
          if (!as_content.empty()) {
            // "As the Times reported, the mill will close."
            content = as_content;
            c.content_left = as_before;
            c.rule = "as-clause:" + std::string(d.low(i));
          } else if (!rc.found && (sense.kind == "speech"sv || sense.kind == "tell"sv) && v_end + 1 < E &&
                     (d.low(v_end) == "about"sv || d.low(v_end) == "of"sv) && !d.in_quote(v_end) &&
                     !reports_before(d, c.source.empty() ? L : std::min(c.source.b, L), S) &&
                     free_relative_what(d, c.source, S) >= c.source.e) {
            // "what Lee has said about Latinos", "Lee joked about the toll": with nothing else
            // after it, what a speech verb is about is its content (49 of 70 unread ones labeled
            // on polnear-train); the preposition joins the cue
            c.cue.e = v_end + 1;
            c.rule += "-" + std::string(d.low(v_end));
            const int32_t q = d.opening_mark(S) ? d.quote_of(S) : -1;
            if (q >= 0 && d.quote_tokens(static_cast<uint32_t>(q)).e <= (c.source.empty() ? L : c.source.b)) {
              // "''...,'' Len Burman, a professor at X, said of the plan": the quote that opens
              // the sentence is what was said, whatever the long source hid
              c.content.push_back(d.quote_content(static_cast<uint32_t>(q)));
              c.form = "direct";
            } else {
              content = {v_end + 1, comma_end(d, v_end + 1, E)};
            }
          } else if (rc.found) {
            content = {rc.start, E};
            // "“X,” he said, “Y.”": the quote before the cue is reported too
            if (rc.start < E && d.opening_mark(rc.start)) {  // a colon may end the text
              int64_t q = quote_before(d, c.source.empty() ? L : std::min(c.source.b, L));
              if (q >= 0 && d.paragraph_of_sentence(d.sentence_of(static_cast<uint32_t>(q))) == d.paragraph_of_sentence(s))
                c.content.push_back(d.quote_content(static_cast<uint32_t>(d.quote_of(static_cast<uint32_t>(q)))));
              // "..., Reyes said, “it was about the law. Today the court agreed.”": a quotation
              // that runs on past this sentence is reported whole
              if (const int32_t q2 = d.quote_of(rc.start); q2 >= 0 && d.quote_tokens(static_cast<uint32_t>(q2)).e > E) {
                c.content.push_back(d.quote_content(static_cast<uint32_t>(q2)));
                c.form = "direct";
                content = {};
              }
            }
            if (rc.colon) c.rule = "colon:" + std::string(d.low(i));
            // a belief or position before a colon introduces a list, not words
            if (rc.colon && (sense.kind == "cognition"sv || sense.kind == "position"sv)) continue;
            if (rc.colon && rc.start >= E) c.form = "colon-intro";
          } else if (const uint32_t what = free_relative_what(d, c.source, S); what < c.source.e) {
            // "Consider what the minister said on Monday": a free relative; "what" stands for
            // the words reported, and what comes before it is the writer's sentence
            content = {what, what + 1};
            c.source.b = what + 1;
            c.rule = "free-relative:" + std::string(d.low(i));
          } else if (!c.source.empty() && d.low(c.source.b) == "whom"sv) {
            // "..., whom many blame for the cuts": the relative pronoun is the verb's object, and
            // the clause before it is no one's report
            continue;
          } else {
            c.content_left = true;
            if (quote_before(d, c.source.empty() ? L : c.source.b) >= 0)
              c.rule = "direct-quote:quote-speaker-said";
            else
              c.rule = "content-first:" + std::string(d.low(i));
            // "..., and the party backs it": a position with its object before it is rarely
            // somebody's reported view (about 0.3 labeled on polnear-train)
            if (sense.kind == "position"sv && c.rule.starts_with("content-first")) continue;
          }
        }
      }

      // "..., according to exit polls reported by CNN", "according to two senators who requested
      // anonymity": a verb inside the source of "according to" is that rule's, not a cue of its own
      if (c.source.size() >= 2 && d.low(c.source.b) == "according"sv && d.low(c.source.b + 1) == "to"sv) continue;
      if (c.content_left && content.empty()) {
        const uint32_t first = c.source.empty() ? L : std::min(c.source.b, L);
        int64_t q = quote_before(d, first);
        if (q >= 0 && d.paragraph_of_sentence(d.sentence_of(static_cast<uint32_t>(q))) == d.paragraph_of_sentence(s)) {
          uint32_t qi = static_cast<uint32_t>(d.quote_of(static_cast<uint32_t>(q)));
          c.content.push_back(d.quote_content(qi));
          c.form = "direct";
          // "“X,” he said, “Y.”": the quote that resumes after the cue belongs to it too.
          uint32_t k = std::max(c.cue.e, c.source.e);
          while (k < E && (d.punct(k, ",") || d.punct(k, ":"))) ++k;
          if (k < E && d.opening_mark(k) && d.quote_of(k) >= 0) {
            uint32_t q2 = static_cast<uint32_t>(d.quote_of(k));
            c.content.push_back(d.quote_content(q2));
          }
        } else if (first > S && d.punct(first - 1, ",") && opening_connective(d, S, first - 1) && c.cue.e + 1 < E &&
                   d.punct(std::max(c.cue.e, c.source.e), ",")) {
          // "But, he said, the plan is sound.", "And yet, her aides say, the plan is sound.": a
          // parenthetical cue after one opening word or a few connectives
          // reports the clause after it
          content = {std::max(c.cue.e, c.source.e) + 1, E};
          c.content_left = false;
          c.rule = "parenthetical:" + std::string(d.low(i));
        } else if (first > S && d.punct(first - 1, ",")) {
          // clipped to earlier candidates later; a wire dateline ("TESSFORD, Nov. 12 (Wire) —")
          // opening the sentence is no part of what was said
          content = {after_dateline(d, S, first - 1), first - 1};
          // "The plan, experts say, is doomed.": a cue inside its content's clause, before the
          // clause's verb (an auxiliary, or a lower-case word in -s or -ed: "The toll, Lee said, hurts")
          const uint32_t after = std::max(c.cue.e, c.source.e);
          const auto verb_like = [&](uint32_t k) {
            if (d.is(k, kAux)) return !d.is(k, kSubjectPronoun);
            const auto w = d.low(k);
            return d.word(k) && !d.cap(k) && !d.is(k, ~0u) && w.size() > 3 && (w.ends_with("s") || w.ends_with("ed"));
          };
          // ("Polls, she said, often miss late shifts": an adverb of frequency before the verb)
          const auto adverb = [&](uint32_t k) {
            const auto w = d.low(k);
            return w == "often"sv || w == "still"sv || w == "also"sv || w == "usually"sv || w == "rarely"sv ||
                   w == "never"sv || w == "already"sv || w == "sometimes"sv || w == "always"sv || w == "seldom"sv;
          };
          const bool adverb_verb = after + 3 < E && adverb(after + 1) && d.word(after + 2) && !d.cap(after + 2) &&
                                   !d.is(after + 2, kDet | kPrep | kSubjectPronoun | kObjectPronoun);
          // ("It is possible, Solberg said, that ...": the that-clause the cue's clause began)
          if (after + 2 < E && d.punct(after, ",") && (verb_like(after + 1) || d.low(after + 1) == "that"sv || adverb_verb))
            c.pending2 = {after + 1, E};
        } else if (const uint32_t f2 = coordinated_subject_start(d, first, S); f2 < first) {
          // "..., he and Mr. Allen said.": the source is both coordinated subjects
          c.source.b = f2;
          content = {S, f2 - 1};
        } else if (const int32_t q0 = d.opening_mark(S) ? d.quote_of(S) : -1;
                   q0 >= 0 && d.quote_tokens(static_cast<uint32_t>(q0)).e < first) {
          // "''...,'' Len Burman, director of X and a professor at Y, said.": the quote that opens
          // the sentence, whatever the long source hid
          c.content.push_back(d.quote_content(static_cast<uint32_t>(q0)));
          c.form = "direct";
        } else {
          continue;  // "Lee said." with nothing reported
        }
      }
      // "did not return a phone message", not "did not return to the stage": a non-response
      // returns or answers a message
      if ((sense.lemma == "return"sv || sense.lemma == "answer"sv) && m.count > 1 && !asks_for_comment(d, content)) continue;
      if (!content.empty()) {
        c.pending = content;
      } else if (c.content.empty() && c.form != "colon-intro"sv) {
        continue;
      }
      // "..., adding that": a participle after a comma starts a new stretch of content
      // "Lee left and said that": the first verb's content stops before the second verb's
      c.clause_break = c.content_left || (form == VerbForm::kIng && L > S && d.punct(L - 1, ",")) ||
                       c.rule.starts_with("coordinated-verb");
      if (!c.source.empty() && !c.borrowed_source && (form != VerbForm::kIng || has_aux(d, L, i))) {
        last_source_b = c.source.b;
        last_source_e = c.source.e;
      }
      if (c.clips_others) {
        prev_cue_e = c.cue.e;
        // "growers who want", "Lee, who on Tuesday endorsed Ito,": the cue's relative pronoun,
        // right before it or before a short adjunct ("in which he said" has a subject of its own)
        prev_relative = c.cue.b > S && d.is(c.cue.b - 1, kRelative);
        for (uint32_t k = c.cue.b > S ? c.cue.b - 1 : S; !prev_relative && k > S && c.cue.b - k < 5 && d.word(k - 1); --k)
          prev_relative = d.is(k - 1, kRelative) && d.is(k, kPrep | kTime | kCueAdverb);
      }
      // "Do you support Lee?", "Can you imagine ...?": a yes-no question put to "you" outside
      // quotation marks asks for a view no one has given (1 of 10 labeled on polnear-train; a
      // question with "how" or "what" before it, more often an interviewer's, stays)
      if (c.source.size() == 1 && d.low(c.source.b) == "you"sv && !d.in_quote(c.source.b) && yes_no_opening(d, c.source.b, S) &&
          asks(d, E)) {
        i = v_end - 1;
        continue;
      }
      out.push_back(std::move(c));
      i = v_end - 1;
    }
    add_reportedly(d, s, sentence_first, out);
  }
}

}  // namespace slant::plugins::attribution
