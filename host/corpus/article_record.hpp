// What the corpus keeps of one analysed article: its identity, metadata, outlet and genre, word
// counts, and the merged findings, metrics, scores and diagnostics (not the text).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "merge/report.hpp"

namespace slant::corpus {

struct ArticleRecord {
  std::string key;           // identity within the corpus (see article_identity.hpp)
  std::string content_hash;  // of the text and the metadata the reader gave
  std::string plugins;       // the plugin signature it was analysed with (ids, versions, params)
  std::string outlet;        // resolved and normalised
  std::string outlet_from;   // "metadata", "folder", "--outlet" or "none"
  std::string genre;         // "news", "analysis", "opinion" or "" when unknown
  std::string genre_from;    // "section", "opinion plugin" or ""
  ArticleMeta meta;
  uint32_t words = 0;        // all word tokens
  uint32_t voice_words[3] = {0, 0, 0};  // author, quoted, reported
  uint32_t sentences = 0;
  std::vector<Finding> findings;
  std::vector<Metric> metrics;
  std::vector<Score> scores;
  std::vector<Diagnostic> diagnostics;
};

}  // namespace slant::corpus
