// Test helper for the readers: collects what a reader hands its sink, and reads sample files.
#pragma once

#include <gtest/gtest.h>

#include <fstream>
#include <optional>
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

// The metadata a reader should have found; a field left out is not checked.
struct ExpectedMeta {
  std::optional<std::string> title{}, outlet{}, byline{}, date{}, url{}, id{}, section{}, source{};
};

inline void expect_meta(const Article& a, const ExpectedMeta& m) {
  auto check = [](const char* field, const std::string& got, const std::optional<std::string>& want) {
    if (want) {
      EXPECT_EQ(got, *want) << "meta." << field;
    }
  };
  check("title", a.meta.title, m.title);
  check("outlet", a.meta.outlet, m.outlet);
  check("byline", a.meta.byline, m.byline);
  check("date", a.meta.date, m.date);
  check("url", a.meta.url, m.url);
  check("id", a.meta.id, m.id);
  check("section", a.meta.section, m.section);
  check("source", a.meta.source, m.source);
}

inline bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace slant::test
