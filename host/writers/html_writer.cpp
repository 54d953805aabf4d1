// "html": one self-contained page (no script, font or style from the network) with each
// article marked up: every finding highlighted in place with a numbered marker whose tooltip
// and side note give rule, evidence, voice and explanation; the sources with class and stance;
// the scores with what they mean; and pure-CSS filters by plugin and by voice. The page head
// (filters, their CSS) needs every plugin's name, so the articles' markup waits in a temporary
// file, not in memory, and the page is put together at finish().
#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <sstream>
#include <stdexcept>

#include "writers/highlight_runs.hpp"
#include "writers/html_escape.hpp"
#include "writers/html_page.hpp"
#include "writers/plugin_slots.hpp"
#include "writers/report_digest.hpp"
#include "writers/report_writer.hpp"

namespace slant {
namespace {

std::string number(double v) {
  std::ostringstream s;
  s.precision(3);
  s << v;
  return s.str();
}

// "hedges_per_100_words" -> "hedges per 100 words", so a narrow column breaks between words.
std::string readable(std::string_view view) {
  std::string name(view);
  std::replace(name.begin(), name.end(), '_', ' ');
  return name;
}

std::string voice_phrase(Voice v) {
  switch (v) {
    case Voice::quoted: return "quoted";
    case Voice::reported: return "reported speech";
    default: return "the writer's own";
  }
}

class HtmlWriter : public ReportWriter {
 public:
  void write(const Report& r, std::ostream&) override {
    ++count_;
    if (title_.empty()) title_ = r.article.meta.title.empty() ? r.article.meta.source : r.article.meta.title;
    const PluginSlots slots(r);
    for (const auto& name : slots.present(r))
      if (std::none_of(plugins_.begin(), plugins_.end(), [&](const auto& p) { return p.first == name; }))
        plugins_.emplace_back(name, slots.slot(name));
    std::ostringstream article;
    write_report(r, slots, article);
    const std::string html = article.str();
    if (std::fwrite(html.data(), 1, html.size(), body()) != html.size())
      throw std::runtime_error("html report: cannot write the temporary file that holds the page's articles");
  }

  void finish(std::ostream& out) override {
    std::string title = count_ == 1 && !title_.empty() ? "slant: " + title_ : "slant report";
    write_html_page_start(out, title, std::string(kArticleReportCss) + filter_css());
    out << "<body>\n<div class=\"page\">\n<p class=\"brand\">slant report</p>\n";
    write_filters(out);
    if (body_) {  // copy the articles' markup back from the temporary file
      std::rewind(body_.get());
      char buf[1 << 16];
      for (size_t n; (n = std::fread(buf, 1, sizeof buf, body_.get())) > 0;) out.write(buf, static_cast<std::streamsize>(n));
    }
    if (count_ == 0) out << "<p>No article was checked.</p>\n";
    out << "</div>\n";
    write_html_page_end(out,
                        "Findings are computed by rules and lexicons; each note says which rule fired and why. "
                        "Offsets in the JSON report are UTF-8 bytes into the article text.");
  }

 private:
  // The articles' markup so far: a temporary file (removed when closed), so that a page of many
  // articles does not hold them all in memory.
  struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
  };
  std::unique_ptr<std::FILE, FileCloser> body_;
  std::FILE* body() {
    if (!body_) body_.reset(std::tmpfile());
    if (!body_) throw std::runtime_error("html report: cannot create a temporary file for the page's articles");
    return body_.get();
  }
  size_t count_ = 0;
  std::string title_;
  std::vector<std::pair<std::string, size_t>> plugins_;  // name, colour slot

  // Unticking a plugin or a voice clears its highlights and hides its markers and notes.
  std::string filter_css() const {
    std::string css;
    auto rule = [&](const std::string& id, const std::string& cls) {
      css += "body:has(#" + id + ":not(:checked)) mark.hl." + cls +
             " { background: transparent; box-shadow: none; }\n"
             "body:has(#" + id + ":not(:checked)) .ref." + cls + ", body:has(#" + id + ":not(:checked)) .note." +
             cls + " { display: none; }\n";
    };
    for (const auto& [name, slot] : plugins_) rule("show-p-" + css_name(name), "p-" + css_name(name));
    for (Voice v : kVoices) rule("show-v-" + std::string(to_string(v)), "fv-" + std::string(to_string(v)));
    return css;
  }

  void write_filters(std::ostream& out) const {
    out << "<nav class=\"filters\" aria-label=\"Show or hide findings\">\n"
           "<fieldset><legend>Plugins</legend>\n";
    for (const auto& [name, slot] : plugins_)
      out << "<label class=\"c" << slot << "\"><input type=\"checkbox\" id=\"show-p-" << css_name(name)
          << "\" checked> <span class=\"swatch\" aria-hidden=\"true\"></span>" << html_escape(name) << " ("
          << PluginSlots::label(name) << ")</label>\n";
    out << "</fieldset>\n<fieldset><legend>Voices</legend>\n";
    for (Voice v : kVoices)
      out << "<label><input type=\"checkbox\" id=\"show-v-" << to_string(v) << "\" checked> <span class=\"v-"
          << to_string(v) << "\">" << to_string(v) << "</span></label>\n";
    out << "</fieldset>\n</nav>\n";
  }

  void write_report(const Report& r, const PluginSlots& slots, std::ostream& out) const {
    const std::string rid = "r" + std::to_string(count_);
    const auto& m = r.article.meta;
    const uint32_t size = static_cast<uint32_t>(r.article.text.size());
    out << "<article class=\"report\" id=\"" << rid << "\" aria-labelledby=\"" << rid << "-title\">\n"
        << "<header class=\"report-head\">\n<h1 id=\"" << rid << "-title\">"
        << html_escape(m.title.empty() ? (m.source.empty() ? m.id : m.source) : m.title) << "</h1>\n";
    std::string meta;
    for (const std::string* v : {&m.outlet, &m.byline, &m.date, &m.section})
      if (!v->empty()) meta += (meta.empty() ? "" : " · ") + html_escape(*v);
    if (!m.url.empty()) meta += (meta.empty() ? "" : " · ") + html_escape(m.url);
    if (!m.source.empty() && !m.title.empty()) meta += (meta.empty() ? "" : " · ") + html_escape(m.source);
    if (!meta.empty()) out << "<p class=\"meta\">" << meta << "</p>\n";
    out << "<p class=\"counts\">" << r.words[0] + r.words[1] + r.words[2] << " words: " << r.words[0]
        << " the writer's, " << r.words[1] << " quoted, " << r.words[2] << " reported · " << r.findings.size()
        << " findings · " << r.sentences.size() << " sentences</p>\n";
    for (const auto& d : r.article.dropped)
      out << "<p class=\"counts\">Dropped " << html_escape(d.what) << ": <q>" << html_escape(d.text.substr(0, 160))
          << (d.text.size() > 160 ? "…" : "") << "</q></p>\n";
    for (const auto& f : r.findings)
      if (is_article_level(f, size)) {
        std::string_view label = f.attribute("label");
        out << "<p class=\"genre c" << slots.slot(f.plugin) << "\"><strong>" << html_escape(f.plugin) << ": "
            << html_escape(label.empty() ? f.kind : std::string(label)) << "</strong> — "
            << html_escape(f.explanation.empty() ? f.evidence : f.explanation) << " <span class=\"rule\">("
            << html_escape(f.evidence) << ")</span></p>\n";
      }
    write_legend(out);
    out << "</header>\n<div class=\"report-body\">\n<section class=\"text\" aria-label=\"The article with its "
           "findings marked\">\n";
    write_text(r, slots, rid, out);
    out << "</section>\n<aside class=\"panel\" aria-label=\"Scores and sources\">\n";
    write_scores(r, slots, out);
    write_sources(r, rid, out);
    write_metrics(r, out);
    write_diagnostics(r, out);
    out << "</aside>\n</div>\n</article>\n";
  }

  static void write_legend(std::ostream& out) {
    out << "<dl class=\"legend\"><dt>Marked</dt><dd>a finding, tinted by plugin; its marker (A, H, O…) names the "
           "plugin and opens the reason</dd><dt><span class=\"v-quoted\">dotted</span></dt><dd>quoted words</dd>"
           "<dt><span class=\"v-reported\">dashed</span></dt><dd>reported speech</dd><dt>plain</dt><dd>the "
           "writer's own words</dd></dl>\n";
  }

  std::string finding_classes(const Finding& f, const PluginSlots& slots) const {
    return "p-" + css_name(f.plugin) + " c" + std::to_string(slots.slot(f.plugin)) + " fv-" +
           std::string(to_string(f.voice));
  }

  std::string short_label(const Finding& f, uint32_t i) const {
    return PluginSlots::label(f.plugin) + std::to_string(i + 1);
  }

  std::string one_line(const Report& r, const Finding& f, uint32_t i) const {
    return short_label(f, i) + " " + f.plugin + " · " + f.kind + " · " + voice_phrase(f.voice) + " voice: \"" +
           (f.evidence.empty() ? span_text(r, f.begin, f.end) : f.evidence) + "\" — " + f.explanation;
  }

  void write_text(const Report& r, const PluginSlots& slots, const std::string& rid, std::ostream& out) const {
    const uint32_t size = static_cast<uint32_t>(r.article.text.size());
    std::multimap<uint32_t, uint32_t> markers;
    for (uint32_t i = 0; i < r.findings.size(); ++i)
      if (!is_article_level(r.findings[i], size)) markers.emplace(marker_position(r.findings[i], size), i);
    auto marker_it = markers.begin();

    const auto runs = highlight_runs(r);
    std::vector<uint32_t> notes;
    bool open = false;
    uint32_t paragraph = 0;
    auto close_paragraph = [&] {
      if (!open) return;
      out << "</p>\n";
      if (!notes.empty()) {
        out << "<ol class=\"notes\" aria-label=\"Findings in paragraph " << paragraph + 1 << "\">\n";
        for (uint32_t i : notes) write_note(r, slots, rid, i, out);
        out << "</ol>\n";
      }
      out << "</div>\n";
      notes.clear();
      open = false;
    };
    for (const auto& run : runs) {
      std::string_view text = std::string_view(r.article.text).substr(run.begin, run.end - run.begin);
      const bool blank = text.find_first_not_of(" \t\r\n") == std::string_view::npos;
      if (open && run.paragraph != paragraph) close_paragraph();
      if (!open) {
        if (blank && run.findings.empty()) continue;  // space between paragraphs
        paragraph = run.paragraph;
        out << "<div class=\"para\" id=\"" << rid << "-p" << paragraph + 1 << "\"><p class=\"para-text\">";
        open = true;
      }
      if (run.voice != Voice::author) out << "<span class=\"v-" << to_string(run.voice) << "\">";
      // One mark per plugin and voice here, nested, each naming its findings for a tooltip
      // and for screen readers (aria-describedby points at the notes).
      std::vector<std::vector<uint32_t>> groups;
      for (uint32_t i : run.findings) {
        auto same = [&](const std::vector<uint32_t>& g) {
          return r.findings[g.front()].plugin == r.findings[i].plugin && r.findings[g.front()].voice == r.findings[i].voice;
        };
        auto it = std::find_if(groups.begin(), groups.end(), same);
        if (it == groups.end()) groups.push_back({i});
        else it->push_back(i);
      }
      for (const auto& g : groups) {
        std::string title, described, ids;
        for (uint32_t i : g) {
          title += (title.empty() ? "" : "\n") + one_line(r, r.findings[i], i);
          described += (described.empty() ? "" : " ") + rid + "-f" + std::to_string(i + 1);
          ids += (ids.empty() ? "" : " ") + std::to_string(i + 1);
        }
        out << "<mark class=\"hl " << finding_classes(r.findings[g.front()], slots) << "\" data-findings=\"" << ids
            << "\" title=\"" << html_escape(title) << "\" aria-describedby=\"" << described << "\">";
      }
      out << html_escape(text);
      for (size_t k = 0; k < groups.size(); ++k) out << "</mark>";
      if (run.voice != Voice::author) out << "</span>";
      for (; marker_it != markers.end() && marker_it->first <= run.end; ++marker_it) {
        const uint32_t i = marker_it->second;
        const Finding& f = r.findings[i];
        const std::string id = rid + "-f" + std::to_string(i + 1);
        out << "<a class=\"ref " << finding_classes(f, slots) << "\" id=\"" << rid << "-ref" << i + 1
            << "\" href=\"#" << id << "\" aria-label=\"finding " << i + 1 << ": " << html_escape(f.plugin) << ", "
            << html_escape(f.kind) << ", " << voice_phrase(f.voice) << " voice\">" << short_label(f, i)
            << "<span class=\"tip\" role=\"tooltip\"><strong>" << html_escape(f.plugin) << " · "
            << html_escape(f.kind) << "</strong> (" << voice_phrase(f.voice) << " voice)<br>"
            << html_escape(f.explanation) << "<br><span class=\"rule\">" << html_escape(f.rule())
            << "</span></span></a>";
        notes.push_back(i);
      }
    }
    close_paragraph();
    if (marker_it != markers.end()) {
      out << "<ol class=\"notes\" aria-label=\"Findings outside the text\">\n";
      for (; marker_it != markers.end(); ++marker_it) write_note(r, slots, rid, marker_it->second, out);
      out << "</ol>\n";
    }
  }

  void write_note(const Report& r, const PluginSlots& slots, const std::string& rid, uint32_t i,
                  std::ostream& out) const {
    const Finding& f = r.findings[i];
    const std::string evidence = f.evidence.empty() ? span_text(r, f.begin, f.end) : f.evidence;
    out << "<li class=\"note " << finding_classes(f, slots) << "\" id=\"" << rid << "-f" << i + 1 << "\">"
        << "<a class=\"note-num\" href=\"#" << rid << "-ref" << i + 1 << "\" aria-label=\"finding " << i + 1
        << ", back to the text\">" << short_label(f, i) << "</a>"
        << "<strong>" << html_escape(f.plugin) << "</strong> · " << html_escape(f.kind)
        << " <span class=\"voice-tag fv-" << to_string(f.voice) << "\">" << to_string(f.voice) << " voice</span> ";
    if (!evidence.empty()) out << "<q class=\"evidence\">" << html_escape(evidence) << "</q> ";
    if (!f.explanation.empty()) out << "<span class=\"why\">" << html_escape(f.explanation) << "</span> ";
    std::string attrs;
    for (const auto& [k, v] : f.attributes)
      if (k != "explanation") attrs += (attrs.empty() ? "" : " · ") + html_escape(k) + ": " + html_escape(v);
    if (!attrs.empty()) out << "<span class=\"attrs\">" << attrs << "</span> ";
    out << "<span class=\"rule\">rule: <code>" << html_escape(f.rule()) << "</code></span></li>\n";
  }

  // A narrow panel: each score's name on its own row, then its four values, then its meaning.
  static void write_scores(const Report& r, const PluginSlots& slots, std::ostream& out) {
    if (r.scores.empty()) return;
    out << "<section class=\"scores card\"><h2>Scores by voice</h2>\n"
           "<div class=\"table-wrap\"><table><thead><tr><th scope=\"col\" class=\"num\">all</th><th scope=\"col\" "
           "class=\"num\">writer</th><th scope=\"col\" class=\"num\">quoted</th><th scope=\"col\" "
           "class=\"num\">reported</th></tr></thead>\n";
    for (const auto& s : r.scores) {
      out << "<tbody class=\"score c" << slots.slot(s.plugin) << "\"><tr class=\"score-name\"><th colspan=\"4\" "
          << "scope=\"colgroup\"><span class=\"swatch\" aria-hidden=\"true\"></span>" << html_escape(s.plugin) << " "
          << html_escape(readable(s.name)) << "</th></tr>\n<tr class=\"score-values\">";
      for (double v : {s.all, s.author, s.quoted, s.reported})
        out << "<td class=\"num\">" << html_escape(format_score(v, s.unit)) << "</td>";
      out << "</tr>\n<tr class=\"score-meaning\"><td colspan=\"4\">" << html_escape(unit_label(s.unit)) << ": "
          << html_escape(s.meaning) << "</td></tr></tbody>\n";
    }
    out << "</table></div></section>\n";
  }

  static void write_sources(const Report& r, const std::string& rid, std::ostream& out) {
    const auto sources = collect_sources(r);
    out << "<section class=\"sources card\"><h2>Sources (" << sources.size() << ")</h2>\n";
    if (sources.empty()) {
      out << "<p>No attributed source was found.</p></section>\n";
      return;
    }
    out << "<div class=\"table-wrap\"><table><thead><tr><th scope=\"col\">who, cues, findings</th><th "
           "scope=\"col\">class</th><th scope=\"col\">stance</th></tr></thead><tbody>\n";
    auto join = [](const std::vector<std::string>& v) {
      std::string s;
      for (const auto& x : v) s += (s.empty() ? "" : ", ") + html_escape(x);
      return s;
    };
    for (const auto& s : sources) {
      out << "<tr class=\"source\"><th scope=\"row\">" << html_escape(s.name) << "</th><td class=\"source-class\">"
          << html_escape(s.source_class.empty() ? "unclassified" : s.source_class) << "</td><td class=\"stance\">"
          << join(s.stances) << "</td></tr>\n<tr class=\"source-detail\"><td colspan=\"3\">" << join(s.cues)
          << " ·";
      for (size_t k = 0; k < s.findings.size(); ++k)
        out << " <a href=\"#" << rid << "-f" << s.findings[k] + 1 << "\">A" << s.findings[k] + 1 << "</a>";
      out << "</td></tr>\n";
    }
    out << "</tbody></table></div></section>\n";
  }

  static void write_metrics(const Report& r, std::ostream& out) {
    if (r.metrics.empty()) return;
    out << "<details class=\"metrics card\"><summary>All metrics (" << r.metrics.size()
        << ")</summary><div class=\"table-wrap\"><table><tbody>\n";
    for (const auto& m : r.metrics)
      out << "<tr><th scope=\"row\">" << html_escape(m.plugin) << " " << html_escape(m.name)
          << "</th><td class=\"num\">" << number(m.value) << "</td></tr>\n";
    out << "</tbody></table></div></details>\n";
  }

  static void write_diagnostics(const Report& r, std::ostream& out) {
    if (r.diagnostics.empty()) return;
    out << "<section class=\"diagnostics card\"><h2>Diagnostics</h2><ul>\n";
    for (const auto& d : r.diagnostics)
      out << "<li class=\"" << to_string(d.severity) << "\">" << to_string(d.severity)
          << (d.plugin.empty() ? "" : " [" + html_escape(d.plugin) + "]") << ": " << html_escape(d.message)
          << "</li>\n";
    out << "</ul></section>\n";
  }
};

}  // namespace

std::unique_ptr<ReportWriter> make_html_writer() { return std::make_unique<HtmlWriter>(); }

}  // namespace slant
