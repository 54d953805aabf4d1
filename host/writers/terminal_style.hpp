// Styled text for the terminal view: a style as ANSI SGR codes, and greedy word wrapping of
// styled pieces to a width, each output line closing its own styles so pagers stay sane.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace slant {

struct TermStyle {
  int colour = 0;  // ANSI foreground 30-37; 0 for the default
  bool bold = false, dim = false, italic = false, underline = false;

  bool plain() const { return colour == 0 && !bold && !dim && !italic && !underline; }
  bool operator==(const TermStyle&) const = default;
  // "\x1b[0;1;36m" and so on; empty for the plain style.
  std::string sgr() const;
};

// One piece of a line: text in one style. glue: no break (and no space) before this piece, so
// a finding's marker stays on its word.
struct StyledPiece {
  std::string text;
  TermStyle style;
  bool space_before = false;  // a space (in space_style) separates it from the previous piece
  TermStyle space_style;
};

struct WrapLayout {
  unsigned width = 80;
  unsigned first_indent = 0;
  unsigned rest_indent = 0;
  bool colour = true;
};

// Writes the pieces as lines no wider than layout.width (a word wider than a line is cut), each
// line ending in "\n". Returns the number of lines.
size_t write_wrapped(const std::vector<StyledPiece>& pieces, const WrapLayout& layout, std::ostream& out);

// Words of text as pieces in one style, whitespace collapsed.
void append_words(std::vector<StyledPiece>& pieces, std::string_view text, const TermStyle& style,
                  bool space_before_first = true);

}  // namespace slant
