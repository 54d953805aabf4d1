// Runs one plugin class in-process on a text segmented by the real host segmenter, and records
// what it reports: the fixture behind every rule test.
#pragma once

#include <slant/plugin.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "article/article.hpp"
#include "segment/segmenter.hpp"

namespace slant::test {

struct RecordedFinding {
  std::string kind, rule, evidence, explanation;
  uint32_t begin = 0, end = 0;
  double weight = 1;
  std::vector<std::pair<std::string, slant_span>> parts;
  std::vector<std::pair<std::string, std::string>> attributes;
  std::string text;  // the finding's span as text

  std::string attr(std::string_view key) const {
    for (const auto& [k, v] : attributes)
      if (k == key) return v;
    return {};
  }
  // The text of every part with this role, joined by " | ".
  std::string part_text(std::string_view role, std::string_view article) const {
    std::string out;
    for (const auto& [r, s] : parts)
      if (r == role) out += (out.empty() ? "" : " | ") + std::string(article.substr(s.begin, s.end - s.begin));
    return out;
  }
};

struct Recording {
  Article article;
  std::vector<RecordedFinding> findings;
  std::vector<std::pair<std::string, double>> metrics;
  std::vector<std::string> diagnostics;

  double metric(std::string_view name) const {
    for (const auto& [n, v] : metrics)
      if (n == name) return v;
    return -1;
  }
  std::vector<const RecordedFinding*> of_kind(std::string_view kind) const {
    std::vector<const RecordedFinding*> out;
    for (const auto& f : findings)
      if (f.kind == kind) out.push_back(&f);
    return out;
  }
};

inline int record_finding(void* ctx, const slant_finding* f) {
  auto* r = static_cast<Recording*>(ctx);
  RecordedFinding out;
  out.kind = std::string(sdk::view(f->kind));
  out.rule = std::string(sdk::view(f->rule));
  out.evidence = std::string(sdk::view(f->evidence));
  out.explanation = std::string(sdk::view(f->explanation));
  out.begin = f->span.begin;
  out.end = f->span.end;
  out.weight = f->weight;
  for (uint32_t i = 0; i < f->part_count; ++i)
    out.parts.emplace_back(std::string(sdk::view(f->parts[i].role)), f->parts[i].span);
  for (uint32_t i = 0; i < f->attribute_count; ++i)
    out.attributes.emplace_back(std::string(sdk::view(f->attributes[i].key)),
                                std::string(sdk::view(f->attributes[i].value)));
  if (out.begin <= out.end && out.end <= r->article.text.size())
    out.text = r->article.text.substr(out.begin, out.end - out.begin);
  r->findings.push_back(std::move(out));
  return 0;
}
inline int record_metric(void* ctx, slant_str name, double value) {
  static_cast<Recording*>(ctx)->metrics.emplace_back(std::string(sdk::view(name)), value);
  return 0;
}
inline void record_diagnostic(void* ctx, int, slant_str message) {
  static_cast<Recording*>(ctx)->diagnostics.emplace_back(sdk::view(message));
}

// Segments text with the host's segmenter and runs Plugin (configured by config) on it.
template <class Plugin>
Recording run_plugin(const Plugin& plugin, std::string_view text) {
  Recording r;
  r.article.text = std::string(text);
  segment(r.article);
  slant_sink sink{&r, record_finding, record_metric, record_diagnostic};
  slant_article_view v = r.article.view();
  sdk::Article view(v);
  sdk::Sink out(sink);
  plugin.analyse(view, out);
  return r;
}

// The plugin's bundled configuration: declared defaults, data folder in the source tree.
template <class Plugin>
sdk::Config bundled_config(const std::string& data_dir) {
  slant_config c{};
  c.struct_size = sizeof(c);
  c.data_dir = {data_dir.data(), data_dir.size()};
  return sdk::detail::make_config(Plugin::info(), &c);
}

// One instance of a plugin as shipped (bundled configuration, its data folder), built on first
// use and shared by every test of the executable.
template <class Plugin>
const Plugin& shipped_plugin(const char* data_dir) {
  static const Plugin plugin(bundled_config<Plugin>(data_dir));
  return plugin;
}

}  // namespace slant::test
