// The article-by-measure table a comparison works on, read from a store: for every article its
// outlet, genre and words, and one value per measure (findings per 1,000 words by voice, share
// scores, optionally the plugins' raw metrics). Per-article values are what make shards merge
// exactly: medians and bootstraps need them, and they are small.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "corpus/store.hpp"

namespace slant::corpus {

enum class MeasureSource { findings, score, metric };

struct MeasureSpec {
  std::string id;      // "hedging.hedge", "hedging.hedge@author", "opinion.opinion_sentence_share@author",
                       // "opinion.metric.genre_score"
  std::string plugin;
  std::string name;    // finding kind, score name or metric name
  std::string voice;   // "all", "author", "quoted", "reported"
  std::string unit;    // "per 1,000 words", "share of sentences", "value"
  MeasureSource source = MeasureSource::findings;
};

struct ArticleRow {
  int64_t id = 0;  // row id in the store (for --explain)
  std::string key, outlet, genre, title, source;
  uint32_t words = 0;
  std::vector<double> values;  // one per measure; NaN where undefined (no words of that voice)
};

struct Dataset {
  std::vector<MeasureSpec> measures;
  std::vector<ArticleRow> articles;  // in key order
  size_t measure_index(const std::string& id) const;  // npos when absent
};

struct DatasetOptions {
  bool plugin_metrics = false;        // also the plugins' own metrics, as raw values
  std::vector<std::string> patterns;  // keep measures whose id matches one glob; empty: all
};

Dataset load_dataset(Store& store, const DatasetOptions& options);

}  // namespace slant::corpus
