// "text": the findings grouped by sentence, each with line:column, plugin/kind, voice, rule,
// evidence and explanation; then the scores split by voice and the diagnostics. Plain and
// stable for scripts and for reading.
#include <cstdio>
#include <sstream>

#include "writers/line_index.hpp"
#include "writers/report_writer.hpp"

namespace slant {
namespace {

std::string clip(std::string_view s, size_t max = 90) {
  std::string out;
  for (char c : s) out += (c == '\n' || c == '\t') ? ' ' : c;
  if (out.size() > max) {
    size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out = out.substr(0, cut) + "...";
  }
  return out;
}

std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

class TextWriter : public ReportWriter {
 public:
  void write(const Report& r, std::ostream& out) override {
    const auto& a = r.article;
    const std::string_view text = a.text;
    LineIndex lines(text);
    if (count_++) out << "\n";
    out << "== " << (a.meta.source.empty() ? a.meta.id : a.meta.source);
    if (!a.meta.id.empty() && a.meta.id != a.meta.source) out << " (id " << a.meta.id << ")";
    out << " ==\n";
    if (!a.meta.title.empty()) out << "title: " << a.meta.title << "\n";
    for (const char* key : {"outlet", "byline", "date", "url", "section"}) {
      const std::string& v = std::string_view(key) == "outlet"   ? a.meta.outlet
                             : std::string_view(key) == "byline" ? a.meta.byline
                             : std::string_view(key) == "date"   ? a.meta.date
                             : std::string_view(key) == "url"    ? a.meta.url
                                                                 : a.meta.section;
      if (!v.empty()) out << key << ": " << v << "\n";
    }
    out << "words: " << r.words[0] + r.words[1] + r.words[2] << " (author " << r.words[0] << ", quoted "
        << r.words[1] << ", reported " << r.words[2] << "); sentences: " << r.sentences.size()
        << "; findings: " << r.findings.size() << "\n";

    // Findings by sentence, by the sentence holding their start.
    size_t fi = 0;
    std::vector<const Finding*> order;
    for (const auto& f : r.findings) order.push_back(&f);
    for (size_t si = 0; si < r.sentences.size(); ++si) {
      const auto& s = r.sentences[si];
      std::vector<const Finding*> here;
      while (fi < order.size() && order[fi]->begin < s.end) here.push_back(order[fi++]);
      if (here.empty()) continue;
      auto pos = lines.at(s.begin);
      out << "\n[" << pos.line << ":" << pos.column << "] sentence " << si + 1 << " (" << to_string(s.voice)
          << "): " << clip(text.substr(s.begin, s.end - s.begin)) << "\n";
      if (!s.labels.empty()) {
        out << "  labels:";
        for (const auto& l : s.labels) out << " " << l;
        out << "\n";
      }
      for (const Finding* f : here) write_finding(*f, text, lines, out);
    }
    if (fi < order.size()) {
      out << "\n[outside any sentence]\n";
      for (; fi < order.size(); ++fi) write_finding(*order[fi], text, lines, out);
    }

    if (!r.scores.empty()) {
      out << "\nscores (all | author | quoted | reported):\n";
      for (const auto& s : r.scores)
        out << "  " << s.plugin << "." << s.name << ": " << number(s.all) << " | " << number(s.author) << " | "
            << number(s.quoted) << " | " << number(s.reported) << "  (" << s.meaning << ")\n";
    }
    if (!r.metrics.empty()) {
      out << "\nmetrics:\n";
      std::string current;
      for (const auto& m : r.metrics) {
        if (m.plugin != current) {
          out << (current.empty() ? "" : "\n") << "  " << m.plugin << ":";
          current = m.plugin;
        }
        out << " " << m.name << "=" << number(m.value);
      }
      out << "\n";
    }
    if (!r.diagnostics.empty()) {
      out << "\ndiagnostics:\n";
      for (const auto& d : r.diagnostics)
        out << "  " << to_string(d.severity) << (d.plugin.empty() ? "" : " [" + d.plugin + "]") << ": " << d.message
            << "\n";
    }
  }

 private:
  size_t count_ = 0;

  static void write_finding(const Finding& f, std::string_view text, const LineIndex& lines, std::ostream& out) {
    auto b = lines.at(f.begin);
    out << "  " << b.line << ":" << b.column << "  " << f.plugin << "/" << f.kind << "  voice=" << to_string(f.voice)
        << "  rule=" << f.rule() << "\n";
    out << "      evidence: \"" << clip(f.evidence.empty() ? text.substr(f.begin, f.end - f.begin) : f.evidence)
        << "\"";
    for (const auto& [k, v] : f.attributes)
      if (!(k == "explanation" && v == f.explanation)) out << "  " << k << "=" << v;  // "why:" has it
    out << "\n";
    std::string roles_seen;
    for (const auto& p : f.parts) {
      if (p.role == "cue" && f.parts.size() == 1) continue;
      out << "      " << p.role << ": \"" << clip(text.substr(p.begin, p.end - p.begin), 80) << "\"\n";
    }
    if (!f.explanation.empty()) out << "      why: " << f.explanation << "\n";
  }
};

}  // namespace

std::unique_ptr<ReportWriter> make_text_writer() { return std::make_unique<TextWriter>(); }

}  // namespace slant
