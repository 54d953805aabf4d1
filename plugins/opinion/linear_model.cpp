// Loads and evaluates the opinion plugin's linear model (see linear_model.hpp).
#include "linear_model.hpp"

#include <cmath>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "signals.hpp"

namespace slant::plugins::opinion {
namespace {

bool parse_number(const std::string& s, double& out) {
  try {
    size_t used = 0;
    out = std::stod(s, &used);
    return used == s.size() && std::isfinite(out);
  } catch (const std::exception&) {
    return false;
  }
}

}  // namespace

double sigmoid(double x) { return 1.0 / (1.0 + std::exp(-x)); }

LinearModel LinearModel::load(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot open model weights file");
  std::stringstream buf;
  buf << in.rdbuf();
  return parse(buf.str(), path);
}

LinearModel LinearModel::parse(std::string_view text, const std::string& name) {
  LinearModel m;
  m.source_ = name;
  bool have_bias = false;
  int number = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string line(text.substr(pos, nl - pos));
    pos = nl + 1;
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line.front() == '#') continue;
    auto fail = [&](const std::string& why) {
      throw std::runtime_error(name + ":" + std::to_string(number) + ": " + why +
                               " (expected: feature<TAB>weight)");
    };
    const size_t tab = line.find('\t');
    if (tab == std::string::npos || tab == 0) fail("no tab-separated weight in '" + line + "'");
    const std::string feature = line.substr(0, tab);
    double w = 0;
    if (!parse_number(line.substr(tab + 1), w)) fail("weight '" + line.substr(tab + 1) + "' is not a number");
    if (feature == "bias") {
      m.bias_ = w;
      have_bias = true;
    } else if (feature == "threshold") {
      if (!(w > 0 && w < 1)) fail("threshold must lie between 0 and 1, got " + line.substr(tab + 1));
      m.threshold_ = w;
    } else if (!m.weights_.emplace(feature, w).second) {
      fail("feature '" + feature + "' is given twice");
    }
  }
  if (!have_bias) throw std::runtime_error(name + ": no 'bias' line (a weights file starts with bias<TAB>number)");
  return m;
}

LinearModel LinearModel::lexicon_only() {
  // Hand-set: one strong signal (weight 1) is enough, one weak one ("very", 0.4) is not.
  LinearModel m;
  m.source_ = "built-in lexicon weights";
  m.bias_ = -1.5;
  m.threshold_ = 0.5;
  for (auto c : all_signal_classes()) m.weights_["s:" + std::string(name(c))] = 2.0;
  return m;
}

double LinearModel::weight(std::string_view feature) const {
  auto it = weights_.find(feature);
  return it == weights_.end() ? 0.0 : it->second;
}

}  // namespace slant::plugins::opinion
