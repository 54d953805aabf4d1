// `slant run`: reads a corpus, analyses the articles not yet stored (or changed) on several
// threads, and writes them to the store in batched transactions. Interruptible at any moment:
// what was committed stays, what was not is redone by the next run, nothing is written twice.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "corpus/article_identity.hpp"
#include "analysis/analyser.hpp"
#include "corpus/outlet_resolver.hpp"
#include "loader/plugin_set.hpp"
#include "merge/report.hpp"
#include "readers/input.hpp"

namespace slant::corpus {

struct RunOptions {
  std::vector<std::string> inputs;
  InputFormat format = InputFormat::detect;
  std::string db_path;
  unsigned jobs = 0;  // 0: every core
  Shard shard;
  OutletResolver outlets;
  LoadOptions plugin_options;  // to create more plugin instances for plugins not thread-safe
  AnalyserOptions analyser;    // the configuration's merge settings, --isolate
  size_t batch_articles = 200;  // commit after this many articles ...
  double batch_seconds = 2.0;   // ... or this long, whichever comes first
  bool force = false;           // re-analyse even unchanged articles
  std::string command_line;     // recorded in the runs table
};

struct RunProgress {
  uint64_t done = 0;      // analysed and stored, or skipped
  uint64_t skipped = 0;   // unchanged since a previous run
  uint64_t expected = 0;  // 0 when not known
  double seconds = 0;
  bool finished = false;
};

struct RunSummary {
  uint64_t read = 0;          // articles read (this shard or not)
  uint64_t other_shard = 0;   // left to other shards
  uint64_t analysed = 0;
  uint64_t skipped = 0;
  uint64_t with_errors = 0;   // analysed, but a plugin failed on them (retried by the next run)
  uint64_t input_errors = 0;
  uint64_t unknown_outlet = 0;
  double seconds = 0;
};

struct RunCallbacks {
  std::function<void(const RunProgress&)> progress;  // called from one thread, a few times a second
  std::function<void(const InputError&)> input_error;
  std::function<void(const std::string& key, const Diagnostic&)> plugin_error;
};

// "id@version(param=value,...)" for each plugin, sorted by id, joined by "; " (and the merge's
// minimum weight when set): an article analysed with another signature is analysed again.
std::string plugin_signature(const PluginSet& plugins, const LoadOptions& options, const AnalyserOptions& analyser = {});

// Counts the articles the inputs hold (one a file; one a non-blank line of a JSONL file), for
// the progress line's ETA. Approximate for feeds.
uint64_t count_articles(const std::vector<std::string>& inputs);

RunSummary run_corpus(const RunOptions& options, const PluginSet& plugins, const RunCallbacks& callbacks,
                      uint64_t expected = 0);

}  // namespace slant::corpus
