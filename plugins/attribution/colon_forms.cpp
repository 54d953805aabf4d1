// Colon forms: a speaker's name and a colon before what they say, as in headlines ("Lee: Talks
// Will Fail"), interview transcripts ("SMITH: I think ...") and "The Pentagon's view: ...".
#include "phrases.hpp"
#include "rules.hpp"

namespace slant::plugins::attribution {
namespace {

// Labels that end in a colon but name no speaker.
bool label_word(std::string_view w) {
  static const char* const labels[] = {"update", "updated", "note", "editor", "photo", "photos", "video", "watch",
                                       "read", "related", "source", "sources", "see", "also", "correction",
                                       "advertisement", "share", "click", "subscribe", "listen", "more", "q", "a",
                                       "question", "answer", "warning", "breaking", "exclusive", "analysis",
                                       "opinion", "full", "text", "abstract", "byline", "caption", "credit",
                                       "image", "images", "graphic", "chart", "map", "ap", "the", "this",
                                       // bylines, credits, tallies and teasers, not speakers
                                       "twitter", "contributing", "previously", "pledged", "look", "wow", "boom",
                                       "bombshell", "leaked", "follow", "paid", "notice", "huffpollster", "daily",
                                       "superdelegates", "delegates", "total", "results", "poll", "transcript"};
  for (const char* l : labels)
    if (w == l) return true;
  return false;
}

// "Polls were early - Ann Lee and Bo Kim: “The data ...”": a name after a dash and before a
// colon that opens a quote, as digests quote their sources.
void find_dash_name_colon(const Doc& d, uint32_t s, std::vector<Candidate>& out) {
  const uint32_t S = d.sentence_begin(s), E = d.sentence_end(s);
  for (uint32_t j = S + 1; j + 1 < E; ++j) {
    if (!d.punct(j, ":") || d.in_quote(j) || !d.opening_mark(j + 1)) continue;
    uint32_t b = j;
    while (b > S && j - b < 6 && (d.cap(b - 1) || d.low(b - 1) == "and" || d.punct(b - 1, ".") || d.low(b - 1) == "'s"))
      --b;
    if (b == j || !d.cap(b) || b <= S || !(d.dash(b - 1) || d.punct(b - 1, "-"))) return;
    bool label = false;
    for (uint32_t k = b; k < j; ++k) label |= label_word(d.low(k));
    if (label && !(j - b >= 2 && d.low(j - 2) == "'s")) return;
    Candidate c;
    c.cue = {j, j + 1};
    c.source = {b, j};
    c.rule = "colon:dash-speaker";
    c.form = "direct";
    c.lemma = ":";
    c.sentence = s;
    c.pending = {j + 1, E};
    out.push_back(std::move(c));
    return;
  }
}

}  // namespace

void find_colon_forms(const Doc& d, std::vector<Candidate>& out) {
  const auto sentences = d.article().sentences();
  const auto paragraphs = d.article().paragraphs();
  for (uint32_t s = 0; s < sentences.size(); ++s) {
    const uint32_t S = d.sentence_begin(s), E = d.sentence_end(s);
    // the name: one to four capitalised words (or "X's view") from the sentence start
    uint32_t j = S;
    while (j < E && j - S < 5 && !d.punct(j, ":") &&
           (d.cap(j) || d.low(j) == "'s" || (j > S && d.is(j, kPrep) && j + 1 < E && d.cap(j + 1)) ||
            (j > S && d.low(j - 1) == "'s")))
      ++j;
    if (j == S || j >= E || !d.punct(j, ":") || j + 1 >= E) {
      find_dash_name_colon(d, s, out);
      continue;
    }
    if (d.in_quote(S) || d.quote_mark(S)) continue;
    bool label = false;
    for (uint32_t k = S; k < j; ++k) label |= label_word(d.low(k)) || d.tok(k).kind != SLANT_TOKEN_WORD;
    // "The Pentagon's view:" is a speaker's, but not "Editor's note:"
    if (label && !(j - S >= 2 && d.low(j - 2) == "'s" && !label_word(d.low(j - 1)))) continue;
    // a time of day or a list head ("5:55 p.m.", "Three things:") is not a speaker
    if (d.tok(j - 1).kind == SLANT_TOKEN_NUMBER) continue;
    // a tally ("Lee: 1,501.") reports no words
    if (d.tok(j + 1).kind == SLANT_TOKEN_NUMBER && (j + 2 >= E || d.punct(j + 2, "."))) continue;
    Candidate c;
    c.cue = {j, j + 1};
    c.source = {S, j};
    c.rule = "colon:speaker";
    c.form = "indirect";
    c.lemma = ":";
    c.sentence = s;
    // a transcript turn runs to the end of its paragraph; a headline is one sentence
    uint32_t p = d.paragraph_of_sentence(s);
    uint32_t last = paragraphs[p].first_sentence + paragraphs[p].sentence_count - 1;
    c.pending = {j + 1, d.sentence_end(last)};
    out.push_back(std::move(c));
  }
}

}  // namespace slant::plugins::attribution
