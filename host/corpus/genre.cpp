#include "corpus/genre.hpp"

#include <algorithm>
#include <cctype>

namespace slant::corpus {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

bool contains_word(const std::string& text, std::string_view word) {
  for (size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
    // A match at a word's start: "editorial" also covers "editorials", "column" "columnists".
    if (at == 0 || !std::isalpha(static_cast<unsigned char>(text[at - 1]))) return true;
  }
  return false;
}

}  // namespace

std::string genre_of_section(std::string_view section) {
  std::string s = lower(section);
  if (s.find_first_not_of(" \t") == std::string::npos) return "";
  for (std::string_view w : {"opinion", "editorial", "op-ed", "oped", "commentary", "column", "letters", "comment"})
    if (contains_word(s, w)) return "opinion";
  if (contains_word(s, "analysis")) return "analysis";
  return "news";
}

Genre genre_of(const Report& report) {
  if (std::string g = genre_of_section(report.article.meta.section); !g.empty()) return {g, "section"};
  for (const auto& f : report.findings)
    if (f.kind == "article-genre") {
      std::string label(f.attribute("label"));
      if (label == "news" || label == "analysis" || label == "opinion") return {label, "opinion plugin"};
    }
  return {};
}

}  // namespace slant::corpus
