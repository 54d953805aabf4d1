// Where slant looks for its configuration: --config FILE, else ./slant.xml, else
// $XDG_CONFIG_HOME/slant/slant.xml (~/.config/slant/slant.xml when XDG_CONFIG_HOME is unset).
#pragma once

#include <string>
#include <vector>

namespace slant::config {

// The places searched when no --config is given, in order.
std::vector<std::string> config_search_path();
// The configuration file to use: explicit if given (it must exist), else the first of
// config_search_path() that exists, else empty. Throws ConfigError for a missing explicit file.
std::string find_config(const std::string& explicit_path);

}  // namespace slant::config
