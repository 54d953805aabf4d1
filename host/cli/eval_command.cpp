// `slant eval SET --gold FILE`: run the real pipeline over labeled data and print the figures;
// --misses writes what went wrong, --require turns a figure into a regression guard.
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/plugin_options.hpp"
#include "eval/eval_sets.hpp"

namespace slant::cli {
namespace {

struct EvalFlags {
  std::string set;
  std::string gold;
  std::string misses;
  std::vector<std::string> require;
  PluginFlags plugins;
};

int run_eval(EvalFlags flags) {
  const eval::EvalSet* set = nullptr;
  for (const auto& s : eval::eval_sets())
    if (s.name == flags.set) set = &s;
  if (!set) {
    std::cerr << "slant eval: unknown set '" << flags.set << "'\n";
    return 2;
  }
  // Only the plugins the set needs: attribution also feeds the reported voice of the others.
  if (flags.plugins.only.empty()) flags.plugins.only = set->plugin == "attribution" ? "attribution" : set->plugin + ",attribution";
  PluginSet plugins;
  if (!load_plugins(flags.plugins, plugins)) return 1;
  std::ofstream misses;
  if (!flags.misses.empty()) {
    misses.open(flags.misses);
    if (!misses) {
      std::cerr << "slant eval: cannot write " << flags.misses << "\n";
      return 1;
    }
  }
  Analyser analyser(plugins);
  eval::Figures fig = set->run(flags.gold, analyser, flags.misses.empty() ? nullptr : &misses, std::cerr);
  std::cout << set->name << " on " << flags.gold << "\n";
  fig.print(std::cout);
  if (!flags.misses.empty()) std::cout << "misses written to " << flags.misses << "\n";
  return fig.check(flags.require, std::cerr) ? 0 : 1;
}

}  // namespace

Command add_eval_command(CLI::App& app) {
  auto flags = std::make_shared<EvalFlags>();
  CLI::App* sub = app.add_subcommand("eval", "Measure a plugin against labeled data (JSON Lines)");
  std::vector<std::string> names;
  std::string help = "The labeled set's kind:";
  for (const auto& s : eval::eval_sets()) {
    names.push_back(s.name);
    help += "\n  " + s.name + ": " + s.description;
  }
  sub->add_option("set", flags->set, help)->required()->check(CLI::IsMember(names));
  sub->add_option("--gold", flags->gold, "The labeled JSONL file")->required()->check(CLI::ExistingFile);
  sub->add_option("--misses", flags->misses, "Write the misses (one JSON object a line) to FILE")->type_name("FILE");
  sub->add_option("--require", flags->require, "Fail (exit 1) when figure NAME is below MIN (repeatable)")
      ->type_name("NAME=MIN")
      ->allow_extra_args(false);
  flags->plugins.add_to(*sub);
  return {sub, [flags] { return run_eval(*flags); }};
}

}  // namespace slant::cli
