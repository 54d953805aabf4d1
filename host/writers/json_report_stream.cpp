// The report streamed as JSON in the same schema and field order as report_to_json.
#include "writers/json_out.hpp"
#include "writers/json_report.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace slant {
namespace {

void write_finding(JsonOut& j, const Finding& f, bool compact) {
  j.begin_object();
  j.field("plugin", f.plugin).field("kind", f.kind).field("begin", f.begin).field("end", f.end);
  j.field("voice", to_string(f.voice));
  j.field("rule", f.rules.size() == 1 ? f.rules[0] : f.rule());
  if (f.rules.size() > 1) {
    j.key("rules").begin_array();
    for (const auto& r : f.rules) j.value(r);
    j.end_array();
  }
  j.field("evidence", f.evidence);
  if (!compact) j.field("explanation", f.explanation);
  j.field("weight", f.weight);
  if (!f.parts.empty()) {
    j.key("parts").begin_object();
    // Roles in order of first appearance, each with all its spans.
    for (size_t i = 0; i < f.parts.size(); ++i) {
      bool seen = false;
      for (size_t k = 0; k < i && !seen; ++k) seen = f.parts[k].role == f.parts[i].role;
      if (seen) continue;
      j.key(f.parts[i].role).begin_array();
      for (size_t k = i; k < f.parts.size(); ++k)
        if (f.parts[k].role == f.parts[i].role) j.begin_array().value(f.parts[k].begin).value(f.parts[k].end).end_array();
      j.end_array();
    }
    j.end_object();
  }
  if (!f.attributes.empty()) {
    j.key("attributes").begin_object();
    for (size_t i = 0; i < f.attributes.size(); ++i) {
      // A repeated key keeps its last value, as in a JSON object.
      bool later = false;
      for (size_t k = i + 1; k < f.attributes.size() && !later; ++k) later = f.attributes[k].first == f.attributes[i].first;
      if (!later) j.field(f.attributes[i].first, f.attributes[i].second);
    }
    j.end_object();
  }
  j.end_object();
}

// The plugins of a report's metrics (or scores) in order of first appearance, and each item's
// plugin as an index into them. One pass: a report has a few plugins, each item's plugin is
// compared with the previous item's first (a plugin's items come in one run) and then with the
// few seen so far. Asking "has an earlier item this plugin?" item by item instead compared
// strings quadratically, 3% of a whole run.
struct PluginGroups {
  std::vector<Name> plugins;
  std::vector<uint32_t> of;  // of[k]: index in plugins of item k's plugin
};

template <class Item>
PluginGroups group_by_plugin(const std::vector<Item>& items) {
  PluginGroups g;
  g.of.reserve(items.size());
  uint32_t last = 0;
  for (const Item& item : items) {
    const Name plugin = item.plugin;  // Names: equal when their pointers are
    if (g.plugins.empty() || g.plugins[last] != plugin) {
      last = 0;
      while (last < g.plugins.size() && g.plugins[last] != plugin) ++last;
      if (last == g.plugins.size()) g.plugins.push_back(plugin);
    }
    g.of.push_back(last);
  }
  return g;
}

// keep[k]: no later metric of the same plugin has metric k's name. One pass over the metrics
// with a small open-addressing table of (plugin index, name) keeps this linear in the metrics an
// article has (a pairwise test was quadratic; a sort of the names cost 2% of a whole run). A
// metric's name is a Name, one stored copy a name: hashed and compared by its pointer.

std::vector<char> last_occurrences(const std::vector<Metric>& metrics, const std::vector<uint32_t>& plugin_of) {
  std::vector<char> keep(metrics.size(), 1);
  size_t slots = 16;
  while (slots < 2 * metrics.size()) slots *= 2;
  std::vector<uint32_t> table(slots, UINT32_MAX);  // index of the last metric seen with a key
  for (size_t k = 0; k < metrics.size(); ++k) {
    const Metric& m = metrics[k];
    const auto stored = reinterpret_cast<uintptr_t>(m.name.data());  // one stored copy a name
    for (size_t at = ((stored >> 4) * 0x9E3779B97F4A7C15ull >> 32 ^ plugin_of[k] * 31) & (slots - 1);;
         at = (at + 1) & (slots - 1)) {
      uint32_t& slot = table[at];
      if (slot == UINT32_MAX || (plugin_of[slot] == plugin_of[k] && metrics[slot].name == m.name)) {
        if (slot != UINT32_MAX) keep[slot] = 0;
        slot = static_cast<uint32_t>(k);
        break;
      }
    }
  }
  return keep;
}

}  // namespace

void write_report_json(const Report& r, std::string& out, int indent, JsonDetail detail) {
  const auto& a = r.article;
  const bool compact = detail == JsonDetail::compact;
  JsonOut j(out, indent);
  j.begin_object();
  j.field("schema", kReportSchemaVersion).field("id", a.meta.id);
  if (compact) j.field("compact", true);
  j.key("article").begin_object();
  j.field("source", a.meta.source).field("title", a.meta.title).field("outlet", a.meta.outlet);
  j.field("byline", a.meta.byline).field("date", a.meta.date).field("url", a.meta.url).field("section", a.meta.section);
  j.key("words").begin_object().field("author", r.words[0]).field("quoted", r.words[1]).field("reported", r.words[2]).end_object();
  j.key("dropped").begin_array();
  for (const auto& d : a.dropped) j.begin_object().field("what", d.what).field("text", d.text).end_object();
  j.end_array();
  if (!compact) j.field("text", a.text);
  j.end_object();

  j.key("findings").begin_array();
  for (const auto& f : r.findings) write_finding(j, f, compact);
  j.end_array();

  j.key("sentences").begin_array();
  for (const auto& s : r.sentences) {
    j.begin_object().field("begin", s.begin).field("end", s.end).field("voice", to_string(s.voice));
    j.key("labels").begin_array();
    for (const auto& l : s.labels) j.value(l);
    j.end_array().end_object();
  }
  j.end_array();

  // Metrics and scores grouped by plugin, in order of each plugin's first appearance; a metric
  // named twice by one plugin keeps its last value, as in a JSON object.
  j.key("metrics").begin_object();
  const PluginGroups metric_groups = group_by_plugin(r.metrics);
  const auto keep = last_occurrences(r.metrics, metric_groups.of);
  for (uint32_t p = 0; p < metric_groups.plugins.size(); ++p) {
    j.key(metric_groups.plugins[p]).begin_object();
    for (size_t k = 0; k < r.metrics.size(); ++k)
      if (keep[k] && metric_groups.of[k] == p) j.field(r.metrics[k].name, r.metrics[k].value);
    j.end_object();
  }
  j.end_object();

  j.key("scores").begin_object();
  const PluginGroups score_groups = group_by_plugin(r.scores);
  for (uint32_t p = 0; p < score_groups.plugins.size(); ++p) {
    j.key(score_groups.plugins[p]).begin_object();
    for (size_t k = 0; k < r.scores.size(); ++k) {
      if (score_groups.of[k] != p) continue;
      const Score& s = r.scores[k];
      j.key(s.name).begin_object();
      j.field("unit", s.unit);
      if (!compact) j.field("meaning", s.meaning);
      j.field("all", s.all).field("author", s.author);
      j.field("quoted", s.quoted).field("reported", s.reported).field("finding_kind", s.finding_kind);
      j.end_object();
    }
    j.end_object();
  }
  j.end_object();

  j.key("diagnostics").begin_array();
  for (const auto& d : r.diagnostics)
    j.begin_object().field("severity", to_string(d.severity)).field("plugin", d.plugin).field("message", d.message).end_object();
  j.end_array();
  j.end_object();
}

}  // namespace slant
