// Runs the loaded plugins over an Article and merges what they return into a Report:
// the middle of the flow reader -> Article -> plugins -> merger -> writers.
#pragma once

#include <memory>
#include <mutex>
#include <vector>

#include "article/article.hpp"
#include "isolate/isolated_runner.hpp"
#include "loader/plugin_set.hpp"
#include "merge/report.hpp"

namespace slant {

struct AnalyserOptions {
  // A plugin slower than this on one article gets a warning on that article.
  double slow_plugin_seconds = 2.0;
  // Findings weaker than this are left out before merging (a configuration's merge setting).
  double min_weight = 0.0;
  // --isolate: run each plugin in a worker process (the PluginSet then need not create them).
  isolate::IsolateOptions isolate;
};

class Analyser {
 public:
  explicit Analyser(const PluginSet& plugins, AnalyserOptions options = {});
  ~Analyser();
  // Segments the article (if not yet segmented), runs every plugin, merges. Never throws for
  // plugin failures: they become diagnostics in the report.
  Report analyse(Article article) const;

  // With --isolate: plugins whose worker could not start; they are left out of every report.
  std::vector<isolate::StartFailure> start_failures() const;

 private:
  const PluginSet& plugins_;
  AnalyserOptions options_;
  std::unique_ptr<isolate::IsolatedRunner> isolated_;
  std::vector<Diagnostic> missing_;  // one warning for each plugin refused or not started, for every report
  mutable std::mutex isolated_mutex_;  // one article at a time through the workers
};

}  // namespace slant
