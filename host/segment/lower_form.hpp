// The lower-case form of a token as plugins compare it: ASCII, Latin-1, Latin Extended-A, Greek
// and Cyrillic lower-cased; curly quotes and apostrophes made straight; soft hyphens dropped.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace slant::segmentation {

enum class LetterCase : uint8_t { None, Upper, Lower };

// The case of a code point among the scripts we lower-case; None for uncased or unknown.
LetterCase letter_case(char32_t cp);

struct CaseCounts {
  uint32_t upper = 0;
  uint32_t lower = 0;
  LetterCase first = LetterCase::None;  // case of the first cased letter
};

// Writes the lower form of token's bytes to out and returns how many bytes it wrote, never more
// than token.size() (so a buffer the size of the text holds every token's form); counts the
// token's upper- and lower-case letters on the way.
size_t write_lower_form(std::string_view token, char* out, CaseCounts& counts);

namespace detail {
// Per ASCII byte: its lower-case form, and what it adds to packed letter counts (upper-case in
// the low 16 bits, lower-case in the high 16 bits).
struct AsciiCaseTables {
  unsigned char lower[128];
  uint32_t count[128];
};
inline constexpr AsciiCaseTables kAsciiCase = [] {
  AsciiCaseTables t{};
  for (int b = 0; b < 128; ++b) {
    t.lower[b] = static_cast<unsigned char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
    t.count[b] = (b >= 'A' && b <= 'Z') ? 1u : (b >= 'a' && b <= 'z') ? 0x10000u : 0u;
  }
  return t;
}();
}  // namespace detail

// write_lower_form for a token of at most 16 bytes, inlined for the common case: returns false,
// having written scratch bytes only, when the token is not all ASCII and needs write_lower_form.
inline bool write_ascii_lower_form(const unsigned char* s, uint32_t n, char* out, CaseCounts& counts) {
  if (n > 16) return false;
  uint32_t packed = 0;
  unsigned char any = 0;
  for (uint32_t k = 0; k < n; ++k) {
    const unsigned char b = s[k];
    any |= b;
    out[k] = static_cast<char>(detail::kAsciiCase.lower[b & 0x7F]);
    packed += detail::kAsciiCase.count[b & 0x7F];
  }
  if (any >= 0x80) return false;
  if (packed != 0 && counts.first == LetterCase::None) {
    uint32_t k = 0;
    while (detail::kAsciiCase.count[s[k]] == 0) ++k;
    counts.first = detail::kAsciiCase.count[s[k]] == 1 ? LetterCase::Upper : LetterCase::Lower;
  }
  counts.upper += packed & 0xFFFFu;
  counts.lower += packed >> 16;
  return true;
}

}  // namespace slant::segmentation
