#include "cli/plugin_options.hpp"

#include <iostream>
#include <sstream>
#include <stdexcept>

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
  for (const auto& p : params) {
    size_t dot = p.find('.'), eq = p.find('=');
    if (dot == std::string::npos || eq == std::string::npos || dot > eq || dot == 0 || eq == dot + 1)
      throw std::invalid_argument("--param '" + p + "' is not ID.NAME=VALUE (e.g. hedging.min_weight=0.5)");
    o.params[p.substr(0, dot)][p.substr(dot + 1, eq - dot - 1)] = p.substr(eq + 1);
  }
  return o;
}

bool load_plugins(const PluginFlags& flags, PluginSet& out) {
  LoadOptions options = flags.options();
  out = PluginSet::load(options);
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

}  // namespace slant::cli
