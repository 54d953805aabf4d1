// `slant isolate-worker` (hidden): the process --isolate starts for each plugin. It is slant
// itself re-executed, so the worker and the host agree on every struct they exchange.
#include "cli/commands.hpp"
#include "isolate/worker_main.hpp"

namespace slant::cli {

Command add_isolate_worker_command(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("isolate-worker", "Runs one plugin for slant --isolate (internal)");
  sub->group("");  // not listed in --help: users never start it
  return {sub, [] { return isolate::run_isolate_worker(); }};
}

}  // namespace slant::cli
