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
  if (l == "cent"sv || l == "capita"sv || l == "se"sv || l == "annum"sv) return false;
  // "..., per the school.", "Per league sources, ...": set off by a comma or opening the
  // sentence, "per" names who says so
  // ("per day", "per person" are rates however they are set off)
  static constexpr std::string_view kUnits[] = {"day",  "week",   "month",  "year", "hour", "minute", "second",
                                                "night", "person", "head",  "mile", "game", "season", "share",
                                                "unit", "gallon", "barrel", "ton",  "pound", "kilo",  "kilogram"};
  for (const auto u : kUnits)
    if (l == u) return false;
  if ((i == S || d.punct(i - 1, ",")) && d.word(n)) return true;
  if (d.is(n, kDet | kPoss)) {
    return n + 1 < E && (d.proper(n + 1) || (d.source_classes(n + 1) & (kDocument | kTitle | kAnonymous)) ||
                         d.lex().source_classes(d.low(n + 1)) != 0 || d.low(n + 1) == "new"sv);
  }
  return d.proper(n) || (d.source_classes(n) & (kAnonymous | kAnonymousGroup | kVague | kDocument)) != 0;
}

// "..., according to the finance director, Carla Menendez." / "..., according to Carla
// Menendez, the finance director.": an apposition that ends the sentence is part of the source,
// not more content. Its end (the sentence's last word), or b when the words after the comma are
// not one: a name of capitalised words, or a short phrase with a title ("the finance director").
uint32_t apposition_to_end(const Doc& d, uint32_t b, uint32_t E) {
  uint32_t e = E;
  while (e > b && d.tok(e - 1).kind == SLANT_TOKEN_PUNCT && !d.punct(e - 1, ",")) --e;
  if (e <= b || e - b > 6) return b;
  bool name = true, title = false;
  for (uint32_t k = b; k < e; ++k) {
    if (d.punct(k, ",") || d.in_quote(k) || d.quote_mark(k)) return b;
    name = name && (d.cap(k) || d.punct(k, "."));
    title = title || (d.source_classes(k) & (kTitle | kOrganisation)) != 0;
  }
  return name || (title && d.is(b, kDet | kPoss)) ? e : b;
}

bool poll_noun(std::string_view w) { return w == "poll"sv || w == "survey"sv || w == "surveys"sv || w == "polls"sv; }

// "In a CNN poll released Monday, ...": the noun phrase after "in", up to and
// including its poll noun, within a few words. A bare "in the polls" ("leads in the polls") is
// mostly the writer's own summary and is left out.
TokRange poll_phrase(const Doc& d, uint32_t b, uint32_t E) {
  uint32_t j = b;
  while (j < E && j - b < 9 && !d.punct(j, ",") && !d.hard_boundary(j) && !d.is(j, kAux)) {
    if (poll_noun(d.low(j))) {
      const bool bare_plural = d.low(j) == "polls"sv && (j == b || (j == b + 1 && d.is(b, kDet)));
      if (bare_plural) return {};
      return {b, j + 1};
    }
    if (d.is(j, kPrep) && j > b) return {};
    ++j;
  }
  return {};
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
      if (d.low(i) == "according"sv && i + 1 < E && d.low(i + 1) == "to"sv) {
        cue_end = i + 2;
        rule = "according-to";
      } else if (d.low(i) == "per"sv && per_introduces_source(d, i, S, E)) {
        cue_end = i + 1;
        rule = "per";
      } else if (d.low(i) == "in"sv && i + 1 < E) {
        // "In a CNN poll released Monday, 50 percent chose Lee": the poll is the source
        TokRange poll = poll_phrase(d, i + 1, E);
        if (poll.empty()) continue;
        Candidate c;
        c.cue = {i, i + 1};
        c.source = poll;
        c.rule = "in-poll";
        c.form = "according-to";
        c.kind = "evidence";
        c.lemma = "in";
        c.sentence = s;
        uint32_t after = poll.e;
        while (after < E && !d.punct(after, ",") && !d.hard_boundary(after) && after - poll.e < 8) ++after;
        uint32_t first = i;
        while (first > S && (d.is(first - 1, kConjunction) || d.quote_mark(first - 1))) --first;
        // only the opening adjunct: after a clause, "leads in national polls" is mostly the
        // writer's own summary (PolNeAR labels fewer than half of those)
        if (first != S || after >= E || !d.punct(after, ",")) continue;
        c.pending = {after + 1, E};
        out.push_back(std::move(c));
        i = after > i ? after - 1 : i;
        continue;
      } else {
        continue;
      }
      Candidate c;
      c.cue = {i, cue_end};
      c.rule = rule;
      c.form = "according-to";
      c.kind = "according-to";
      c.lemma = rule == "per"sv ? "per" : "according to";
      c.sentence = s;
      c.source = phrase_after(d, cue_end, E, false);
      if (c.source.empty()) continue;
      // "..., per multiple reports": a verb rule took "reports" for a verb whose subject is
      // "per multiple"; the phrase after the cue is the source, and its noun no cue of its own
      for (auto k = out.size(); k > 0 && out[k - 1].sentence == s; --k)
        if (out[k - 1].cue.b >= c.source.b && out[k - 1].cue.e <= c.source.e && out[k - 1].source.b <= i &&
            out[k - 1].source.e > i)
          out.erase(out.begin() + static_cast<std::ptrdiff_t>(k - 1));
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
        // "CONTENT-A, according to X, CONTENT-B" goes on with the content; a subordinate clause
        // after it ("..., according to the index, as demand weakened") is the writer's addition
        if (after < E && d.punct(after, ",") && after + 2 < E) {
          if (const uint32_t apposed = apposition_to_end(d, after + 1, E); apposed > after + 1)
            c.source.e = apposed;
          else if (!d.is(after + 1, kSubordinator))
            c.pending2 = {after + 1, E};
        }
      }
      out.push_back(std::move(c));
      i = after > i ? after - 1 : i;
    }
  }
}

}  // namespace slant::plugins::attribution
