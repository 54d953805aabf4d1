#include "text_model.hpp"

#include <algorithm>
#include <iterator>

namespace slant::plugins::attribution {

Doc::Doc(const sdk::Article& article, const Lexicons& lex)
    : a_(article), lex_(lex), tok_(article.tokens()) {
  // One pass over the tokens for their classes and flags (three passes had cost a tenth of
  // building the model).
  cls_.resize(tok_.size());
  src_.resize(tok_.size());
  flags_.resize(tok_.size());
  for (uint32_t i = 0; i < tok_.size(); ++i) {
    const auto classes = lex_.classes(low(i));
    cls_[i] = classes.word;
    src_[i] = classes.source;
    flags_[i] = tok_[i].flags;
    // "he's saying", "that's said": "'s" after a pronoun is "is" or "has", not a possessive
    if (i == 0 || low(i) != "'s" || tok_[i - 1].end != tok_[i].begin) continue;
    const auto p = low(i - 1);
    if ((cls_[i - 1] & (kSubjectPronoun | kRelative)) || p == "that" || p == "there" || p == "here" || p == "what")
      cls_[i] |= kAux;
  }

  // Which outermost quote each token falls in: quotes and tokens are both in text order, so
  // one forward sweep assigns them.
  auto quotes = a_.quotes();
  quote_of_.assign(tok_.size(), -1);
  uint32_t t = 0;
  for (uint32_t q = 0; q < quotes.size(); ++q) {
    if (quotes[q].depth != 0) continue;
    while (t < tok_.size() && tok_[t].end <= quotes[q].begin) ++t;
    uint32_t first = t;
    const int32_t index = static_cast<int32_t>(quotes_.size());
    while (t < tok_.size() && tok_[t].begin < quotes[q].end) quote_of_[t++] = index;
    quotes_.push_back({{quotes[q].begin, quotes[q].end}, {quotes[q].content_begin, quotes[q].content_end}, {first, t},
                       quotes[q].closed != 0});
  }
  add_apostrophe_quotes();

  marks_before_.assign(tok_.size() + 1, 0);
  for (uint32_t i = 0; i < tok_.size(); ++i) marks_before_[i + 1] = marks_before_[i] + (quote_mark(i) ? 1u : 0u);

  title_case_.assign(a_.sentences().size(), 0);
  for (uint32_t s = 0; s < a_.sentences().size(); ++s) {
    uint32_t words = 0, caps = 0;
    for (uint32_t i = sentence_begin(s); i < sentence_end(s); ++i) {
      if (!word(i) || is(i, kDet | kPrep | kConjunction)) continue;
      ++words;
      caps += cap(i);
    }
    title_case_[s] = words >= 3 && caps * 10 >= words * 8;
  }
}

std::string Doc::text(TokRange r) const {
  if (r.empty()) return {};
  auto s = span(r);
  return std::string(a_.text_of(s));
}

bool Doc::dash(uint32_t i) const {
  auto l = low(i);
  return tok_[i].kind == SLANT_TOKEN_PUNCT && (l == "\xE2\x80\x94" || l == "\xE2\x80\x93" || l == "--");
}

bool Doc::proper(uint32_t i) const {
  if (!cap(i)) return false;
  // At a sentence start only words we know are not names ("The", "Officials") are ruled out.
  if (tok_[i].flags & SLANT_TOKEN_SENTENCE_START) return !is(i, ~0u) && (source_classes(i) & ~kOrganisation) == 0;
  if (i > 0 && quote_mark(i - 1) && is(i, ~0u)) return false;         // “The ...
  return !title_case(sentence_of(i)) || !is(i, ~0u);
}

bool Doc::opening_mark(uint32_t i) const {
  if (!quote_mark(i)) return false;
  int32_t q = quote_of_[i];
  return q >= 0 && quotes_[q].toks.b == i;
}

bool Doc::closing_mark(uint32_t i) const {
  if (!quote_mark(i)) return false;
  int32_t q = quote_of_[i];
  return q >= 0 && quotes_[q].closed && quotes_[q].toks.e == i + 1;
}

void Doc::add_apostrophe_quotes() {
  // A mark is two adjacent straight apostrophes outside any host quote; marks pair up within a
  // paragraph, and one left open ends with its paragraph.
  // Every token is asked, and few are an apostrophe: its lower form's one byte is tested in place.
  auto apostrophe = [&](uint32_t i) { return tok_[i].lower.size == 1 && tok_[i].lower.data[0] == '\''; };
  auto is_mark = [&](uint32_t i) {
    return apostrophe(i) && i + 1 < tok_.size() && apostrophe(i + 1) && tok_[i].end == tok_[i + 1].begin &&
           quote_of_[i] < 0 && quote_of_[i + 1] < 0;
  };
  std::vector<Quote> added;
  int64_t open = -1;
  uint32_t open_paragraph = 0;
  auto close = [&](uint32_t end_tok, bool closed) {
    uint32_t b = static_cast<uint32_t>(open);
    Quote q;
    q.toks = {b, end_tok};
    q.outer = {tok_[b].begin, tok_[end_tok - 1].end};
    q.content = {tok_[b + 1].end, closed ? tok_[end_tok - 2].begin : tok_[end_tok - 1].end};
    if (q.content.end < q.content.begin) q.content.end = q.content.begin;
    q.closed = closed;
    added.push_back(q);
    open = -1;
  };
  for (uint32_t i = 0; i < tok_.size(); ++i) {
    if (open >= 0 && paragraph_of_sentence(tok_[i].sentence) != open_paragraph) close(i, false);
    if (!is_mark(i)) continue;
    if (open < 0) {
      open = i;
      open_paragraph = paragraph_of_sentence(tok_[i].sentence);
    } else {
      close(i + 2, true);
    }
    ++i;
  }
  if (open >= 0) close(static_cast<uint32_t>(tok_.size()), false);
  if (added.empty()) return;
  for (const auto& q : added) {
    for (uint32_t k = q.toks.b; k < q.toks.e; ++k) {
      bool mark = k < q.toks.b + 2 || (q.closed && k + 2 >= q.toks.e);
      flags_[k] |= mark ? SLANT_TOKEN_QUOTE_MARK : SLANT_TOKEN_IN_QUOTE;
    }
  }
  // merge both lists in text order and renumber quote_of_
  std::vector<Quote> merged;
  merged.reserve(quotes_.size() + added.size());
  std::merge(quotes_.begin(), quotes_.end(), added.begin(), added.end(), std::back_inserter(merged),
             [](const Quote& a, const Quote& b) { return a.toks.b < b.toks.b; });
  quotes_ = std::move(merged);
  for (uint32_t q = 0; q < quotes_.size(); ++q)
    for (uint32_t k = quotes_[q].toks.b; k < quotes_[q].toks.e; ++k) quote_of_[k] = static_cast<int32_t>(q);
}

bool Doc::hard_boundary(uint32_t i) const {
  if (quote_mark(i) || dash(i)) return true;
  if (tok_[i].kind != SLANT_TOKEN_PUNCT) return false;
  auto l = low(i);
  return l == ";" || l == ":" || l == "(" || l == ")" || l == "." || l == "!" || l == "?";
}


}  // namespace slant::plugins::attribution
