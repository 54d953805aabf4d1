// Whether standard output is a terminal that wants colour, and how wide it is: what `slant
// check` needs to choose between the coloured in-place view and the plain text report.
#pragma once

#include <string_view>

namespace slant::cli {

// NO_COLOR set (to anything, per no-color.org) turns colour off.
bool no_color_requested();
bool is_terminal(int fd);
// COLUMNS when it holds a number, else the terminal's width (TIOCGWINSZ) when fd is one, else 80.
unsigned terminal_width(int fd);

// colour: "auto" (a terminal and no NO_COLOR), "always" or "never".
bool use_colour(std::string_view colour, int fd);

}  // namespace slant::cli
