// "terminal": the article itself, wrapped to the terminal's width, with every finding marked in
// place (one colour per plugin; quoted words in italics, reported speech underlined), a
// numbered note under each paragraph saying why, a legend and a compact score panel. Without
// colour the same layout, markers and notes, and no escape codes.
#include <algorithm>
#include <map>

#include "writers/display_width.hpp"
#include "writers/highlight_runs.hpp"
#include "writers/plugin_slots.hpp"
#include "writers/report_digest.hpp"
#include "writers/report_writer.hpp"
#include "writers/terminal_style.hpp"

namespace slant {
namespace {

constexpr int kSlotColours[kPluginSlots] = {36, 33, 35, 32, 34, 31};  // cyan, yellow, magenta, ...

std::string superscript(uint32_t n) {
  static const char* const digits[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
  std::string out;
  do {
    out.insert(0, digits[n % 10]);
    n /= 10;
  } while (n);
  return out;
}

class TerminalWriter : public ReportWriter {
 public:
  explicit TerminalWriter(const WriterOptions& options) : options_(options) {
    options_.width = std::max(options_.width, 20u);
  }

  void write(const Report& r, std::ostream& out) override {
    if (count_++) out << "\n";
    const PluginSlots slots(r);
    const uint32_t size = static_cast<uint32_t>(r.article.text.size());
    write_header(r, slots, out);

    // Markers by position, so each lands after the run that ends there.
    std::multimap<uint32_t, uint32_t> markers;
    std::vector<uint32_t> article_level;
    for (uint32_t i = 0; i < r.findings.size(); ++i) {
      if (is_article_level(r.findings[i], size))
        article_level.push_back(i);
      else
        markers.emplace(marker_position(r.findings[i], size), i);
    }
    write_article_level(r, slots, article_level, out);

    const auto runs = highlight_runs(r);
    std::vector<StyledPiece> pieces;
    std::vector<uint32_t> notes;
    auto marker_it = markers.begin();
    auto flush_paragraph = [&] {
      if (pieces.empty() && notes.empty()) return;
      out << "\n";
      if (!pieces.empty()) write_wrapped(pieces, layout(0, 0), out);
      for (uint32_t i : notes) write_note(r, slots, i, out);
      pieces.clear();
      notes.clear();
    };
    uint32_t paragraph = runs.empty() ? 0 : runs.front().paragraph;
    bool space_pending = false;
    TermStyle pending_space_style;
    for (const auto& run : runs) {
      if (run.paragraph != paragraph) {
        flush_paragraph();
        paragraph = run.paragraph;
        space_pending = false;
      }
      const std::string_view text = std::string_view(r.article.text).substr(run.begin, run.end - run.begin);
      const TermStyle style = run_style(r, slots, run);
      // Words that continue across runs stay glued; a space keeps the voice style of the run it
      // sits in (an underline runs on between reported words) but no finding's colour.
      size_t before = pieces.size();
      append_words(pieces, text, style, true);
      if (before < pieces.size()) {
        const bool leading = is_blank(text.front());
        pieces[before].space_before = space_pending || leading || before == 0;
        pieces[before].space_style = voice_only(leading ? style : pending_space_style);
        for (size_t k = before + 1; k < pieces.size(); ++k) pieces[k].space_style = voice_only(style);
      }
      if (is_blank(text.back())) {
        space_pending = true;
        pending_space_style = style;
      } else if (before < pieces.size()) {
        space_pending = false;
      }
      for (; marker_it != markers.end() && marker_it->first <= run.end; ++marker_it) {
        const Finding& f = r.findings[marker_it->second];
        const TermStyle m{colour(slots.slot(f.plugin)), true};
        // Two markers in a row are kept apart (¹·² rather than ¹²).
        if (!pieces.empty() && !space_pending && is_marker(pieces.back().text)) pieces.push_back({"·", m, false, m});
        pieces.push_back({superscript(marker_it->second + 1), m, false, m});
        notes.push_back(marker_it->second);
      }
    }
    flush_paragraph();
    // Markers past the text (none when spans are valid): still list their notes.
    for (; marker_it != markers.end(); ++marker_it) write_note(r, slots, marker_it->second, out);

    write_legend(r, slots, out);
    write_scores(r, slots, out);
    write_diagnostics(r, out);
  }

 private:
  WriterOptions options_;
  size_t count_ = 0;

  static TermStyle voice_only(const TermStyle& s) {
    TermStyle v;
    v.italic = s.italic;
    v.underline = s.underline;
    return v;
  }

  static bool is_blank(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

  // A piece made only of superscript digits is a finding's marker.
  static bool is_marker(std::string_view t) {
    static const std::string_view sup[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
    if (t.empty()) return false;
    while (!t.empty()) {
      bool hit = false;
      for (auto s : sup)
        if (t.substr(0, s.size()) == s) {
          t.remove_prefix(s.size());
          hit = true;
          break;
        }
      if (!hit) return false;
    }
    return true;
  }

  int colour(size_t slot) const { return kSlotColours[slot % kPluginSlots]; }

  WrapLayout layout(unsigned first, unsigned rest) const { return {options_.width, first, rest, options_.colour}; }

  TermStyle run_style(const Report& r, const PluginSlots& slots, const TextRun& run) const {
    TermStyle s;
    s.italic = run.voice == Voice::quoted;
    s.underline = run.voice == Voice::reported;
    if (!run.findings.empty()) {
      size_t best = kPluginSlots;
      for (uint32_t i : run.findings) best = std::min(best, slots.slot(r.findings[i].plugin));
      s.colour = colour(best);
      s.bold = true;
    }
    return s;
  }

  void write_header(const Report& r, const PluginSlots&, std::ostream& out) const {
    const auto& m = r.article.meta;
    std::vector<StyledPiece> p;
    append_words(p, m.title.empty() ? (m.source.empty() ? m.id : m.source) : m.title, {0, true}, false);
    write_wrapped(p, layout(0, 0), out);
    p.clear();
    std::string meta;
    for (const std::string* v : {&m.outlet, &m.byline, &m.date, &m.section})
      if (!v->empty()) meta += (meta.empty() ? "" : " · ") + *v;
    if (!m.title.empty() && !m.source.empty()) meta += (meta.empty() ? "" : " · ") + m.source;
    if (!meta.empty()) {
      append_words(p, meta, {0, false, true}, false);
      write_wrapped(p, layout(0, 0), out);
      p.clear();
    }
    const uint32_t words = r.words[0] + r.words[1] + r.words[2];
    append_words(p,
                 std::to_string(words) + " words: " + std::to_string(r.words[0]) + " the writer's, " +
                     std::to_string(r.words[1]) + " quoted, " + std::to_string(r.words[2]) + " reported · " +
                     std::to_string(r.findings.size()) + " findings",
                 {0, false, true}, false);
    write_wrapped(p, layout(0, 0), out);
    for (const auto& d : r.article.dropped) {
      p.clear();
      append_words(p, "dropped " + d.what + " (" + std::to_string(display_width(d.text)) + " characters)",
                   {0, false, true}, false);
      write_wrapped(p, layout(0, 0), out);
    }
  }

  void write_article_level(const Report& r, const PluginSlots& slots, const std::vector<uint32_t>& ids,
                           std::ostream& out) const {
    for (uint32_t i : ids) {
      const Finding& f = r.findings[i];
      std::vector<StyledPiece> p;
      const TermStyle c{colour(slots.slot(f.plugin)), true};
      std::string_view label = f.attribute("label");
      append_words(p, f.plugin + ": " + f.kind + (label.empty() ? "" : " = " + std::string(label)), c, false);
      append_words(p, "· " + (f.explanation.empty() ? f.evidence : f.explanation), {});
      write_wrapped(p, layout(0, 2), out);
    }
  }

  void write_note(const Report& r, const PluginSlots& slots, uint32_t i, std::ostream& out) const {
    const Finding& f = r.findings[i];
    const TermStyle c{colour(slots.slot(f.plugin)), true};
    const TermStyle dim{0, false, true};
    std::vector<StyledPiece> p;
    const std::string number = std::to_string(i + 1);
    p.push_back({std::string(number.size() < 2 ? 1 : 0, ' ') + number, c, false, {}});
    append_words(p, f.plugin + "/" + f.kind, c);
    append_words(p, "(" + std::string(to_string(f.voice)) + ")", TermStyle{0, true});
    const std::string evidence = f.evidence.empty() ? span_text(r, f.begin, f.end) : f.evidence;
    if (!evidence.empty()) append_words(p, "\"" + evidence + "\"", {});
    for (const char* key : {"source_class", "stance", "category", "label"}) {
      std::string_view v = f.attribute(key);
      if (!v.empty()) append_words(p, std::string(key) + "=" + std::string(v), dim);
    }
    if (!f.explanation.empty()) append_words(p, "— " + f.explanation, {});
    if (!f.rules.empty()) append_words(p, "[" + f.rule() + "]", dim);
    write_wrapped(p, layout(2, 5), out);
  }

  void write_legend(const Report& r, const PluginSlots& slots, std::ostream& out) const {
    std::vector<StyledPiece> p;
    out << "\n";
    append_words(p, "legend:", {0, true}, false);
    for (const auto& name : slots.present(r)) {
      const TermStyle c{colour(slots.slot(name)), true};
      p.push_back({"■", c, true, {}});
      p.push_back({name, c, true, {}});
    }
    append_words(p, "·", {});
    append_words(p, "quoted", {0, false, false, true});
    append_words(p, "words in italics,", {});
    append_words(p, "reported", {0, false, false, false, true});
    append_words(p, "speech underlined,", {});
    p.push_back({"¹", {0, true}, true, {}});
    append_words(p, "a finding's number (its note is under the paragraph)", {});
    write_wrapped(p, layout(0, 2), out);
  }

  void write_scores(const Report& r, const PluginSlots& slots, std::ostream& out) const {
    if (r.scores.empty()) return;
    size_t name_width = 5;
    for (const auto& s : r.scores) name_width = std::max(name_width, display_width(s.plugin + " " + s.name) + 0ul);
    const unsigned table_width = static_cast<unsigned>(name_width) + 2 + 4 * 9;
    const bool table = table_width <= options_.width;
    const TermStyle dim{0, false, true};
    out << "\n";
    auto cell = [](const std::string& s) { return std::string(s.size() < 9 ? 9 - s.size() : 1, ' ') + s; };
    if (table) {
      std::string head = "scores" + std::string(name_width + 2 - 6, ' ') + cell("all") + cell("author") +
                         cell("quoted") + cell("reported");
      emit(out, head, TermStyle{0, true});
    } else {
      std::vector<StyledPiece> p;
      append_words(p, "scores (all | author | quoted | reported)", TermStyle{0, true}, false);
      write_wrapped(p, layout(0, 2), out);
    }
    for (const auto& s : r.scores) {
      const TermStyle c{colour(slots.slot(s.plugin)), true};
      const std::string name = s.plugin + " " + s.name;
      std::string values = table ? cell(format_score(s.all, s.unit)) + cell(format_score(s.author, s.unit)) +
                                       cell(format_score(s.quoted, s.unit)) + cell(format_score(s.reported, s.unit))
                                 : format_score(s.all, s.unit) + " | " + format_score(s.author, s.unit) + " | " +
                                       format_score(s.quoted, s.unit) + " | " + format_score(s.reported, s.unit);
      if (table) {
        if (options_.colour) out << c.sgr();
        out << name << (options_.colour ? "\x1b[0m" : "") << std::string(name_width + 2 - display_width(name), ' ')
            << values << "\n";
      } else {
        std::vector<StyledPiece> p;
        append_words(p, name, c, false);
        append_words(p, values, {});
        write_wrapped(p, layout(0, 2), out);
      }
      std::vector<StyledPiece> p;
      append_words(p, unit_label(s.unit) + ": " + s.meaning, dim, false);
      write_wrapped(p, layout(2, 2), out);
    }
  }

  void write_diagnostics(const Report& r, std::ostream& out) const {
    if (r.diagnostics.empty()) return;
    out << "\n";
    emit(out, "diagnostics", TermStyle{0, true});
    for (const auto& d : r.diagnostics) {
      std::vector<StyledPiece> p;
      const TermStyle s{d.severity == Severity::error ? 31 : d.severity == Severity::warning ? 33 : 0, true};
      append_words(p, std::string(to_string(d.severity)) + (d.plugin.empty() ? "" : " [" + d.plugin + "]") + ":", s,
                   false);
      append_words(p, d.message, {});
      write_wrapped(p, layout(2, 4), out);
    }
  }

  void emit(std::ostream& out, const std::string& line, const TermStyle& s) const {
    if (options_.colour && !s.plain()) out << s.sgr() << line << "\x1b[0m\n";
    else out << line << "\n";
  }
};

}  // namespace

std::unique_ptr<ReportWriter> make_terminal_writer(const WriterOptions& options) {
  return std::make_unique<TerminalWriter>(options);
}

}  // namespace slant
