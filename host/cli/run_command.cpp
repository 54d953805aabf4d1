// `slant run`: placeholder while the corpus commands (issue 8) are being written.
#include <iostream>

#include "cli/commands.hpp"

namespace slant::cli {

Command add_run_command(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("run", "(corpus, in progress)");
  sub->group("");  // hidden until it works
  return {sub, [] {
            std::cerr << "slant run: not available yet\n";
            return 1;
          }};
}

}  // namespace slant::cli
