// One sentence's tokens seen by the hedging rules: bounds-safe access to lower-case forms,
// token kinds and flags, so a rule can look a few tokens left or right without range checks.
#pragma once

#include <slant/plugin.hpp>

#include <algorithm>
#include <cstdint>
#include <span>
#include <string_view>

#include "hedge_lexicon.hpp"
#include "rule_words.hpp"

namespace slant::plugins::hedging {

class SentenceWords {
 public:
  explicit SentenceWords(std::span<const sdk::Token> tokens) : tokens_(tokens) {}
  // starts[i]: HedgeLexicon::starts of token i's lower form, one a token.
  SentenceWords(std::span<const sdk::Token> tokens, std::span<const StartMask> starts)
      : tokens_(tokens), starts_(starts) {}

  int64_t size() const { return static_cast<int64_t>(tokens_.size()); }
  bool valid(int64_t i) const { return i >= 0 && i < size(); }
  std::span<const sdk::Token> tokens() const { return tokens_; }
  const sdk::Token& token(int64_t i) const { return tokens_[static_cast<size_t>(i)]; }

  // The lower-case form, or "" outside the sentence.
  std::string_view lower(int64_t i) const {
    return valid(i) ? sdk::view(tokens_[static_cast<size_t>(i)].lower) : std::string_view{};
  }
  bool is(int64_t i, std::string_view word) const { return valid(i) && same(lower(i), word); }
  bool kind(int64_t i, slant_token_kind k) const { return valid(i) && token(i).kind == k; }
  bool is_word(int64_t i) const { return kind(i, SLANT_TOKEN_WORD); }
  bool is_number(int64_t i) const { return kind(i, SLANT_TOKEN_NUMBER); }
  bool is_punct(int64_t i) const { return kind(i, SLANT_TOKEN_PUNCT); }
  bool flag(int64_t i, unsigned f) const { return valid(i) && (token(i).flags & f) != 0; }
  bool capitalized(int64_t i) const { return flag(i, SLANT_TOKEN_CAPITALIZED); }
  bool sentence_start(int64_t i) const { return i == 0 || flag(i, SLANT_TOKEN_SENTENCE_START); }

  // Whether token i may start an entry of the lexicon of this StartBit: false only when it
  // cannot. Without masks (a SentenceWords built from tokens alone), always true.
  bool may_start(int64_t i, StartMask bit) const {
    return starts_.empty() || (valid(i) && (starts_[static_cast<size_t>(i)] & bit) != 0);
  }

  // A plural count noun (no part-of-speech tags: a regular -s plural that is not an -ous, -ss,
  // -us or -is word, or a listed irregular plural). Inline: most tokens are asked.
  bool plural_noun(int64_t i) const {
    if (!is_word(i)) return false;
    const std::string_view x = lower(i);
    if (x.size() >= 4 && x.back() == 's') {
      // not "-ss", "-us", "-is" or "-'s": the byte before the final s, tested in place (four
      // ends_with calls a token had cost more than the rest of this function)
      const char before = x[x.size() - 2];
      return !(before == 's' || before == 'u' || before == 'i' || before == '\'');
    }
    if (x.size() < 3 || x.size() > 9) return false;  // no irregular plural is shorter or longer
    return in(i, kIrregularPlural, kIrregularPlurals);
  }

  // may_start for any token of [first, last]: a rule that looks for an entry past words it
  // skips tests this before walking there, and at most tokens no word in reach has the bit.
  bool may_start_within(int64_t first, int64_t last, StartMask bit) const {
    if (starts_.empty()) return true;
    for (int64_t k = std::max<int64_t>(first, 0); k <= last && k < size(); ++k)
      if (starts_[static_cast<size_t>(k)] & bit) return true;
    return false;
  }

  // Length and first byte before the whole compare: most words differ in one of them, and the
  // whole compare of two views is a call to memcmp.
  static bool same(std::string_view w, std::string_view x) {
    return w.size() == x.size() && (w.empty() || w.front() == x.front()) && w == x;
  }

  // Whether the lower form is one of words, the rule word list whose StartBit is bit: the bit
  // when the sentence has masks, else a compare with each word.
  template <class List>
  bool in(int64_t i, StartMask bit, const List& words) const {
    if (starts_.empty()) return in(i, words);
    return valid(i) && (starts_[static_cast<size_t>(i)] & bit) != 0;
  }

  // Whether the lower form is one of the listed words.
  template <class List>
  bool in(int64_t i, const List& words) const {
    if (!valid(i)) return false;
    const std::string_view w = lower(i);
    for (std::string_view x : words)
      if (same(w, x)) return true;
    return false;
  }

 private:
  std::span<const sdk::Token> tokens_;
  std::span<const StartMask> starts_;
};

}  // namespace slant::plugins::hedging
