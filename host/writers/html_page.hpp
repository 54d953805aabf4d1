// The frame every slant HTML page shares (the article report, the outlet comparison): doctype,
// viewport, the common stylesheet from html_style.hpp plus the page's own, and the footer.
// Self-contained: nothing is fetched from the network.
#pragma once

#include <ostream>
#include <string_view>

#include "writers/html_escape.hpp"
#include "writers/html_style.hpp"

namespace slant {

inline void write_html_page_start(std::ostream& out, std::string_view title, std::string_view page_css) {
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<meta name=\"generator\" content=\"slant " SLANT_VERSION "\">\n"
         "<title>"
      << html_escape(title) << "</title>\n<style>\n"
      << kHtmlBaseCss << page_css << "</style>\n</head>\n";
}

inline void write_html_page_end(std::ostream& out, std::string_view note) {
  out << "<footer class=\"page-foot\"><p>Made by slant " SLANT_VERSION ". " << html_escape(note)
      << "</p></footer>\n</body>\n</html>\n";
}

}  // namespace slant
