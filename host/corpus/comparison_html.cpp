// The comparison as one self-contained HTML page: inline CSS and SVG only, nothing fetched from
// the network, so it opens offline and can go into a paper's supplement as is.
#include <cmath>

#include "corpus/comparison_writers.hpp"
#include "corpus/dot_whisker_svg.hpp"
#include "writers/html_page.hpp"

namespace slant::corpus {

namespace {

constexpr std::string_view kComparisonCss = R"css(
h2 { border-bottom: 1px solid var(--line); padding-bottom: 0.2em; margin-top: 2em; }
h3 { margin: 1.6em 0 0.3em; font-size: 1.05em; }
table { width: auto; margin: 0.4em 0 1em; }
td, th { text-align: right; font-variant-numeric: tabular-nums; }
td:first-child, th:first-child { text-align: left; }
.sig { font-weight: bold; }
.note { color: var(--muted); font-size: 0.9em; }
svg { max-width: 100%; height: auto; background: #fff; border-radius: 6px; }
)css";

}  // namespace

void write_comparison_html(const Comparison& c, std::ostream& out, const std::string& title) {
  const auto& o = c.options;
  // The look is shared with the article report (writers/html_style.hpp); only the chart and
  // the numeric tables are styled here.
  write_html_page_start(out, title, kComparisonCss);
  out << "<body>\n<div class=\"page\">\n<p class=\"brand\">slant outlet comparison</p>\n";
  out << "<h1>" << html_escape(title) << "</h1>\n<p class=\"note\">" << c.articles
      << " articles. Dots: the mean per article; whiskers: " << static_cast<int>(o.level * 100)
      << "% percentile bootstrap interval of the mean (" << o.resamples
      << " resamples); dashed line: the mean over all outlets. A filled dot differs from the other outlets "
         "(permutation test, "
      << o.permutations << " relabellings or every split when fewer, "
      << (o.correction == "bh" ? "Benjamini-Hochberg" : "Holm") << "-adjusted p &lt; " << o.alpha
      << " within the group; red above, blue below). Seed " << o.seed << ".</p>\n";
  for (const auto& g : c.groups) {
    out << "<h2>" << html_escape(g.genre == "all" ? "All articles" : "Genre: " + g.genre) << " (" << g.articles
        << " articles, " << g.words << " words)</h2>\n<table><tr><th>outlet</th><th>articles</th><th>words</th></tr>\n";
    for (const auto& s : g.outlets)
      out << "<tr><td>" << html_escape(s.outlet) << "</td><td>" << s.articles << "</td><td>" << s.words
          << "</td></tr>\n";
    out << "</table>\n";
    for (const auto& m : g.measures) {
      if (m.articles == 0 || m.overall_mean == 0) continue;  // no words in that voice, or all zero (CSV/JSON keep it)
      const int d = m.spec.unit == "share of sentences" ? 3 : 2;
      out << "<h3>" << html_escape(m.spec.id) << " <span class=\"note\">(" << html_escape(m.spec.unit)
          << (m.spec.voice != "all" ? ", " + m.spec.voice + " voice" : "") << ")</span></h3>\n";
      out << dot_whisker_svg(m);
      out << "<table><tr><th>outlet</th><th>n</th><th>mean</th><th>median</th><th>95% CI</th><th>vs rest</th>"
             "<th>p</th><th>p adj.</th><th>Hedges' g</th><th>Cliff's &delta;</th></tr>\n";
      for (const auto& s : m.outlets)
        out << "<tr" << (s.significant ? " class=\"sig\"" : "") << "><td>" << html_escape(s.outlet) << "</td><td>"
            << s.articles << "</td><td>" << format_number(s.mean, d) << "</td><td>" << format_number(s.median, d)
            << "</td><td>[" << format_number(s.ci_low, d) << ", " << format_number(s.ci_high, d) << "]</td><td>"
            << (s.difference > 0 ? "+" : "") << format_number(s.difference, d) << "</td><td>" << format_p(s.p)
            << "</td><td>" << format_p(s.p_adjusted) << "</td><td>" << format_number(s.hedges_g, 2) << "</td><td>"
            << format_number(s.cliffs_delta, 2) << "</td></tr>\n";
      out << "</table>\n";
    }
  }
  out << "</div>\n";
  write_html_page_end(out, "Every number here can be recomputed from the stored reports with slant compare.");
}

}  // namespace slant::corpus
