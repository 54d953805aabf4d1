#include "writers/terminal_style.hpp"

#include "writers/display_width.hpp"

namespace slant {

std::string TermStyle::sgr() const {
  if (plain()) return {};
  std::string s = "\x1b[0";
  if (bold) s += ";1";
  if (dim) s += ";2";
  if (italic) s += ";3";
  if (underline) s += ";4";
  if (colour) s += ";" + std::to_string(colour);
  return s + "m";
}

namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

class LineWriter {
 public:
  LineWriter(const WrapLayout& layout, std::ostream& out) : layout_(layout), out_(out) { start_line(); }

  unsigned used() const { return used_; }
  unsigned width() const { return layout_.width > used_start_ ? layout_.width : used_start_ + 1; }
  bool at_line_start() const { return used_ == used_start_; }

  void put(std::string_view text, const TermStyle& style, unsigned w) {
    if (!indented_) {
      out_ << std::string(used_start_, ' ');
      indented_ = true;
    }
    if (layout_.colour && !(style == current_)) {
      out_ << (style.plain() ? std::string("\x1b[0m") : style.sgr());
      current_ = style;
    }
    out_ << text;
    used_ += w;
  }
  void end_line() {
    if (layout_.colour && !current_.plain()) out_ << "\x1b[0m";
    current_ = {};
    out_ << "\n";
    ++lines_;
    start_line();
  }
  size_t lines() const { return lines_; }

 private:
  void start_line() {
    // The indent is written with the line's first text, so no line ends in spaces.
    used_start_ = lines_ == 0 ? layout_.first_indent : layout_.rest_indent;
    used_ = used_start_;
    indented_ = false;
  }
  const WrapLayout& layout_;
  std::ostream& out_;
  TermStyle current_;
  unsigned used_ = 0, used_start_ = 0;
  bool indented_ = false;
  size_t lines_ = 0;
};

}  // namespace

void append_words(std::vector<StyledPiece>& pieces, std::string_view text, const TermStyle& style,
                  bool space_before_first) {
  size_t i = 0;
  bool space = space_before_first;
  while (i < text.size()) {
    if (is_space(text[i])) {
      space = true;
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && !is_space(text[j])) ++j;
    pieces.push_back({std::string(text.substr(i, j - i)), style, space, style});
    space = false;
    i = j;
  }
}

size_t write_wrapped(const std::vector<StyledPiece>& pieces, const WrapLayout& layout, std::ostream& out) {
  LineWriter line(layout, out);
  size_t i = 0;
  while (i < pieces.size()) {
    // A word: this piece and the glued pieces after it.
    size_t j = i + 1;
    unsigned word_width = display_width(pieces[i].text);
    while (j < pieces.size() && !pieces[j].space_before) word_width += display_width(pieces[j++].text);
    const bool space = pieces[i].space_before && !line.at_line_start();
    if (!line.at_line_start() && line.used() + (space ? 1 : 0) + word_width > line.width()) line.end_line();
    if (pieces[i].space_before && !line.at_line_start()) line.put(" ", pieces[i].space_style, 1);
    for (size_t k = i; k < j; ++k) {
      std::string_view text = pieces[k].text;
      // Cut a word that cannot fit on a line of its own, at code point boundaries.
      size_t pos = 0;
      while (pos < text.size()) {
        size_t next = pos;
        unsigned w = code_point_width(next_code_point(text, next));
        if (line.used() + w > line.width() && !line.at_line_start()) line.end_line();
        line.put(text.substr(pos, next - pos), pieces[k].style, w);
        pos = next;
      }
    }
    i = j;
  }
  if (!line.at_line_start() || line.lines() == 0) line.end_line();
  return line.lines();
}

}  // namespace slant
