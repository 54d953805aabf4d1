// Shared set-up for the opinion plugin's tests: the plugin built from its bundled data (with the
// trained model, or with the lexicon signals alone), and the voice side a finding speaks from.
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "opinion_plugin.hpp"
#include "plugin_harness.hpp"

namespace slant::test::opinion {

inline const std::string kDataDir = SLANT_SOURCE_DIR "/plugins/opinion/data";

inline sdk::Config config_with(std::vector<std::pair<std::string, std::string>> params,
                               const std::string& data_dir = kDataDir) {
  std::vector<slant_param_value> values;
  for (const auto& [k, v] : params) values.push_back({sdk::str(k), sdk::str(v)});
  slant_config c{};
  c.struct_size = sizeof(c);
  c.data_dir = sdk::str(data_dir);
  c.params = values.data();
  c.param_count = static_cast<uint32_t>(values.size());
  return sdk::detail::make_config(plugins::Opinion::info(), &c);
}

// The plugin with hand-set weights on the lexicon signals only: deterministic rule behaviour.
inline const plugins::Opinion& lexicon_plugin() {
  static const plugins::Opinion p(config_with({{"model", "none"}}));
  return p;
}
// The plugin as shipped: lexicons plus the trained weights file.
inline const plugins::Opinion& bundled_plugin() { return shipped_plugin<plugins::Opinion>(kDataDir.c_str()); }

// "quoted" when a finding's first cue lies inside a direct quotation's content, else "author":
// the same test the host's merger applies (before attribution content spans, which add "reported").
inline std::string first_cue_side(const Recording& r, const RecordedFinding& f) {
  for (const auto& [role, span] : f.parts) {
    if (role != "cue") continue;
    for (const auto& q : r.article.quotes)
      if (span.begin >= q.content_begin && span.end <= q.content_end) return "quoted";
    return "author";
  }
  return "none";
}

inline std::vector<const RecordedFinding*> opinions(const Recording& r) { return r.of_kind("opinion"); }

}  // namespace slant::test::opinion
