// Test helper for the readers: collects what a reader hands its sink, and reads sample files.
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "readers/read_sink.hpp"

namespace slant::test {

struct Collected {
  std::vector<Article> articles;
  std::vector<InputError> errors;
  ReadSink sink() {
    return {[this](Article&& a) { articles.push_back(std::move(a)); },
            [this](const InputError& e) { errors.push_back(e); }};
  }
  // All error lines joined, for messages when an expectation fails.
  std::string error_text() const {
    std::string s;
    for (const auto& e : errors) s += e.where + ": " + e.message + "\n";
    return s;
  }
};

inline std::string sample(const std::string& name) {
  std::ifstream in(std::string(SLANT_SOURCE_DIR) + "/samples/formats/" + name, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace slant::test
