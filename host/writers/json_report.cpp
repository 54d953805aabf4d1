#include "writers/json_report.hpp"

namespace slant {
namespace {

nlohmann::ordered_json span_list(const std::vector<Part>& parts, std::string_view role) {
  auto list = nlohmann::ordered_json::array();
  for (const auto& p : parts)
    if (p.role == role) list.push_back({p.begin, p.end});
  return list;
}

nlohmann::ordered_json finding_json(const Finding& f) {
  nlohmann::ordered_json j;
  j["plugin"] = f.plugin;
  j["kind"] = f.kind;
  j["begin"] = f.begin;
  j["end"] = f.end;
  j["voice"] = std::string(to_string(f.voice));
  j["rule"] = f.rule();
  if (f.rules.size() > 1) j["rules"] = f.rules;
  j["evidence"] = f.evidence;
  j["explanation"] = f.explanation;
  j["weight"] = f.weight;
  if (!f.parts.empty()) {
    nlohmann::ordered_json parts = nlohmann::ordered_json::object();
    for (const auto& p : f.parts)
      if (!parts.contains(p.role)) parts[p.role] = span_list(f.parts, p.role);
    j["parts"] = std::move(parts);
  }
  if (!f.attributes.empty()) {
    nlohmann::ordered_json attrs = nlohmann::ordered_json::object();
    for (const auto& [k, v] : f.attributes) attrs[k] = v;
    j["attributes"] = std::move(attrs);
  }
  return j;
}

}  // namespace

nlohmann::ordered_json report_to_json(const Report& r) {
  const auto& a = r.article;
  nlohmann::ordered_json j;
  j["schema"] = kReportSchemaVersion;
  j["id"] = a.meta.id;
  nlohmann::ordered_json article;
  article["source"] = a.meta.source;
  article["title"] = a.meta.title;
  article["outlet"] = a.meta.outlet;
  article["byline"] = a.meta.byline;
  article["date"] = a.meta.date;
  article["url"] = a.meta.url;
  article["section"] = a.meta.section;
  article["words"] = {{"author", r.words[0]}, {"quoted", r.words[1]}, {"reported", r.words[2]}};
  auto dropped = nlohmann::ordered_json::array();
  for (const auto& d : a.dropped) dropped.push_back({{"what", d.what}, {"text", d.text}});
  article["dropped"] = std::move(dropped);
  article["text"] = a.text;
  j["article"] = std::move(article);

  auto findings = nlohmann::ordered_json::array();
  for (const auto& f : r.findings) findings.push_back(finding_json(f));
  j["findings"] = std::move(findings);

  auto sentences = nlohmann::ordered_json::array();
  for (const auto& s : r.sentences)
    sentences.push_back({{"begin", s.begin}, {"end", s.end}, {"voice", std::string(to_string(s.voice))}, {"labels", s.labels}});
  j["sentences"] = std::move(sentences);

  nlohmann::ordered_json metrics = nlohmann::ordered_json::object();
  for (const auto& m : r.metrics) metrics[m.plugin][m.name] = m.value;
  j["metrics"] = std::move(metrics);

  nlohmann::ordered_json scores = nlohmann::ordered_json::object();
  for (const auto& s : r.scores)
    scores[s.plugin][s.name] = {{"unit", s.unit},       {"meaning", s.meaning}, {"all", s.all},
                                {"author", s.author},   {"quoted", s.quoted},   {"reported", s.reported},
                                {"finding_kind", s.finding_kind}};
  j["scores"] = std::move(scores);

  auto diagnostics = nlohmann::ordered_json::array();
  for (const auto& d : r.diagnostics)
    diagnostics.push_back({{"severity", std::string(to_string(d.severity))}, {"plugin", d.plugin}, {"message", d.message}});
  j["diagnostics"] = std::move(diagnostics);
  return j;
}

}  // namespace slant
