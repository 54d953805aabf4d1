#include "readers/text_hygiene.hpp"

#include <iconv.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdint>
#include <cstring>

namespace slant {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Length of the valid UTF-8 sequence at s[i], or 0 with *bad set to the length of the invalid
// prefix to replace by one U+FFFD (at least 1), following the W3C "maximal subpart" practice.
size_t valid_sequence(std::string_view s, size_t i, size_t* bad) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = b(i);
  if (c < 0x80) return 1;
  size_t need = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    need = 1;
  } else if (c >= 0xE0 && c <= 0xEF) {
    need = 2;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;  // no surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 3;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    *bad = 1;
    return 0;
  }
  for (size_t k = 1; k <= need; ++k) {
    if (i + k >= s.size()) {
      *bad = k;
      return 0;
    }
    unsigned char ck = b(i + k);
    unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
    if (ck < l || ck > h) {
      *bad = k;
      return 0;
    }
  }
  return need + 1;
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// The value after `pos` (which points just past "charset" or "encoding"): = "value".
std::string value_after(std::string_view s, size_t pos) {
  while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\n' || s[pos] == '\r')) ++pos;
  if (pos >= s.size() || s[pos] != '=') return {};
  ++pos;
  while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '"' || s[pos] == '\'')) ++pos;
  size_t end = pos;
  while (end < s.size() && (std::isalnum(static_cast<unsigned char>(s[end])) || s[end] == '-' || s[end] == '_' ||
                            s[end] == '.' || s[end] == ':'))
    ++end;
  return std::string(s.substr(pos, end - pos));
}

bool is_utf8_name(const std::string& c) { return c == "utf-8" || c == "utf8" || c == "unicode-1-1-utf-8"; }

// Runs iconv over all of `in`; bytes it cannot convert become U+FFFD and are counted.
bool iconv_all(const std::string& in, const char* from, std::string* out, size_t* undefined) {
  iconv_t cd = iconv_open("UTF-8", from);
  if (cd == reinterpret_cast<iconv_t>(-1)) return false;
  out->clear();
  out->reserve(in.size() + in.size() / 4 + 16);
  char buf[16384];
  char* src = const_cast<char*>(in.data());
  size_t src_left = in.size();
  while (src_left > 0) {
    char* dst = buf;
    size_t dst_left = sizeof buf;
    size_t r = iconv(cd, &src, &src_left, &dst, &dst_left);
    out->append(buf, static_cast<size_t>(dst - buf));
    if (r != static_cast<size_t>(-1)) continue;
    if (errno == E2BIG) continue;
    // EILSEQ (a byte the charset does not define) or EINVAL (a truncated sequence at the end).
    out->append(kReplacement);
    ++*undefined;
    ++src;
    --src_left;
  }
  iconv_close(cd);
  return true;
}

}  // namespace

void normalise_newlines(std::string& text) {
  if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
  if (text.find('\r') == std::string::npos) return;
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      out += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      out += text[i];
    }
  }
  text = std::move(out);
}

bool looks_binary(const std::string& bytes) {
  size_t n = std::min<size_t>(bytes.size(), 8192);
  return std::find(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(n), '\0') !=
         bytes.begin() + static_cast<std::ptrdiff_t>(n);
}

std::string binary_kind(std::string_view bytes) {
  auto starts = [&](std::string_view magic) { return bytes.substr(0, magic.size()) == magic; };
  if (starts("\xFF\xFE") || starts("\xFE\xFF")) return {};  // UTF-16 text
  if (starts("\x1F\x8B")) return "a gzip archive (decompress it first)";
  if (starts("PK\x03\x04")) return "a zip archive (unpack it first)";
  if (starts("%PDF-")) return "a PDF file (extract its text first)";
  if (starts("\x89PNG") || starts("\xFF\xD8\xFF") || starts("GIF8")) return "an image";
  if (starts("\x7F" "ELF")) return "a program (ELF binary)";
  size_t n = std::min<size_t>(bytes.size(), 8192);
  size_t controls = 0;
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c == 0) return "binary data (it has NUL bytes)";
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++controls;
  }
  if (n >= 64 && controls * 10 > n) return "binary data (many control bytes)";
  return {};
}

// Bytes from i on that are plain ASCII, taken 8 at a time (most text is): the first index at or
// after i where a byte with the high bit set may stand.
static size_t skip_ascii(std::string_view text, size_t i) {
  while (i + 8 <= text.size()) {
    uint64_t x;
    std::memcpy(&x, text.data() + i, 8);
    if (x & 0x8080808080808080ULL) break;
    i += 8;
  }
  return i;
}

bool has_invalid_utf8(std::string_view text) {
  size_t bad = 0;
  for (size_t i = skip_ascii(text, 0); i < text.size(); i = skip_ascii(text, i)) {
    size_t n = valid_sequence(text, i, &bad);
    if (n == 0) return true;
    i += n;
  }
  return false;
}

size_t repair_utf8(std::string& text, std::vector<std::string>* warnings, size_t base_offset) {
  size_t i = 0, bad = 0;
  // Fast path: most text is valid; find the first problem without copying.
  for (i = skip_ascii(text, 0); i < text.size(); i = skip_ascii(text, i)) {
    size_t n = valid_sequence(text, i, &bad);
    if (n == 0) break;
    i += n;
  }
  if (i == text.size()) return 0;
  size_t first = i, count = 0;
  std::string out;
  out.reserve(text.size() + 16);
  out.append(text, 0, i);
  while (i < text.size()) {
    size_t n = valid_sequence(text, i, &bad);
    if (n) {
      out.append(text, i, n);
      i += n;
    } else {
      out.append(kReplacement);
      ++count;
      i += bad;
    }
  }
  text = std::move(out);
  if (warnings)
    warnings->push_back("invalid UTF-8 at byte offset " + std::to_string(base_offset + first) +
                        (count > 1 ? " (and " + std::to_string(count - 1) + " more place(s))" : std::string()) +
                        " replaced with U+FFFD; if the file is in another encoding, declare it or convert it");
  return count;
}

std::string declared_charset(std::string_view head) {
  std::string h = lower_ascii(head.substr(0, 8192));
  size_t s = h.find_first_not_of(" \t\r\n");
  if (s != std::string::npos && h.compare(s, 5, "<?xml") == 0) {
    size_t end = h.find("?>", s);
    size_t enc = h.find("encoding", s);
    if (enc != std::string::npos && (end == std::string::npos || enc < end)) return value_after(h, enc + 8);
  }
  for (size_t pos = h.find("charset"); pos != std::string::npos; pos = h.find("charset", pos + 7)) {
    size_t open = h.rfind('<', pos);
    if (open == std::string::npos || h.compare(open, 5, "<meta") != 0) continue;
    if (h.find('>', open) < pos) continue;
    std::string v = value_after(h, pos + 7);
    if (!v.empty()) return v;
  }
  return {};
}

bool convert_to_utf8(std::string& bytes, std::string_view charset, std::vector<std::string>* warnings) {
  std::string from;
  bool bom16 = bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF'));
  std::string c = lower_ascii(charset);
  if (bom16) {
    from = "UTF-16";  // iconv reads the BOM and drops it
  } else if (c.empty() || is_utf8_name(c) || c.rfind("utf-16", 0) == 0 || c.rfind("utf-32", 0) == 0) {
    // UTF-16/32 declared over ASCII-compatible bytes is a wrong declaration: the bytes win.
    return false;
  } else if (c == "iso-8859-1" || c == "iso8859-1" || c == "latin1" || c == "latin-1" || c == "l1" ||
             c == "us-ascii" || c == "ascii" || c == "cp1252" || c == "windows-1252" || c == "x-cp1252") {
    from = "WINDOWS-1252";
  } else {
    from = c;
  }
  // Pure ASCII is the same in every charset named here but UTF-16.
  if (!bom16 && std::all_of(bytes.begin(), bytes.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x80; }))
    return false;
  std::string out;
  size_t undefined = 0;
  if (!iconv_all(bytes, from.c_str(), &out, &undefined)) {
    if (warnings)
      warnings->push_back("the declared encoding '" + std::string(charset) +
                          "' is not one this system can convert; the text was read as UTF-8");
    return false;
  }
  if (undefined && warnings)
    warnings->push_back(std::to_string(undefined) + " byte(s) not defined in " + from + " replaced with U+FFFD");
  bytes = std::move(out);
  return true;
}

void clean_document(std::string& bytes, std::vector<std::string>* warnings, std::string_view charset) {
  bool utf8_bom = bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0;
  if (!utf8_bom) {
    std::string declared = charset.empty() ? declared_charset(bytes) : std::string(charset);
    convert_to_utf8(bytes, declared, warnings);
  }
  repair_utf8(bytes, warnings);
  normalise_newlines(bytes);
}

std::string collapse_spaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace slant
