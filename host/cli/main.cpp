// slant: attribution, hedging and opinion in news articles.
#include <iostream>
#include <vector>

#include "cli/commands.hpp"

int main(int argc, char** argv) {
  CLI::App app{"slant: who said what, how much the writer hedges, and how much is the writer's own opinion"};
  app.set_version_flag("--version", std::string("slant ") + SLANT_VERSION);
  app.require_subcommand(1);
  std::vector<slant::cli::Command> commands = {
      slant::cli::add_check_command(app),
      slant::cli::add_plugins_command(app),
      slant::cli::add_eval_command(app),
      slant::cli::add_run_command(app), slant::cli::add_compare_command(app), slant::cli::add_merge_command(app),
      slant::cli::add_config_command(app), slant::cli::add_isolate_worker_command(app),
  };
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  for (auto& command : commands)
    if (command.app->parsed()) {
      try {
        return command.run();
      } catch (const std::exception& e) {
        std::cerr << "slant: " << e.what() << "\n";
        return 1;
      }
    }
  return 2;
}
