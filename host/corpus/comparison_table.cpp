// The comparison as a terminal table: one block per genre group and measure, one line per outlet.
#include <cmath>
#include <cstdio>

#include "corpus/comparison_writers.hpp"

namespace slant::corpus {

std::string format_number(double v, int decimals) {
  if (std::isnan(v) || std::isinf(v)) return "-";
  if (std::fabs(v) < 0.5 * std::pow(10.0, -decimals)) v = 0;  // no "-0.00"
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

std::string format_p(double p) {
  if (std::isnan(p)) return "-";
  if (p < 0.0001) return "<0.0001";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", p);
  return buf;
}

namespace {

std::string pad(std::string s, size_t width, bool right = false) {
  if (s.size() >= width) return s;
  return right ? std::string(width - s.size(), ' ') + s : s + std::string(width - s.size(), ' ');
}

}  // namespace

void write_comparison_table(const Comparison& c, std::ostream& out) {
  const auto& o = c.options;
  out << "Outlet comparison: " << c.articles << " articles. Mean and median per article; "
      << static_cast<int>(o.level * 100) << "% bootstrap interval of the mean (" << o.resamples
      << " resamples); p: permutation test against the other outlets (" << o.permutations << " relabellings), "
      << (o.correction == "bh" ? "Benjamini-Hochberg" : "Holm") << "-adjusted within each group; g: Hedges' g; "
      << "* p_adj < " << o.alpha << "; seed " << o.seed << ".\n";
  for (const auto& g : c.groups) {
    out << "\n== " << g.genre << ": " << g.articles << " articles, " << g.words << " words ==\n";
    size_t width = 6;
    for (const auto& s : g.outlets) width = std::max(width, s.outlet.size());
    for (const auto& s : g.outlets)
      out << "  " << pad(s.outlet, width) << "  " << pad(std::to_string(s.articles), 7, true) << " articles  "
          << pad(std::to_string(s.words), 10, true) << " words\n";
    for (const auto& m : g.measures) {
      if (m.articles == 0 || m.overall_mean == 0) continue;  // no words in that voice, or all zero (CSV/JSON keep it)
      const int d = m.spec.unit == "share of sentences" ? 3 : 2;
      out << "\n" << m.spec.id << " (" << m.spec.unit << (m.spec.voice != "all" ? ", " + m.spec.voice + " voice" : "")
          << "); all outlets: " << format_number(m.overall_mean, d) << "\n";
      out << "  " << pad("outlet", width) << "  " << pad("n", 6, true) << "  " << pad("mean", 8, true) << "  "
          << pad("median", 8, true) << "  " << pad("95% CI", 19, true) << "  " << pad("vs rest", 8, true) << "  "
          << pad("p_adj", 8, true) << "  " << pad("g", 6, true) << "\n";
      for (const auto& s : m.outlets) {
        std::string ci = "[" + format_number(s.ci_low, d) + ", " + format_number(s.ci_high, d) + "]";
        std::string diff = std::isnan(s.difference) ? "-" : (s.difference > 0 ? "+" : "") + format_number(s.difference, d);
        out << "  " << pad(s.outlet, width) << "  " << pad(std::to_string(s.articles), 6, true) << "  "
            << pad(format_number(s.mean, d), 8, true) << "  " << pad(format_number(s.median, d), 8, true) << "  "
            << pad(ci, 19, true) << "  " << pad(diff, 8, true) << "  " << pad(format_p(s.p_adjusted), 8, true)
            << "  " << pad(format_number(s.hedges_g, 2), 6, true) << (s.significant ? " *" : "") << "\n";
      }
    }
  }
}

}  // namespace slant::corpus
