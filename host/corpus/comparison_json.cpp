// The comparison as JSON: settings, then per genre group its outlets and, per measure, one
// object per outlet with every figure (NaN becomes null).
#include <cmath>

#include "corpus/comparison_writers.hpp"

namespace slant::corpus {
namespace {

nlohmann::ordered_json json_number(double v) {
  if (std::isnan(v) || std::isinf(v)) return nullptr;
  return v;
}

}  // namespace

nlohmann::ordered_json comparison_to_json(const Comparison& c) {
  nlohmann::ordered_json j;
  j["schema"] = 1;
  j["articles"] = c.articles;
  j["settings"] = {{"resamples", c.options.resamples}, {"permutations", c.options.permutations},
                   {"level", c.options.level},         {"alpha", c.options.alpha},
                   {"seed", c.options.seed},           {"correction", c.options.correction},
                   {"by_genre", c.options.by_genre}};
  auto groups = nlohmann::ordered_json::array();
  for (const auto& g : c.groups) {
    nlohmann::ordered_json group;
    group["genre"] = g.genre;
    group["articles"] = g.articles;
    group["words"] = g.words;
    auto outlets = nlohmann::ordered_json::array();
    for (const auto& o : g.outlets) outlets.push_back({{"outlet", o.outlet}, {"articles", o.articles}, {"words", o.words}});
    group["outlets"] = std::move(outlets);
    auto measures = nlohmann::ordered_json::array();
    for (const auto& m : g.measures) {
      nlohmann::ordered_json mj;
      mj["id"] = m.spec.id;
      mj["plugin"] = m.spec.plugin;
      mj["name"] = m.spec.name;
      mj["voice"] = m.spec.voice;
      mj["unit"] = m.spec.unit;
      mj["articles"] = m.articles;
      mj["overall_mean"] = json_number(m.overall_mean);
      auto rows = nlohmann::ordered_json::array();
      for (const auto& s : m.outlets)
        rows.push_back({{"outlet", s.outlet},
                        {"articles", s.articles},
                        {"mean", json_number(s.mean)},
                        {"median", json_number(s.median)},
                        {"ci", {json_number(s.ci_low), json_number(s.ci_high)}},
                        {"rest_mean", json_number(s.rest_mean)},
                        {"difference", json_number(s.difference)},
                        {"p", json_number(s.p)},
                        {"p_adjusted", json_number(s.p_adjusted)},
                        {"significant", s.significant},
                        {"exact", s.exact},
                        {"permutations", s.permutations},
                        {"hedges_g", json_number(s.hedges_g)},
                        {"cliffs_delta", json_number(s.cliffs_delta)}});
      mj["outlets"] = std::move(rows);
      measures.push_back(std::move(mj));
    }
    group["measures"] = std::move(measures);
    groups.push_back(std::move(group));
  }
  j["groups"] = std::move(groups);
  return j;
}

}  // namespace slant::corpus
