#include "analysis/plugin_call.hpp"

namespace slant {
namespace {

std::string s(slant_str v) { return v.data ? std::string(v.data, v.size) : std::string(); }
// Copies v into a string already in place (a field of an element built in its vector).
void set(std::string& to, slant_str v) {
  if (v.data) to.assign(v.data, v.size);
}

// A plugin's findings and metrics are built in place at the end of their vectors, which make room
// for several at the first: growing one doubling at a time moved every string again at each (the
// metrics, about 15 a plugin an article, had cost more in those moves than in their own copies).
constexpr size_t kFirstFindings = 8;
constexpr size_t kFirstMetrics = 32;

int collect_finding(void* ctx, const slant_finding* in) {
  auto* out = static_cast<PluginOutput*>(ctx);
  if (!in) return SLANT_ERROR;
  if (out->findings.capacity() == 0) out->findings.reserve(kFirstFindings);
  Finding& f = out->findings.emplace_back();
  f.plugin = out->plugin->id;
  set(f.kind, in->kind);
  f.begin = in->span.begin;
  f.end = in->span.end;
  f.rules.emplace_back(s(in->rule));
  set(f.evidence, in->evidence);
  set(f.explanation, in->explanation);
  f.weight = in->weight;
  f.parts.resize(in->part_count);
  for (uint32_t i = 0; i < in->part_count; ++i) {
    set(f.parts[i].role, in->parts[i].role);
    f.parts[i].begin = in->parts[i].span.begin;
    f.parts[i].end = in->parts[i].span.end;
  }
  f.attributes.resize(in->attribute_count);
  for (uint32_t i = 0; i < in->attribute_count; ++i) {
    set(f.attributes[i].first, in->attributes[i].key);
    set(f.attributes[i].second, in->attributes[i].value);
  }
  return SLANT_OK;
}

int collect_metric(void* ctx, slant_str name, double value) {
  auto* out = static_cast<PluginOutput*>(ctx);
  if (out->metrics.capacity() == 0) out->metrics.reserve(kFirstMetrics);
  Metric& m = out->metrics.emplace_back();
  m.plugin = out->plugin->id;
  set(m.name, name);
  m.value = value;
  return SLANT_OK;
}

void collect_diagnostic(void* ctx, int severity, slant_str message) {
  auto* out = static_cast<PluginOutput*>(ctx);
  Severity sev = severity <= SLANT_SEVERITY_INFO ? Severity::info
                 : severity == SLANT_SEVERITY_WARNING ? Severity::warning
                                                      : Severity::error;
  out->diagnostics.push_back({sev, out->plugin->id, s(message)});
}

}  // namespace

PluginOutput call_plugin(const LoadedPlugin& plugin, const slant_article_view& article) {
  PluginOutput out;
  out.plugin = &plugin;
  if (!plugin.instance) {  // loaded for --isolate, where only workers create plugins
    out.ok = false;
    out.diagnostics.push_back({Severity::error, plugin.id, "was loaded but not created, so it cannot run here"});
    return out;
  }
  slant_sink sink{&out, collect_finding, collect_metric, collect_diagnostic};
  int status = plugin.descriptor->analyse(plugin.instance, &article, &sink);
  if (status != SLANT_OK) {
    out.ok = false;
    std::string why;
    for (const auto& d : out.diagnostics)
      if (d.severity == Severity::error) why += (why.empty() ? "" : "; ") + d.message;
    out.diagnostics.clear();
    out.diagnostics.push_back({Severity::error, plugin.id,
                               "failed on this article" + (why.empty() ? std::string() : ": " + why) +
                                   " (its findings are left out; the other plugins' stand)"});
  }
  return out;
}

}  // namespace slant
