#include "text_model.hpp"

namespace slant::plugins::attribution {

Doc::Doc(const sdk::Article& article, const Lexicons& lex)
    : a_(article), lex_(lex), tok_(article.tokens()) {
  cls_.resize(tok_.size());
  for (uint32_t i = 0; i < tok_.size(); ++i) cls_[i] = lex_.word_classes(low(i));

  // Which outermost quote each token falls in: quotes and tokens are both in text order, so
  // one forward sweep assigns them.
  auto quotes = a_.quotes();
  quote_of_.assign(tok_.size(), -1);
  quote_tok_.assign(quotes.size(), TokRange{});
  uint32_t t = 0;
  for (uint32_t q = 0; q < quotes.size(); ++q) {
    if (quotes[q].depth != 0) continue;
    outer_.push_back(q);
    while (t < tok_.size() && tok_[t].end <= quotes[q].begin) ++t;
    uint32_t first = t;
    while (t < tok_.size() && tok_[t].begin < quotes[q].end) quote_of_[t++] = static_cast<int32_t>(q);
    quote_tok_[q] = {first, t};
  }

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
  if (q >= 0) return tok_[i].begin == a_.quotes()[q].begin;
  // A mark that opens a nested quote or stands alone: an opening one has no content before it.
  return false;
}

bool Doc::closing_mark(uint32_t i) const {
  if (!quote_mark(i)) return false;
  int32_t q = quote_of_[i];
  return q >= 0 && a_.quotes()[q].closed && tok_[i].end == a_.quotes()[q].end;
}

bool Doc::hard_boundary(uint32_t i) const {
  if (quote_mark(i) || dash(i)) return true;
  if (tok_[i].kind != SLANT_TOKEN_PUNCT) return false;
  auto l = low(i);
  return l == ";" || l == ":" || l == "(" || l == ")" || l == "." || l == "!" || l == "?";
}

sdk::Span Doc::quote_content(uint32_t q) const {
  const auto& r = a_.quotes()[q];
  return {r.content_begin, r.content_end};
}

}  // namespace slant::plugins::attribution
