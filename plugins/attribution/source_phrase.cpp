// Finding the source phrase around a cue: the subject before it, with appositions
// ("Scott Lee, the state's attorney general, said"), or the phrase after it ("said Lee").
#include "phrases.hpp"

namespace slant::plugins::attribution {
namespace {

enum class Stop { kComma, kHard, kFloor, kWord, kCap };

// A word that ends a subject when scanning left: a clause-level subordinator ("that", "as"),
// a conjunction between clauses, or an auxiliary (a verb of another clause).
bool clause_edge(const Doc& d, uint32_t j) {
  // a subordinator, also one that can be a preposition: "ordered only after a routine survey
  // found ..." (a time word that opens a clause is no part of the speaker's phrase after it)
  // ("A video shared more than 40,000 times claims": "than" before a number compares a quantity)
  if (d.low(j) == "than"sv && j + 1 < d.size() && d.tok(j + 1).kind == SLANT_TOKEN_NUMBER) return false;
  // ("A witness who asked not to be named because she feared reprisals told": the reason for
  // the anonymity is part of the source)
  if (d.low(j) == "because"sv && j > 0 && withholds_name(d.low(j - 1))) return false;
  if (d.is(j, kSubordinator) || d.low(j) == "until"sv) return true;
  // "Two senators who had supported the deal said": an auxiliary right after "who" is the
  // relative clause's, inside the subject
  // ("A witness who asked not to be named said": "be" after "to" is an infinitive's)
  if (d.is(j, kAux)) return !(j > 0 && (d.low(j - 1) == "who"sv || d.low(j - 1) == "which"sv || d.low(j - 1) == "to"sv));
  if (d.is(j, kConjunction)) {
    // "Smith and Jones said": a conjunction between two names stays inside the phrase.
    bool names = j > 0 && d.proper(j - 1) && j + 1 < d.size() && d.proper(j + 1);
    // "critics and supporters said", "officials and analysts say": two source words
    constexpr uint32_t kPeople = kAnonymousGroup | kVague | kGeneric;
    bool sources = j > 0 && j + 1 < d.size() && (d.source_classes(j - 1) & kPeople) && (d.source_classes(j + 1) & kPeople);
    // "current and former officials", "teachers and union officials": the phrase's first word
    // and another before a source word
    constexpr uint32_t kSourceWord = kPeople | kTitle | kAnonymous;
    const uint32_t first = j - 1;
    bool shared_head = j > 0 && j + 2 < d.size() && d.word(first) && d.word(j + 1) && !d.is(first, ~0u) &&
                       !d.is(j + 1, ~0u) && (d.source_classes(j + 2) & kSourceWord) &&
                       (first == 0 || d.punct(first - 1, ",") || d.is(first - 1, kDet) ||
                        d.sentence_of(first - 1) != d.sentence_of(first));
    return !names && !sources && !shared_head;
  }
  return false;
}

// The first token of the comma-free segment that ends right before end.
uint32_t segment_start(const Doc& d, uint32_t end, uint32_t floor, uint32_t cap, Stop& why) {
  uint32_t j = end;
  while (true) {
    if (j <= floor) { why = Stop::kFloor; return j; }
    if (end - j >= cap) { why = Stop::kCap; return j; }
    uint32_t k = j - 1;
    if (d.punct(k, ",")) { why = Stop::kComma; return j; }
    if (d.punct(k, ")")) {
      // "Sen. Roy Blunt (R-Mo.)": a short parenthesis stays inside the phrase
      uint32_t open = k;
      while (open > floor && k - open < 8 && !d.punct(open, "(")) --open;
      if (d.punct(open, "(") && open > floor) { j = open; continue; }
      why = Stop::kHard;
      return j;
    }
    if (d.hard_boundary(k)) { why = Stop::kHard; return j; }
    if (clause_edge(d, k)) { why = Stop::kWord; return j; }
    j = k;
  }
}

// A run of names, with capitalised titles among them ("Sen. Ida Cole" opening a sentence).
bool all_proper(const Doc& d, uint32_t b, uint32_t e) {
  if (b >= e) return false;
  for (uint32_t i = b; i < e; ++i)
    if (!d.proper(i) && !d.punct(i, ".") && d.low(i) != "'s"sv && !(d.cap(i) && (d.source_classes(i) & kTitle)))
      return false;
  return true;
}

// A segment that is an adverb or an adjunct ("China, however, said", "Lee, in a statement,
// said", "Lee, facing a challenge, said") is not an apposition.
bool parenthetical(const Doc& d, uint32_t b, uint32_t e) {
  if (d.is(b, kPrep | kTime | kSubordinator) && !d.proper(b)) return true;
  auto first = d.low(b);
  if (first.size() > 4 && first.substr(first.size() - 3) == "ing"sv && !d.proper(b)) return true;
  if (e - b != 1) return false;
  auto l = d.low(b);
  return l == "however"sv || l == "meanwhile"sv || l == "too"sv || l == "though"sv || l == "instead"sv ||
         l == "moreover"sv || l == "also"sv || l == "in"sv || l == "then"sv || d.is(b, kCueAdverb);
}

// "[Kay Lee, a professor at Eastfield] who was not involved, said": a name, its apposition and
// a relative clause that ends at the comma before the verb. The name and the apposition, or
// nothing when the segment before the comma is not of that shape.
TokRange apposition_before_relative(const Doc& d, uint32_t comma, uint32_t floor) {
  uint32_t rel = comma;
  uint32_t k = comma;
  for (; k > floor && comma - k < kMaxSourceTokens; --k) {
    const uint32_t p = k - 1;
    if (d.punct(p, ",")) break;
    if (d.quote_mark(p) || d.hard_boundary(p)) return {};
    // ("the local that represents 400 workers": "that" after a noun)
    const bool that_after_noun = d.low(p) == "that"sv && p > floor && d.word(p - 1) && !d.cap(p - 1) &&
                                 !d.is(p - 1, ~0u) && !d.low(p - 1).ends_with("ing") && !d.low(p - 1).ends_with("ed");
    if (d.low(p) == "who"sv || d.low(p) == "which"sv || that_after_noun) rel = p;
  }
  // the apposition: a comma, then at least two words before the relative pronoun
  if (rel == comma || k <= floor + 1 || !d.punct(k - 1, ",") || rel < k + 2 || d.is(k, kRelative)) return {};
  Stop why;
  const uint32_t head = segment_start(d, k - 1, floor, kMaxSegmentTokens, why);
  // ("The Red Dawn Front, a group that fights in the north, said": a name after "the")
  const uint32_t name = head + 1 < k - 1 && d.low(head) == "the"sv ? head + 1 : head;
  if (head >= k - 1 || !all_proper(d, name, k - 1)) return {};
  return {head, rel};
}

}  // namespace

namespace {

bool time_word(const Doc& d, uint32_t k) { return d.is(k, kTime) || d.low(k) == "later"sv; }

// "on Tuesday", "last week", "later": prepositions, determiners, numbers and time words only,
// one time word at least.
bool time_adjunct(const Doc& d, uint32_t b, uint32_t e) {
  bool time = false;
  for (uint32_t k = b; k < e; ++k) {
    if (time_word(d, k)) time = true;
    else if (!d.is(k, kPrep | kDet) && d.tok(k).kind != SLANT_TOKEN_NUMBER) return false;
  }
  return time && (d.is(b, kPrep) || time_word(d, b));
}

// depth bounds the runs back over appositions, so a sentence of many commas or dashes still
// costs a bounded scan per cue.
TokRange subject_before_at(const Doc& d, uint32_t end, uint32_t floor, int depth) {
  if (end <= floor || depth > 3) return {};
  // "Jo Sims — a teacher from Dover — says": the subject is before the dashed apposition
  if (d.dash(end - 1) || d.punct(end - 1, "-")) {
    const uint32_t close = end - 1;
    for (uint32_t k = close; k > floor && close - k < kMaxSourceTokens; --k) {
      const uint32_t q = k - 1;
      if (d.dash(q) || d.punct(q, "-")) {
        const TokRange head = subject_before_at(d, q, floor, depth + 1);
        return head.empty() ? TokRange{} : TokRange{head.b, end};
      }
      if (d.quote_mark(q) || (d.hard_boundary(q) && !d.punct(q, "."))) break;
    }
    return {};
  }
  Stop why;
  if (!d.punct(end - 1, ",")) {
    uint32_t b = segment_start(d, end, floor, kMaxSourceTokens, why);
    // "Jane Ruiz, the mayor, on Tuesday said": a time adjunct between the apposition's comma
    // and the verb; the subject is before it
    if (why == Stop::kComma && b > floor + 1 && time_adjunct(d, b, end)) {
      const TokRange inner = subject_before_at(d, b, floor, depth + 1);
      if (!inner.empty()) return {inner.b, b - 1};
    }
    return {b, end};
  }
  // "NAME, APPOSITION, said" or "TITLE, NAME, said": the comma before the verb closes an
  // apposition; the phrase runs back over it to the head before the previous comma.
  uint32_t comma = end - 1;
  // "Kay Lee, a professor at Eastfield who was not involved in the study, said": a relative
  // clause that ends the apposition; the subject is the name and the apposition before it
  if (const TokRange named = apposition_before_relative(d, comma, floor); !named.empty()) return named;
  // "Lee, who ran the campaign, said": the subject is the phrase before the relative clause
  uint32_t rel = apposed_clause_start(d, comma, floor);
  if (rel < comma) {
    TokRange inner = subject_before_at(d, rel - 1, floor, depth + 1);
    if (inner.empty()) return {};
    // "Several candidates, including Trump, said": the examples are part of the source
    if (d.low(rel) == "including"sv) return {inner.b, end};
    return inner;
  }
  uint32_t s1 = segment_start(d, comma, floor, kMaxSegmentTokens, why);
  if (s1 >= comma) return {};
  // "Len Burman, director of the center and a professor at the university, said": an
  // apposition of two roles joined by "and" after a name
  if (why == Stop::kWord && s1 > floor + 2 && d.is(s1 - 1, kConjunction)) {
    Stop why_first;
    const uint32_t s0 = segment_start(d, s1 - 1, floor, kMaxSegmentTokens, why_first);
    if (why_first == Stop::kComma && s0 < s1 - 1 && s0 > floor + 1 && !parenthetical(d, s0, s1 - 1)) {
      Stop why_head;
      const uint32_t head = segment_start(d, s0 - 1, floor, kMaxSegmentTokens, why_head);
      if (head < s0 - 1 && all_proper(d, head, s0 - 1)) return {head, end};
    }
  }
  if (parenthetical(d, s1, comma)) {
    if (why != Stop::kComma) return {};
    // the subject before the adjunct, which may itself end in an apposition's comma
    uint32_t c1 = s1 - 1;
    if (c1 > floor && d.punct(c1 - 1, ",")) return {};
    TokRange inner = subject_before_at(d, c1, floor, depth + 1);
    if (inner.empty()) return {};
    // "Lee, a lawyer, in a statement, said": keep the apposition's closing comma out
    return {inner.b, c1};
  }
  if (why != Stop::kComma) return {s1, end};
  uint32_t c1 = s1 - 1;
  uint32_t s2 = segment_start(d, c1, floor, kMaxSegmentTokens, why);
  if (s2 >= c1) return {s1, end};
  // Only a short head is taken: a long segment before the comma is the content of a
  // content-first attribution ("The plan failed, Lee, a spokesman, said").
  bool s1_proper = all_proper(d, s1, comma);
  // ("The Carriers Association, a lobbying group, said": a name after "the")
  bool s2_proper = all_proper(d, s2 + (s2 + 1 < c1 && d.low(s2) == "the"sv ? 1 : 0), c1);
  // "The mayor, a Democrat, said": a role with "the" or a possessive, then its apposition
  // ("Its chair, the Rev. Samuel Achebe, told": a role with a possessive, then the name)
  const bool name_after_role = all_proper(d, s1 + (s1 + 1 < comma && d.low(s1) == "the"sv ? 1 : 0), comma);
  const bool role_head = c1 - s2 <= 4 && d.is(s2, kDet | kPoss) && (d.source_classes(c1 - 1) & kTitle) &&
                         (d.low(s1) == "a"sv || d.low(s1) == "an"sv || name_after_role);
  if (role_head) return {s2, end};
  // "Former captain Declan Moss, now a pundit, said": an apposition opened by "now" or "once"
  // after a phrase that ends in a full name
  if ((d.low(s1) == "now"sv || d.low(s1) == "once"sv || d.low(s1) == "then"sv) && s1 + 1 < comma && d.is(s1 + 1, kDet) &&
      c1 - s2 <= 5 && c1 >= s2 + 2 && d.proper(c1 - 1) && d.proper(c1 - 2))
    return {s2, end};
  // "Hester Mallory, 61, a retired clerk, said": a name, an age, then the apposition
  if (why == Stop::kComma && c1 == s2 + 1 && d.tok(s2).kind == SLANT_TOKEN_NUMBER && s2 > floor + 1) {
    Stop why_name;
    const uint32_t s3 = segment_start(d, s2 - 1, floor, 5, why_name);
    if (s3 < s2 - 1 && all_proper(d, s3, s2 - 1)) return {s3, end};
  }
  if (!s1_proper && !s2_proper) return {s1, end};
  uint32_t start = s2;
  if (why == Stop::kComma) {
    uint32_t c2 = s2 - 1;
    Stop why3;
    uint32_t s3 = segment_start(d, c2, floor, 5, why3);
    if (s3 < c2 && all_proper(d, s3, c2) && (why3 == Stop::kHard || why3 == Stop::kFloor)) start = s3;
  }
  return {start, end};
}

}  // namespace

bool withholds_name(std::string_view w) {
  return w == "named"sv || w == "identified"sv || w == "anonymity"sv || w == "authorized"sv || w == "authorised"sv ||
         w == "publicly"sv;
}

// "A state judge [on Thursday] ordered", "Officials [last week] said": a time adjunct between
// the subject and its verb is no part of the source.
TokRange without_time_adjunct(const Doc& d, TokRange r) {
  uint32_t k = r.e;
  bool time = false;
  while (k > r.b + 1 && (d.is(k - 1, kTime) || d.tok(k - 1).kind == SLANT_TOKEN_NUMBER)) {
    time = time || d.is(k - 1, kTime);
    --k;
  }
  if (!time || k == r.e) return r;
  const auto w = d.low(k - 1);
  if (k > r.b + 1 && (w == "on"sv || w == "at"sv || w == "during"sv || w == "in"sv || w == "early"sv || w == "earlier"sv)) --k;
  return k > r.b && d.word(k - 1) && !d.is(k - 1, kPrep | kDet | kConjunction) ? TokRange{r.b, k} : r;
}

// "[Surely] no one believes", "[Perhaps] Lee knew": a sentence adverb that opens the subject is
// the writer's, no part of the source ("Early voters", "Kelly Ayotte" keep their first word).
bool sentence_adverb(std::string_view w) {
  static constexpr std::string_view kAdverbs[] = {
      "surely", "clearly", "obviously", "certainly", "apparently", "presumably", "undoubtedly", "naturally",
      "admittedly", "frankly", "honestly", "evidently", "fortunately", "unfortunately", "understandably",
      "predictably", "ironically", "perhaps", "maybe", "indeed", "still", "yet", "meanwhile", "now"};
  for (const auto a : kAdverbs)
    if (w == a) return true;
  return false;
}

TokRange without_opening_adverb(const Doc& d, TokRange r) {
  while (r.size() > 1 && d.word(r.b) && sentence_adverb(d.low(r.b))) ++r.b;
  return r;
}

// "The council hired [the nurses] the district says it cannot afford": a noun phrase right
// before another, with no preposition, possessive or conjunction between, is the object of a
// clause the speaker's phrase does not belong to; the source is the last noun phrase.
TokRange without_clause_before(const Doc& d, TokRange r) {
  if (r.size() < 4) return r;
  uint32_t last_det = r.e;
  for (uint32_t k = r.e - 1; k > r.b; --k)
    if (d.is(k, kDet) && !d.cap(k)) {
      last_det = k;
      break;
    }
  if (last_det >= r.e - 1 || last_det < r.b + 2) return r;
  // the word before the last determiner ends a noun phrase of its own: a plain lower-case word
  // after a determiner, with no verb of this clause between
  const uint32_t noun = last_det - 1;
  if (!d.word(noun) || d.cap(noun) || d.is(noun, ~0u) || d.low(noun) == "'s"sv) return r;
  for (uint32_t k = last_det; k < r.e; ++k)
    if (d.is(k, kPrep | kConjunction | kRelative) || d.low(k) == "'s"sv || !d.word(k)) return r;
  return d.is(noun - 1, kDet | kPoss) ? TokRange{last_det, r.e} : r;
}

// "[On Monday] she said", "[Last week] Jane Ruiz said", "But [in a speech last month] he vowed":
// an adjunct of time that opens the phrase, with no comma after it, is no part of the source.
TokRange without_opening_time(const Doc& d, TokRange r) {
  if (r.size() < 2 || !(d.is(r.b, kPrep) || time_word(d, r.b))) return r;
  uint32_t last_time = r.e;
  for (uint32_t k = r.b; k + 1 < r.e && k - r.b < 8; ++k) {
    if (d.tok(k).kind == SLANT_TOKEN_PUNCT) return r;
    if (time_word(d, k)) last_time = k;
  }
  if (last_time >= r.e - 1) return r;
  const uint32_t b = last_time + 1;
  return d.is(b, kSubjectPronoun | kDet | kPoss) || d.proper(b) ? TokRange{b, r.e} : r;
}

TokRange subject_before(const Doc& d, uint32_t end, uint32_t floor) {
  const TokRange r = without_opening_time(d, subject_before_at(d, end, floor, 0));
  return without_opening_adverb(d, without_clause_before(d, without_time_adjunct(d, r)));
}

uint32_t apposed_clause_start(const Doc& d, uint32_t comma, uint32_t floor) {
  uint32_t k = comma;
  while (k > floor && comma - k < kMaxSourceTokens) {
    uint32_t p = k - 1;
    if (d.punct(p, ",")) break;
    if (!d.quote_mark(p) && d.hard_boundary(p)) return comma;
    k = p;
  }
  if (k >= comma || k <= floor + 1 || !d.punct(k - 1, ",")) return comma;
  if (d.is(k, kRelative)) return k;
  // "The audits, two of which were obtained by The Ledger, found": "of which" or "of whom"
  // after a quantity opens the relative clause
  for (uint32_t q = k + 1; q + 1 < comma && q < k + 4; ++q)
    if (d.low(q) == "of"sv && (d.low(q + 1) == "which"sv || d.low(q + 1) == "whom"sv)) return k;
  // "Lee, writing for the court, said", "The lawsuit, filed Monday in county court, claims": a
  // participle and its phrase; not "Lee, a spokesman, said"
  const auto w = d.low(k);
  // ("led by Dr. Okafor", "run by the state": a short or irregular participle before its agent)
  const bool participle = (w.size() > 5 && w.ends_with("ing")) || (w.size() > 4 && w.ends_with("ed")) ||
                          (k + 1 < comma && d.low(k + 1) == "by"sv);
  if (d.word(k) && !d.cap(k) && !d.is(k, ~0u) && participle) return k;
  return comma;
}

// The end of a wire dateline that opens the sentence ("HALVARD (Wire) - ", "LONDON, March 3
// (Reuters) — "): capital letters, then up to a few words in parentheses or after a comma, then a
// dash. b when there is none.
uint32_t after_dateline(const Doc& d, uint32_t b, uint32_t limit) {
  uint32_t k = b;
  while (k < limit && d.all_caps(k)) ++k;
  if (k == b) return b;
  for (uint32_t words = 0; k < limit && words < 8 && !d.dash(k) && !d.punct(k, "-"); ++k, ++words)
    if (d.hard_boundary(k) && !d.punct(k, "(") && !d.punct(k, ")") && !d.punct(k, ",")) return b;
  return k < limit && (d.dash(k) || d.punct(k, "-")) ? k + 1 : b;
}

// "Indeed, ...", "Instead, ...", "Separately, ...", "Hours later, ...": an opening adverb or a
// span of time before its comma, which no subject is.
bool opening_adverb(const Doc& d, uint32_t j, uint32_t limit) {
  static const char* const adverbs[] = {"indeed", "instead", "moreover", "thus", "now", "then", "today",
                                        "yesterday", "tonight", "later", "earlier", "afterward", "afterwards",
                                        "again", "also", "finally", "overall", "ultimately", "nevertheless",
                                        "nonetheless", "otherwise", "similarly", "likewise", "besides", "anyway",
                                        "separately", "elsewhere", "still", "so", "but", "and"};
  if (j + 1 >= limit || !d.word(j)) return false;
  const auto w = d.low(j);
  if (d.punct(j + 1, ",")) {
    if (w.size() > 4 && w.ends_with("ly") && !d.is(j, ~0u)) return true;
    for (const char* a : adverbs)
      if (w == a) return true;
    return false;
  }
  // "Shortly before the vote,", "Soon after the merger,": an adverb of time before a
  // preposition or subordinator opens the adjunct
  if (d.is(j + 1, kPrep | kSubordinator) && !d.is(j, ~0u) &&
      ((w.size() > 4 && w.ends_with("ly")) || w == "soon"sv || w == "long"sv || w == "just"sv || w == "right"sv))
    return true;
  // "Hours later,", "Two weeks ago,", "More recently,"
  const auto n = d.low(j + 1);
  if ((w == "more"sv || w == "most"sv || w == "even"sv || w == "much"sv) && n.size() > 4 && n.ends_with("ly") && j + 2 < limit &&
      d.punct(j + 2, ","))
    return true;
  return (n == "later"sv || n == "earlier"sv || n == "ago"sv) && j + 2 < limit && d.punct(j + 2, ",");
}

uint32_t clause_start(const Doc& d, uint32_t s_begin, uint32_t limit) {
  uint32_t j = after_dateline(d, s_begin, limit);
  while (j < limit && (d.quote_mark(j) || d.is(j, kConjunction))) ++j;
  if (j >= limit) return limit;
  // an opening adjunct ends at its comma: "In an interview, Lee ...", "Speaking on Monday, Lee
  // ...", "Asked about it, Lee ...", "According to records, Lee ..."
  auto w = d.low(j);
  const bool participle = d.word(j) && !d.is(j, ~0u) &&
                          ((w.size() > 5 && w.ends_with("ing")) || (w.size() > 4 && w.ends_with("ed")));
  bool adjunct = (d.is(j, kPrep | kSubordinator | kTime | kCueAdverb) && !d.proper(j)) || participle ||
                 w == "according"sv || w == "meanwhile"sv || w == "however"sv || w == "still"sv || w == "yet"sv ||
                 opening_adverb(d, j, limit);
  if (!adjunct) return j;
  uint32_t k = j;
  while (k < limit && k - j < 20 && !d.punct(k, ",") && !(d.hard_boundary(k) && !d.quote_mark(k))) ++k;
  return k + 1 < limit && d.punct(k, ",") ? k + 1 : limit;
}

// "the founders' families": an apostrophe closing a plural noun, before the possessed noun
bool plural_possessive(const Doc& d, uint32_t j) {
  const auto m = d.low(j);
  return (m == "'"sv || m == "\u2019"sv) && j > 0 && j + 1 < d.size() && !d.quote_mark(j) &&
         d.tok(j).begin == d.tok(j - 1).end && d.low(j - 1).ends_with('s') && d.word(j + 1) &&
         d.tok(j + 1).begin > d.tok(j).end;
}

TokRange clause_subject(const Doc& d, uint32_t s_begin, uint32_t limit) {
  uint32_t j = clause_start(d, s_begin, limit);
  if (j >= limit) return {};
  if (d.is(j, kSubjectPronoun)) return {j, j + 1};
  // "There are more productive ways to ...": an expletive "there" is nobody
  if (j < limit && d.low(j) == "there"sv) return {};
  const uint32_t b = j;
  bool after_det = false;
  while (j < limit && j - b < 10) {
    // a determiner first: a capitalised "A" or "The" after a dateline is no name
    if (d.is(j, kDet | kPoss) || d.low(j) == "'s"sv) {
      after_det = true;
      ++j;
      continue;
    }
    const bool source_word = (d.source_classes(j) & (kTitle | kAnonymous | kAnonymousGroup | kVague | kOrganisation)) != 0;
    if (d.proper(j) || source_word || d.tok(j).kind == SLANT_TOKEN_NUMBER || (d.punct(j, ".") && j > b && d.proper(j - 1))) {
      after_det = false;
      ++j;
      continue;
    }
    // a common noun after a determiner ("the lawyers", "Clinton's aides") heads the phrase;
    // after a name, a lower-case word is the verb ("Lee left")
    if (after_det && d.word(j) && !d.is(j, ~0u) && !d.cap(j)) {
      auto a = d.low(j);
      ++j;
      // "the former governor", "the top aides": one modifier before the noun
      bool modifier = a == "former"sv || a == "top"sv || a == "senior"sv || a == "other"sv || a == "new"sv || a == "local"sv ||
                      a == "federal"sv || a == "many"sv;
      if (modifier && j < limit && d.word(j) && !d.is(j, ~0u) && !d.cap(j)) ++j;
      if (j + 1 < limit && plural_possessive(d, j)) {  // "the founders' families": the possessed noun heads
        ++j;
        continue;
      }
      // "a construction firm has sued": a second noun when an auxiliary follows it
      if (j + 1 < limit && d.word(j) && !d.is(j, ~0u) && !d.cap(j) && d.is(j + 1, kAux)) ++j;
      break;
    }
    break;
  }
  while (j > b && (d.is(j - 1, kDet | kPoss) || d.low(j - 1) == "'s"sv)) --j;
  // "A group of 34 tenants filed ..., accusing", "Thousands of people marched ..., chanting": a
  // group or a quantity is who it is of
  if (j > b && j + 1 < limit && d.low(j) == "of"sv) {
    const auto head = d.low(j - 1);
    static constexpr std::string_view kGroups[] = {"group", "thousands", "hundreds", "dozens", "millions", "coalition",
                                                   "number", "majority", "crowd", "handful", "couple", "pair"};
    bool group = d.tok(j - 1).kind == SLANT_TOKEN_NUMBER;
    for (const auto g : kGroups) group = group || head == g;
    if (group) {
      uint32_t k = j + 1;
      while (k < limit && k - j <= 4 && (d.word(k) || d.tok(k).kind == SLANT_TOKEN_NUMBER) && !d.is(k, kAux | kPrep) &&
             !(k > j + 1 && !d.cap(k) && d.low(k).size() > 3 && d.low(k).ends_with("ed")))
        ++k;
      if (k > j + 1) j = k;
    }
  }
  return {b, j};
}

TokRange phrase_after(const Doc& d, uint32_t begin, uint32_t limit, bool with_apposition) {
  uint32_t j = begin;
  auto stops = [&](uint32_t k) {
    // ("warned by supervisors not to talk": the negation opens what was said)
    return d.punct(k, ",") || d.hard_boundary(k) || d.low(k) == "that"sv || d.is(k, kAux) ||
           (k > begin && d.low(k) == "not"sv);
  };
  while (j < limit && j - begin < kMaxSegmentTokens && !stops(j)) ++j;
  if (j == begin) return {};
  if (with_apposition && j + 1 < limit && d.punct(j, ",") &&
      (d.is(j + 1, kDet) || (d.source_classes(j + 1) & kTitle) || (d.word(j + 1) && !d.is(j + 1, ~0u) && !d.proper(j + 1)))) {
    // "said Renata Oduya, a lawyer with the Legal Aid Society, which is representing them", "said
    // Lena Ostrowski, a budget analyst at the Carver Center, a nonpartisan research group": the
    // apposition runs to the end, or to a relative clause, or on into a second apposition
    uint32_t from = j;
    for (int appositions = 0; appositions < 2; ++appositions) {
      uint32_t k = from + 1;
      while (k < limit && k - from < kMaxSourceTokens && !d.punct(k, ",") && !d.hard_boundary(k)) ++k;
      if (k >= limit || d.hard_boundary(k)) {
        j = k;
        break;
      }
      if (!d.punct(k, ",") || k + 1 >= limit) break;
      if (d.low(k + 1) == "which"sv || d.low(k + 1) == "who"sv) {
        j = k;
        break;
      }
      if (!d.is(k + 1, kDet)) break;
      from = k;
    }
  } else if (j + 1 < limit && d.punct(j, ",") && d.proper(j + 1)) {
    // "confirmed by her daughter, Julia Brandt.", "said a spokesman, Tom Hale.": the name of an
    // unnamed role, ending the sentence
    bool named = false;
    for (uint32_t k = begin; k < j; ++k) named = named || d.proper(k);
    uint32_t k = j + 1;
    while (k < limit && k - j <= 4 && (d.proper(k) || d.punct(k, "."))) ++k;
    if (!named && (k >= limit || (d.hard_boundary(k) && !d.quote_mark(k)) || (k + 1 == limit))) {
      while (k > j + 1 && d.punct(k - 1, ".")) --k;
      j = k;
    }
  }
  return {begin, j};
}

}  // namespace slant::plugins::attribution
