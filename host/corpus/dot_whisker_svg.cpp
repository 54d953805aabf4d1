#include "corpus/dot_whisker_svg.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

#include "corpus/comparison_writers.hpp"

namespace slant::corpus {
namespace {

// Round axis steps: 1, 2 or 5 times a power of ten, about five ticks across.
double nice_step(double span) {
  if (!(span > 0)) return 1;
  double raw = span / 5, power = std::pow(10.0, std::floor(std::log10(raw)));
  for (double m : {1.0, 2.0, 5.0, 10.0})
    if (raw <= m * power) return m * power;
  return 10 * power;
}

std::string fmt(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

}  // namespace

std::string html_escape(const std::string& s) {
  std::string out;
  for (char c : s) switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  return out;
}

std::string dot_whisker_svg(const MeasureResult& m) {
  const double label_w = 170, plot_w = 420, right = 20, row_h = 24, top = 12, axis_h = 34;
  const double width = label_w + plot_w + right;
  const double height = top + row_h * std::max<size_t>(m.outlets.size(), 1) + axis_h;
  double lo = INFINITY, hi = -INFINITY;
  for (const auto& s : m.outlets)
    for (double v : {s.ci_low, s.ci_high, s.mean})
      if (std::isfinite(v)) lo = std::min(lo, v), hi = std::max(hi, v);
  if (std::isfinite(m.overall_mean)) lo = std::min(lo, m.overall_mean), hi = std::max(hi, m.overall_mean);
  if (!std::isfinite(lo)) lo = 0, hi = 1;
  if (lo >= 0 && lo < (hi - lo)) lo = 0;  // start at zero when that costs little room
  if (hi - lo < 1e-9) hi = lo + 1;
  const double step = nice_step(hi - lo);
  lo = std::floor(lo / step) * step;
  hi = std::ceil(hi / step) * step;
  auto x = [&](double v) { return label_w + (v - lo) / (hi - lo) * plot_w; };
  const int decimals = m.spec.unit == "share of sentences" ? 3 : 2;

  std::ostringstream svg;
  svg << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << fmt(width) << "\" height=\"" << fmt(height)
      << "\" viewBox=\"0 0 " << fmt(width) << ' ' << fmt(height) << "\" role=\"img\" aria-label=\""
      << html_escape(m.spec.id) << "\" font-family=\"sans-serif\" font-size=\"12\">\n";
  const double plot_bottom = top + row_h * m.outlets.size();
  for (double t = lo; t <= hi + step / 2; t += step) {
    svg << "<line x1=\"" << fmt(x(t)) << "\" x2=\"" << fmt(x(t)) << "\" y1=\"" << fmt(top) << "\" y2=\""
        << fmt(plot_bottom) << "\" stroke=\"#e3e3e3\"/>\n";
    svg << "<text x=\"" << fmt(x(t)) << "\" y=\"" << fmt(plot_bottom + 16) << "\" text-anchor=\"middle\" fill=\"#555\">"
        << format_number(t, step < 0.01 ? 3 : step < 0.1 ? 2 : step < 1 ? 1 : 0) << "</text>\n";
  }
  svg << "<text x=\"" << fmt(label_w + plot_w / 2) << "\" y=\"" << fmt(height - 3)
      << "\" text-anchor=\"middle\" fill=\"#333\">" << html_escape(m.spec.unit) << "</text>\n";
  if (std::isfinite(m.overall_mean))
    svg << "<line x1=\"" << fmt(x(m.overall_mean)) << "\" x2=\"" << fmt(x(m.overall_mean)) << "\" y1=\""
        << fmt(top - 4) << "\" y2=\"" << fmt(plot_bottom) << "\" stroke=\"#999\" stroke-dasharray=\"4 3\"><title>all "
        << "outlets: " << format_number(m.overall_mean, decimals) << "</title></line>\n";
  for (size_t i = 0; i < m.outlets.size(); ++i) {
    const auto& s = m.outlets[i];
    const double y = top + row_h * (i + 0.5);
    svg << "<text x=\"" << fmt(label_w - 8) << "\" y=\"" << fmt(y + 4) << "\" text-anchor=\"end\" fill=\"#222\">"
        << html_escape(s.outlet) << " (" << s.articles << ")</text>\n";
    if (!std::isfinite(s.mean)) continue;
    const char* colour = s.significant ? (s.difference > 0 ? "#b2182b" : "#2166ac") : "#444";
    if (std::isfinite(s.ci_low) && std::isfinite(s.ci_high))
      svg << "<line x1=\"" << fmt(x(s.ci_low)) << "\" x2=\"" << fmt(x(s.ci_high)) << "\" y1=\"" << fmt(y)
          << "\" y2=\"" << fmt(y) << "\" stroke=\"" << colour << "\" stroke-width=\"2\"/>\n";
    svg << "<circle cx=\"" << fmt(x(s.mean)) << "\" cy=\"" << fmt(y) << "\" r=\"4.5\" stroke=\"" << colour
        << "\" stroke-width=\"1.5\" fill=\"" << (s.significant ? colour : "#fff") << "\"><title>"
        << html_escape(s.outlet) << ": mean " << format_number(s.mean, decimals) << ", 95% CI ["
        << format_number(s.ci_low, decimals) << ", " << format_number(s.ci_high, decimals) << "], p_adj "
        << format_p(s.p_adjusted) << "</title></circle>\n";
  }
  svg << "</svg>\n";
  return svg.str();
}

}  // namespace slant::corpus
