// Turns a configuration into the loader's and analyser's options, under the command line's
// flags, and checks each configured parameter against what its plugin declares.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "analysis/analyser.hpp"
#include "config/config_file.hpp"
#include "loader/plugin_set.hpp"

namespace slant::config {

// Adds the configuration to options: its folders after those given on the command line, its
// plugin selection unless --plugins chose, its parameters unless --param set the same one, and
// a check_plugin hook that refuses (with file and line) a parameter the plugin does not have or
// a value of the wrong type, and makes path parameters relative to the configuration's folder.
void apply_to_load(std::shared_ptr<const Config> config, LoadOptions& options,
                   const std::vector<std::string>& cli_params_set);

// Merge and isolation settings the command line did not set.
void apply_to_analyser(const Config& config, AnalyserOptions& options);

}  // namespace slant::config
