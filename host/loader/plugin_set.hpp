// Finds, loads and checks plugin modules (Boost.DLL), and keeps them loaded until exit.
// A plugin that cannot be used is refused with one line naming the file, the problem and the fix.
#pragma once

#include <slant/plugin_abi.h>

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "merge/name.hpp"

namespace slant {

struct PluginParam {
  std::string name, type, default_value, description;
};
struct PluginScoreSpec {
  Name name, finding_kind, unit, meaning;  // what each Score of it carries
};

// A plugin that passed the checks and was created.
struct LoadedPlugin {
  std::string path;
  std::string data_dir;
  std::string id, name, version, description;
  uint16_t abi_major = 0, abi_minor = 0;
  bool thread_safe = false;
  std::vector<std::string> finding_kinds;
  std::vector<PluginParam> params;
  std::vector<PluginScoreSpec> scores;
  std::map<std::string, std::string> given_params;  // the values it was created with
  const slant_plugin_descriptor* descriptor = nullptr;
  void* instance = nullptr;
  std::shared_ptr<void> library;  // keeps the module loaded
};

struct RefusedPlugin {
  std::string path;
  std::string reason;
};

struct LoadOptions {
  std::vector<std::string> dirs;   // searched first, in order
  bool use_env = true;             // SLANT_PLUGIN_PATH (colon-separated)
  bool use_default = true;         // <prefix>/lib/slant/plugins beside the executable
  std::vector<std::string> only;   // ids to enable; empty: all
  std::vector<std::string> skip;   // ids never to enable (a configuration's enabled="false")
  std::map<std::string, std::map<std::string, std::string>> params;  // id -> name -> value
  // false: read and check each descriptor but do not create the plugin here (--isolate creates
  // it in a worker process, so no plugin code beyond the entry point runs in slant itself).
  bool create_instances = true;
  // Called with each selected plugin and the parameter values it is about to get, before it is
  // created; may adjust the values or throw to stop the load with a message (the configuration
  // checks its parameters against what the plugin declares, and resolves its paths).
  std::function<void(const LoadedPlugin&, std::map<std::string, std::string>& values)> check_plugin;
};

class PluginSet {
 public:
  static PluginSet load(const LoadOptions& options);
  PluginSet() = default;
  PluginSet(PluginSet&&) = default;
  PluginSet& operator=(PluginSet&&) = default;
  ~PluginSet();

  const std::vector<LoadedPlugin>& plugins() const { return plugins_; }
  const std::vector<RefusedPlugin>& refused() const { return refused_; }
  const std::vector<std::string>& searched_dirs() const { return searched_; }
  // Ids named in LoadOptions::only that no plugin had.
  const std::vector<std::string>& missing() const { return missing_; }

  // Loads one module file; on success appends to plugins(), else to refused().
  void load_file(const std::string& path, const LoadOptions& options);

 private:
  std::vector<LoadedPlugin> plugins_;
  std::vector<RefusedPlugin> refused_;
  std::vector<std::string> searched_;
  std::vector<std::string> missing_;
};

// The folders searched by default, in order (for `slant plugins` and the docs).
std::vector<std::string> default_plugin_dirs(const LoadOptions& options);

}  // namespace slant
