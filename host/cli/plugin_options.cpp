#include "cli/plugin_options.hpp"

#include <iostream>
#include <sstream>
#include <stdexcept>

#include "config/apply_config.hpp"
#include "config/config_lookup.hpp"

namespace slant::cli {

void PluginFlags::add_to(CLI::App& app) {
  app.add_option("--plugin-dir", dirs, "Also look for plugins in DIR (repeatable); searched before "
                                       "SLANT_PLUGIN_PATH and the bundled folder")
      ->type_name("DIR")
      ->allow_extra_args(false);
  app.add_option("--plugins", only, "Run only these plugins, by id (comma-separated), e.g. hedging,opinion")
      ->type_name("IDS");
  app.add_option("--param", params, "Set a plugin parameter: ID.NAME=VALUE (repeatable); `slant plugins` lists them")
      ->type_name("ID.NAME=VALUE")
      ->allow_extra_args(false);
  app.add_flag("--no-default-plugins", no_default_dirs,
               "Do not search SLANT_PLUGIN_PATH and the bundled plugin folder");
  app.add_option("--config", config_path,
                 "Read this configuration (default: ./slant.xml, else $XDG_CONFIG_HOME/slant/slant.xml); "
                 "`slant config --print-default` writes one")
      ->type_name("FILE");
  app.add_flag("--no-config", no_config, "Read no configuration file");
}

void PluginFlags::add_analysis_flags_to(CLI::App& app) {
  auto* on = app.add_flag("--isolate", isolate,
                          "Run each plugin in its own worker process: a plugin that crashes or hangs loses only "
                          "its result for that article (costs some throughput; see docs/plugin-guide.md)");
  app.add_flag("--no-isolate", no_isolate, "Run plugins in slant's own process even if the configuration isolates them")
      ->excludes(on);
  app.add_option("--plugin-timeout", plugin_timeout,
                 "With --isolate: stop a plugin that takes longer than this on one article (default 10)")
      ->type_name("SECONDS")
      ->check(CLI::PositiveNumber);
  app.add_option("--plugin-memory-limit", plugin_memory_limit,
                 "With --isolate: restart a plugin's worker that grows past this (default 1024; 0: no limit)")
      ->type_name("MB")
      ->check(CLI::NonNegativeNumber);
}

std::shared_ptr<const config::Config> PluginFlags::configuration() const {
  if (!config_read_) {
    config_read_ = true;
    if (!no_config) {
      std::string path = config::find_config(config_path);
      if (!path.empty()) config_ = std::make_shared<const config::Config>(config::read_config(path));
    }
  }
  return config_;
}

LoadOptions PluginFlags::options() const {
  LoadOptions o;
  o.dirs = dirs;
  o.use_env = !no_default_dirs;
  o.use_default = !no_default_dirs;
  std::stringstream ss(only);
  std::string id;
  while (std::getline(ss, id, ','))
    if (!id.empty()) o.only.push_back(id);
  std::vector<std::string> set_on_command_line;
  for (const auto& p : params) {
    size_t dot = p.find('.'), eq = p.find('=');
    if (dot == std::string::npos || eq == std::string::npos || dot > eq || dot == 0 || eq == dot + 1)
      throw std::invalid_argument("--param '" + p + "' is not ID.NAME=VALUE (e.g. hedging.min_weight=0.5)");
    o.params[p.substr(0, dot)][p.substr(dot + 1, eq - dot - 1)] = p.substr(eq + 1);
    set_on_command_line.push_back(p.substr(0, eq));
  }
  if (auto c = configuration()) config::apply_to_load(c, o, set_on_command_line);
  return o;
}

AnalyserOptions PluginFlags::analyser_options() const {
  AnalyserOptions a;
  if (auto c = configuration()) config::apply_to_analyser(*c, a);
  if (isolate || no_isolate) a.isolate.enabled = isolate;
  if (plugin_timeout > 0) a.isolate.timeout_seconds = plugin_timeout;
  if (plugin_memory_limit >= 0) a.isolate.memory_limit_mb = static_cast<size_t>(plugin_memory_limit);
  return a;
}

bool load_plugins(const PluginFlags& flags, PluginSet& out, bool create) {
  LoadOptions options;
  try {
    options = flags.options();
    options.create_instances = create;
    out = PluginSet::load(options);
  } catch (const config::ConfigError& e) {
    std::cerr << "slant: configuration error: " << e.what() << "\n";
    return false;
  }
  for (const auto& r : out.refused()) std::cerr << "slant: plugin " << r.path << " refused: " << r.reason << "\n";
  for (const auto& id : out.missing())
    std::cerr << "slant: --plugins names '" << id << "', but no plugin has that id (see `slant plugins`)\n";
  if (out.plugins().empty()) {
    std::cerr << "slant: no plugin could be loaded. Searched:";
    auto dirs = default_plugin_dirs(options);
    if (dirs.empty()) std::cerr << " (no folder)";
    for (const auto& d : dirs) std::cerr << " " << d;
    std::cerr << "\n       Build the bundled plugins, or name a folder with --plugin-dir or SLANT_PLUGIN_PATH.\n";
    return false;
  }
  return true;
}

bool report_start_failures(const Analyser& analyser, const PluginSet& plugins) {
  auto failures = analyser.start_failures();
  for (const auto& f : failures)
    std::cerr << "slant: plugin " << f.path << " refused: could not start in its --isolate worker: " << f.reason << "\n";
  if (!failures.empty() && failures.size() == plugins.plugins().size()) {
    std::cerr << "slant: no plugin could be started in a worker\n";
    return false;
  }
  return true;
}

}  // namespace slant::cli
