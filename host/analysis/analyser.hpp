// Runs the loaded plugins over an Article and merges what they return into a Report:
// the middle of the flow reader -> Article -> plugins -> merger -> writers.
#pragma once

#include <memory>
#include <vector>

#include "article/article.hpp"
#include "loader/plugin_set.hpp"
#include "merge/report.hpp"

namespace slant {

class Analyser {
 public:
  explicit Analyser(const PluginSet& plugins) : plugins_(plugins) {}
  // Segments the article (if not yet segmented), runs every plugin, merges. Never throws for
  // plugin failures: they become diagnostics in the report.
  Report analyse(Article article) const;

 private:
  const PluginSet& plugins_;
};

}  // namespace slant
