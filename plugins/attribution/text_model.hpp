// A per-article view the attribution rules share: tokens with their word classes, which direct
// quote each token sits in, and small predicates, computed once in linear time.
#pragma once

#include <slant/plugin.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lexicons.hpp"

namespace slant::plugins::attribution {

// Rules compare words and categories with "..."sv literals: a length check before any byte, where
// a std::string against a C string measures the literal first.
using namespace std::string_view_literals;

// A half-open range of token indices.
struct TokRange {
  uint32_t b = 0, e = 0;
  bool empty() const { return b >= e; }
  uint32_t size() const { return empty() ? 0 : e - b; }
};

class Doc {
 public:
  Doc(const sdk::Article& article, const Lexicons& lex);

  const sdk::Article& article() const { return a_; }
  const Lexicons& lex() const { return lex_; }
  uint32_t size() const { return static_cast<uint32_t>(tok_.size()); }
  const sdk::Token& tok(uint32_t i) const { return tok_[i]; }
  std::span<const sdk::Token> tokens() const { return tok_; }
  std::string_view low(uint32_t i) const { return sdk::view(tok_[i].lower); }
  std::string_view text(uint32_t i) const { return a_.text_of(tok_[i]); }
  std::string text(TokRange r) const;
  sdk::Span span(TokRange r) const { return {tok_[r.b].begin, tok_[r.e - 1].end}; }

  bool is(uint32_t i, uint32_t word_class) const { return (cls_[i] & word_class) != 0; }
  uint32_t source_classes(uint32_t i) const { return src_[i]; }
  bool word(uint32_t i) const { return tok_[i].kind == SLANT_TOKEN_WORD; }
  bool punct(uint32_t i, std::string_view p) const {
    return tok_[i].kind == SLANT_TOKEN_PUNCT && low(i) == p;
  }
  bool dash(uint32_t i) const;
  bool cap(uint32_t i) const { return (tok_[i].flags & SLANT_TOKEN_CAPITALIZED) != 0; }
  // Every letter upper case, at least two ("WALLACE"): the host's flag.
  bool all_caps(uint32_t i) const { return (tok_[i].flags & SLANT_TOKEN_ALL_CAPS) != 0; }
  // Capitalised for a reason other than starting a sentence or a headline.
  bool proper(uint32_t i) const;
  bool in_quote(uint32_t i) const { return (flags_[i] & SLANT_TOKEN_IN_QUOTE) != 0; }
  bool quote_mark(uint32_t i) const { return (flags_[i] & SLANT_TOKEN_QUOTE_MARK) != 0; }
  // The outermost direct quote a token (mark or content) belongs to, or -1.
  int32_t quote_of(uint32_t i) const { return quote_of_[i]; }
  // Whether any quote mark lies in [b, e), in constant time (prefix counts).
  bool has_mark(TokRange r) const { return !r.empty() && marks_before_[r.e] > marks_before_[r.b]; }
  bool opening_mark(uint32_t i) const;
  bool closing_mark(uint32_t i) const;
  // Tokens before this one could not be a phrase edge: sentence start, quote mark, ; : ( ) dash.
  bool hard_boundary(uint32_t i) const;

  uint32_t sentence_of(uint32_t i) const { return tok_[i].sentence; }
  uint32_t sentence_begin(uint32_t s) const { return a_.sentences()[s].first_token; }
  uint32_t sentence_end(uint32_t s) const {
    return a_.sentences()[s].first_token + a_.sentences()[s].token_count;
  }
  // Headlines are title case: capitals there say nothing about names.
  bool title_case(uint32_t s) const { return title_case_[s] != 0; }
  uint32_t paragraph_of_sentence(uint32_t s) const { return a_.sentences()[s].paragraph; }

  // Outermost quotes in text order: the host's depth-0 quotes, plus quotes written with two
  // apostrophes (''like this'', as some archives print them) that the host does not mark.
  struct Quote {
    sdk::Span outer, content;
    TokRange toks;  // marks included
    bool closed = true;
  };
  uint32_t quote_count() const { return static_cast<uint32_t>(quotes_.size()); }
  const Quote& quote(uint32_t q) const { return quotes_[q]; }
  TokRange quote_tokens(uint32_t q) const { return quotes_[q].toks; }
  // The content (inside the marks) of quote q as a byte span.
  sdk::Span quote_content(uint32_t q) const { return quotes_[q].content; }

 private:
  const sdk::Article& a_;
  const Lexicons& lex_;
  std::span<const sdk::Token> tok_;
  std::vector<uint32_t> cls_;
  std::vector<uint32_t> src_;  // source-word classes, found with cls_ in one lookup a token
  std::vector<uint8_t> flags_;  // the host's quote flags, with two-apostrophe quotes added
  std::vector<int32_t> quote_of_;
  std::vector<uint8_t> title_case_;
  std::vector<Quote> quotes_;
  std::vector<uint32_t> marks_before_;

  void add_apostrophe_quotes();
};

}  // namespace slant::plugins::attribution
