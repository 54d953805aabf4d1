// Shared by the corpus tests: a temporary folder, a small corpus written into it, and the test
// plugin "alpha" (marks the word alpha) loaded from the build tree, so figures are predictable.
#pragma once

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include "loader/plugin_set.hpp"

namespace slant::test {

struct TempDir {
  std::filesystem::path path;
  explicit TempDir(const std::string& name) {
    path = std::filesystem::temp_directory_path() / (name + "-" + std::to_string(::getpid()));
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
  }
  ~TempDir() { std::filesystem::remove_all(path); }
  std::string operator/(const std::string& p) const { return (path / p).string(); }
};

inline void write_file(const std::filesystem::path& p, const std::string& text) {
  std::filesystem::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

inline LoadOptions alpha_plugin_options() {
  LoadOptions o;
  o.dirs = {SLANT_TEST_PLUGIN_DIR "/good"};
  o.use_env = false;
  o.use_default = false;
  return o;
}

// A few more words for some articles, so rates per 1,000 words vary.
inline std::string filler(int i) {
  std::string s;
  for (int k = 0; k < i % 5; ++k) s += " once more";
  return s;
}

// corpus/<outlet>/<n>.txt: outlet "high" says alpha three times an article, "low" once; the
// titles make every text different.
inline void write_two_outlet_corpus(const std::filesystem::path& root, int per_outlet) {
  for (int i = 0; i < per_outlet; ++i) {
    write_file(root / "high" / (std::to_string(i) + ".txt"),
               "High " + std::to_string(i) + "\n\nAlpha rose today. The alpha index and alpha bonds rose " +
                   std::to_string(i % 3) + " points" + filler(i) + ".\n");
    write_file(root / "low" / (std::to_string(i) + ".txt"),
               "Low " + std::to_string(i) + "\n\nThe market was calm today and alpha held at " +
                   std::to_string(i % 4) + " points" + filler(i + 1) + ".\n");
  }
}

}  // namespace slant::test
