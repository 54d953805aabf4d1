#include "analysis/analyser.hpp"

#include <algorithm>
#include <chrono>

#include "analysis/plugin_call.hpp"
#include "merge/merger.hpp"
#include "segment/segmenter.hpp"

namespace slant {

Analyser::Analyser(const PluginSet& plugins, AnalyserOptions options)
    : plugins_(plugins), options_(std::move(options)) {
  if (options_.isolate.enabled)
    isolated_ = std::make_unique<isolate::IsolatedRunner>(plugins_, options_.isolate);
  // A plugin refused at start (a bad or half-written file, another ABI) is missing from every
  // report; each says so, so that an incomplete result is never silent.
  for (const auto& r : plugins_.refused())
    missing_.push_back({Severity::warning, "", "plugin " + r.path + " was refused (" + r.reason + "); its findings are missing"});
  for (const auto& f : start_failures())
    missing_.push_back({Severity::warning, f.plugin_id, "could not start in its worker (" + f.reason + "); its findings are missing"});
}

Analyser::~Analyser() = default;

std::vector<isolate::StartFailure> Analyser::start_failures() const {
  return isolated_ ? isolated_->failures() : std::vector<isolate::StartFailure>{};
}

Report Analyser::analyse(Article article) const {
  if (article.tokens.empty() && article.sentences.empty()) segment(article);
  const slant_article_view view = article.view();
  std::vector<PluginOutput> outputs;
  std::vector<double> seconds;
  if (isolated_) {
    std::lock_guard lock(isolated_mutex_);
    outputs = isolated_->run(view, seconds);
  } else {
    outputs.reserve(plugins_.plugins().size());
    for (const auto& plugin : plugins_.plugins()) {
      auto start = std::chrono::steady_clock::now();
      outputs.push_back(call_plugin(plugin, view));
      seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
  }
  for (size_t i = 0; i < outputs.size(); ++i) {
    auto& out = outputs[i];
    if (options_.min_weight > 0)
      std::erase_if(out.findings, [&](const Finding& f) { return f.weight < options_.min_weight; });
    if (out.ok && seconds[i] > options_.slow_plugin_seconds)
      out.diagnostics.push_back({Severity::warning, out.plugin->id,
                                 "took " + std::to_string(seconds[i]) + " s on this article"});
  }
  Report report = merge_findings(std::move(article), std::move(outputs));
  report.diagnostics.insert(report.diagnostics.end(), missing_.begin(), missing_.end());
  return report;
}

}  // namespace slant
