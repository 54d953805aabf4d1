// Helpers for the segmenter tests: segment a text and read back sentences, tokens and quote
// regions as strings, so each case states its expectation in plain text beside the input.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "article/article.hpp"
#include "segment/segmenter.hpp"

namespace slant::test {

inline Article segmented(std::string_view text) {
  Article a;
  a.text = std::string(text);
  segment(a);
  return a;
}

inline std::string_view slice(const Article& a, uint32_t b, uint32_t e) {
  return std::string_view(a.text).substr(b, e - b);
}

inline std::vector<std::string> sentence_texts(const Article& a) {
  std::vector<std::string> out;
  for (const auto& s : a.sentences) out.emplace_back(slice(a, s.begin, s.end));
  return out;
}

inline std::vector<std::string> paragraph_texts(const Article& a) {
  std::vector<std::string> out;
  for (const auto& p : a.paragraphs) out.emplace_back(slice(a, p.begin, p.end));
  return out;
}

inline std::vector<std::string> token_texts(const Article& a) {
  std::vector<std::string> out;
  for (const auto& t : a.tokens) out.emplace_back(slice(a, t.begin, t.end));
  return out;
}

inline std::vector<std::string> lower_forms(const Article& a) {
  std::vector<std::string> out;
  for (const auto& t : a.tokens) out.emplace_back(t.lower.data, t.lower.size);
  return out;
}

// Quote contents as text, "(unclosed)" appended when closed == 0, "[d1]" for nested ones.
inline std::vector<std::string> quote_texts(const Article& a) {
  std::vector<std::string> out;
  for (const auto& q : a.quotes) {
    std::string s(slice(a, q.content_begin, q.content_end));
    if (q.depth != 0) s = "[d" + std::to_string(q.depth) + "]" + s;
    if (!q.closed) s += "(unclosed)";
    out.push_back(std::move(s));
  }
  return out;
}

// Joins strings with " | " for readable failure messages.
inline std::string joined(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : " | ") + s;
  return out;
}

}  // namespace slant::test
