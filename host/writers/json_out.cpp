#include "writers/json_out.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace slant {
namespace {

// Length of the valid UTF-8 sequence starting at s[i], or 0 if it is not valid.
size_t utf8_length(std::string_view s, size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  unsigned char c = p[i];
  size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
  if (c >= 0xF5 || n == 0 || i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k)
    if ((p[i + k] & 0xC0) != 0x80) return 0;
  if (n == 3 && ((c == 0xE0 && p[i + 1] < 0xA0) || (c == 0xED && p[i + 1] >= 0xA0))) return 0;  // overlong, surrogate
  if (n == 4 && ((c == 0xF0 && p[i + 1] < 0x90) || (c == 0xF4 && p[i + 1] >= 0x90))) return 0;
  return n;
}

// True when none of the 8 bytes in x needs escaping or UTF-8 checking: each is printable ASCII
// (0x20..0x7F) other than '"' and '\\'. Most report text is, so the scans below move 8 or 16
// bytes a step instead of one (the byte-wise loop was a tenth of a whole run).
bool plain_word(uint64_t x) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  const uint64_t quote = x ^ (kOnes * '"'), backslash = x ^ (kOnes * '\\');
  const uint64_t below_space = (x - kOnes * 0x20) & ~x;  // exact when no byte has its high bit
  const uint64_t is_quote = (quote - kOnes) & ~quote, is_backslash = (backslash - kOnes) & ~backslash;
  return ((x | below_space | is_quote | is_backslash) & kHigh) == 0;
}

bool plain_ascii8(const unsigned char* p) {
  uint64_t x;
  std::memcpy(&x, p, 8);
  return plain_word(x);
}

#if defined(__SSE2__)
// The same test on 16 bytes: as signed bytes, those from 0x80 up are negative, so one
// "less than 0x20" finds them and the control bytes together.
bool plain_ascii16(const unsigned char* p) {
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i bad = _mm_or_si128(_mm_cmplt_epi8(x, _mm_set1_epi8(0x20)),
                                   _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))));
  return _mm_movemask_epi8(bad) == 0;
}
#endif

// Whether all of s can be copied as it is. Every length is tested in whole words, the last one
// overlapping the one before: a report's ~300 strings an article are mostly short keys and values,
// and a byte loop over their tails had cost more than the long texts' scan.
bool plain_string(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  if (n >= 16) {
#if defined(__SSE2__)
    for (size_t i = 0; i + 16 <= n; i += 16)
      if (!plain_ascii16(p + i)) return false;
    return plain_ascii16(p + n - 16);
#else
    for (size_t i = 0; i + 8 <= n; i += 8)
      if (!plain_ascii8(p + i)) return false;
    return plain_ascii8(p + n - 8);
#endif
  }
  if (n >= 8) return plain_ascii8(p) && plain_ascii8(p + n - 8);
  if (n >= 4) {
    uint32_t front, back;
    std::memcpy(&front, p, 4);
    std::memcpy(&back, p + n - 4, 4);
    return plain_word(front | static_cast<uint64_t>(back) << 32);
  }
  for (size_t i = 0; i < n; ++i)
    if (p[i] < 0x20 || p[i] >= 0x80 || p[i] == '"' || p[i] == '\\') return false;
  return true;
}

}  // namespace

// A little more than asked: std::string doubles its capacity when it must reallocate, so this
// stays amortised, and each byte is zeroed by resize() once (a reused string keeps its capacity).
void JsonOut::grow(size_t n) {
  out_.resize(len_ + n + 1024);
  buf_ = out_.data();
  end_ = out_.size();
}

void JsonOut::string(std::string_view s) {
  // Plain text (printable ASCII without '"' or '\\'), most of a report, goes in one copy.
  if (plain_string(s)) {
    char* o = room(s.size() + 2);
    *o = '"';
    std::memcpy(o + 1, s.data(), s.size());
    o[s.size() + 1] = '"';
    len_ += s.size() + 2;
    return;
  }
  trim();  // the rare string that needs escaping goes through the general path
  escape_into(out_, s);
  buf_ = out_.data();
  end_ = len_ = out_.size();
}

void JsonOut::escape_into(std::string& out, std::string_view s) {
  static const char* hex = "0123456789abcdef";
  out += '"';
  size_t run = 0;  // start of the pending run of bytes copied as they are
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  for (size_t i = 0; i < s.size();) {
    while (i + 8 <= s.size() && plain_ascii8(p + i)) i += 8;
    if (i >= s.size()) break;
    unsigned char c = p[i];
    if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      size_t n = utf8_length(s, i);
      if (n) {
        i += n;
        continue;
      }
      out.append(s.data() + run, i - run);
      out += "\xEF\xBF\xBD";  // U+FFFD for a byte that is not valid UTF-8
      run = ++i;
      continue;
    }
    out.append(s.data() + run, i - run);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        out += "\\u00";
        out += hex[c >> 4];
        out += hex[c & 15];
    }
    run = ++i;
  }
  out.append(s.data() + run, s.size() - run);
  out += '"';
}

JsonOut& JsonOut::value(double d) {
  separate();
  if (!std::isfinite(d)) {
    put("null");
    return *this;
  }
  // Small whole numbers, most of the metrics, skip the general shortest-form search: their
  // shortest form is the integer itself (below 10,000 it is shorter than any exponent form).
  if (d == static_cast<double>(static_cast<int>(d)) && d > -10000 && d < 10000 && !std::signbit(d)) {
    char* p = room(16);
    p = std::to_chars(p, p + 14, static_cast<int>(d)).ptr;
    *p++ = '.';
    *p++ = '0';
    len_ = static_cast<size_t>(p - buf_);
    return *this;
  }
  // The shortest text that reads back as the same double; whole numbers keep a ".0".
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, d);
  std::string_view text(buf, ec == std::errc() ? static_cast<size_t>(end - buf) : 0);
  put(text);
  if (text.find_first_of(".eE") == std::string_view::npos) put(".0");
  return *this;
}

}  // namespace slant
