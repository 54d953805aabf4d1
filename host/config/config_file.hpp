// slant's XML configuration (slant.xml): plugin folders, which plugins run and with which
// parameters and lexicons, merge and isolation settings. Read and checked, never half-applied.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace slant::config {

// Every error names the file and line, what is wrong and what is allowed.
struct ConfigError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct ParamSetting {
  std::string name;
  std::string value;  // a <lexicon>'s file is already made absolute
  int line = 0;
  bool is_lexicon = false;  // from <lexicon mode=...>: the value is a path that exists
};

struct PluginSetting {
  std::string id;
  std::optional<bool> enabled;
  std::vector<ParamSetting> params;
  int line = 0;
};

struct Config {
  std::string path;  // the file it was read from
  std::string dir;   // its folder: relative paths inside are taken from here
  std::vector<std::string> folders;
  std::optional<bool> default_folders;
  bool only_listed = false;  // <select>listed</select>: only <plugin> elements run
  std::vector<PluginSetting> plugins;
  std::optional<double> min_weight;
  std::optional<double> slow_plugin_seconds;
  std::optional<bool> isolate;
  std::optional<double> timeout_seconds;
  std::optional<size_t> memory_limit_mb;

  const PluginSetting* plugin(const std::string& id) const {
    for (const auto& p : plugins)
      if (p.id == id) return &p;
    return nullptr;
  }
};

// Reads and checks a configuration file; throws ConfigError.
Config read_config(const std::string& path);
// The same from text in memory (tests); name stands for the file in messages, dir for its folder.
Config parse_config(const std::string& text, const std::string& name, const std::string& dir);

// The boolean and number forms the configuration accepts (also for plugin parameters).
std::optional<bool> parse_bool(const std::string& text);
std::optional<double> parse_number(const std::string& text);

}  // namespace slant::config
