// `slant plugins`: what was found, what each plugin does and takes, and why any was refused.
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/plugin_options.hpp"

namespace slant::cli {
namespace {

int run_plugins(const PluginFlags& flags) {
  LoadOptions options = flags.options();
  PluginSet set = PluginSet::load(options);
  std::cout << "searched:";
  auto dirs = default_plugin_dirs(options);
  for (const auto& d : dirs) std::cout << " " << d;
  std::cout << "\nslant plugin ABI " << SLANT_ABI_MAJOR << "." << SLANT_ABI_MINOR << "\n";
  for (const auto& p : set.plugins()) {
    std::cout << "\n" << p.id << " " << p.version << "  (" << p.name << ", ABI " << p.abi_major << "." << p.abi_minor
              << (p.thread_safe ? ", thread-safe" : "") << ")\n";
    std::cout << "  " << p.description << "\n";
    std::cout << "  file: " << p.path << "\n";
    std::cout << "  data: " << (p.data_dir.empty() ? "(none)" : p.data_dir) << "\n";
    std::cout << "  finding kinds:";
    for (const auto& k : p.finding_kinds) std::cout << " " << k;
    std::cout << "\n";
    for (const auto& prm : p.params)
      std::cout << "  param " << prm.name << " (" << prm.type << ", default \"" << prm.default_value
                << "\"): " << prm.description << "\n";
    for (const auto& s : p.scores)
      std::cout << "  score " << s.name << " (" << s.unit << " of '" << s.finding_kind << "'): " << s.meaning << "\n";
  }
  for (const auto& r : set.refused()) std::cout << "\nrefused " << r.path << ":\n  " << r.reason << "\n";
  if (set.plugins().empty()) {
    std::cout << "\nno plugin loaded\n";
    return 1;
  }
  return set.refused().empty() ? 0 : 1;
}

}  // namespace

Command add_plugins_command(CLI::App& app) {
  auto flags = std::make_shared<PluginFlags>();
  CLI::App* sub = app.add_subcommand("plugins", "List the plugins found, their parameters and scores, and any refused");
  flags->add_to(*sub);
  return {sub, [flags] { return run_plugins(*flags); }};
}

}  // namespace slant::cli
