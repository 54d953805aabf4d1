#include "segment/lower_form.hpp"

#include <array>

#include "segment/unicode_text.hpp"

namespace slant::segmentation {
namespace {

// 1 for an ASCII upper-case letter, 2 for a lower-case one, 0 otherwise.
constexpr auto kAsciiCase = [] {
  std::array<uint8_t, 128> t{};
  for (int b = 'A'; b <= 'Z'; ++b) t[b] = 1;
  for (int b = 'a'; b <= 'z'; ++b) t[b] = 2;
  return t;
}();

// The lower-case partner of an upper-case letter, or 0 when cp is not one we map.
char32_t to_lower(char32_t cp) {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : 0;
  if (cp < 0x100) return (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) ? cp + 32 : 0;
  if (cp < 0x180) {  // Latin Extended-A: pairs, with the parity flipping twice
    if (cp == 0x130) return 'i';
    if (cp == 0x178) return 0xFF;
    if (cp <= 0x137 || (cp >= 0x14A && cp <= 0x177)) return (cp % 2 == 0) ? cp + 1 : 0;
    if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) return (cp % 2 == 1) ? cp + 1 : 0;
    return 0;
  }
  if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) return cp + 32;  // Greek
  if (cp == 0x386) return 0x3AC;
  if (cp >= 0x388 && cp <= 0x38A) return cp + 37;
  if (cp == 0x38C) return 0x3CC;
  if (cp == 0x38E || cp == 0x38F) return cp + 63;
  if (cp >= 0x410 && cp <= 0x42F) return cp + 32;  // Cyrillic
  if (cp >= 0x400 && cp <= 0x40F) return cp + 80;
  return 0;
}

bool is_lower_letter(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  if (cp < 0x100) return cp == 0xB5 || (cp >= 0xDF && cp != 0xF7);
  if (cp < 0x180) return to_lower(cp) == 0;  // every letter of the block is cased
  if (cp >= 0x3AC && cp <= 0x3CE) return true;
  if (cp >= 0x430 && cp <= 0x45F) return true;
  return false;
}

// Writes cp as UTF-8; only called for lower-case partners, which are at most 2 bytes long.
char* write_utf8(char32_t cp, char* out) {
  if (cp < 0x80) {
    *out++ = static_cast<char>(cp);
  } else {
    *out++ = static_cast<char>(0xC0 | (cp >> 6));
    *out++ = static_cast<char>(0x80 | (cp & 0x3F));
  }
  return out;
}

}  // namespace

LetterCase letter_case(char32_t cp) {
  if (to_lower(cp) != 0) return LetterCase::Upper;
  if (is_lower_letter(cp)) return LetterCase::Lower;
  return LetterCase::None;
}

size_t write_lower_form(std::string_view token, char* out, CaseCounts& counts) {
  const auto* s = reinterpret_cast<const unsigned char*>(token.data());
  const size_t n = token.size();
  char* const out_begin = out;
  // Counted in locals: out may alias counts as far as the compiler knows, which would force
  // a store per character.
  uint32_t upper = 0, lower = 0;
  LetterCase first = LetterCase::None;
  auto note = [&](LetterCase c) {
    (c == LetterCase::Upper ? upper : lower) += 1;
    if (first == LetterCase::None) first = c;
  };
  // Fast path for the ASCII prefix (usually the whole token): table lookups, no branches but
  // the loop's own and the one that notes the first letter.
  size_t i = 0;
  for (; i < n && s[i] < 0x80; ++i) {
    const unsigned char b = s[i];
    const uint8_t k = kAsciiCase[b];
    *out++ = static_cast<char>(b | (k & 1u ? 0x20 : 0));
    upper += k & 1u;
    lower += k >> 1;
    if (first == LetterCase::None && k != 0) first = (k & 1u) ? LetterCase::Upper : LetterCase::Lower;
  }
  while (i < n) {
    const unsigned char b = s[i];
    if (b < 0x80) {
      const unsigned char folded = b | 0x20;
      if (folded >= 'a' && folded <= 'z') {
        note(b == folded ? LetterCase::Lower : LetterCase::Upper);
        *out++ = static_cast<char>(folded);
      } else {
        *out++ = static_cast<char>(b);
      }
      ++i;
      continue;
    }
    const Decoded d = decode_utf8(s, i, n);
    i += d.len;
    if (!d.valid) {
      *out++ = static_cast<char>(b);
      continue;
    }
    const char32_t cp = d.cp;
    switch (cp) {
      case 0xAD: case 0x200E: case 0x200F: case 0x2060:  // invisible: soft hyphen, marks, joiner
        continue;
      case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2039: case 0x203A: case 0x2BC:
        *out++ = '\'';
        continue;
      case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0xAB: case 0xBB:
        *out++ = '"';
        continue;
      case 0x2010: case 0x2011:
        *out++ = '-';
        continue;
      case 0x2026:
        *out++ = '.';
        *out++ = '.';
        *out++ = '.';
        continue;
      default:
        break;
    }
    if (cp >= 0x202A && cp <= 0x202E) continue;  // bidi embedding controls
    const char32_t lowered = to_lower(cp);
    if (lowered != 0) {
      note(LetterCase::Upper);
      out = write_utf8(lowered, out);
    } else {
      if (is_lower_letter(cp)) note(LetterCase::Lower);
      for (uint32_t k = 0; k < d.len; ++k) *out++ = static_cast<char>(s[i - d.len + k]);
    }
  }
  counts.upper += upper;
  counts.lower += lower;
  if (counts.first == LetterCase::None) counts.first = first;
  return static_cast<size_t>(out - out_begin);
}

}  // namespace slant::segmentation
