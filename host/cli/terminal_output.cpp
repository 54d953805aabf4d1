#include "cli/terminal_output.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>
#include <string>

namespace slant::cli {

bool no_color_requested() { return std::getenv("NO_COLOR") != nullptr; }

bool is_terminal(int fd) { return isatty(fd) == 1; }

unsigned terminal_width(int fd) {
  if (const char* columns = std::getenv("COLUMNS")) {
    char* end = nullptr;
    long n = std::strtol(columns, &end, 10);
    if (end != columns && *end == '\0' && n > 0 && n < 10000) return static_cast<unsigned>(n);
  }
  winsize size{};
  if (is_terminal(fd) && ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  return 80;
}

bool use_colour(std::string_view colour, int fd) {
  if (colour == "always") return true;
  if (colour == "never") return false;
  return is_terminal(fd) && !no_color_requested();
}

}  // namespace slant::cli
