// The plugin flags every analysing subcommand shares (--plugin-dir, --plugins, --param), and
// loading the plugins they select with refusals reported on stderr.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "loader/plugin_set.hpp"

namespace slant::cli {

struct PluginFlags {
  std::vector<std::string> dirs;
  std::string only;                 // "a,b"
  std::vector<std::string> params;  // "id.name=value"
  bool no_default_dirs = false;

  void add_to(CLI::App& app);
  // Throws std::invalid_argument for a malformed --param.
  LoadOptions options() const;
};

// Loads the plugins; prints refusals and unknown --plugins ids to stderr. Returns false (after
// printing why) when no plugin could be loaded.
bool load_plugins(const PluginFlags& flags, PluginSet& out);

}  // namespace slant::cli
