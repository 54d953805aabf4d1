#include "segment/tokenizer.hpp"

#include <array>

#include "segment/abbreviations.hpp"
#include "segment/ascii_swar.hpp"
#include "segment/lower_form.hpp"
#include "segment/unicode_text.hpp"

namespace slant::segmentation {
namespace {

struct Char {
  CharClass cls;
  uint32_t len;  // 0 past the end
  char32_t cp;
};

constexpr auto kAsciiWordByte = [] {
  std::array<bool, 256> t{};
  for (int b = 0; b < 128; ++b) t[b] = is_word_char(detail::kAscii[b]);
  return t;
}();

constexpr auto kAsciiLetter = [] {
  std::array<bool, 256> t{};
  for (int b = 0; b < 128; ++b) t[b] = detail::kAscii[b] == CharClass::Letter;
  return t;
}();

// Bytes after which a word needs no second look (no abbreviation period, clitic, hyphen ...).
constexpr auto kPlainWordEnd = [] {
  std::array<bool, 256> t{};
  for (unsigned char b : {' ', ',', ';', ')', '\n', '\t', '\r'}) t[b] = true;
  return t;
}();

bool is_ascii_digit(unsigned char b) { return b >= '0' && b <= '9'; }
unsigned char ascii_lower(unsigned char b) { return (b >= 'A' && b <= 'Z') ? b + 32 : b; }

Glyph glyph_of(char32_t cp) {
  switch (cp) {
    case '"': return Glyph::DoubleStraight;
    case 0x201C: return Glyph::DoubleLeft;
    case 0x201D: return Glyph::DoubleRight;
    case 0x201E: return Glyph::DoubleLow;
    case 0x201F: return Glyph::DoubleReversed;
    case '\'': return Glyph::SingleStraight;
    case 0x2018: return Glyph::SingleLeft;
    case 0x2019: case 0x2BC: return Glyph::SingleRight;
    case 0x201A: return Glyph::SingleLow;
    case 0x201B: return Glyph::SingleReversed;
    case 0xAB: return Glyph::GuillemetLeft;
    case 0xBB: return Glyph::GuillemetRight;
    case 0x2039: return Glyph::SingleGuillemetLeft;
    case 0x203A: return Glyph::SingleGuillemetRight;
    default: return Glyph::None;
  }
}

// PTB clitics split off a word, lower-cased ASCII without the apostrophe ("n't" is handled apart).
bool is_clitic_suffix(std::string_view s) {
  return s == "s" || s == "m" || s == "d" || s == "ll" || s == "re" || s == "ve";
}

class Tokenizer {
 public:
  Tokenizer(std::string_view text, uint32_t begin, uint32_t end, TokenSink& out)
      : s_(reinterpret_cast<const unsigned char*>(text.data())),
        text_(text),
        begin_(begin),
        end_(end),
        out_(out),
        first_(out.count) {}

  void run() {
    const unsigned char* const s = s_;
    const uint32_t end = end_;
    const auto readable = static_cast<uint32_t>(text_.size());
    uint32_t i = begin_;
    while (i < end) {
      if (s[i] == ' ') {  // the most common byte between tokens
        ++i;
        continue;
      }
      // Hot path: a plain ASCII word ended by a space or a comma, the bulk of any news text.
      // Anything else (a period, apostrophe, hyphen, "http:", "www.", digits) takes next_token.
      if (kAsciiLetter[s[i]] && s[i] != 'h' && s[i] != 'w' && s[i] != 'H' && s[i] != 'W') {
        uint32_t j = swar::end_of_ascii_word(s, i + 1, readable);
        while (j < end && kAsciiWordByte[s[j]]) ++j;
        if (j > end) j = end;
        if (j == end || kPlainWordEnd[s[j]]) {
          emit(i, j, SLANT_TOKEN_WORD, TokenClass::Word);
          i = j;
          continue;
        }
      }
      i = next_token(i);
    }
  }

 private:
  Char at(uint32_t i) const {
    if (i >= end_) return {CharClass::Space, 0, 0};
    if (s_[i] < 0x80) return {detail::kAscii[s_[i]], 1, s_[i]};
    const Decoded d = decode_utf8(s_, i, end_);
    return {classify(d.cp, d.valid), d.len, d.cp};
  }

  void emit(uint32_t b, uint32_t e, slant_token_kind kind, TokenClass cls, Glyph glyph = Glyph::None) {
    if (out_.count == out_.tokens.size()) out_.grow();
    out_.tokens[out_.count] = slant_token{b, e, {nullptr, 0}, 0, static_cast<uint8_t>(kind), 0, 0};
    out_.info[out_.count] = TokenInfo{cls, glyph, QuoteRole::None, 0};
    ++out_.count;
  }

  // Consumes one token (or one run of skippable characters) at i; returns where it stopped.
  uint32_t next_token(uint32_t i) {
    const Char c = at(i);
    switch (c.cls) {
      case CharClass::Space:
      case CharClass::Format:
        return i + c.len;
      case CharClass::Letter:
      case CharClass::Mark:
        if (starts_url(i)) return scan_url(i);
        return scan_word(i, false);
      case CharClass::Digit:
        return scan_word(i, true);
      case CharClass::Apostrophe:
        return scan_apostrophe(i, c);
      case CharClass::Hyphen:
        return emit_run(i, c, SLANT_TOKEN_PUNCT, TokenClass::Dash, c.cp == '-');
      case CharClass::Dash:
        return emit_run(i, c, SLANT_TOKEN_PUNCT, TokenClass::Dash, true);
      case CharClass::Period: {
        uint32_t j = i;
        while (j < end_ && s_[j] == '.') ++j;
        // a full stop that is not ASCII ("．", U+FF0E): one character. The run above takes
        // none of it, and a token of no bytes would stand still here forever.
        if (j == i) {
          emit(i, i + c.len, SLANT_TOKEN_PUNCT, TokenClass::Period);
          return i + c.len;
        }
        if (j == i + 1 && j < end_ && is_ascii_digit(s_[j]) && (i == begin_ || !kAsciiWordByte[s_[i - 1]])) {
          while (j < end_ && is_ascii_digit(s_[j])) ++j;  // a leading decimal point: ".45 caliber"
          emit(i, j, SLANT_TOKEN_NUMBER, TokenClass::Number);
          return j;
        }
        emit(i, j, SLANT_TOKEN_PUNCT, j - i == 1 ? TokenClass::Period : TokenClass::Ellipsis);
        return j;
      }
      case CharClass::Terminal: {
        uint32_t j = i;
        for (Char d = c; d.len != 0 && d.cls == CharClass::Terminal; d = at(j)) j += d.len;
        emit(i, j, SLANT_TOKEN_PUNCT, TokenClass::Terminal);
        return j;
      }
      case CharClass::Ellipsis:
        return emit_run(i, c, SLANT_TOKEN_PUNCT, TokenClass::Ellipsis, true);
      case CharClass::Comma:
        emit(i, i + c.len, SLANT_TOKEN_PUNCT, TokenClass::Comma);
        return i + c.len;
      case CharClass::ClausePunct:
        emit(i, i + c.len, SLANT_TOKEN_PUNCT, TokenClass::ClausePunct);
        return i + c.len;
      case CharClass::OpenBracket:
        emit(i, i + c.len, SLANT_TOKEN_PUNCT, TokenClass::OpenBracket);
        return i + c.len;
      case CharClass::CloseBracket:
        emit(i, i + c.len, SLANT_TOKEN_PUNCT, TokenClass::CloseBracket);
        return i + c.len;
      case CharClass::OtherPunct:
        emit(i, i + c.len, SLANT_TOKEN_PUNCT, TokenClass::OtherPunct);
        return i + c.len;
      case CharClass::Quote: {
        // A left single mark typed for an apostrophe ("the \u201890s", "\u2018bout") is no quote.
        if (c.cp == 0x2018) {
          if (const uint32_t decade = decade_end(i + c.len); decade != 0) {
            emit(i, decade, SLANT_TOKEN_NUMBER, TokenClass::Number);
            return decade;
          }
          if (const uint32_t elision = elision_end(i + c.len); elision != 0) {
            emit(i, elision, SLANT_TOKEN_WORD, TokenClass::Word);
            return elision;
          }
        }
        emit(i, i + c.len, SLANT_TOKEN_PUNCT, TokenClass::QuoteGlyph, glyph_of(c.cp));
        return i + c.len;
      }
      case CharClass::Symbol: {
        if (c.cp < 0x80) {
          emit(i, i + 1, SLANT_TOKEN_SYMBOL, TokenClass::Symbol);
          return i + 1;
        }
        // A run of symbols with their modifiers and joiners is one token (an emoji sequence).
        uint32_t j = i + c.len;
        for (Char d = at(j); d.len != 0 && d.cp >= 0x80 && (d.cls == CharClass::Symbol || d.cls == CharClass::Mark);
             d = at(j))
          j += d.len;
        emit(i, j, SLANT_TOKEN_SYMBOL, TokenClass::Symbol);
        return j;
      }
    }
    return i + (c.len == 0 ? 1 : c.len);
  }

  // A run of the same character (when `same_run`) as one token: "--", "……".
  uint32_t emit_run(uint32_t i, Char c, slant_token_kind kind, TokenClass cls, bool same_run) {
    uint32_t j = i + c.len;
    if (same_run)
      for (Char d = at(j); d.len != 0 && d.cp == c.cp; d = at(j)) j += d.len;
    emit(i, j, kind, cls);
    return j;
  }

  // Number of letters (code points) starting at i, counting at most `cap`.
  uint32_t letter_run(uint32_t i, uint32_t cap) const {
    uint32_t n = 0;
    for (Char d = at(i); n < cap && d.len != 0 && d.cls == CharClass::Letter; d = at(i)) {
      ++n;
      i += d.len;
    }
    return n;
  }

  // An apostrophe that no word claimed: a clitic after something attached ("U.S.'s"), a decade
  // ("'90s"), or a standalone mark whose quote role the QuoteFinder decides.
  uint32_t scan_apostrophe(uint32_t i, Char c) {
    const uint32_t j = i + c.len;
    // Two straight apostrophes typed for a double mark (''like this'', the typewriter convention
    // kept in some newswire archives): one double quotation mark.
    if (c.cp == '\'' && j < end_ && s_[j] == '\'') {
      // Three right after a word or a mark (right,''' said Lee) close a single quote inside a
      // double one: the single mark comes first, then the pair.
      const bool closes_nested = j + 1 < end_ && s_[j + 1] == '\'' && i > begin_ && s_[i - 1] != ' ' &&
                                 s_[i - 1] != '\n' && s_[i - 1] != '\t' && s_[i - 1] != '\r';
      if (closes_nested) {
        emit(i, j, SLANT_TOKEN_PUNCT, TokenClass::QuoteGlyph, Glyph::SingleStraight);
        return j;
      }
      emit(i, j + 1, SLANT_TOKEN_PUNCT, TokenClass::QuoteGlyph, Glyph::DoubleStraight);
      return j + 1;
    }
    const size_t n = out_.count;
    if (n > first_ && out_.tokens[n - 1].end == i && out_.tokens[n - 1].kind <= SLANT_TOKEN_NUMBER) {
      const uint32_t k = clitic_end(j);
      if (k != 0) {
        emit(i, k, SLANT_TOKEN_WORD, TokenClass::Word);
        return k;
      }
    }
    if (const uint32_t decade = decade_end(j); decade != 0) {
      emit(i, decade, SLANT_TOKEN_NUMBER, TokenClass::Number);
      return decade;
    }
    if (const uint32_t elision = elision_end(j); elision != 0) {
      emit(i, elision, SLANT_TOKEN_WORD, TokenClass::Word);
      return elision;
    }
    emit(i, j, SLANT_TOKEN_PUNCT, TokenClass::QuoteGlyph, glyph_of(c.cp));
    return j;
  }

  // Two digits and an optional "s" at j, after an apostrophe ("'90s"): where they end, else 0.
  uint32_t decade_end(uint32_t j) const {
    if (!(j + 1 < end_ && is_ascii_digit(s_[j]) && is_ascii_digit(s_[j + 1]))) return 0;
    uint32_t k = j + 2;
    if (k < end_ && ascii_lower(s_[k]) == 's') ++k;
    return is_word_char(at(k).cls) ? 0 : k;
  }

  // A word shortened at its start, at j after an apostrophe ("'em", "'til", "rock 'n' roll"):
  // where it ends (with the closing apostrophe of "'n'"), else 0.
  uint32_t elision_end(uint32_t j) const {
    char buf[5];
    uint32_t m = 0, p = j;
    for (; m < 5 && p < end_ && kAsciiWordByte[s_[p]] && !is_ascii_digit(s_[p]); ++p) buf[m++] = static_cast<char>(ascii_lower(s_[p]));
    if (m == 0 || m == 5 || is_word_char(at(p).cls)) return 0;
    const std::string_view w(buf, m);
    if (w == "n") {
      const Char c = at(p);
      return (c.cls == CharClass::Apostrophe || c.cp == 0x2018) ? p + c.len : 0;
    }
    return (w == "bout" || w == "cause" || w == "cos" || w == "em" || w == "til" || w == "tis" || w == "twas") ? p : 0;
  }

  // If the letters at k (just after an apostrophe) are a whole PTB clitic ('s 'm 'd 'll 're 've),
  // where they end; else 0.
  uint32_t clitic_end(uint32_t k) const {
    char buf[3];
    uint32_t m = 0, p = k;
    for (Char d = at(p); m < 3 && d.len != 0 && d.cls == CharClass::Letter; d = at(p)) {
      buf[m++] = d.cp < 0x80 ? static_cast<char>(ascii_lower(static_cast<unsigned char>(d.cp))) : '?';
      p += d.len;
    }
    if (m == 0 || m == 3 || is_word_char(at(p).cls)) return 0;
    return is_clitic_suffix(std::string_view(buf, m)) ? p : 0;
  }

  // A word or number starting at `start`, with what may hang on it: hyphenated parts, internal
  // apostrophes (O'Brien), clitics split off PTB-style, acronym dots (U.S) and an abbreviation's
  // final period.
  uint32_t scan_word(uint32_t start, bool digit_start) {
    bool numeric = digit_start;
    bool internal_dot = false;
    uint32_t seg_begin = start;  // where the current part of an acronym ("S" of "U.S") begins
    uint32_t j = start;
    for (;;) {
      // Fast path: a run of ASCII letters and digits, usually ended by a space. Locals, so the
      // loop does not reload members on every byte.
      {
        const unsigned char* const s = s_;
        const uint32_t end = end_;
        j = swar::end_of_ascii_word(s, j, static_cast<uint32_t>(text_.size()));
        while (j < end && kAsciiWordByte[s[j]]) ++j;
        if (j > end) j = end;
      }
      if (j == end_ || s_[j] == ' ') break;
      const Char c = at(j);
      if (c.len == 0) break;
      if (c.cls == CharClass::Letter || c.cls == CharClass::Mark || c.cls == CharClass::Digit ||
          c.cls == CharClass::Format) {
        j += c.len;
        continue;
      }
      if (c.cls == CharClass::Hyphen) {
        const Char n = at(j + c.len);
        if (n.len != 0 && (n.cls == CharClass::Letter || n.cls == CharClass::Digit)) {
          if (n.cls == CharClass::Letter) numeric = false;
          j += c.len;
          seg_begin = j;
          continue;
        }
        break;
      }
      const bool digit_before = j > start && is_ascii_digit(s_[j - 1]);
      const bool digit_after = j + 1 < end_ && is_ascii_digit(s_[j + 1]);
      if ((c.cp == '.' || c.cp == ',') && digit_before && digit_after) {  // 3.5, 1,000
        j += 1;
        continue;
      }
      if (c.cp == '.' && digit_after && kAsciiWordByte[s_[j - 1]]) {  // version and variant names: v2.0, BA.5
        j += 1;
        continue;
      }
      if ((c.cp == ':' || c.cp == '/') && numeric && digit_before && digit_after) {  // 10:30, 9/11
        j += 1;
        continue;
      }
      if (c.cp == '.' && !digit_start && code_points(seg_begin, j) <= 2 && is_acronym_segment(j + 1)) {
        j += 1;  // U.S, e.g, Ph.D, a.m
        internal_dot = true;
        seg_begin = j;
        continue;
      }
      // U+2018 between letters is an apostrophe typed with the wrong mark ("Trump\u2018s").
      if ((c.cls == CharClass::Apostrophe || c.cp == 0x2018) && j > start) {
        const uint32_t k = j + c.len;
        const Char n = at(k);
        if (n.len == 0 || n.cls != CharClass::Letter) break;  // trailing: a possessive or a quote
        const uint32_t clitic = clitic_end(k);
        if (clitic != 0) {
          emit_word(start, j, numeric);
          emit(j, clitic, SLANT_TOKEN_WORD, TokenClass::Word);
          return clitic;
        }
        if (letter_run(k, 2) == 1 && ascii_lower(s_[k]) == 't' && !is_word_char(at(k + 1).cls) &&
            ascii_lower(s_[j - 1]) == 'n') {  // don't -> do n't, can't -> ca n't
          if (j - 1 > start) emit_word(start, j - 1, numeric);
          emit(j - 1, k + 1, SLANT_TOKEN_WORD, TokenClass::Word);
          return k + 1;
        }
        j = k;  // O'Brien, rock'n'roll
        seg_begin = j;
        continue;
      }
      break;
    }
    if (j == end_ || s_[j] == ' ') {
      emit_word(start, j, numeric);
      return j;
    }
    if (j + 1 < end_ && s_[j] == '@' && kAsciiWordByte[s_[j + 1]]) return scan_email(start, j + 1);
    // An abbreviation keeps its period: "U.S." "Mr." "Sept." "No. 1" "F.".
    if (j < end_ && s_[j] == '.' && !(j + 1 < end_ && s_[j + 1] == '.') && !digit_start) {
      const TokenClass cls = abbreviation_class(start, j, internal_dot);
      if (cls != TokenClass::Word) {
        const uint32_t e = j + 1;
        const Char n = at(e);
        if (n.cls == CharClass::Hyphen && at(e + n.len).cls == CharClass::Letter) {
          // "U.S.-led" stays one hyphenated word.
          const uint32_t rest = scan_word_tail(e);
          emit(start, rest, SLANT_TOKEN_WORD, TokenClass::Word);
          return rest;
        }
        emit(start, e, SLANT_TOKEN_WORD, cls);
        return e;
      }
    }
    emit_word(start, j, numeric);
    return j;
  }

  // Code points in [b, e), counting at most 3.
  uint32_t code_points(uint32_t b, uint32_t e) const {
    uint32_t n = 0;
    for (uint32_t k = b; k < e && n < 3; ++k) n += (s_[k] & 0xC0u) != 0x80u;
    return n;
  }

  // One or two letters at i followed by a period: the next part of "U.S." or "Ph.D.".
  bool is_acronym_segment(uint32_t i) const {
    uint32_t n = 0;
    for (Char d = at(i); d.len != 0 && d.cls == CharClass::Letter; d = at(i)) {
      if (++n > 2) return false;
      i += d.len;
    }
    return n != 0 && i < end_ && s_[i] == '.';
  }

  // Continues a hyphenated word after an abbreviation ("U.S." + "-led"); returns its end.
  uint32_t scan_word_tail(uint32_t j) {
    for (;;) {
      const Char c = at(j);
      if (c.len == 0) return j;
      if (is_word_char(c.cls) || c.cls == CharClass::Format) {
        j += c.len;
      } else if (c.cls == CharClass::Hyphen && is_word_char(at(j + c.len).cls) && at(j + c.len).len != 0) {
        j += c.len;
      } else {
        return j;
      }
    }
  }

  TokenClass abbreviation_class(uint32_t b, uint32_t e, bool internal_dot) const {
    const std::string_view form = text_.substr(b, e - b);
    const AbbrevKind kind = abbreviation_kind(form);
    if (internal_dot) return kind == AbbrevKind::NoSplit ? TokenClass::AbbrevNoSplit : TokenClass::AbbrevOther;
    switch (kind) {
      case AbbrevKind::Title: return TokenClass::AbbrevTitle;
      case AbbrevKind::NoSplit: return TokenClass::AbbrevNoSplit;
      case AbbrevKind::Month: return TokenClass::AbbrevMonth;
      case AbbrevKind::Other: return TokenClass::AbbrevOther;
      case AbbrevKind::BeforeNumber: {
        uint32_t k = e + 1;
        while (k < end_ && k < e + 4 && s_[k] == ' ') ++k;
        return (k < end_ && is_ascii_digit(s_[k])) ? TokenClass::AbbrevBeforeNumber : TokenClass::Word;
      }
      case AbbrevKind::None: break;
    }
    // A single upper-case letter is an initial: "John F. Kennedy", "J. K. Rowling".
    const Char c = at(b);
    if (c.len == e - b && c.cls == CharClass::Letter && letter_case(c.cp) == LetterCase::Upper)
      return TokenClass::AbbrevInitial;
    return TokenClass::Word;
  }

  void emit_word(uint32_t b, uint32_t e, bool numeric) {
    emit(b, e, numeric ? SLANT_TOKEN_NUMBER : SLANT_TOKEN_WORD, numeric ? TokenClass::Number : TokenClass::Word);
  }

  bool starts_url(uint32_t i) const {
    auto has = [&](std::string_view p) {
      if (end_ - i < p.size()) return false;
      for (size_t k = 0; k < p.size(); ++k)
        if (ascii_lower(s_[i + k]) != static_cast<unsigned char>(p[k])) return false;
      return true;
    };
    const unsigned char b = ascii_lower(s_[i]);
    if (b == 'h') return has("http://") || has("https://");
    if (b == 'w') return has("www.") && i + 4 < end_ && at(i + 4).cls == CharClass::Letter;
    return false;
  }

  // A URL runs to the next space or quotation mark, minus trailing sentence punctuation.
  uint32_t scan_url(uint32_t start) {
    uint32_t j = start;
    for (Char c = at(j); c.len != 0; c = at(j)) {
      if (is_skippable(c.cls) || c.cls == CharClass::Quote || c.cp == '<' || c.cp == '>') break;
      if (c.cls == CharClass::Apostrophe && c.cp != '\'') break;
      j += c.len;
    }
    while (j > start + 4) {
      const unsigned char b = s_[j - 1];
      if (b == '.' || b == ',' || b == ';' || b == ':' || b == '!' || b == '?' || b == ')' || b == ']' ||
          b == '\'')
        --j;
      else
        break;
    }
    emit(start, j, SLANT_TOKEN_SYMBOL, TokenClass::Url);
    return j;
  }

  // name@example.org as one SYMBOL token; `domain` is where the part after the @ begins.
  uint32_t scan_email(uint32_t start, uint32_t domain) {
    uint32_t j = domain;
    while (j < end_ && (kAsciiWordByte[s_[j]] || s_[j] == '.' || s_[j] == '-')) ++j;
    while (j > domain && (s_[j - 1] == '.' || s_[j - 1] == '-')) --j;
    emit(start, j, SLANT_TOKEN_SYMBOL, TokenClass::Url);
    return j;
  }

  const unsigned char* s_;
  std::string_view text_;
  uint32_t begin_;
  uint32_t end_;
  TokenSink& out_;
  size_t first_;  // the paragraph's first token
};

}  // namespace

void tokenize(std::string_view text, uint32_t begin, uint32_t end, TokenSink& out) {
  Tokenizer(text, begin, end, out).run();
}

}  // namespace slant::segmentation
