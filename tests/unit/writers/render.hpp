// Runs a writer over reports as the CLI does (begin, write each, finish) and returns its output;
// shared by the view tests.
#pragma once

#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "writers/report_writer.hpp"

namespace slant::test {

inline std::string render_with(std::string_view format, const std::vector<Report>& reports,
                               const WriterOptions& options = {}) {
  auto w = make_writer(format, options);
  std::ostringstream out;
  w->begin(out);
  for (const auto& r : reports) w->write(r, out);
  w->finish(out);
  return out.str();
}

inline size_t count_of(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

}  // namespace slant::test
