#include "analysis/plugin_call.hpp"

namespace slant {
namespace {

std::string s(slant_str v) { return v.data ? std::string(v.data, v.size) : std::string(); }

int collect_finding(void* ctx, const slant_finding* in) {
  auto* out = static_cast<PluginOutput*>(ctx);
  if (!in) return SLANT_ERROR;
  Finding f;
  f.plugin = out->plugin->id;
  f.kind = s(in->kind);
  f.begin = in->span.begin;
  f.end = in->span.end;
  f.rules.push_back(s(in->rule));
  f.evidence = s(in->evidence);
  f.explanation = s(in->explanation);
  f.weight = in->weight;
  f.parts.reserve(in->part_count);
  for (uint32_t i = 0; i < in->part_count; ++i)
    f.parts.push_back({s(in->parts[i].role), in->parts[i].span.begin, in->parts[i].span.end});
  f.attributes.reserve(in->attribute_count);
  for (uint32_t i = 0; i < in->attribute_count; ++i)
    f.attributes.emplace_back(s(in->attributes[i].key), s(in->attributes[i].value));
  out->findings.push_back(std::move(f));
  return SLANT_OK;
}

int collect_metric(void* ctx, slant_str name, double value) {
  auto* out = static_cast<PluginOutput*>(ctx);
  out->metrics.push_back({out->plugin->id, s(name), value});
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
