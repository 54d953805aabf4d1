// The comparison as tidy CSV: one row per genre group, outlet and measure, every figure a column.
#include <cmath>
#include <cstdio>

#include "corpus/comparison_writers.hpp"

namespace slant::corpus {
namespace {

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char ch : s) out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
  return out + "\"";
}

std::string csv_number(double v) {
  if (std::isnan(v) || std::isinf(v)) return "";  // an empty cell reads as missing in R and pandas
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.10g", v);
  return buf;
}

}  // namespace

void write_comparison_csv(const Comparison& c, std::ostream& out) {
  out << "genre,outlet,measure,plugin,name,voice,unit,articles,outlet_articles,outlet_words,mean,median,ci_low,"
         "ci_high,rest_mean,difference,p_value,p_adjusted,significant,test,permutations,hedges_g,cliffs_delta,"
         "correction,resamples,level,seed\n";
  for (const auto& g : c.groups)
    for (const auto& m : g.measures)
      for (size_t i = 0; i < m.outlets.size(); ++i) {
        const auto& s = m.outlets[i];
        const auto& o = g.outlets[i];
        out << csv_field(g.genre) << ',' << csv_field(s.outlet) << ',' << csv_field(m.spec.id) << ','
            << csv_field(m.spec.plugin) << ',' << csv_field(m.spec.name) << ',' << m.spec.voice << ','
            << csv_field(m.spec.unit) << ',' << s.articles << ',' << o.articles << ',' << o.words << ','
            << csv_number(s.mean) << ',' << csv_number(s.median) << ',' << csv_number(s.ci_low) << ',' << csv_number(s.ci_high) << ','
            << csv_number(s.rest_mean) << ',' << csv_number(s.difference) << ',' << csv_number(s.p) << ',' << csv_number(s.p_adjusted) << ','
            << (s.significant ? "true" : "false") << ',' << (std::isnan(s.p) ? "" : s.exact ? "exact" : "monte-carlo")
            << ',' << s.permutations << ',' << csv_number(s.hedges_g) << ',' << csv_number(s.cliffs_delta) << ','
            << c.options.correction << ',' << c.options.resamples << ',' << c.options.level << ','
            << c.options.seed << '\n';
      }
}

}  // namespace slant::corpus
