#include "config/apply_config.hpp"

#include <algorithm>
#include <filesystem>

namespace slant::config {
namespace fs = std::filesystem;

namespace {

std::string parameter_list(const LoadedPlugin& p) {
  if (p.params.empty()) return "it takes no parameters";
  std::string s = "its parameters: ";
  for (size_t i = 0; i < p.params.size(); ++i) s += (i ? ", " : "") + p.params[i].name + " (" + p.params[i].type + ")";
  return s;
}

}  // namespace

void apply_to_load(std::shared_ptr<const Config> shared, LoadOptions& options,
                   const std::vector<std::string>& cli_params_set) {
  const Config& config = *shared;
  options.dirs.insert(options.dirs.end(), config.folders.begin(), config.folders.end());
  if (config.default_folders && !*config.default_folders) options.use_env = options.use_default = false;
  if (options.only.empty()) {
    for (const auto& p : config.plugins) {
      if (config.only_listed && p.enabled.value_or(true)) options.only.push_back(p.id);
      if (!config.only_listed && !p.enabled.value_or(true)) options.skip.push_back(p.id);
    }
  }
  for (const auto& p : config.plugins)
    for (const auto& s : p.params) {
      const std::string key = p.id + "." + s.name;
      if (std::find(cli_params_set.begin(), cli_params_set.end(), key) != cli_params_set.end()) continue;
      options.params[p.id][s.name] = s.value;
    }

  auto previous = options.check_plugin;
  options.check_plugin = [cfg = shared, previous, cli_params_set](const LoadedPlugin& plugin,
                                                        std::map<std::string, std::string>& values) {
    if (previous) previous(plugin, values);
    const PluginSetting* setting = cfg->plugin(plugin.id);
    if (!setting) return;
    for (const auto& s : setting->params) {
      if (std::find(cli_params_set.begin(), cli_params_set.end(), plugin.id + "." + s.name) != cli_params_set.end())
        continue;
      auto where = cfg->path + ":" + std::to_string(s.line) + ": ";
      auto spec = std::find_if(plugin.params.begin(), plugin.params.end(), [&](const auto& x) { return x.name == s.name; });
      if (spec == plugin.params.end()) {
        if (s.is_lexicon)
          throw ConfigError(where + "plugin \"" + plugin.id + "\" cannot " +
                            (s.name == "lexicon" ? "replace its lexicon (it has no 'lexicon' parameter)"
                                                 : "extend its lexicon (it has no 'extra_lexicon' parameter)") +
                            "; " + parameter_list(plugin));
        throw ConfigError(where + "plugin \"" + plugin.id + "\" has no parameter \"" + s.name + "\"; " +
                          parameter_list(plugin));
      }
      if (spec->type == "number" && !parse_number(s.value))
        throw ConfigError(where + "parameter \"" + s.name + "\" of plugin \"" + plugin.id +
                          "\" is a number, got \"" + s.value + "\"");
      if (spec->type == "bool" && !parse_bool(s.value))
        throw ConfigError(where + "parameter \"" + s.name + "\" of plugin \"" + plugin.id +
                          "\" is true or false, got \"" + s.value + "\"");
      if (spec->type == "path" && !s.is_lexicon && !s.value.empty()) {
        // Checked here, where the type is known: a relative path is taken from the config's folder.
        fs::path f(s.value);
        if (f.is_relative()) f = fs::path(cfg->dir) / f;
        std::error_code ec;
        if (!fs::exists(f, ec))
          throw ConfigError(where + "parameter \"" + s.name + "\" of plugin \"" + plugin.id + "\" names the file \"" +
                            s.value + "\" (" + f.lexically_normal().string() + "), which does not exist");
        values[s.name] = f.lexically_normal().string();
      }
    }
  };
}

void apply_to_analyser(const Config& config, AnalyserOptions& options) {
  if (config.min_weight) options.min_weight = *config.min_weight;
  if (config.slow_plugin_seconds) options.slow_plugin_seconds = *config.slow_plugin_seconds;
  if (config.isolate) options.isolate.enabled = *config.isolate;
  if (config.timeout_seconds) options.isolate.timeout_seconds = *config.timeout_seconds;
  if (config.memory_limit_mb) options.isolate.memory_limit_mb = *config.memory_limit_mb;
}

}  // namespace slant::config
