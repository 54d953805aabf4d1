// Each subcommand registers itself on the app and returns the function that runs it; main()
// runs whichever was chosen. Exit codes: 0 all well, 1 something failed (said on stderr), 2 usage.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>

namespace slant::cli {

struct Command {
  CLI::App* app = nullptr;   // the subcommand
  std::function<int()> run;  // runs it once parsed
};

Command add_check_command(CLI::App& app);
Command add_plugins_command(CLI::App& app);
Command add_eval_command(CLI::App& app);
Command add_run_command(CLI::App& app);
Command add_compare_command(CLI::App& app);
Command add_merge_command(CLI::App& app);
Command add_config_command(CLI::App& app);
Command add_isolate_worker_command(CLI::App& app);

}  // namespace slant::cli
