// The attribution plugin with the lexicons it ships with, built once for all of this folder's
// rule tests.
#pragma once

#include <algorithm>
#include <string_view>

#include "attribution_plugin.hpp"
#include "plugin_harness.hpp"

namespace slant::test {

inline const plugins::Attribution& attribution_plugin() {
  return shipped_plugin<plugins::Attribution>(SLANT_SOURCE_DIR "/plugins/attribution/data");
}

// The finding whose cue reads `cue` (its evidence), or null.
inline const RecordedFinding* cued(const Recording& r, std::string_view cue) {
  const auto it = std::find_if(r.findings.begin(), r.findings.end(), [&](const auto& f) { return f.evidence == cue; });
  return it == r.findings.end() ? nullptr : &*it;
}

}  // namespace slant::test
