// `slant compare`: placeholder while the corpus commands (issue 8) are being written.
#include <iostream>

#include "cli/commands.hpp"

namespace slant::cli {

Command add_compare_command(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("compare", "(corpus, in progress)");
  sub->group("");  // hidden until it works
  return {sub, [] {
            std::cerr << "slant compare: not available yet\n";
            return 1;
          }};
}

}  // namespace slant::cli
