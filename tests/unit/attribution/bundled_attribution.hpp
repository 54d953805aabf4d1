// The attribution plugin with the lexicons it ships with, built once for all of this folder's
// rule tests.
#pragma once

#include "attribution_plugin.hpp"
#include "plugin_harness.hpp"

namespace slant::test {

inline const plugins::Attribution& attribution_plugin() {
  return shipped_plugin<plugins::Attribution>(SLANT_SOURCE_DIR "/plugins/attribution/data");
}

}  // namespace slant::test
