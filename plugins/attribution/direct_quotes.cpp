// Direct quotes the cue rules did not reach: quoted sentences that go on after their cue in the
// same paragraph ("“X,” she said. “Y.”"), quotes running over several paragraphs, and the
// paragraph a colon cue introduces ("Lee continued:" followed by a quoted paragraph).
#include <algorithm>

#include "phrases.hpp"
#include "rules.hpp"

namespace slant::plugins::attribution {
namespace {

bool overlaps(sdk::Span a, sdk::Span b) { return a.begin < b.end && b.begin < a.end; }

uint32_t paragraph_of_token(const Doc& d, uint32_t t) { return d.paragraph_of_sentence(d.sentence_of(t)); }

}  // namespace

void attach_direct_quotes(const Doc& d, std::vector<Candidate>& cands) {
  const auto paragraphs = d.article().paragraphs();
  const uint32_t nq = d.quote_count();
  std::vector<uint8_t> used(nq, 0);

  // Quotes some candidate already reports: one sweep over both sorted lists.
  std::vector<sdk::Span> spans;
  for (const auto& c : cands) spans.insert(spans.end(), c.content.begin(), c.content.end());
  std::sort(spans.begin(), spans.end(), [](sdk::Span a, sdk::Span b) { return a.begin < b.begin; });
  {
    size_t k = 0;
    uint32_t reach = 0;
    for (uint32_t q = 0; q < nq; ++q) {
      sdk::Span qc = d.quote_content(q);
      while (k < spans.size() && spans[k].begin < qc.end) reach = std::max(reach, spans[k++].end);
      // a span that began before this quote's end and reaches into it
      if (reach > qc.begin && qc.begin < qc.end) used[q] = 1;
    }
  }

  std::vector<uint8_t> cue_sentence(d.article().sentences().size(), 0);
  for (const auto& c : cands) cue_sentence[c.sentence] = 1;

  // A colon cue at the end of its paragraph introduces the next paragraph.
  for (auto& c : cands) {
    if (c.form != "colon-intro"sv) continue;
    uint32_t p = paragraph_of_token(d, c.cue.b) + 1;
    if (p >= paragraphs.size() || paragraphs[p].sentence_count == 0) continue;
    uint32_t first = d.sentence_begin(paragraphs[p].first_sentence);
    int32_t q = d.quote_of(first);
    if (q >= 0 && d.opening_mark(first) && !used[q]) {
      c.content.push_back(d.quote_content(static_cast<uint32_t>(q)));
      used[q] = 1;
      c.form = "direct";
    } else {
      uint32_t last_s = paragraphs[p].first_sentence + paragraphs[p].sentence_count - 1;
      TokRange r = trim_content(d, {first, d.sentence_end(last_s)});
      if (r.empty()) continue;
      c.content.push_back(d.span(r));
      c.form = "indirect";
    }
  }
  cands.erase(std::remove_if(cands.begin(), cands.end(), [](const Candidate& c) { return c.content.empty(); }),
              cands.end());

  // Quoted sentences that carry on after a direct attribution, in order of the text.
  size_t next = 0;       // next candidate not yet passed
  int64_t open = -1;     // the direct attribution still speaking, if any
  int64_t last_q = -1;   // its last quote
  uint32_t open_paragraph = 0;
  for (uint32_t q = 0; q < nq; ++q) {
    const auto& qr = d.quote(q).outer;
    while (next < cands.size() && d.tok(cands[next].first_token()).begin < qr.begin) {
      const Candidate& c = cands[next];
      // an agentless passive between a quote and its run-on ("... was announced") speaks for no one
      if (!c.clips_others) {
        ++next;
        continue;
      }
      open = (c.form == "direct"sv || c.form == "mixed"sv) ? static_cast<int64_t>(next) : -1;
      last_q = -1;
      open_paragraph = paragraph_of_token(d, c.cue.b);
      ++next;
    }
    if (open < 0) continue;
    Candidate& c = cands[static_cast<size_t>(open)];
    if (used[q]) {
      for (const auto& sp : c.content)
        if (overlaps(sp, d.quote_content(q))) last_q = q;
      continue;
    }
    TokRange qt = d.quote_tokens(q);
    uint32_t s = d.sentence_of(qt.b);
    if (d.sentence_begin(s) != qt.b || cue_sentence[s]) continue;  // only whole quoted sentences
    uint32_t qp = paragraph_of_token(d, qt.b);
    // a quote left open at the end of a paragraph runs on into the next one
    bool runs_on = last_q >= 0 && !d.quote(static_cast<uint32_t>(last_q)).closed &&
                   qp == open_paragraph + 1;
    if (qp != open_paragraph && !runs_on) continue;
    c.content.push_back(d.quote_content(q));
    used[q] = 1;
    last_q = q;
    open_paragraph = qp;
  }
}

}  // namespace slant::plugins::attribution
