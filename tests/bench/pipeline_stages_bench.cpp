// Each stage of the pipeline on its own, in MB/s of article text: the segmenter, each bundled
// plugin (on a segmented article), the merger and the JSON report writer. The articles are
// samples/articles/*.txt, our own texts; run slant_pipeline_stages_bench in a Release build.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "attribution_plugin.hpp"
#include "hedging_plugin.hpp"
#include "merge/merger.hpp"
#include "opinion_plugin.hpp"
#include "plugin_harness.hpp"
#include "segment/segmenter.hpp"
#include "writers/json_report.hpp"

namespace {

const std::vector<std::string>& texts() {
  static const std::vector<std::string> all = [] {
    std::vector<std::string> out;
    for (const auto& e : std::filesystem::directory_iterator(SLANT_SOURCE_DIR "/samples/articles")) {
      if (e.path().extension() != ".txt") continue;
      std::ifstream in(e.path(), std::ios::binary);
      std::ostringstream s;
      s << in.rdbuf();
      out.push_back(s.str());
    }
    return out;
  }();
  return all;
}

size_t total_bytes() {
  size_t n = 0;
  for (const auto& t : texts()) n += t.size();
  return n;
}

std::vector<slant::Article> segmented() {
  std::vector<slant::Article> out;
  for (const auto& t : texts()) {
    slant::Article a;
    a.text = t;
    slant::segment(a);
    out.push_back(std::move(a));
  }
  return out;
}

void BM_Segment(benchmark::State& state) {
  for (auto _ : state)
    for (const auto& t : texts()) {
      slant::Article a;
      a.text = t;
      slant::segment(a);
      benchmark::DoNotOptimize(a.tokens.data());
    }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * total_bytes()));
}
BENCHMARK(BM_Segment);

// A sink that keeps findings as the host does (PluginOutput), so the plugin pays for what it emits.
template <class Plugin>
void plugin_bench(benchmark::State& state, const char* data) {
  const Plugin plugin(slant::test::bundled_config<Plugin>(std::string(SLANT_SOURCE_DIR) + data));
  const auto articles = segmented();
  for (auto _ : state)
    for (const auto& a : articles) {
      slant::test::Recording r;
      slant_sink sink{&r, slant::test::record_finding, slant::test::record_metric,
                      slant::test::record_diagnostic};
      const slant_article_view v = a.view();
      const slant::sdk::Article view(v);
      slant::sdk::Sink out(sink);
      plugin.analyse(view, out);
      benchmark::DoNotOptimize(r.findings.data());
    }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * total_bytes()));
}
void BM_Opinion(benchmark::State& s) { plugin_bench<slant::plugins::Opinion>(s, "/plugins/opinion/data"); }
void BM_Hedging(benchmark::State& s) { plugin_bench<slant::plugins::Hedging>(s, "/plugins/hedging/data"); }
void BM_Attribution(benchmark::State& s) {
  plugin_bench<slant::plugins::Attribution>(s, "/plugins/attribution/data");
}
BENCHMARK(BM_Opinion);
BENCHMARK(BM_Hedging);
BENCHMARK(BM_Attribution);

// What the three plugins found in one article, as the merger receives it.
std::vector<slant::PluginOutput> outputs_of(const slant::Article& a) {
  const auto& op = slant::test::shipped_plugin<slant::plugins::Opinion>(SLANT_SOURCE_DIR "/plugins/opinion/data");
  const auto& he = slant::test::shipped_plugin<slant::plugins::Hedging>(SLANT_SOURCE_DIR "/plugins/hedging/data");
  const auto& at = slant::test::shipped_plugin<slant::plugins::Attribution>(SLANT_SOURCE_DIR "/plugins/attribution/data");
  std::vector<slant::PluginOutput> outs;
  auto run = [&](const auto& plugin, const char* id) {
    slant::test::Recording r;
    slant_sink sink{&r, slant::test::record_finding, slant::test::record_metric, slant::test::record_diagnostic};
    const slant_article_view v = a.view();
    const slant::sdk::Article view(v);
    slant::sdk::Sink out(sink);
    plugin.analyse(view, out);
    slant::PluginOutput o;
    for (auto& f : r.findings) {
      slant::Finding g;
      g.plugin = id;
      g.kind = f.kind;
      g.begin = f.begin;
      g.end = f.end;
      g.rules = {f.rule};
      g.evidence = f.evidence;
      g.explanation = f.explanation;
      g.weight = f.weight;
      for (auto& [role, span] : f.parts) g.parts.push_back({role, span.begin, span.end});
      for (auto& [k, v] : f.attributes) g.attributes.emplace_back(k, v);
      o.findings.push_back(std::move(g));
    }
    for (auto& [n, v2] : r.metrics) o.metrics.push_back({id, n, v2});
    outs.push_back(std::move(o));
  };
  run(at, "attribution");
  run(he, "hedging");
  run(op, "opinion");
  return outs;
}

void BM_Merge(benchmark::State& state) {
  const auto articles = segmented();
  std::vector<std::vector<slant::PluginOutput>> outs;
  for (const auto& a : articles) outs.push_back(outputs_of(a));
  for (auto _ : state)
    for (size_t i = 0; i < articles.size(); ++i) {
      state.PauseTiming();  // the copies the merger consumes are not its cost
      auto a = articles[i];
      auto o = outs[i];
      state.ResumeTiming();
      auto r = slant::merge_findings(std::move(a), std::move(o));
      benchmark::DoNotOptimize(r.findings.data());
    }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * total_bytes()));
}
BENCHMARK(BM_Merge);

void BM_WriteJson(benchmark::State& state) {
  std::vector<slant::Report> reports;
  for (const auto& a : segmented()) reports.push_back(slant::merge_findings(a, outputs_of(a)));
  std::string out;
  size_t written = 0;
  for (auto _ : state)
    for (const auto& r : reports) {
      out.clear();
      slant::write_report_json(r, out);
      written = out.size();
      benchmark::DoNotOptimize(out.data());
    }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * total_bytes()));
  state.counters["json_bytes_last"] = static_cast<double>(written);
}
BENCHMARK(BM_WriteJson);

}  // namespace

BENCHMARK_MAIN();
