// What the segmenter's stages tell each other about a token beyond the public slant_token:
// its fine class (period, abbreviation, quote glyph ...) and, once decided, its quote role.
#pragma once

#include <cstdint>

namespace slant::segmentation {

enum class TokenClass : uint8_t {
  Word,
  Number,
  Symbol,
  Url,
  Period,        // a lone "."
  Terminal,      // a run of ! and ?
  Ellipsis,      // "..." or U+2026
  Comma,
  ClausePunct,   // ; :
  OpenBracket,
  CloseBracket,
  Dash,          // hyphens and dashes standing alone
  OtherPunct,
  QuoteGlyph,    // a quotation mark or a standalone apostrophe; QuoteFinder decides its role
  AbbrevTitle,   // word + period, see AbbrevKind
  AbbrevNoSplit,
  AbbrevBeforeNumber,
  AbbrevMonth,
  AbbrevInitial, // "F." of "John F. Kennedy"
  AbbrevOther,
};

// The glyph of a QuoteGlyph token.
enum class Glyph : uint8_t {
  None,
  DoubleStraight,  // "
  DoubleLeft,      // U+201C
  DoubleRight,     // U+201D
  DoubleLow,       // U+201E
  DoubleReversed,  // U+201F
  SingleStraight,  // '
  SingleLeft,      // U+2018
  SingleRight,     // U+2019, also the apostrophe
  SingleLow,       // U+201A
  SingleReversed,  // U+201B
  GuillemetLeft,   // U+00AB
  GuillemetRight,  // U+00BB
  SingleGuillemetLeft,   // U+2039
  SingleGuillemetRight,  // U+203A
};

enum class QuoteRole : uint8_t { None, Opening, Closing };

// Bits of TokenInfo::letters.
inline constexpr uint8_t kStartsLower = 0x1;  // the token begins with a lower-case letter

struct TokenInfo {
  TokenClass cls = TokenClass::Word;
  Glyph glyph = Glyph::None;
  QuoteRole quote = QuoteRole::None;
  uint8_t letters = 0;
};

constexpr bool is_abbreviation(TokenClass c) {
  return c >= TokenClass::AbbrevTitle && c <= TokenClass::AbbrevOther;
}

}  // namespace slant::segmentation
