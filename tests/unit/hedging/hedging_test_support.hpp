// Shared fixture for the hedging rule tests: the plugin with its bundled lexicon, run on short
// texts of our own through the real segmenter.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "hedging_plugin.hpp"
#include "plugin_harness.hpp"

namespace slant::test {

inline const plugins::Hedging& bundled_hedging() {
  return shipped_plugin<plugins::Hedging>(SLANT_SOURCE_DIR "/plugins/hedging/data");
}

// "kind/category:evidence" for every finding, in order: easy to read in a failure message.
inline std::vector<std::string> describe(const Recording& r) {
  std::vector<std::string> out;
  for (const auto& f : r.findings) out.push_back(f.kind + "/" + f.attr("category") + ":" + f.evidence);
  return out;
}

inline std::string joined(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : ", ") + x;
  return s.empty() ? "(none)" : s;
}

}  // namespace slant::test
