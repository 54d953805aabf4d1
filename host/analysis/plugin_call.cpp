#include "analysis/plugin_call.hpp"

namespace slant {
namespace {

std::string_view view_of(slant_str v) { return v.data ? std::string_view(v.data, v.size) : std::string_view(); }
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

// What the sink's callbacks write into: the output, and the plugin's id as a Name, found once a
// call instead of once a finding and a metric.
struct Collecting {
  PluginOutput& out;
  Name plugin;
};

int collect_finding(void* ctx, const slant_finding* in) {
  auto* c = static_cast<Collecting*>(ctx);
  if (!in) return SLANT_ERROR;
  PluginOutput* out = &c->out;
  if (out->findings.capacity() == 0) out->findings.reserve(kFirstFindings);
  Finding& f = out->findings.emplace_back();
  f.plugin = c->plugin;
  f.kind = Name(view_of(in->kind));
  f.begin = in->span.begin;
  f.end = in->span.end;
  f.rules.emplace_back(s(in->rule));
  set(f.evidence, in->evidence);
  set(f.explanation, in->explanation);
  f.weight = in->weight;
  f.parts.resize(in->part_count);
  for (uint32_t i = 0; i < in->part_count; ++i) {
    f.parts[i].role = Name(view_of(in->parts[i].role));
    f.parts[i].begin = in->parts[i].span.begin;
    f.parts[i].end = in->parts[i].span.end;
  }
  f.attributes.resize(in->attribute_count);
  for (uint32_t i = 0; i < in->attribute_count; ++i) {
    f.attributes[i].first = Name(view_of(in->attributes[i].key));
    set(f.attributes[i].second, in->attributes[i].value);
  }
  return SLANT_OK;
}

int collect_metric(void* ctx, slant_str name, double value) {
  auto* c = static_cast<Collecting*>(ctx);
  PluginOutput* out = &c->out;
  if (out->metrics.capacity() == 0) out->metrics.reserve(kFirstMetrics);
  out->metrics.push_back({c->plugin, Name(view_of(name)), value});
  return SLANT_OK;
}

void collect_diagnostic(void* ctx, int severity, slant_str message) {
  auto* c = static_cast<Collecting*>(ctx);
  PluginOutput* out = &c->out;
  Severity sev = severity <= SLANT_SEVERITY_INFO ? Severity::info
                 : severity == SLANT_SEVERITY_WARNING ? Severity::warning
                                                      : Severity::error;
  out->diagnostics.push_back({sev, c->plugin, s(message)});
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
  Collecting collecting{out, Name(plugin.id)};
  slant_sink sink{&collecting, collect_finding, collect_metric, collect_diagnostic};
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
