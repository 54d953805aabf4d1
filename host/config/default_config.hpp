// The commented default configuration `slant config --print-default` prints: every setting at
// its default, and each plugin found with its parameters, so the file changes nothing until edited.
#pragma once

#include <string>

#include "loader/plugin_set.hpp"

namespace slant::config {

std::string default_config_text(const PluginSet& found);

}  // namespace slant::config
