// Words as the lexicons and plugins key on them, and as the host compares its own names: a hash
// and an equality that read a word in whole loads. Header-only, part of the SDK.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace slant::sdk {

// A hash of a word for the lower-case forms lexicons and plugins key on, read in whole words
// rather than byte by byte: two overlapping 4-byte loads cover a word of 4 to 8 bytes, 8-byte
// steps (the last overlapping) a longer one. Each step is multiplied in and the high half folded
// onto the low, which power-of-two tables index by. sdk::Lexicon's table uses it; so can a
// plugin's own. (FNV-1a's loop, five instructions a byte, had been 3% of a whole run.)
inline uint64_t word_hash(std::string_view w) {
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
  const auto* p = reinterpret_cast<const unsigned char*>(w.data());
  const size_t n = w.size();
  auto load32 = [](const unsigned char* at) {
    uint32_t x;
    std::memcpy(&x, at, 4);
    return uint64_t{x};
  };
  uint64_t h;
  if (n >= 8) {
    h = n * kMul;
    for (size_t i = 0; i + 8 < n; i += 8) {
      uint64_t x;
      std::memcpy(&x, p + i, 8);
      h = (h ^ x) * kMul;
      h ^= h >> 29;
    }
    uint64_t last;
    std::memcpy(&last, p + n - 8, 8);
    h = (h ^ last) * kMul;
  } else if (n >= 4) {
    h = ((load32(p) | load32(p + n - 4) << 32) ^ n) * kMul;
  } else if (n > 0) {
    h = (uint64_t{p[0]} | uint64_t{p[n / 2]} << 8 | uint64_t{p[n - 1]} << 16 | uint64_t{n} << 24) * kMul;
  } else {
    h = 0;
  }
  return h ^ (h >> 32);
}

// Whether two words are equal: lengths first, then the bytes in whole loads for a word of up to
// 16 bytes (two overlapping loads of 8 or 4 bytes; the first, middle and last byte below 4),
// memcmp beyond. A lexicon compares a token with a key at every lookup that passes its filter,
// and std::string_view's == made that a call to memcmp costing more than the compare.
[[gnu::always_inline]] inline bool same_word(std::string_view a, std::string_view b) {
  const size_t n = a.size();
  if (n != b.size()) return false;
  const char* p = a.data();
  const char* q = b.data();
  auto equal_at = [](const char* x, const char* y, auto word) {
    decltype(word) u, v;
    std::memcpy(&u, x, sizeof u);
    std::memcpy(&v, y, sizeof v);
    return u == v;
  };
  if (n >= 8) {
    if (n > 16) return std::memcmp(p, q, n) == 0;
    return equal_at(p, q, uint64_t{}) && equal_at(p + n - 8, q + n - 8, uint64_t{});
  }
  if (n >= 4) return equal_at(p, q, uint32_t{}) && equal_at(p + n - 4, q + n - 4, uint32_t{});
  return n == 0 || (p[0] == q[0] && p[n / 2] == q[n / 2] && p[n - 1] == q[n - 1]);
}

// word_hash as a transparent hasher, so a plugin's std::unordered_map<std::string, T, WordHash,
// WordEqual> is looked up by a token's string_view without building a std::string.
struct WordHash {
  using is_transparent = void;
  size_t operator()(std::string_view w) const { return static_cast<size_t>(word_hash(w)); }
};
// same_word as the transparent key equality to go with WordHash (std::equal_to<> calls memcmp).
struct WordEqual {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const { return same_word(a, b); }
};

}  // namespace slant::sdk
