// The linear (logistic regression) model that turns a sentence's features into an opinion score:
// a data file of "feature<TAB>weight" lines the plugin loads, written by tools/train_model.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace slant::plugins::opinion {

class LinearModel {
 public:
  // Reads a weights file: '#' comments, "bias<TAB>w", "threshold<TAB>p" (0 < p < 1) and
  // "feature<TAB>weight" lines. Throws std::runtime_error naming the file and line of a bad line.
  static LinearModel load(const std::string& path);
  static LinearModel parse(std::string_view text, const std::string& name);
  // The model used without a weights file: the lexicon signal classes alone, hand-set weights.
  static LinearModel lexicon_only();

  double weight(std::string_view feature) const;
  double bias() const { return bias_; }
  double threshold() const { return threshold_; }
  size_t size() const { return weights_.size(); }
  const std::string& source() const { return source_; }

  void set_bias(double b) { bias_ = b; }
  void set_threshold(double t) { threshold_ = t; }
  void set(std::string feature, double w) { weights_[std::move(feature)] = w; }
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using Weights = std::unordered_map<std::string, double, Hash, std::equal_to<>>;
  const Weights& weights() const { return weights_; }

 private:
  Weights weights_;
  double bias_ = 0;
  double threshold_ = 0.5;
  std::string source_;
};

double sigmoid(double x);

}  // namespace slant::plugins::opinion
