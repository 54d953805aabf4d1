#include "segment/paragraph_splitter.hpp"

#include <cstring>

#include "segment/lower_form.hpp"
#include "segment/unicode_text.hpp"

namespace slant::segmentation {
namespace {

struct Line {
  uint32_t begin;  // trimmed; begin == end for a blank line
  uint32_t end;
  bool ends_like_sentence;
  bool starts_lower;
};

CharClass class_at(const unsigned char* s, size_t i, size_t n, char32_t* cp = nullptr) {
  if (s[i] < 0x80) {
    if (cp) *cp = s[i];
    return detail::kAscii[s[i]];
  }
  const Decoded d = decode_utf8(s, i, n);
  if (cp) *cp = d.cp;
  return classify(d.cp, d.valid);
}

// The start of the code point that ends at e (exclusive), not before b.
uint32_t last_char_start(const unsigned char* s, uint32_t b, uint32_t e) {
  uint32_t p = e - 1;
  while (p > b && p + 3 >= e && (s[p] & 0xC0u) == 0x80u) --p;
  return p;
}

Line trim_line(const unsigned char* s, size_t n, uint32_t b, uint32_t e) {
  Line line{b, b, false, false};
  uint32_t i = b;
  while (i < e) {
    if (s[i] < 0x80) {
      if (!is_skippable(detail::kAscii[s[i]])) break;
      ++i;
      continue;
    }
    const Decoded d = decode_utf8(s, i, e);
    if (!is_skippable(classify(d.cp, d.valid))) break;
    i += d.len;
  }
  if (i == e) return line;  // blank
  uint32_t j = e;
  while (j > i) {
    const uint32_t p = last_char_start(s, i, j);
    const Decoded d = decode_utf8(s, p, j);
    const CharClass c = (p + d.len == j) ? classify(d.cp, d.valid) : CharClass::Letter;
    if (!is_skippable(c)) break;
    j = p;
  }
  line.begin = i;
  line.end = j;
  char32_t first = 0;
  const CharClass fc = class_at(s, i, n, &first);
  line.starts_lower = fc == CharClass::Letter && letter_case(first) == LetterCase::Lower;
  const uint32_t p = last_char_start(s, i, j);
  const CharClass lc = class_at(s, p, j);
  line.ends_like_sentence = lc == CharClass::Period || lc == CharClass::Terminal || lc == CharClass::Ellipsis ||
                            lc == CharClass::Quote || lc == CharClass::Apostrophe ||
                            lc == CharClass::CloseBracket || lc == CharClass::ClausePunct;
  return line;
}

}  // namespace

void split_paragraphs(std::string_view text, std::vector<ParagraphSpan>& out) {
  out.clear();
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const auto n = static_cast<uint32_t>(text.size());
  thread_local std::vector<Line> lines;
  lines.clear();
  const bool has_cr = std::memchr(s, '\r', n) != nullptr;
  for (uint32_t b = 0; b < n;) {
    uint32_t e = b;
    if (!has_cr) {
      const void* nl = std::memchr(s + b, '\n', n - b);
      e = nl ? static_cast<uint32_t>(static_cast<const unsigned char*>(nl) - s) : n;
    } else {
      while (e < n && s[e] != '\n' && s[e] != '\r') ++e;
    }
    lines.push_back(trim_line(s, n, b, e));
    if (e < n && s[e] == '\r' && e + 1 < n && s[e + 1] == '\n') ++e;
    b = e + 1;
  }
  auto blank = [](const Line& l) { return l.begin == l.end; };

  bool blank_separated = false;
  size_t text_lines = 0, unfinished = 0;
  bool seen_text = false, gap = false, last_unfinished = false;
  for (size_t k = 0; k < lines.size(); ++k) {
    if (blank(lines[k])) {
      gap = seen_text;
      continue;
    }
    if (gap) blank_separated = true;
    seen_text = true;
    ++text_lines;
    last_unfinished = !lines[k].ends_like_sentence;
    unfinished += last_unfinished;
  }
  if (text_lines == 0) return;
  unfinished -= last_unfinished;

  // Hard-wrapped prose: most lines stop mid-sentence (the last line does not count).
  const bool hard_wrapped = unfinished >= 2 && 2 * unfinished > text_lines - 1;
  ParagraphSpan cur{0, 0};
  bool open = false;
  const Line* prev = nullptr;
  for (const Line& l : lines) {
    if (blank(l)) {
      if (blank_separated && open) {
        out.push_back(cur);
        open = false;
      }
      continue;
    }
    const bool join = open && (blank_separated || (!prev->ends_like_sentence && (l.starts_lower || hard_wrapped)));
    if (open && !join) {
      out.push_back(cur);
      open = false;
    }
    if (!open) {
      cur = {l.begin, l.end};
      open = true;
    } else {
      cur.end = l.end;
    }
    prev = &l;
  }
  if (open) out.push_back(cur);
}

}  // namespace slant::segmentation
