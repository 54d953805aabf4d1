#include "writers/report_digest.hpp"

#include <algorithm>
#include <cstdio>

#include "merge/merger.hpp"

namespace slant {
namespace {

void add_distinct(std::vector<std::string>& list, std::string value) {
  if (value.empty() || std::find(list.begin(), list.end(), value) != list.end()) return;
  list.push_back(std::move(value));
}

std::string lower_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

}  // namespace

std::string format_score(double value, std::string_view unit) {
  char buf[32];
  if (unit == "share_of_sentences")
    std::snprintf(buf, sizeof buf, "%.0f%%", value * 100.0);
  else
    std::snprintf(buf, sizeof buf, "%.2f", value);
  return buf;
}

std::string unit_label(std::string_view unit) {
  if (unit == "share_of_sentences") return "% of sentences";
  if (unit == "per_100_words") return "per 100 words";
  return std::string(unit);
}

std::string span_text(const Report& report, uint32_t begin, uint32_t end) {
  const std::string& text = report.article.text;
  begin = std::min<uint32_t>(begin, static_cast<uint32_t>(text.size()));
  end = std::clamp<uint32_t>(end, begin, static_cast<uint32_t>(text.size()));
  std::string out;
  bool space = false;
  for (uint32_t i = begin; i < end; ++i) {
    char c = text[i];
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::vector<SourceEntry> collect_sources(const Report& report) {
  std::vector<SourceEntry> sources;
  std::vector<std::string> keys;
  for (uint32_t i = 0; i < report.findings.size(); ++i) {
    const Finding& f = report.findings[i];
    if (f.plugin != kAttributionPlugin) continue;
    std::string name(f.attribute("speaker"));
    if (name.empty())
      for (const auto& p : f.parts)
        if (p.role == "source") {
          name = span_text(report, p.begin, p.end);
          break;
        }
    if (name.empty()) name = "(no source named)";
    const std::string key = lower_ascii(name);
    auto it = std::find(keys.begin(), keys.end(), key);
    if (it == keys.end()) {
      keys.push_back(key);
      sources.push_back({name, {}, {}, {}, {}});
      it = std::prev(keys.end());
    }
    SourceEntry& s = sources[static_cast<size_t>(it - keys.begin())];
    if (s.source_class.empty()) s.source_class = std::string(f.attribute("source_class"));
    add_distinct(s.stances, std::string(f.attribute("stance")));
    std::string cue;
    for (const auto& p : f.parts)
      if (p.role == "cue") cue += (cue.empty() ? "" : " ") + span_text(report, p.begin, p.end);
    add_distinct(s.cues, cue.empty() ? f.evidence : cue);
    s.findings.push_back(i);
  }
  return sources;
}

}  // namespace slant
