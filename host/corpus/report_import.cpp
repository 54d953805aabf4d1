#include "corpus/report_import.hpp"

#include <fstream>

#include "corpus/article_identity.hpp"
#include "corpus/genre.hpp"

namespace slant::corpus {
namespace {

std::string str(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}
double real(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_number() ? it->get<double>() : 0.0;
}
uint32_t count(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_number_unsigned() ? it->get<uint32_t>() : 0;
}
Voice voice_named(const std::string& s) {
  return s == "quoted" ? Voice::quoted : s == "reported" ? Voice::reported : Voice::author;
}

}  // namespace

std::optional<ArticleRecord> record_from_report_json(const nlohmann::json& j, const OutletResolver& outlets,
                                                     std::string* error) {
  if (!j.is_object() || !j.contains("article") || !j["article"].is_object() || !j.contains("findings")) {
    *error = "not a slant report (no \"article\" and \"findings\"): give reports from `slant check --format jsonl`";
    return std::nullopt;
  }
  const auto& a = j["article"];
  Report report;
  auto& meta = report.article.meta;
  meta.id = str(j, "id");
  meta.source = str(a, "source");
  meta.title = str(a, "title");
  meta.outlet = str(a, "outlet");
  meta.byline = str(a, "byline");
  meta.date = str(a, "date");
  meta.url = str(a, "url");
  meta.section = str(a, "section");
  if (a.contains("words") && a["words"].is_object()) {
    report.words[0] = count(a["words"], "author");
    report.words[1] = count(a["words"], "quoted");
    report.words[2] = count(a["words"], "reported");
  }
  for (const auto& f : j["findings"]) {
    Finding x;
    x.plugin = str(f, "plugin");
    x.kind = str(f, "kind");
    x.voice = voice_named(str(f, "voice"));
    x.begin = count(f, "begin");
    x.end = count(f, "end");
    x.rules.push_back(str(f, "rule"));
    x.evidence = str(f, "evidence");
    x.explanation = str(f, "explanation");
    x.weight = real(f, "weight");
    if (auto attrs = f.find("attributes"); attrs != f.end() && attrs->is_object())
      for (const auto& [k, v] : attrs->items()) x.attributes.emplace_back(k, v.is_string() ? v.get<std::string>() : v.dump());
    report.findings.push_back(std::move(x));
  }
  if (auto m = j.find("metrics"); m != j.end() && m->is_object())
    for (const auto& [plugin, values] : m->items())
      for (const auto& [name, v] : values.items())
        if (v.is_number()) report.metrics.push_back({plugin, name, v.get<double>()});
  if (auto s = j.find("scores"); s != j.end() && s->is_object())
    for (const auto& [plugin, values] : s->items())
      for (const auto& [name, v] : values.items())
        report.scores.push_back({plugin, name, str(v, "finding_kind"), str(v, "unit"), str(v, "meaning"),
                                 real(v, "all"), real(v, "author"), real(v, "quoted"), real(v, "reported")});
  if (auto d = j.find("diagnostics"); d != j.end() && d->is_array())
    for (const auto& x : *d) {
      std::string sev = str(x, "severity");
      report.diagnostics.push_back({sev == "info" ? Severity::info : sev == "warning" ? Severity::warning : Severity::error,
                                    str(x, "plugin"), str(x, "message")});
    }

  ArticleRecord r;
  r.key = article_key(meta);
  if (r.key.empty()) r.key = meta.id;
  std::string text = a.contains("text") && a["text"].is_string() ? a["text"].get<std::string>() : "";
  r.content_hash = std::to_string(stable_hash(text + '\x1f' + j.dump()));
  auto outlet = outlets.resolve(meta, "");
  r.outlet = outlet.first;
  r.outlet_from = outlet.second;
  Genre g = genre_of(report);
  r.genre = g.label;
  r.genre_from = g.from;
  for (int v = 0; v < 3; ++v) r.voice_words[v] = report.words[v];
  r.words = report.words[0] + report.words[1] + report.words[2];
  r.sentences = j.contains("sentences") && j["sentences"].is_array() ? static_cast<uint32_t>(j["sentences"].size()) : 0;
  r.meta = std::move(meta);
  r.findings = std::move(report.findings);
  r.metrics = std::move(report.metrics);
  r.scores = std::move(report.scores);
  r.diagnostics = std::move(report.diagnostics);
  return r;
}

ImportSummary import_reports(Store& store, const std::string& path, const OutletResolver& outlets) {
  ImportSummary s;
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read the reports file " + path);
  std::vector<ArticleRecord> batch;
  std::string line;
  size_t number = 0;
  auto fail = [&](const std::string& why) {
    if (!s.errors++) s.first_error = path + ":" + std::to_string(number) + ": " + why;
  };
  auto take = [&](const nlohmann::json& j) {
    std::string error;
    if (auto r = record_from_report_json(j, outlets, &error)) {
      ++s.reports;
      batch.push_back(std::move(*r));
      if (batch.size() >= 500) {
        store.write(batch);
        batch.clear();
      }
    } else {
      fail(error);
    }
  };
  // A JSON report file (`--format json`) is one document, possibly an array of reports.
  if (path.size() > 5 && path.substr(path.size() - 5) == ".json") {
    nlohmann::json j = nlohmann::json::parse(in, nullptr, false);
    if (j.is_discarded()) throw std::runtime_error(path + " is not valid JSON");
    if (j.is_array())
      for (const auto& x : j) take(x);
    else
      take(j);
  } else {
    while (std::getline(in, line)) {
      ++number;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded()) {
        fail("not valid JSON");
        continue;
      }
      take(j);
    }
  }
  store.write(batch);
  return s;
}

}  // namespace slant::corpus
