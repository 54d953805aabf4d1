#include "corpus/explain.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <stdexcept>

#include "corpus/comparison_writers.hpp"

namespace slant::corpus {

void explain(Store& store, const Dataset& data, const Comparison& comparison, const ExplainRequest& req,
             std::ostream& out) {
  const size_t mi = data.measure_index(req.measure);
  if (mi == static_cast<size_t>(-1)) {
    std::string names;
    for (const auto& m : data.measures) names += (names.empty() ? "" : ", ") + m.id;
    throw std::invalid_argument("no measure '" + req.measure + "'; there are: " + names);
  }
  std::set<std::string> outlets;
  for (const auto& a : data.articles) outlets.insert(a.outlet);
  if (!outlets.count(req.outlet)) {
    std::string names;
    for (const auto& o : outlets) names += (names.empty() ? "" : ", ") + o;
    throw std::invalid_argument("no outlet '" + req.outlet + "'; there are: " + names);
  }
  const MeasureSpec& spec = data.measures[mi];
  const int d = spec.unit == "share of sentences" ? 3 : 2;

  // The figure itself, as the comparison states it.
  for (const auto& g : comparison.groups) {
    if (g.genre != req.genre) continue;
    for (const auto& s : g.measures[mi].outlets)
      if (s.outlet == req.outlet)
        out << req.outlet << ", " << spec.id << " (" << spec.unit << "), " << g.genre << ": mean "
            << format_number(s.mean, d) << ", median " << format_number(s.median, d) << ", 95% CI ["
            << format_number(s.ci_low, d) << ", " << format_number(s.ci_high, d) << "], " << s.articles
            << " articles; the other outlets: " << format_number(s.rest_mean, d) << ", p_adj "
            << format_p(s.p_adjusted) << "\n";
  }
  std::vector<const ArticleRow*> rows;
  for (const auto& a : data.articles)
    if (a.outlet == req.outlet && (req.genre == "all" || (a.genre.empty() ? "unknown" : a.genre) == req.genre) &&
        !std::isnan(a.values[mi]))
      rows.push_back(&a);
  std::stable_sort(rows.begin(), rows.end(),
                   [&](const ArticleRow* x, const ArticleRow* y) { return x->values[mi] > y->values[mi]; });
  if (req.limit && rows.size() > req.limit) rows.resize(req.limit);

  std::string query = "SELECT voice, rule, evidence, explanation, begin FROM findings WHERE article = ? AND plugin = ?";
  if (spec.source == MeasureSource::findings) query += " AND kind = ?";
  if (spec.source == MeasureSource::findings && spec.voice != "all") query += " AND voice = ?";
  query += " ORDER BY seq";
  Statement findings = store.db().prepare(query);
  for (const ArticleRow* a : rows) {
    out << "\n" << format_number(a->values[mi], d) << "  " << a->key << "  (" << a->words << " words"
        << (a->genre.empty() ? "" : ", " + a->genre) << ")" << (a->title.empty() ? "" : "  " + a->title) << "\n";
    if (spec.source != MeasureSource::findings) continue;  // scores and metrics have no findings of their own
    findings.bind(1, a->id).bind(2, spec.plugin).bind(3, spec.name);
    if (spec.voice != "all") findings.bind(4, spec.voice);
    size_t shown = 0, total = 0;
    while (findings.step()) {
      if (++total > req.findings_per_article) continue;
      ++shown;
      out << "    @" << findings.integer(4) << " [" << findings.text(0) << "] " << findings.text(1) << ": \""
          << findings.text(2) << "\"  " << findings.text(3) << "\n";
    }
    findings.reset();
    if (total > shown) out << "    ... and " << total - shown << " more\n";
  }
  if (rows.empty()) out << "(no article of " << req.outlet << " has a value for " << spec.id << ")\n";
}

}  // namespace slant::corpus
