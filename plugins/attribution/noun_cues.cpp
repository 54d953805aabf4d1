// Noun cues in three narrow shapes, the only ones that measured well on polnear-train (a noun
// cue anywhere before "of" or "that" is labeled in only about a third of its uses):
//   a possessive before the noun: "Lee's criticism of the plan", "his suggestion that ...",
//     "their attacks on the mayor" (the possessor is the source);
//   criticism drawn or faced: "The plan drew sharp criticism from farmers", "Lee has faced
//     criticism for the delay" (the subject is what is criticised, "from X" the source);
//   a few nouns of saying or believing before their that-clause, with no one named ("an
//     assertion that ...", "complaints that ...", "speculation that ...").
// One pass over each sentence with a lexicon lookup per token, so linear in article length.
#include "phrases.hpp"
#include "rules.hpp"

namespace slant::plugins::attribution {
namespace {

// What follows the noun and opens what it reports.
bool opens_content(std::string_view w) {
  return w == "of"sv || w == "that"sv || w == "about"sv || w == "against"sv || w == "on"sv || w == "for"sv || w == "over"sv ||
         w == "to"sv;
}

// The noun phrase or clause a noun cue reports: after "that", the clause to the sentence's end
// (clipped at neighbouring attributions later); after a preposition, up to a comma, a clause
// edge or the sentence's end.
TokRange noun_content(const Doc& d, uint32_t b, uint32_t E, bool clause) {
  if (clause) return {b, E};
  uint32_t e = b;
  while (e < E && !d.punct(e, ",") && !d.hard_boundary(e) && !d.is(e, kAux | kRelative) && !d.punct(e, ".") &&
         e - b < kMaxSourceTokens)
    ++e;
  return {b, e};
}

// The possessor before token p (the token right before the noun, or before one adjective):
// "his", "their", or the name before "'s" ("Mayor Lund's", "the council's").
TokRange possessor(const Doc& d, uint32_t p, uint32_t S) {
  if (d.is(p, kPoss) && d.low(p) != "'s"sv && d.low(p) != "'"sv) return {p, p + 1};
  if ((d.low(p) == "'s"sv || d.low(p) == "'"sv) && p > S) {
    // "Mayor Lund's", "the council's": names, or plain nouns after their determiner
    uint32_t b = p;
    while (b > S && p - b < 6 && (d.proper(b - 1) || d.punct(b - 1, "."))) --b;
    if (b < p) return {b, p};
    while (b > S && p - b < 3 && d.word(b - 1) && !d.is(b - 1, ~0u)) --b;
    if (b < p && b > S && d.is(b - 1, kDet)) return {b - 1, p};
    return {};
  }
  return {};
}

// Verbs that take criticism as their object with what is criticised as their subject.
bool draws_criticism(std::string_view w) {
  static const char* const verbs[] = {"draw",    "draws",    "drew",     "drawn",    "drawing", "face",
                                      "faces",   "faced",    "facing",   "spark",    "sparks",  "sparked",
                                      "sparking", "attract", "attracts", "attracted", "attracting", "fielded",
                                      "endured", "prompted", "prompting", "received", "receiving"};
  for (const char* v : verbs)
    if (w == v) return true;
  return false;
}

// Nouns whose that-clause is what someone said or holds even with no possessor before them (on
// polnear-train, outside other content and quotes, about 0.6 of such uses labeled).
bool that_noun(std::string_view w) {
  static const char* const nouns[] = {"assertion", "assertions", "complaint", "complaints", "speculation",
                                      "assurance", "assurances", "rumor", "rumors", "belief", "claim",
                                      "accusation", "accusations", "warning", "warnings", "suggestion",
                                      "insistence", "fears"};
  for (const char* n : nouns)
    if (w == n) return true;
  return false;
}

}  // namespace

void find_noun_cues(const Doc& d, std::vector<Candidate>& out) {
  const auto& nouns = d.lex().nouns();
  const auto sentences = d.article().sentences();
  // ", warning that the deal ...": a word an earlier rule read as a verb is no noun cue too
  std::vector<bool> verb_cue(d.size(), false);
  for (const Candidate& c : out)
    for (uint32_t k = c.cue.b; k < c.cue.e; ++k) verb_cue[k] = true;
  for (uint32_t s = 0; s < sentences.size(); ++s) {
    const uint32_t S = d.sentence_begin(s), E = d.sentence_end(s);
    for (uint32_t i = S + 1; i < E; ++i) {
      if (d.in_quote(i) || d.quote_mark(i) || verb_cue[i]) continue;
      auto m = nouns.match_at(d.tokens(), i);
      if (!m) continue;
      const uint32_t n_end = i + m.count;
      if (n_end >= E || d.in_quote(n_end)) continue;
      const VerbSense& sense = d.lex().noun_sense(*m.entry);
      const auto next = d.low(n_end);

      // criticism drawn or faced: the verb, at most one adjective, the noun
      uint32_t v = i - 1;
      if (v > S && d.word(v) && !d.is(v, ~0u) && !draws_criticism(d.low(v))) --v;
      if (sense.lemma == "criticism"sv && draws_criticism(d.low(v))) {
        uint32_t L = v;
        while (L > S && d.is(L - 1, kAux | kNegation | kCueAdverb)) --L;
        Candidate c = cue_candidate(sense, {L, n_end}, s);
        c.rule = "noun-cue:drew-" + std::string(d.low(i));
        uint32_t j = n_end;
        if (j < E && d.low(j) == "from"sv) {
          c.source = phrase_after(d, j + 1, E, false);
          // "from rivals for the delay": the source ends at the next preposition's clause
          for (uint32_t k = c.source.b; k < c.source.e; ++k)
            if (d.low(k) == "for"sv || d.low(k) == "over"sv) {
              c.source.e = k;
              break;
            }
          j = c.source.e;
        } else {
          c.sourceless = true;
        }
        const TokRange subject = L > S ? subject_before(d, L, S) : TokRange{};
        if (!subject.empty() && !d.is(subject.b, kRelative)) c.pending = subject;
        if (j < E && (d.low(j) == "for"sv || d.low(j) == "over"sv || d.low(j) == "that"sv))
          c.pending2 = noun_content(d, d.low(j) == "that"sv ? j : j + 1, E, d.low(j) == "that"sv);
        if (c.pending.empty()) std::swap(c.pending, c.pending2);
        if (c.pending.empty()) continue;
        out.push_back(std::move(c));
        i = n_end - 1;
        continue;
      }

      // "repeated warnings from his attorney that the vote was illegal": the noun, its source
      // after "from", and the that-clause it reports
      if (next == "from"sv && n_end + 2 < E && that_noun(d.low(i))) {
        const TokRange from = phrase_after(d, n_end + 1, E, false);
        if (!from.empty() && from.e + 1 < E && d.low(from.e) == "that"sv) {
          Candidate c = cue_candidate(sense, {i, n_end}, s);
          c.source = from;
          c.rule = "noun-cue:from-" + std::string(d.low(i));
          c.pending = noun_content(d, from.e, E, true);
          if (!c.pending.empty()) {
            out.push_back(std::move(c));
            i = from.e - 1;
            continue;
          }
        }
      }
      // a possessor, at most one adjective, the noun, and what it reports
      if (!opens_content(next) || n_end + 1 >= E) continue;
      uint32_t p = i - 1;
      if (p > S && d.word(p) && !d.is(p, ~0u) && !d.proper(p)) --p;
      const TokRange src = possessor(d, p, S);
      if (src.empty()) {
        // "an assertion that the migrants ...", "complaints that riders were ...": a noun of saying
        // or believing before its that-clause, with no one named
        if (next == "that"sv && n_end + 1 < E && that_noun(d.low(i)) &&
            (d.is(n_end + 1, kDet | kSubjectPronoun | kPoss) || d.proper(n_end + 1) ||
             d.tok(n_end + 1).kind == SLANT_TOKEN_NUMBER)) {
          Candidate c = cue_candidate(sense, {i, n_end}, s);
          c.sourceless = true;
          c.rule = "noun-cue:that-" + std::string(d.low(i));
          c.pending = noun_content(d, n_end, E, true);
          if (c.pending.empty()) continue;
          out.push_back(std::move(c));
          i = n_end - 1;
        }
        continue;
      }
      const bool clause = next == "that"sv;
      Candidate c = cue_candidate(sense, {i, clause ? n_end : n_end + 1}, s);
      c.source = src;
      c.rule = "noun-cue:possessive-" + std::string(d.low(i));
      c.pending = noun_content(d, clause ? n_end : n_end + 1, E, clause);
      if (c.pending.empty()) continue;
      out.push_back(std::move(c));
      i = n_end - 1;
    }
  }
}

}  // namespace slant::plugins::attribution
