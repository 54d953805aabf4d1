// "according to X" and "per X": the source follows the cue, the content is the rest of the
// sentence ("According to the poll, ..." / "..., according to officials" / "X, per Y, is ...").
#include "phrases.hpp"
#include "rules.hpp"

namespace slant::plugins::attribution {
namespace {

// "per" introduces a source only before a phrase that can speak: "per a report", "per the
// Journal", "per CNN", "per sources"; not in "per cent", "$5 per share", "10 per day".
bool per_introduces_source(const Doc& d, uint32_t i, uint32_t S, uint32_t E) {
  if (i + 1 >= E) return false;
  if (i > S && (d.tok(i - 1).kind == SLANT_TOKEN_NUMBER || d.tok(i - 1).kind == SLANT_TOKEN_SYMBOL)) return false;
  uint32_t n = i + 1;
  auto l = d.low(n);
  if (l == "cent" || l == "capita" || l == "se" || l == "annum") return false;
  if (d.is(n, kDet | kPoss)) {
    return n + 1 < E && (d.proper(n + 1) || (d.source_classes(n + 1) & (kDocument | kTitle | kAnonymous)) ||
                         d.lex().source_classes(d.low(n + 1)) != 0 || d.low(n + 1) == "new");
  }
  return d.proper(n) || (d.source_classes(n) & (kAnonymous | kAnonymousGroup | kVague | kDocument)) != 0;
}

}  // namespace

void find_according_to(const Doc& d, std::vector<Candidate>& out) {
  const auto sentences = d.article().sentences();
  for (uint32_t s = 0; s < sentences.size(); ++s) {
    const uint32_t S = d.sentence_begin(s), E = d.sentence_end(s);
    for (uint32_t i = S; i < E; ++i) {
      if (d.in_quote(i) || d.quote_mark(i)) continue;
      uint32_t cue_end;
      std::string rule;
      if (d.low(i) == "according" && i + 1 < E && d.low(i + 1) == "to") {
        cue_end = i + 2;
        rule = "according-to";
      } else if (d.low(i) == "per" && per_introduces_source(d, i, S, E)) {
        cue_end = i + 1;
        rule = "per";
      } else {
        continue;
      }
      Candidate c;
      c.cue = {i, cue_end};
      c.rule = rule;
      c.form = "according-to";
      c.kind = "according-to";
      c.lemma = rule == "per" ? "per" : "according to";
      c.sentence = s;
      c.source = phrase_after(d, cue_end, E, false);
      if (c.source.empty()) continue;
      uint32_t after = c.source.e;
      // Leading: "According to X, CONTENT." Trailing: "CONTENT, according to X." Inside:
      // "CONTENT-A, according to X, CONTENT-B."
      uint32_t first = i;
      while (first > S && (d.is(first - 1, kConjunction) || d.quote_mark(first - 1))) --first;
      const bool leading = first == S;
      if (leading) {
        c.pending = {after, E};
      } else {
        c.content_left = true;
        c.pending = {S, i};
        if (after < E && d.punct(after, ",") && after + 2 < E) c.pending2 = {after + 1, E};
      }
      out.push_back(std::move(c));
      i = after > i ? after - 1 : i;
    }
  }
}

}  // namespace slant::plugins::attribution
