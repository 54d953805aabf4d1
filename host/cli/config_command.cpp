// `slant config`: which configuration file is in effect and whether it is right, or
// (--print-default) a commented default to start one from.
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/plugin_options.hpp"
#include "config/config_lookup.hpp"
#include "config/default_config.hpp"

namespace slant::cli {
namespace {

struct ConfigFlags {
  bool print_default = false;
  PluginFlags plugins;
};

int run_config(const ConfigFlags& flags) {
  if (flags.print_default) {
    // The plugins found without any configuration, so a broken file cannot stop this.
    PluginFlags bare = flags.plugins;
    bare.no_config = true;
    LoadOptions options = bare.options();
    options.create_instances = false;
    std::cout << config::default_config_text(PluginSet::load(options));
    return 0;
  }
  std::shared_ptr<const config::Config> c;
  try {
    c = flags.plugins.configuration();
  } catch (const config::ConfigError& e) {
    std::cerr << "slant: configuration error: " << e.what() << "\n";
    return 1;
  }
  if (!c) {
    std::cout << "no configuration file in use; searched:";
    for (const auto& p : config::config_search_path()) std::cout << " " << p;
    std::cout << "\n`slant config --print-default > slant.xml` writes one to start from\n";
    return 0;
  }
  std::cout << "configuration: " << c->path << "\n";
  // Checking the parameters needs the plugins' declarations: load them without creating them.
  PluginSet plugins;
  if (!load_plugins(flags.plugins, plugins, false)) return 1;
  for (const auto& setting : c->plugins) {
    bool found = false;
    for (const auto& p : plugins.plugins()) found = found || p.id == setting.id;
    if (!found && setting.enabled.value_or(true))
      std::cout << c->path << ":" << setting.line << ": note: no plugin with id \"" << setting.id
                << "\" was found\n";
  }
  std::cout << "ok: " << plugins.plugins().size() << " plugin(s) would run:";
  for (const auto& p : plugins.plugins()) std::cout << " " << p.id;
  std::cout << "\n";
  return plugins.refused().empty() ? 0 : 1;
}

}  // namespace

Command add_config_command(CLI::App& app) {
  auto flags = std::make_shared<ConfigFlags>();
  CLI::App* sub = app.add_subcommand(
      "config", "Show which configuration file is used and check it; --print-default writes a commented default");
  sub->add_flag("--print-default", flags->print_default,
                "Print a commented default configuration (every plugin found, with its parameters)");
  flags->plugins.add_to(*sub);
  return {sub, [flags] { return run_config(*flags); }};
}

}  // namespace slant::cli
