// The plugin flags every analysing subcommand shares (--plugin-dir, --plugins, --param,
// --config), the isolation flags, and loading the plugins they select with refusals on stderr.
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <string>
#include <vector>

#include "analysis/analyser.hpp"
#include "config/config_file.hpp"
#include "loader/plugin_set.hpp"

namespace slant::cli {

struct PluginFlags {
  std::vector<std::string> dirs;
  std::string only;                 // "a,b"
  std::vector<std::string> params;  // "id.name=value"
  bool no_default_dirs = false;
  std::string config_path;          // --config
  bool no_config = false;
  // Set by add_analysis_flags_to; false / negative: not given (the configuration or default holds).
  bool isolate = false;
  bool no_isolate = false;
  double plugin_timeout = -1;
  long long plugin_memory_limit = -1;

  void add_to(CLI::App& app);
  // --isolate, --plugin-timeout, --plugin-memory-limit (for subcommands that analyse articles).
  void add_analysis_flags_to(CLI::App& app);
  // The loader's options: command line over configuration. Throws std::invalid_argument for a
  // malformed --param and config::ConfigError for a bad configuration.
  LoadOptions options() const;
  AnalyserOptions analyser_options() const;
  // The configuration in effect (nullptr when none): --config, ./slant.xml or the XDG one.
  std::shared_ptr<const config::Config> configuration() const;

 private:
  mutable bool config_read_ = false;
  mutable std::shared_ptr<const config::Config> config_;
};

// Loads the plugins; prints refusals and unknown --plugins ids to stderr. Returns false (after
// printing why) when no plugin could be loaded or the configuration is wrong. create = false
// leaves the plugins uncreated (--isolate creates them in workers).
bool load_plugins(const PluginFlags& flags, PluginSet& out, bool create = true);

// Prints the plugins whose --isolate worker could not start, like refusals. Returns false when
// none is left to run.
bool report_start_failures(const Analyser& analyser, const PluginSet& plugins);

}  // namespace slant::cli
