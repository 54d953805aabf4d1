// Eight ASCII bytes at a time in a 64-bit word ("SIMD within a register"): where a run of
// letters and digits ends, and the lower form and letter case of a short token.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>

#include "segment/lower_form.hpp"

namespace slant::segmentation::swar {

inline constexpr uint64_t kOnes = 0x0101010101010101ull;
inline constexpr uint64_t kHigh = 0x8080808080808080ull;

inline uint64_t load8(const unsigned char* p) {
  uint64_t x;
  std::memcpy(&x, p, 8);
  if constexpr (std::endian::native == std::endian::big) x = __builtin_bswap64(x);
  return x;
}

// How many bytes have their high bit set in a mask of high bits (a portable popcount: without
// -mpopcnt std::popcount is a library call).
inline uint32_t count_marked(uint64_t high_bits) {
  return static_cast<uint32_t>(((high_bits >> 7) * kOnes) >> 56);
}

// High bit of each byte set where the byte is an ASCII byte in [lo, hi].
inline uint64_t in_range(uint64_t x, unsigned char lo, unsigned char hi) {
  const uint64_t h = x & ~kHigh;  // bytes below 0x80, so the adds below never carry over
  const uint64_t ge_lo = h + kOnes * (0x80u - lo);
  const uint64_t gt_hi = h + kOnes * (0x7Fu - hi);
  return ge_lo & ~gt_hi & ~x & kHigh;
}

// Bytes of the 8 at p that are ASCII letters or digits, as high bits.
inline uint64_t word_bytes(uint64_t x) {
  return in_range(x, '0', '9') | in_range(x, 'A', 'Z') | in_range(x, 'a', 'z');
}

// The first position >= i where s is not an ASCII letter or digit, for i < limit; may return
// more than limit, which the caller clamps. Reads only below `readable` (the text's size).
inline uint32_t end_of_ascii_word(const unsigned char* s, uint32_t i, uint32_t readable) {
  while (i + 8 <= readable) {
    const uint64_t stop = ~word_bytes(load8(s + i)) & kHigh;
    if (stop != 0) return i + static_cast<uint32_t>(std::countr_zero(stop) / 8);
    i += 8;
  }
  return i;  // the caller finishes byte by byte
}

// Lower form of a token of n <= 16 bytes at s into out, when 16 bytes can be read at s and
// written at out (bytes beyond n are scratch). Returns false if the token is not all ASCII.
inline bool write_short_ascii_lower_form(const unsigned char* s, uint32_t n, char* out, CaseCounts& counts) {
  uint32_t upper = 0, lower = 0;
  LetterCase first = LetterCase::None;
  for (uint32_t part = 0; part < 2; ++part) {
    const uint32_t len = n > 8 * part ? n - 8 * part : 0;
    const uint64_t keep = len >= 8 ? ~0ull : (1ull << (8 * len)) - 1;
    const uint64_t x = load8(s + 8 * part);
    if ((x & kHigh & keep) != 0) return false;
    const uint64_t up = in_range(x, 'A', 'Z') & keep;
    const uint64_t lo = in_range(x, 'a', 'z') & keep;
    uint64_t y = x | (up >> 2);  // 'A'..'Z' + 0x20
    if constexpr (std::endian::native == std::endian::big) y = __builtin_bswap64(y);
    std::memcpy(out + 8 * part, &y, 8);
    upper += count_marked(up);
    lower += count_marked(lo);
    if (first == LetterCase::None && (up | lo) != 0)
      first = ((up >> std::countr_zero(up | lo)) & 1u) ? LetterCase::Upper : LetterCase::Lower;
    if (len <= 8) break;
  }
  counts.upper += upper;
  counts.lower += lower;
  if (counts.first == LetterCase::None) counts.first = first;
  return true;
}

}  // namespace slant::segmentation::swar
