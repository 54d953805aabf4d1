// The content a cue introduces: trimming its edges and turning it into byte spans.
#include "phrases.hpp"

namespace slant::plugins::attribution {

TokRange trim_content(const Doc& d, TokRange r) {
  auto edge_punct = [&](uint32_t i) {
    if (d.quote_mark(i)) return false;
    if (d.tok(i).kind != SLANT_TOKEN_PUNCT) return false;
    auto l = d.low(i);
    return l == "."sv || l == ","sv || l == ";"sv || l == ":"sv || l == "!"sv || l == "?"sv || d.dash(i) || l == "("sv;
  };
  while (!r.empty() && edge_punct(r.b)) ++r.b;
  while (!r.empty()) {
    uint32_t last = r.e - 1;
    if (edge_punct(last) && !d.punct(last, "?") && !d.punct(last, "!")) { --r.e; continue; }
    if (edge_punct(last)) { --r.e; continue; }
    // "... called the plan “crazy” and [said ...]": a conjunction left by clipping
    if (d.is(last, kConjunction) && !d.in_quote(last)) { --r.e; continue; }
    // A closing mark whose quote opened before the range dangles; one whose quote opened inside
    // stays. An opening mark at the end dangles.
    if (d.quote_mark(last)) {
      int32_t q = d.quote_of(last);
      if (d.opening_mark(last) || q < 0 || d.tok(d.quote_tokens(static_cast<uint32_t>(q)).b).begin < d.tok(r.b).begin) {
        --r.e;
        continue;
      }
    }
    break;
  }
  // An opening mark whose quote ends before the range starts is impossible; a closing mark at
  // the start dangles.
  while (!r.empty() && d.quote_mark(r.b) && !d.opening_mark(r.b)) ++r.b;
  return r;
}

sdk::Span content_span(const Doc& d, TokRange r) {
  if (r.empty()) return {0, 0};
  int32_t q = d.quote_of(r.b);
  if (q >= 0 && d.opening_mark(r.b)) {
    TokRange qt = d.quote_tokens(static_cast<uint32_t>(q));
    if (qt.b == r.b && qt.e == r.e) return d.quote_content(static_cast<uint32_t>(q));
  }
  return d.span(r);
}

}  // namespace slant::plugins::attribution

// ---- clipping pending content at the neighbouring attributions of the same sentence ----

#include <algorithm>

#include "rules.hpp"

namespace slant::plugins::attribution {

uint32_t Candidate::first_token() const {
  if (source.empty() || borrowed_source) return cue.b;
  return std::min(cue.b, source.b);
}

namespace {

uint32_t material_end(const Candidate& c) { return std::max(c.cue.e, c.source.empty() ? 0u : c.source.e); }

// The comma before ", but aides said" / ", though one lawmaker put it": a contrasting conjunction
// right before a candidate's own source (which comes before its cue); 0 when there is none.
uint32_t contrast_before(const Doc& d, const Candidate& o) {
  const uint32_t b = o.source.b;
  if (o.source.empty() || o.borrowed_source || o.cue.b < o.source.e || b < 2 || !d.punct(b - 2, ",")) return 0;
  const auto w = d.low(b - 1);
  return w == "but"sv || w == "though"sv || w == "although"sv || w == "while"sv || w == "whereas"sv || w == "yet"sv ? b - 2 : 0;
}

// direct when the content is exactly one quote, mixed when it holds a quote and more.
std::string form_of_range(const Doc& d, TokRange r) {
  if (!d.has_mark(r)) return "indirect";
  int32_t q = d.quote_of(r.b);
  if (q >= 0 && d.opening_mark(r.b)) {
    TokRange qt = d.quote_tokens(static_cast<uint32_t>(q));
    if (qt.b == r.b && qt.e == r.e) return "direct";
  }
  return "mixed";
}

// Reported content outside quotes ends where the writer starts a clause of their own: at a
// semicolon, at ", and it is" / ", but there was" (an expletive subject and a form of be),
// so "X found loose bolts, and it is not clear whether ..." leaves the second clause the writer's,
// at ", but" before a personal pronoun ("Lee said the plan was fair, but she voted ..."), and at
// ", but" before "in practice", "in fact", "actually", "instead" (the writer's contrast).
TokRange end_at_new_clause(const Doc& d, TokRange r) {
  for (uint32_t i = r.b; i + 1 < r.e; ++i) {
    if (d.in_quote(i) || d.quote_mark(i)) continue;
    if (d.punct(i, ";")) return {r.b, i};
    if (!d.punct(i, ",") || i + 3 >= r.e) continue;
    auto conj = d.low(i + 1), subj = d.low(i + 2), verb = d.low(i + 3);
    if (conj == "but"sv && d.is(i + 2, kSubjectPronoun) && subj != "it"sv && subj != "you"sv) return {r.b, i};
    // ", and she is partly right": the writer's word on the source, after what was reported
    if (conj == "and"sv && (subj == "he"sv || subj == "she"sv || subj == "they"sv) &&
        (verb == "is"sv || verb == "was"sv || verb == "are"sv || verb == "were"sv || verb == "'s"sv || verb == "may"sv ||
         verb == "might"sv || verb == "could"sv))
      return {r.b, i};
    // ", but in practice ...", ", but in fact ...": the writer sets what happened against it
    if (conj == "but"sv && (subj == "actually"sv || subj == "instead"sv || subj == "ultimately"sv ||
                          (subj == "in"sv && (verb == "practice"sv || verb == "fact"sv || verb == "reality"sv || verb == "truth"sv))))
      return {r.b, i};
    // ", and a banner was flown over the stadium": a new subject with a determiner and its verb
    if (conj == "and"sv && d.is(i + 2, kDet) && subj != "that"sv && subj != "this"sv)
      for (uint32_t k = i + 3; k < r.e && k < i + 7; ++k) {
        if (d.is(k, kAux)) return {r.b, i};
        if (!d.word(k) || d.is(k, ~0u)) break;
      }
    if ((conj == "and"sv || conj == "but"sv) && (subj == "it"sv || subj == "there"sv) &&
        (verb == "is"sv || verb == "was"sv || verb == "'s"sv || verb == "remains"sv || verb == "seems"sv || verb == "were"sv ||
         verb == "are"sv))
      return {r.b, i};
  }
  return r;
}

// What a position verb takes is its object ("backs [the plan]", "endorsed [Lee]"): it ends at
// a comma or at a clause of the writer's own ("because he worries ...", "while ..."), not at the
// sentence's end.
TokRange end_of_position(const Doc& d, TokRange r) {
  if (r.empty() || d.low(r.b) == "that"sv) return r;
  for (uint32_t i = r.b + 1; i < r.e; ++i) {
    if (d.in_quote(i) || d.quote_mark(i)) continue;
    const auto w = d.low(i);
    if (w == "because"sv || w == "while"sv || w == "although"sv || w == "whereas"sv || w == "since"sv)
      return {r.b, i};
    // ", and his spokesman declined ...": a new subject after the comma
    if (d.punct(i, ",") && i + 2 < r.e && (d.low(i + 1) == "and"sv || d.low(i + 1) == "but"sv) &&
        d.is(i + 2, kSubjectPronoun | kDet | kPoss))
      return {r.b, i};
  }
  return r;
}

// A cue in a relative clause set off by commas ("Lee, who proposed the levy, told reporters ...")
// reports up to the comma that closes the clause: what follows is the main clause's.
TokRange end_of_apposed_relative(const Doc& d, const Candidate& c, TokRange r) {
  // ("Danforth, who is widely expected to run for governor, has used ...": a cue with no source
  // of its own inside such a clause, its relative pronoun a few words before it)
  bool inside = false;
  if (c.source.empty() && c.cue.b > 1)
    for (uint32_t k = c.cue.b - 1; k > 0 && c.cue.b - k <= 3 && !inside; --k) {
      if (d.punct(k, ",")) break;
      inside = (d.low(k) == "who"sv || d.low(k) == "which"sv) && d.punct(k - 1, ",");
    }
  if (inside) {
    for (uint32_t k = r.b; k < r.e; ++k)
      if (d.punct(k, ",") && !d.in_quote(k)) return {r.b, k};
    return r;
  }
  if (!c.rule.starts_with("relative-subject") || c.source.empty() || c.source.b == 0 ||
      !d.punct(c.source.b - 1, ","))
    return r;
  for (uint32_t k = r.b; k < r.e; ++k)
    if (d.punct(k, ",") && !d.in_quote(k)) return {r.b, k};
  return r;
}

// Reported content ends before the writer's comment on it: ', a claim critics dispute', '"bring
// jobs," a promise we have heard before': a comma (inside or after a closing quotation mark),
// "a" or "an", and a noun that names what was said; or such a noun in the plural before "that"
// or "which" (', remarks that were seen as a threat').
TokRange end_at_comment(const Doc& d, TokRange r) {
  for (uint32_t i = r.b + 1; i + 2 < r.e; ++i) {
    if (!d.punct(i, ",") || (d.in_quote(i) && !d.closing_mark(i + 1))) continue;
    const uint32_t a = d.closing_mark(i + 1) ? i + 2 : i + 1;
    // ", remarks that were seen as a threat": a plural noun of saying and its relative clause
    if (a + 1 < r.e && !d.in_quote(a) && (d.low(a + 1) == "that"sv || d.low(a + 1) == "which"sv)) {
      const auto plural = d.low(a);
      if (plural == "remarks"sv || plural == "comments"sv || plural == "words"sv || plural == "claims"sv ||
          plural == "statements"sv || plural == "promises"sv || plural == "assertions"sv || plural == "threats"sv)
        return {r.b, a};
    }
    if (a + 1 >= r.e || d.in_quote(a) || !(d.low(a) == "a"sv || d.low(a) == "an"sv)) continue;
    const auto noun = d.low(a + 1);
    if (noun == "claim"sv || noun == "promise"sv || noun == "assertion"sv || noun == "argument"sv || noun == "view"sv ||
        noun == "charge"sv || noun == "accusation"sv || noun == "remark"sv || noun == "boast"sv || noun == "pledge"sv ||
        noun == "prediction"sv || noun == "warning"sv || noun == "refrain"sv || noun == "sentiment"sv || noun == "position"sv ||
        noun == "phrase"sv || noun == "term"sv || noun == "slogan"sv || noun == "figure"sv || noun == "allegation"sv ||
        noun == "estimate"sv || noun == "characterization"sv || noun == "characterisation"sv)
      return {r.b, a};
  }
  return r;
}

// A cue inside an opening adverbial clause ("While claiming to reopen, Lee closed ...", "If she
// wants to thank him, that is her business", "In describing the plan, Lee ...", "In a letter
// praising Lee, the union ...") reports only up to the comma that closes the clause: the main
// clause after it is the writer's or another cue's.
TokRange end_at_opening_clause(const Doc& d, const Candidate& c, TokRange r) {
  const uint32_t s = c.sentence, sb = d.sentence_begin(s);
  uint32_t i = sb;
  while (i < c.cue.b && (d.low(i) == "but"sv || d.low(i) == "and"sv || d.low(i) == "even"sv || d.low(i) == "yet"sv)) ++i;
  // "Recalling that night, Lee said ...": a participle that opens the sentence reports up to its comma
  const bool opening_participle = i == c.cue.b && c.cue.size() == 1 && d.low(i).ends_with("ing");
  if (i >= c.cue.b && !opening_participle) return r;
  const auto w = d.low(i);
  if (!opening_participle && !(w == "while"sv || w == "when"sv || w == "if"sv || w == "although"sv || w == "though"sv || w == "because"sv ||
        w == "unless"sv || w == "since"sv || w == "after"sv || w == "before"sv || w == "once"sv || w == "whereas"sv || w == "in"sv))
    return r;
  for (uint32_t k = i; k < c.cue.b; ++k)
    if (d.punct(k, ",")) return r;  // the cue is in the main clause
  for (uint32_t k = r.b; k < r.e; ++k)
    if (d.punct(k, ",") && !d.in_quote(k)) return {r.b, k};
  return r;
}

}  // namespace

void finalize_contents(const Doc& d, std::vector<Candidate>& cands) {
  std::stable_sort(cands.begin(), cands.end(),
                   [](const Candidate& a, const Candidate& b) { return a.first_token() < b.first_token(); });
  // next_left[j]: the first token of the earliest content-first candidate at index >= j in the
  // same sentence, where a right-hand content must stop ("He said X, officials added").
  const size_t n = cands.size();
  std::vector<uint32_t> next_left(n + 1, UINT32_MAX);
  for (size_t j = n; j-- > 0;) {
    bool same = j + 1 < n && cands[j + 1].sentence == cands[j].sentence;
    next_left[j] = same ? next_left[j + 1] : UINT32_MAX;
    // ("said they were warned by supervisors": a passive's subject is its content before the cue,
    // but no stretch of its own that ends another's)
    if ((cands[j].content_left || cands[j].clause_break) && !cands[j].rule.starts_with("passive-subject"))
      next_left[j] = cands[j].first_token();
  }
  // A cue inside another cue's subject ("others who want a ban said ...") reports only up to
  // the end of that subject. Neighbours are looked at within a small window, so this stays
  // linear in the number of candidates.
  constexpr size_t kWindow = 8;
  std::vector<uint32_t> subject_end(n, UINT32_MAX);
  for (size_t j = 0; j < n; ++j) {
    const size_t lo = j > kWindow ? j - kWindow : 0, hi = std::min(n, j + kWindow + 1);
    for (size_t k = lo; k < hi; ++k) {
      const Candidate& o = cands[k];
      if (k == j || o.sentence != cands[j].sentence || o.source.empty() || o.borrowed_source) continue;
      if (o.source.b <= cands[j].cue.b && o.source.e >= cands[j].cue.e && o.cue.b >= o.source.e)
        subject_end[j] = std::min(subject_end[j], o.source.e);
    }
  }
  uint32_t running_end = 0, running_sentence = UINT32_MAX;
  bool running_quote = false;  // whether the cue that set running_end reports a quotation
  for (size_t j = 0; j < n; ++j) {
    Candidate& c = cands[j];
    if (c.sentence != running_sentence) {
      running_sentence = c.sentence;
      running_end = 0;
      running_quote = false;
    }
    TokRange ranges[2] = {c.pending, c.pending2};
    // an interview's answer is the interviewee's to its paragraph's end, whatever its clauses
    const bool answer = c.rule == "colon:interview-answer"sv;
    for (int part = 0; part < 2; ++part) {
      TokRange& r = ranges[part];
      if (r.empty() || answer) continue;
      if (c.content_left && part == 0) {
        // "Lee said X, according to CNN", "CLAUSE after inspectors found X, according to
        // records": the outlet or record vouches for the whole clause, the cue before included;
        // after a quotation it shares the speaker's words (below)
        if (c.form != "according-to"sv || running_quote) r.b = std::max(r.b, running_end);
      } else {
        // the first later candidate whose first token is at or after the content's start
        auto it = std::lower_bound(cands.begin() + static_cast<std::ptrdiff_t>(j + 1), cands.end(), r.b,
                                   [](const Candidate& x, uint32_t t) { return x.first_token() < t; });
        size_t k = static_cast<size_t>(it - cands.begin());
        if (k < n && cands[k].sentence == c.sentence && next_left[k] < r.e) {
          uint32_t stop = next_left[k];
          // content before a content-first cue belongs to it, not to this one, unless this cue
          // sits at the start of that stretch
          r.e = std::max(r.b, stop);
        }
        // "Greer said he hoped to pass it, but aides said that looked unlikely": a contrasting
        // clause with a source of its own is the writer's report of another voice
        for (size_t m = k; m < n && m - k < kWindow && cands[m].sentence == c.sentence; ++m)
          if (const uint32_t at = contrast_before(d, cands[m]); at > r.b && at < r.e) r.e = at;
      }
    }
    for (TokRange& r : ranges)
      if (!r.empty() && subject_end[j] > r.b) r.e = std::min(r.e, subject_end[j]);
    // a belief or position before a content-first cue is part of what that cue reports and is
    // dropped below ("Lee may be reluctant to act, Ito said"): it does not shorten it, unless it
    // is the writer's own ("We hope the plan works, as Lee noted")
    // (nor does a sourceless report: "The price was reported to be $3 million, one of the people
    // said")
    if (c.clips_others && !(c.sourceless && c.source.empty()) &&
        ((c.kind != "cognition"sv && c.kind != "position"sv && c.kind != "perception"sv && c.kind != "evidence"sv) ||
         writer_is_source(d, c))) {
      running_end = std::max(running_end, material_end(c));
      running_quote = c.rule.starts_with("direct-quote") || c.form == "direct"sv || c.form == "mixed"sv ||
                      (!c.pending.empty() && d.has_mark(c.pending));
    }
    std::string form;
    for (TokRange r : ranges) {
      if (answer) {
        if (const TokRange t = trim_content(d, r); !t.empty()) c.content.push_back(content_span(d, t));
        continue;
      }
      // (before a content-first cue the clauses joined up to it are all what it reports: "The
      // terms could change, and the talks may collapse, they said")
      if (!c.content_left) r = end_at_new_clause(d, r);
      if (!c.content_left) r = end_at_comment(d, r);
      if (c.kind == "position"sv && !c.content_left) r = end_of_position(d, r);
      if (!c.content_left) r = end_at_opening_clause(d, c, r);
      if (!c.content_left) r = end_of_apposed_relative(d, c, r);
      r = trim_content(d, r);
      if (r.empty()) continue;
      c.content.push_back(content_span(d, r));
      std::string f = form_of_range(d, r);
      form = form.empty() ? f : (form == f ? f : "mixed");
    }
    // "“...,” Lee said, according to CNN": the outlet vouches for the same words as the cue
    // before it, whose content it shares
    if (c.content.empty() && c.content_left && c.form == "according-to"sv && j > 0 &&
        cands[j - 1].sentence == c.sentence && !cands[j - 1].content.empty() && cands[j - 1].cue.e <= c.cue.b)
      c.content = cands[j - 1].content;
    if (!answer && (c.form.empty() || (c.form != "according-to"sv && c.form != "colon-intro"sv && !form.empty())))
      if (!form.empty()) c.form = form;
    std::sort(c.content.begin(), c.content.end(),
              [](sdk::Span a, sdk::Span b) { return a.begin < b.begin; });
  }
  // A belief or position inside what someone else reports ("Lee said voters want change") is
  // part of that report: PolNeAR labels few of them (about one in seven on polnear-train),
  // while it labels most reported speech inside reports. So is what a text or a poll shows, or
  // how something seems, inside reported speech ("Lee said the videos show ...", "Lee said the
  // mayor seemed tired": about one in four labeled), and so are a participle after its noun and a
  // noun cue ("Lee said ads attacking Ito ran", "Lee said Ito's criticism of it was fair": about
  // one in five), and so is what someone called something ("Lee said Ito called the toll a
  // tax": 15 of 70). Inside a belief, a finding or an impression they stay, so two such clauses
  // do not cancel each other. One sweep over spans sorted by start.
  {
    struct Reach {
      std::vector<sdk::Span> spans;
      size_t k = 0;
      uint32_t end = 0;
      uint32_t at(uint32_t pos) {  // the furthest end of the spans that start at or before pos
        while (k < spans.size() && spans[k].begin <= pos) end = std::max(end, spans[k++].end);
        return end;
      }
    } any, speech;
    auto weak = [](const Candidate& c) { return c.kind == "evidence"sv || c.kind == "perception"sv; };
    for (const auto& c : cands) {
      if (!c.clips_others) continue;  // an agentless passive's subject encloses no one's report
      any.spans.insert(any.spans.end(), c.content.begin(), c.content.end());
      if (c.kind == "speech"sv || c.kind == "tell"sv)
        speech.spans.insert(speech.spans.end(), c.content.begin(), c.content.end());
    }
    for (Reach* r : {&any, &speech})
      std::sort(r->spans.begin(), r->spans.end(), [](sdk::Span a, sdk::Span b) { return a.begin < b.begin; });
    std::vector<size_t> order(n);
    for (size_t j = 0; j < n; ++j) order[j] = j;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return cands[a].cue.b < cands[b].cue.b; });
    for (size_t j : order) {
      Candidate& c = cands[j];
      const sdk::Span cue = d.span(c.cue);
      const uint32_t reach_any = any.at(cue.begin), reach_speech = speech.at(cue.begin);
      if (reach_any >= cue.end &&
          (c.kind == "cognition"sv || c.kind == "position"sv || c.rule.starts_with("agentless-passive")))
        c.content.clear();
      if (reach_speech >= cue.end && (weak(c) || c.rule.starts_with("participle-after-noun") ||
                                      c.rule.starts_with("noun-cue") || c.lemma == "call"sv))
        c.content.clear();
    }
  }
  // Candidates left with nothing reported are dropped (a colon intro waits for its paragraph).
  cands.erase(std::remove_if(cands.begin(), cands.end(),
                             [](const Candidate& c) { return c.content.empty() && c.form != "colon-intro"sv; }),
              cands.end());
}

}  // namespace slant::plugins::attribution
