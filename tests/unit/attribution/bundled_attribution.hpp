// The attribution plugin with the lexicons it ships with, built once for all of this folder's
// rule tests.
#pragma once

#include "attribution_plugin.hpp"
#include "plugin_harness.hpp"

namespace slant::test {

inline const plugins::Attribution& attribution_plugin() {
  static const plugins::Attribution p(
      bundled_config<plugins::Attribution>(SLANT_SOURCE_DIR "/plugins/attribution/data"));
  return p;
}

}  // namespace slant::test
