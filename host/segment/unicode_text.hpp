// UTF-8 decoding and the character classes the segmenter works with, without ICU: a small
// table for ASCII and range checks for the rest, so scanning stays a few hundred MB/s.
#pragma once

#include <cstddef>
#include <cstdint>

namespace slant::segmentation {

// What a character is to the tokenizer. Invalid UTF-8 bytes count as Letter, so mis-declared
// Latin-1 text ("caf\xe9") still yields whole words rather than a token per byte.
enum class CharClass : uint8_t {
  Space,         // whitespace, NBSP, controls (NUL included), line and paragraph separators
  Format,        // soft hyphen, bidi marks, word joiner: kept inside a word, skipped outside
  Letter,        // any letter of any script, and bytes of invalid UTF-8
  Mark,          // combining marks, ZWJ/ZWNJ, variation selectors: continue whatever precedes
  Digit,         // ASCII 0-9
  Apostrophe,    // ' U+2019 U+02BC: inside words a clitic or elision, alone maybe a quote mark
  Hyphen,        // - U+2010 U+2011: joins words ("well-known"), alone a dash
  Dash,          // U+2012..U+2015 en and em dashes
  Period,        // .
  Terminal,      // ! ? and their Unicode doubles, Armenian/Devanagari/CJK full stops
  Ellipsis,      // U+2026
  Comma,         // , and CJK comma
  ClausePunct,   // ; :
  OpenBracket,   // ( [ {
  CloseBracket,  // ) ] }
  Quote,         // " and the curly, low-9 and guillemet quotation marks (not the apostrophe)
  OtherPunct,    // everything else that is punctuation
  Symbol,        // $ % & + = ... currency, maths, arrows, emoji
};

struct Decoded {
  char32_t cp;   // code point, or the lone byte when invalid
  uint32_t len;  // bytes consumed, >= 1
  bool valid;
};

// Decodes one UTF-8 sequence at s[i] (i < n). Rejects overlongs, surrogates and truncated
// sequences, consuming exactly one byte for each invalid start, so any input makes progress.
inline Decoded decode_utf8(const unsigned char* s, size_t i, size_t n) {
  const unsigned c = s[i];
  if (c < 0x80) return {c, 1, true};
  auto cont = [&](size_t k) { return i + k < n && (s[i + k] & 0xC0u) == 0x80u; };
  if (c < 0xC2) return {c, 1, false};
  if (c < 0xE0) {
    if (cont(1)) return {((c & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu), 2, true};
    return {c, 1, false};
  }
  if (c < 0xF0) {
    if (!cont(1) || !cont(2)) return {c, 1, false};
    if (c == 0xE0 && s[i + 1] < 0xA0) return {c, 1, false};   // overlong
    if (c == 0xED && s[i + 1] >= 0xA0) return {c, 1, false};  // surrogate
    return {((c & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu), 3, true};
  }
  if (c < 0xF5) {
    if (!cont(1) || !cont(2) || !cont(3)) return {c, 1, false};
    if (c == 0xF0 && s[i + 1] < 0x90) return {c, 1, false};
    if (c == 0xF4 && s[i + 1] >= 0x90) return {c, 1, false};
    return {((c & 0x07u) << 18) | ((s[i + 1] & 0x3Fu) << 12) | ((s[i + 2] & 0x3Fu) << 6) |
                (s[i + 3] & 0x3Fu),
            4, true};
  }
  return {c, 1, false};
}

namespace detail {
using C = CharClass;
// clang-format off
inline constexpr CharClass kAscii[128] = {
  // 0x00-0x1F: controls, all whitespace to us
  C::Space, C::Space, C::Space, C::Space, C::Space, C::Space, C::Space, C::Space,
  C::Space, C::Space, C::Space, C::Space, C::Space, C::Space, C::Space, C::Space,
  C::Space, C::Space, C::Space, C::Space, C::Space, C::Space, C::Space, C::Space,
  C::Space, C::Space, C::Space, C::Space, C::Space, C::Space, C::Space, C::Space,
  //  ' '       !            "         #          $          %          &          '
  C::Space, C::Terminal, C::Quote, C::Symbol, C::Symbol, C::Symbol, C::Symbol, C::Apostrophe,
  //  (              )                *          +          ,         -          .          /
  C::OpenBracket, C::CloseBracket, C::Symbol, C::Symbol, C::Comma, C::Hyphen, C::Period, C::OtherPunct,
  C::Digit, C::Digit, C::Digit, C::Digit, C::Digit, C::Digit, C::Digit, C::Digit,
  //  8         9         :               ;               <          =          >          ?
  C::Digit, C::Digit, C::ClausePunct, C::ClausePunct, C::Symbol, C::Symbol, C::Symbol, C::Terminal,
  //  @
  C::Symbol, C::Letter, C::Letter, C::Letter, C::Letter, C::Letter, C::Letter, C::Letter,
  C::Letter, C::Letter, C::Letter, C::Letter, C::Letter, C::Letter, C::Letter, C::Letter,
  C::Letter, C::Letter, C::Letter, C::Letter, C::Letter, C::Letter, C::Letter, C::Letter,
  //                                  [               \          ]                ^          _
  C::Letter, C::Letter, C::Letter, C::OpenBracket, C::Symbol, C::CloseBracket, C::Symbol, C::OtherPunct,
  //  `
  C::OtherPunct, C::Letter, C::Letter, C::Letter, C::Letter, C::Letter, C::Letter, C::Letter,
  C::Letter, C::Letter, C::Letter, C::Letter, C::Letter, C::Letter, C::Letter, C::Letter,
  C::Letter, C::Letter, C::Letter, C::Letter, C::Letter, C::Letter, C::Letter, C::Letter,
  //                                  {               |          }                ~          DEL
  C::Letter, C::Letter, C::Letter, C::OpenBracket, C::Symbol, C::CloseBracket, C::Symbol, C::Space,
};
// clang-format on

constexpr CharClass classify_latin1_upper_half(char32_t cp) {
  if (cp < 0xA0) return C::Space;  // C1 controls
  switch (cp) {
    case 0xA0: return C::Space;
    case 0xAD: return C::Format;
    case 0xAB: case 0xBB: return C::Quote;
    case 0xAA: case 0xB5: case 0xBA: return C::Letter;
    case 0xA1: case 0xBF: case 0xA7: case 0xB6: case 0xB7: return C::OtherPunct;
    case 0xD7: case 0xF7: return C::Symbol;
    default: return cp < 0xC0 ? C::Symbol : C::Letter;
  }
}

constexpr CharClass classify_general_punctuation(char32_t cp) {  // U+2000..U+206F
  if (cp <= 0x200B) return C::Space;
  if (cp <= 0x200D) return C::Mark;  // ZWNJ, ZWJ
  if (cp <= 0x200F) return C::Format;
  if (cp <= 0x2011) return C::Hyphen;
  if (cp <= 0x2015) return C::Dash;
  if (cp <= 0x2017) return C::OtherPunct;
  if (cp == 0x2019) return C::Apostrophe;
  if (cp <= 0x201F) return C::Quote;
  if (cp == 0x2026) return C::Ellipsis;
  if (cp <= 0x2027) return C::OtherPunct;
  if (cp <= 0x2029) return C::Space;
  if (cp <= 0x202E) return C::Format;
  if (cp == 0x202F) return C::Space;
  if (cp == 0x2039 || cp == 0x203A) return C::Quote;
  if (cp == 0x203C || (cp >= 0x2047 && cp <= 0x2049)) return C::Terminal;
  if (cp <= 0x205E) return C::OtherPunct;
  if (cp == 0x205F) return C::Space;
  return C::Format;
}
}  // namespace detail

// The class of a decoded character (see decode_utf8; invalid bytes are Letter).
constexpr CharClass classify(char32_t cp, bool valid = true) {
  using C = CharClass;
  if (!valid) return C::Letter;
  if (cp < 0x80) return detail::kAscii[cp];
  if (cp < 0x100) return detail::classify_latin1_upper_half(cp);
  if (cp == 0x2BC) return C::Apostrophe;  // modifier letter apostrophe
  if (cp < 0x300) return C::Letter;
  if (cp < 0x370) return C::Mark;
  if (cp < 0x2000) {
    switch (cp) {
      case 0x37E: case 0x55D: case 0x60C: case 0x61B: return C::OtherPunct;
      case 0x589: case 0x61F: case 0x6D4: case 0x964: case 0x965: return C::Terminal;
      case 0x387: case 0x55A: case 0x55B: case 0x55C: case 0x55E: case 0x55F:
      case 0x5BE: case 0x5C0: case 0x5C3: case 0x5C6: case 0x5F3: case 0x5F4: return C::OtherPunct;
      case 0x1680: return C::Space;
      default: return C::Letter;
    }
  }
  if (cp < 0x2070) return detail::classify_general_punctuation(cp);
  if (cp < 0x20D0) return C::Symbol;  // super/subscripts, currency
  if (cp < 0x2100) return C::Mark;
  if (cp < 0x2C00) return C::Symbol;  // letterlike, number forms, arrows, maths, dingbats
  if (cp < 0x2E00) return C::Letter;
  if (cp < 0x2E80) return C::OtherPunct;
  if (cp < 0x3000) return C::Letter;
  if (cp == 0x3000) return C::Space;
  if (cp == 0x3001) return C::Comma;
  if (cp == 0x3002) return C::Terminal;
  if (cp < 0x3040) return C::OtherPunct;
  if (cp < 0xD800) return C::Letter;
  if (cp < 0xF900) return C::Symbol;  // private use
  if (cp < 0xFE00) return C::Letter;
  if (cp < 0xFE10) return C::Mark;  // variation selectors
  if (cp < 0xFE20) return C::OtherPunct;
  if (cp < 0xFE30) return C::Mark;
  if (cp < 0xFE70) return C::OtherPunct;
  if (cp < 0xFEFF) return C::Letter;
  if (cp == 0xFEFF) return C::Space;  // byte order mark
  if (cp < 0xFF01) return C::Letter;
  if (cp < 0xFF5F) {  // fullwidth ASCII behaves like ASCII, except its quotes and apostrophe
    const CharClass a = detail::kAscii[cp - 0xFEE0];
    return (a == C::Quote || a == C::Apostrophe) ? C::OtherPunct : a;
  }
  if (cp < 0xFFF0) return C::Letter;
  if (cp < 0x10000) return C::Symbol;
  if (cp >= 0x1F3FB && cp <= 0x1F3FF) return C::Mark;  // skin tone modifiers
  if (cp >= 0x1F000 && cp < 0x1FB00) return C::Symbol;
  if (cp >= 0xE0000 && cp < 0xE1000) return C::Mark;  // tags, variation selectors supplement
  if (cp >= 0xF0000) return C::Symbol;
  return C::Letter;
}

// Characters that separate tokens and are trimmed from paragraph edges.
constexpr bool is_skippable(CharClass c) { return c == CharClass::Space || c == CharClass::Format; }
constexpr bool is_word_char(CharClass c) {
  return c == CharClass::Letter || c == CharClass::Mark || c == CharClass::Digit;
}

}  // namespace slant::segmentation
