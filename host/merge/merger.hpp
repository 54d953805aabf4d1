// Turns what each plugin returned into one Report: validates spans, resolves voice, orders and
// folds findings, labels sentences, and computes each plugin's headline scores by voice.
#pragma once

#include <string>
#include <vector>

#include "loader/plugin_set.hpp"
#include "merge/report.hpp"

namespace slant {

// Everything one plugin returned for one article.
struct PluginOutput {
  const LoadedPlugin* plugin = nullptr;
  bool ok = true;  // false: analyse failed; its findings are not used
  std::vector<Finding> findings;
  std::vector<Metric> metrics;
  std::vector<Diagnostic> diagnostics;
};

// The plugin whose "content" parts mark the reported voice.
inline constexpr const char* kAttributionPlugin = "attribution";

// Builds the report; article must be segmented.
Report merge_findings(Article article, std::vector<PluginOutput> outputs);

}  // namespace slant
