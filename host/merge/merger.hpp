// Turns what each plugin returned into one Report: validates spans, resolves voice, orders and
// folds findings, labels sentences, and computes each plugin's headline scores by voice.
#pragma once

#include <string>
#include <string_view>
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
// A view, so comparing a plugin id with it tests the length first (std::string == const char*
// in libstdc++ 12 is a compare() call and a strlen).
inline constexpr std::string_view kAttributionPlugin = "attribution";

// Builds the report; article must be segmented.
Report merge_findings(Article article, std::vector<PluginOutput> outputs);

}  // namespace slant
