// Colon and dash forms: a speaker's name and a colon before what they say, as in headlines ("Lee:
// Talks Will Fail"), interview transcripts ("SMITH: I think ...", also inside the quote marks a
// printed transcript opens each turn with) and "The Pentagon's view: ..."; and a quote signed
// with a dash after it (“...” ― Ann Lee), as readers' voices and epigraphs are printed.
#include <slant/interview.hpp>

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
    while (b > S && j - b < 6 && (d.cap(b - 1) || d.low(b - 1) == "and"sv || d.punct(b - 1, ".") || d.low(b - 1) == "'s"sv))
      --b;
    if (b == j || !d.cap(b) || b <= S || !(d.dash(b - 1) || d.punct(b - 1, "-"))) return;
    bool label = false;
    for (uint32_t k = b; k < j; ++k) label |= label_word(d.low(k));
    if (label && !(j - b >= 2 && d.low(j - 2) == "'s"sv)) return;
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

// A quotation mark of any direction: signed quotes are often typed with the wrong one first.
bool quote_char(const Doc& d, uint32_t i) {
  const auto l = d.low(i);
  return d.tok(i).kind == SLANT_TOKEN_PUNCT &&
         (l == "\""sv || l == "\xE2\x80\x9C"sv || l == "\xE2\x80\x9D"sv || l == "\xC2\xAB"sv || l == "\xC2\xBB"sv);
}

// A line break between token i - 1 and token i: a signed quote is a line of its own.
bool line_starts(const Doc& d, uint32_t i) {
  if (i == 0) return true;
  const auto gap = d.article().text().substr(d.tok(i - 1).end, d.tok(i).begin - d.tok(i - 1).end);
  return gap.find('\n') != std::string_view::npos;
}

// “The plan is a disgrace.” ― Ann Lee: a line that is one quote, signed after a dash with a name
// that ends the line. The dash is the cue, the quote (marks included) the content. Line starts are
// found by one forward scan that only runs up to a dash after a quote mark, and a name is at most
// six tokens, so each token is looked at a bounded number of times.
void find_dash_signatures(const Doc& d, std::vector<Candidate>& out) {
  const uint32_t n = d.size();
  uint32_t line = 0, scanned = 1;  // first token of the line of token `scanned - 1`
  for (uint32_t j = 1; j + 1 < n; ++j) {
    if (d.tok(j).kind != SLANT_TOKEN_PUNCT || !quote_char(d, j - 1) || !(d.dash(j) || d.low(j) == "\xE2\x80\x95"sv))
      continue;
    for (; scanned <= j; ++scanned)
      if (line_starts(d, scanned)) line = scanned;
    if (!quote_char(d, line) || j - line < 3 || line_starts(d, j + 1)) continue;
    // the name: capitalised words and initials ("Edwin G. Monroy"), then the line's end
    uint32_t e = j + 1, words = 0;
    while (e < n && e - j <= 6 && !(e > j + 1 && line_starts(d, e)) && (d.cap(e) || (d.punct(e, ".") && d.cap(e - 1)))) {
      words += d.word(e);
      ++e;
    }
    if (words == 0 || !(e == n || line_starts(d, e))) continue;
    uint32_t name_end = d.punct(e - 1, ".") && e - 1 > j + 1 ? e - 1 : e;  // the full stop after it is not the name's
    Candidate c;
    c.cue = {j, j + 1};
    c.source = {j + 1, name_end};
    c.rule = "dash-signature";
    c.form = "direct";
    c.lemma = d.text(j);
    c.sentence = d.sentence_of(j);
    c.content_left = true;
    c.pending = {line, j};
    out.push_back(std::move(c));
    j = e - 1;
  }
}

// The interviewee of a printed interview: the first full name of the introduction (two or three
// capitalised words that are no title or organisation word: "Dr. [Nadia Fairweather] runs
// Kestrel General"), before token end; empty when the introduction names no one.
TokRange introduced_person(const Doc& d, uint32_t end) {
  auto name_word = [&](uint32_t k) {
    return d.cap(k) && d.word(k) && !d.all_caps(k) && !d.is(k, ~0u) && d.source_classes(k) == 0;
  };
  for (uint32_t i = 0; i + 1 < end; ++i) {
    if (!name_word(i)) continue;
    uint32_t e = i;
    while (e < end && e - i < 3 && name_word(e)) ++e;
    if (e - i >= 2) return {i, e};
    i = e;
  }
  return {};
}

}  // namespace

void find_colon_forms(const Doc& d, std::vector<Candidate>& out) {
  const auto sentences = d.article().sentences();
  const auto paragraphs = d.article().paragraphs();
  // "A: We would have to close two branches": in a printed interview the answers are the
  // interviewee's words, each turn to the end of its paragraph (the questions are the outlet's)
  const std::vector<sdk::InterviewTurn> turns = sdk::interview_turns(d.article());
  TokRange interviewee{};
  for (uint32_t p = 0; p < paragraphs.size(); ++p)
    if (turns[p] == sdk::InterviewTurn::kQuestion) {
      interviewee = introduced_person(d, d.sentence_begin(paragraphs[p].first_sentence));
      break;
    }
  for (uint32_t p = 0; p < paragraphs.size(); ++p) {
    if (turns[p] != sdk::InterviewTurn::kAnswer) continue;
    const uint32_t s = paragraphs[p].first_sentence, b = d.sentence_begin(s);
    Candidate c;
    c.cue = {b + 1, b + 2};
    c.source = {b, b + 1};
    c.rule = "colon:interview-answer";
    // the person interviewed, whom the introduction names ("Dr. Nadia Fairweather runs ...")
    c.source_class = interviewee.empty() ? "titled" : "named-person";
    c.speaker = interviewee.empty() ? std::string("the interviewee") : d.text(interviewee);
    c.form = "direct";  // a printed interview gives the answers word for word
    c.lemma = ":";
    c.sentence = s;
    c.pending = {b + 2, d.sentence_end(s + paragraphs[p].sentence_count - 1)};
    out.push_back(std::move(c));
  }
  for (uint32_t s = 0; s < sentences.size(); ++s) {
    const uint32_t S0 = d.sentence_begin(s), E = d.sentence_end(s);
    // a transcript's turn inside the quote marks that open each of its paragraphs ("WALLACE: ...),
    // its speaker in capitals
    const bool quoted_turn = S0 + 2 < E && quote_char(d, S0) && d.all_caps(S0 + 1) &&
                             paragraphs[d.paragraph_of_sentence(s)].first_sentence == s;
    const uint32_t S = quoted_turn ? S0 + 1 : S0;
    // the name: one to four capitalised words (or "X's view") from the sentence start
    uint32_t j = S;
    while (j < E && j - S < 5 && !d.punct(j, ":") &&
           (d.cap(j) || d.low(j) == "'s"sv || (j > S && d.is(j, kPrep) && j + 1 < E && d.cap(j + 1)) ||
            (j > S && d.low(j - 1) == "'s"sv)))
      ++j;
    if (j == S || j >= E || !d.punct(j, ":") || j + 1 >= E) {
      find_dash_name_colon(d, s, out);
      continue;
    }
    if (!quoted_turn && (d.in_quote(S) || d.quote_mark(S))) continue;
    if (quoted_turn) {
      bool caps = true;
      for (uint32_t k = S; k < j; ++k) caps &= d.all_caps(k);
      if (!caps) continue;
    }
    bool label = false;
    for (uint32_t k = S; k < j; ++k) label |= label_word(d.low(k)) || d.tok(k).kind != SLANT_TOKEN_WORD;
    // "The Pentagon's view:" is a speaker's, but not "Editor's note:"
    // "Poll: Lee Leads in Ohio" as an article's headline reports the poll's finding (5 of 7 on
    // polnear-train); in the body "Poll:" heads a tally or a link
    const bool headline_poll = s == 0 && j == S + 1 && d.low(S) == "poll"sv;
    if (label && !headline_poll && !(j - S >= 2 && d.low(j - 2) == "'s"sv && !label_word(d.low(j - 1)))) continue;
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
    // a transcript turn runs to the end of its paragraph; a headline is one sentence, and so is
    // a view ("The White House's view: the provision is essential."), which the writer sums up
    uint32_t p = d.paragraph_of_sentence(s);
    uint32_t last = paragraphs[p].first_sentence + paragraphs[p].sentence_count - 1;
    const bool view = j - S >= 2 && d.low(j - 2) == "'s"sv;
    c.pending = {j + 1, view ? E : d.sentence_end(last)};
    out.push_back(std::move(c));
  }
  find_dash_signatures(d, out);
}

}  // namespace slant::plugins::attribution
