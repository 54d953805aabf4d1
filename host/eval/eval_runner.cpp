#include "eval/eval_runner.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <numeric>
#include <stdexcept>

#include "readers/jsonl_reader.hpp"

namespace slant::eval {

RunStats for_each_item(const std::string& path, const Analyser& analyser,
                       const std::function<void(const nlohmann::json&, const Report&)>& score, std::ostream& err) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot open the gold file");
  RunStats stats;
  std::string line;
  size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const std::string where = path + ":" + std::to_string(number);
    nlohmann::json gold = nlohmann::json::parse(line, nullptr, false);
    std::string error;
    std::optional<Article> article;
    if (gold.is_discarded())
      error = "not valid JSON";
    else
      article = article_from_json(gold, where, &error);
    if (!article) {
      ++stats.bad_lines;
      err << "slant eval: " << where << ": " << error << " (skipped)\n";
      continue;
    }
    Report report = analyser.analyse(std::move(*article));
    score(gold, report);
    ++stats.items;
  }
  return stats;
}

void Figures::print(std::ostream& out) const {
  for (const auto& name : order_) {
    char buf[64];
    double v = index_.at(name);
    if (std::floor(v) == v && std::fabs(v) >= 1)
      std::snprintf(buf, sizeof buf, "%.0f", v);
    else
      std::snprintf(buf, sizeof buf, "%.4f", v);
    out << "  " << name << ": " << buf << "\n";
  }
}

bool Figures::check(const std::vector<std::string>& requirements, std::ostream& err) const {
  bool ok = true;
  for (const auto& req : requirements) {
    size_t eq = req.find('=');
    if (eq == std::string::npos) throw std::invalid_argument("--require '" + req + "' is not NAME=MIN");
    std::string name = req.substr(0, eq);
    double min = std::stod(req.substr(eq + 1));
    auto it = index_.find(name);
    if (it == index_.end()) throw std::invalid_argument("--require names '" + name + "', which this evaluation does not report");
    if (it->second + 1e-9 < min) {
      err << "slant eval: " << name << " is " << it->second << ", below the required " << min << "\n";
      ok = false;
    }
  }
  return ok;
}

namespace {
std::vector<double> ranks(const std::vector<double>& v) {
  std::vector<size_t> idx(v.size());
  std::iota(idx.begin(), idx.end(), 0);
  std::sort(idx.begin(), idx.end(), [&](size_t a, size_t b) { return v[a] < v[b]; });
  std::vector<double> r(v.size());
  for (size_t i = 0; i < idx.size();) {
    size_t j = i;
    while (j + 1 < idx.size() && v[idx[j + 1]] == v[idx[i]]) ++j;
    double avg = (static_cast<double>(i) + static_cast<double>(j)) / 2.0 + 1.0;
    for (size_t k = i; k <= j; ++k) r[idx[k]] = avg;
    i = j + 1;
  }
  return r;
}
}  // namespace

double spearman(const std::vector<double>& a, const std::vector<double>& b) {
  if (a.size() != b.size() || a.size() < 2) return 0;
  auto ra = ranks(a), rb = ranks(b);
  double n = static_cast<double>(a.size());
  double ma = std::accumulate(ra.begin(), ra.end(), 0.0) / n, mb = std::accumulate(rb.begin(), rb.end(), 0.0) / n;
  double cov = 0, va = 0, vb = 0;
  for (size_t i = 0; i < ra.size(); ++i) {
    cov += (ra[i] - ma) * (rb[i] - mb);
    va += (ra[i] - ma) * (ra[i] - ma);
    vb += (rb[i] - mb) * (rb[i] - mb);
  }
  return va > 0 && vb > 0 ? cov / std::sqrt(va * vb) : 0;
}

}  // namespace slant::eval
