#include "readers/text_reader.hpp"

#include <array>
#include <cctype>
#include <string_view>
#include <vector>

#include "readers/text_hygiene.hpp"

namespace slant {
namespace {

// Headings and lines that sites put after a story; a trailing block starting with one is dropped.
constexpr std::array<std::string_view, 22> kFurniture = {
    "our latest articles", "latest articles",   "related stories",  "related articles",
    "related",             "read more",         "more from",        "more stories",
    "recommended",         "you may also like", "you might also like", "share this",
    "share this article",  "share on",          "subscribe",        "sign up for",
    "follow us",           "advertisement",     "comments",         "leave a comment",
    "most popular",        "trending"};

std::string lower_trimmed(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\n");
  size_t e = s.find_last_not_of(" \t\n");
  if (b == std::string_view::npos) return {};
  std::string out(s.substr(b, e - b + 1));
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  while (!out.empty() && (out.back() == ':' || out.back() == '.')) out.pop_back();
  return out;
}

// A furniture line is short and starts with one of the headings ("Share this:", "Subscribe to ...").
bool is_furniture(std::string_view line) {
  std::string l = lower_trimmed(line);
  if (l.empty() || l.size() > 60) return false;
  for (auto f : kFurniture) {
    if (l == f) return true;
    if (l.size() > f.size() && l.compare(0, f.size(), f) == 0 && !std::isalnum(static_cast<unsigned char>(l[f.size()])) &&
        f.size() >= 8)
      return true;
  }
  return false;
}

size_t count_words(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool space = c == ' ' || c == '\t';
    if (!space && !in) ++n;
    in = !space;
  }
  return n;
}

// The first line is a title when a blank line follows it, it is short, and it is not a sentence.
bool is_title_line(std::string_view line) {
  std::string_view t = line;
  while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) t.remove_suffix(1);
  if (t.empty() || t.size() > 200) return false;
  size_t words = count_words(t);
  if (words == 0 || words > 25) return false;
  char last = t.back();
  return last != '.' && last != ',' && last != ';';
}

// "By Miriam Eckhart", "By Ana Ruiz and Tom Lee", "By the Editorial Board", "The Ledger Editorial
// Board": a byline line. The names after "By" (or the board's line), or empty
// when the line is not one (it must be short, every word capitalised but "and", and end
// without a sentence's full stop).
std::string byline_of(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  if (line.size() > 80 || line.ends_with(".") || line.ends_with(",")) return {};
  // "The Ledger Editorial Board": a paper's board signs its editorials without "By"
  const bool board = line.ends_with("Editorial Board") && line.size() <= 60;
  if (!line.starts_with("By ") && !board) return {};
  std::string_view names = line.starts_with("By ") ? line.substr(3) : line;
  size_t words = 0;
  for (size_t i = 0; i < names.size();) {
    size_t e = names.find(' ', i);
    if (e == std::string_view::npos) e = names.size();
    std::string_view w = names.substr(i, e - i);
    if (!w.empty()) {
      ++words;
      const bool capital = w.front() >= 'A' && w.front() <= 'Z';
      if (!capital && w != "and" && !(words == 1 && w == "the")) return {};  // "By the Editorial Board"
    }
    i = e + 1;
  }
  return words >= 2 && words <= 8 ? std::string(names) : std::string();
}

}  // namespace

void read_text(std::string content, const std::string& source, const ReadSink& sink) {
  // Plain text declares no charset: UTF-16 with a BOM is converted, anything else is read as
  // UTF-8 and repaired (with a warning) where it is not.
  std::vector<std::string> warnings;
  convert_to_utf8(content, "", &warnings);
  repair_utf8(content, &warnings);
  normalise_newlines(content);
  if (content.find_first_not_of(" \t\n") == std::string::npos) {
    sink.error({source, "the file is empty: there is no text to check"});
    return;
  }
  Article a;
  a.meta.source = source;
  a.meta.id = source;
  a.warnings = std::move(warnings);

  // Title: a first line followed by a blank line.
  size_t start = content.find_first_not_of(" \t\n");
  size_t eol = content.find('\n', start);
  if (eol != std::string::npos) {
    size_t next = content.find_first_not_of(" \t", eol + 1);
    bool blank_follows = next == std::string::npos || content[next] == '\n';
    std::string_view first(content.data() + start, eol - start);
    if (blank_follows && is_title_line(first) && content.find_first_not_of(" \t\n", eol) != std::string::npos) {
      a.meta.title = std::string(first);
      while (!a.meta.title.empty() && (a.meta.title.back() == ' ' || a.meta.title.back() == '\t'))
        a.meta.title.pop_back();
      start = content.find_first_not_of(" \t\n", eol);
    }
  }
  // Byline: "By Miriam Eckhart" on a line of its own before the story
  if (size_t bl_end = content.find('\n', start); bl_end != std::string::npos) {
    size_t next = content.find_first_not_of(" \t", bl_end + 1);
    const bool blank_follows = next == std::string::npos || content[next] == '\n';
    std::string byline = byline_of(std::string_view(content.data() + start, bl_end - start));
    if (blank_follows && !byline.empty() && content.find_first_not_of(" \t\n", bl_end) != std::string::npos) {
      a.meta.byline = std::move(byline);
      start = content.find_first_not_of(" \t\n", bl_end);
    }
  }
  std::string body = content.substr(start);

  // Trailing furniture: from the first furniture line in the last part of the text, drop the rest.
  std::vector<size_t> line_starts;
  for (size_t i = 0; i < body.size();) {
    line_starts.push_back(i);
    size_t nl = body.find('\n', i);
    if (nl == std::string::npos) break;
    i = nl + 1;
  }
  size_t from_line = line_starts.size() / 2;
  for (size_t li = from_line; li < line_starts.size(); ++li) {
    size_t b = line_starts[li];
    size_t e = body.find('\n', b);
    std::string_view line(body.data() + b, (e == std::string::npos ? body.size() : e) - b);
    // Furniture can trail on the story's last line after a run of spaces ("... have.   Our Latest").
    size_t gap = line.find("   ");
    while (gap != std::string_view::npos) {
      size_t after = line.find_first_not_of(' ', gap);
      if (after != std::string_view::npos && is_furniture(line.substr(after))) {
        b += after;
        line = line.substr(after);
        break;
      }
      gap = line.find("   ", after == std::string_view::npos ? line.size() : after);
    }
    if (is_furniture(line)) {
      std::string dropped = body.substr(b);
      size_t de = dropped.find_last_not_of(" \t\n");
      dropped = dropped.substr(0, de == std::string::npos ? 0 : de + 1);
      a.dropped.push_back({"trailing site furniture", dropped});
      body.erase(b);
      break;
    }
  }
  size_t end = body.find_last_not_of(" \t\n");
  body.erase(end == std::string::npos ? 0 : end + 1);
  if (body.empty()) {
    sink.error({source, "no story text is left once the title and site furniture are set aside"});
    return;
  }
  a.text = std::move(body);
  sink.article(std::move(a));
}

}  // namespace slant
