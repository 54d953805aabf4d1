// `slant merge`: placeholder while the corpus commands (issue 8) are being written.
#include <iostream>

#include "cli/commands.hpp"

namespace slant::cli {

Command add_merge_command(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("merge", "(corpus, in progress)");
  sub->group("");  // hidden until it works
  return {sub, [] {
            std::cerr << "slant merge: not available yet\n";
            return 1;
          }};
}

}  // namespace slant::cli
