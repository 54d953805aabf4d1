// Trains data/opinion-model.tsv: a logistic regression over the opinion plugin's own features,
// fitted on labeled sentences (JSONL {"text", "label": "SUBJ"|"OBJ"}). Deterministic.
//
//   slant_opinion_train --train ../shared/eval/subjectivity/newssd-train.jsonl
//       --out plugins/opinion/data/opinion-model.tsv
//
// Only the writer's side of each sentence (words outside quotations) is featurised, as in the
// plugin. Settings are chosen by 5-fold cross-validation over contiguous runs of the training file
// alone (regularisation, and the probability threshold that maximises macro-F1 on held-out folds).
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "article/article.hpp"
#include "linear_model.hpp"
#include "model_features.hpp"
#include "segment/segmenter.hpp"
#include "sentence_scoring.hpp"
#include "signals.hpp"
#include "voice_sides.hpp"

using namespace slant::plugins::opinion;

namespace {

struct Item {
  std::map<std::string, double> features;  // name -> value (ordered: deterministic)
  int label = 0;
  int block = 0;  // position / block size: neighbouring sentences mostly share an article
  int line = 0;   // line in the training file, for --cv-misses
};

struct Options {
  std::string train, out, data = SLANT_OPINION_DATA_DIR;
  size_t max_features = 2500;
  int min_blocks = 3;  // a word must occur in this many blocks of neighbouring sentences
  int block_size = 25;
  int folds = 5;
  // "words+pairs", "words", "style" (words and pairs of style_words.txt only: how opinion is
  // written, not what the training articles were about), "style-words" (those words, no pairs),
  // or "none": signal classes and context only.
  std::string lexical = "style";
  std::string style_words = SLANT_OPINION_TOOLS_DIR "/style_words.txt";
  double threshold = 0;  // 0: the cross-validated choice; else this one, said so in the file
  double lambda = 0, lambda_sig = 0;  // 0: cross-validated; else pinned (still cross-validated for the record)
  std::string cv_misses;  // if set: the chosen setting's held-out mistakes on the training file
  // "balanced": each class weighs half of the loss and of the threshold's macro-F1, so the model
  // does not learn the training file's share of opinion (a third) as a prior; "none": as sampled.
  std::string class_weights = "balanced";
  std::set<std::string> without;  // --without: features left out of the model (for ablations)
};

// The weight of one item of each class (label 0, 1) in the loss and in the threshold's counts.
struct ClassWeights {
  double w[2] = {1.0, 1.0};
};

// The features of an item: every writer's side of every sentence the segmenter finds in it.
bool featurise(const SignalFinder& finder, const std::string& text, Item& item) {
  slant::Article art;
  art.text = text;
  slant::segment(art);
  const slant_article_view v = art.view();
  const slant::sdk::Article a(v);
  bool any = false;
  for (const auto& s : a.sentences()) {
    const auto signals = finder.find(a, s);
    const auto sides = split_by_quote(a, s);
    SentenceContext ctx{sides.size() > 1, finder.has_reporting_verb(a, s)};
    for (const auto& side : sides) {
      if (side.in_quote) continue;
      std::vector<Signal> mine;
      for (const auto& sig : signals)
        if (!sig.in_quote) mine.push_back(sig);
      any = true;
      for (const auto& h : side_features(a, side, mine, ctx)) {
        double& v = item.features[h.name];
        if (h.name.rfind("s:", 0) == 0) v = std::min(kSignalClassCap, v + h.value);
        else if (h.name.rfind("m:", 0) == 0) v += h.value;
        else v = std::max(v, h.value);
      }
    }
  }
  return any;
}

bool is_lexical(const std::string& f) { return f.rfind("w:", 0) == 0 || f.rfind("b:", 0) == 0; }

struct Fit {
  std::unordered_map<std::string, double> w;
  double bias = 0;
};

// L2-regularised logistic regression, full-batch Adam (the problem is small and convex).
// Words and pairs are pulled towards 0 (lambda). Signal classes are pulled towards the weight the
// lexicon-only model gives them (lambda_sig): a prior from the lexicons' authors that the data
// may overrule where it has the evidence, and that holds where 700 sentences have little to say.
// Adverb and context features are pulled towards 0 with lambda_sig.
Fit train(const std::vector<const Item*>& items, const std::vector<std::string>& vocab,
          double lambda, double lambda_sig, const ClassWeights& cw) {
  std::unordered_map<std::string, size_t> index;
  for (size_t i = 0; i < vocab.size(); ++i) index[vocab[i]] = i;
  std::vector<std::vector<std::pair<size_t, double>>> x(items.size());
  for (size_t n = 0; n < items.size(); ++n)
    for (const auto& [f, v] : items[n]->features)
      if (auto it = index.find(f); it != index.end()) x[n].emplace_back(it->second, v);
  const size_t d = vocab.size() + 1;  // last: bias
  std::vector<double> w(d, 0), m(d, 0), s(d, 0), g(d);
  std::vector<double> reg(d, lambda), prior(d, 0.0);
  const LinearModel lexicon_only = LinearModel::lexicon_only();
  for (size_t i = 0; i < vocab.size(); ++i)
    if (!is_lexical(vocab[i])) {
      reg[i] = lambda_sig;
      prior[i] = lexicon_only.weight(vocab[i]);
    }
  reg[d - 1] = 0;
  const double lr = 0.05, b1 = 0.9, b2 = 0.999, eps = 1e-8;
  for (int step = 1; step <= 1500; ++step) {
    std::fill(g.begin(), g.end(), 0.0);
    for (size_t n = 0; n < items.size(); ++n) {
      double z = w[d - 1];
      for (auto [i, v] : x[n]) z += w[i] * v;
      const double err = (sigmoid(z) - items[n]->label) * cw.w[items[n]->label];
      for (auto [i, v] : x[n]) g[i] += err * v;
      g[d - 1] += err;
    }
    for (size_t i = 0; i < d; ++i) {
      g[i] += reg[i] * (w[i] - prior[i]);
      m[i] = b1 * m[i] + (1 - b1) * g[i];
      s[i] = b2 * s[i] + (1 - b2) * g[i] * g[i];
      const double mh = m[i] / (1 - std::pow(b1, step)), sh = s[i] / (1 - std::pow(b2, step));
      w[i] -= lr * mh / (std::sqrt(sh) + eps);
    }
  }
  Fit fit;
  fit.bias = w[d - 1];
  for (size_t i = 0; i < vocab.size(); ++i) fit.w[vocab[i]] = w[i];
  return fit;
}

// Lexical features seen in at least min_blocks blocks of neighbouring training sentences (so
// in several articles, not one story's names and topic), plus every non-lexical feature.
std::vector<std::string> vocabulary(const std::vector<const Item*>& items, int min_blocks) {
  std::map<std::string, std::vector<int>> blocks;
  for (const auto* it : items)
    for (const auto& [f, v] : it->features) {
      auto& b = blocks[f];
      if (b.empty() || b.back() != it->block) b.push_back(it->block);
    }
  std::vector<std::string> out;
  for (const auto& [f, b] : blocks)
    if (!is_lexical(f) || int(b.size()) >= min_blocks) out.push_back(f);
  return out;
}

std::set<std::string> g_style;  // the style words, when the lexical mode asks for them

bool is_style(std::string_view w) { return w == "<s>" || g_style.count(std::string(w)) > 0; }

bool wanted(const std::string& f, const std::string& lexical) {
  if (!is_lexical(f)) return true;
  if (lexical == "none") return false;
  const bool word = f.rfind("w:", 0) == 0;
  if (lexical == "words+pairs") return true;
  if (lexical == "words") return word;
  const std::string_view body = std::string_view(f).substr(2);
  if (word) return is_style(body);
  if (lexical == "style-words") return false;
  const size_t space = body.find(' ');
  return is_style(body.substr(0, space)) && is_style(body.substr(space + 1));
}

// Reads a word list: one word a line, '#' comments.
bool read_word_list(const std::string& path, std::set<std::string>& out) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line.front() == '#') continue;
    out.insert(line);
  }
  return true;
}

// Trains, keeps the max_features strongest lexical weights (and all the others), retrains.
Fit train_pruned(const std::vector<const Item*>& items, const Options& o, double lambda,
                 double lambda_sig) {
  ClassWeights cw;
  if (o.class_weights == "balanced") {
    double count[2] = {0, 0};
    for (const auto* it : items) count[it->label] += 1;
    for (int c = 0; c < 2; ++c)
      if (count[c] > 0) cw.w[c] = double(items.size()) / (2 * count[c]);
  }
  auto vocab = vocabulary(items, o.min_blocks);
  std::erase_if(vocab, [&](const std::string& f) { return !wanted(f, o.lexical) || o.without.count(f); });
  Fit first = train(items, vocab, lambda, lambda_sig, cw);
  std::vector<std::pair<double, std::string>> lexical;
  std::vector<std::string> kept;
  for (const auto& f : vocab)
    if (is_lexical(f)) lexical.emplace_back(-std::fabs(first.w[f]), f);
    else kept.push_back(f);
  std::sort(lexical.begin(), lexical.end());
  for (size_t i = 0; i < lexical.size() && i < o.max_features; ++i)
    if (-lexical[i].first > 1e-3) kept.push_back(lexical[i].second);
  std::sort(kept.begin(), kept.end());
  return train(items, kept, lambda, lambda_sig, cw);
}

// The probability the plugin gives, or 0 when the plugin would name no cue that weighs (no
// signal pushing up, no word, pair or adverb weight of kMinWordCue): it never flags those.
double predict(const Fit& fit, const Item& item) {
  double z = fit.bias;
  bool named = false;
  for (const auto& [f, v] : item.features) {
    auto it = fit.w.find(f);
    if (it == fit.w.end()) continue;
    const double c = it->second * v;
    z += c;
    if (f.rfind("s:", 0) == 0) named = named || c > 0;
    else if (f.rfind("c:", 0) != 0) named = named || c >= kMinWordCue;
  }
  return named ? sigmoid(z) : 0.0;
}

// Macro-F1 at threshold t; with balanced weights each class's items count as if the two classes
// were equally common, so the threshold does not follow the training file's share of opinion.
double macro_f1(const std::vector<double>& p, const std::vector<int>& y, double t, bool balanced) {
  double count[2] = {0, 0};
  for (int label : y) count[label] += 1;
  const double w1 = balanced && count[1] > 0 ? count[0] / count[1] : 1.0;
  double tp = 0, fp = 0, fn = 0, tn = 0;
  for (size_t i = 0; i < p.size(); ++i) {
    const bool pred = p[i] >= t;
    if (pred && y[i]) tp += w1; else if (pred) ++fp; else if (y[i]) fn += w1; else ++tn;
  }
  auto f1 = [](double a, double b, double c) { return a == 0 ? 0.0 : 2 * a / (2 * a + b + c); };
  return (f1(tp, fp, fn) + f1(tn, fn, fp)) / 2;
}

int usage() {
  std::cerr << "usage: slant_opinion_train --train FILE.jsonl --out weights.tsv [--data LEXICON_DIR]"
               " [--max-features N] [--min-blocks N] [--block-size N]"
               " [--lexical words+pairs|words|style|style-words|none] [--style-words FILE]"
               " [--threshold P] [--lambda L --lambda-signal L] [--class-weights balanced|none]"
               " [--cv-misses FILE] [--without FEATURE,...]\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (a == "--train") o.train = next();
    else if (a == "--out") o.out = next();
    else if (a == "--data") o.data = next();
    else if (a == "--max-features") o.max_features = std::stoul(next());
    else if (a == "--min-blocks") o.min_blocks = std::stoi(next());
    else if (a == "--block-size") o.block_size = std::stoi(next());
    else if (a == "--lexical") o.lexical = next();
    else if (a == "--style-words") o.style_words = next();
    else if (a == "--threshold") o.threshold = std::stod(next());
    else if (a == "--lambda") o.lambda = std::stod(next());
    else if (a == "--lambda-signal") o.lambda_sig = std::stod(next());
    else if (a == "--class-weights") o.class_weights = next();
    else if (a == "--cv-misses") o.cv_misses = next();
    else if (a == "--without") {
      const std::string list = next();
      for (size_t b = 0, e; b <= list.size(); b = e + 1) {
        e = std::min(list.find(',', b), list.size());
        if (e > b) o.without.insert(list.substr(b, e - b));
      }
    }
    else return usage();
  }
  if (o.train.empty() || o.out.empty()) return usage();
  if (o.class_weights != "balanced" && o.class_weights != "none") return usage();
  const bool balanced = o.class_weights == "balanced";
  if (o.lexical == "style" || o.lexical == "style-words") {
    if (!read_word_list(o.style_words, g_style)) {
      std::cerr << o.style_words << ": cannot read the style word list\n";
      return 1;
    }
  } else if (o.lexical != "words+pairs" && o.lexical != "words" && o.lexical != "none") {
    return usage();
  }

  slant::sdk::Config cfg(o.data, {});
  const SignalFinder finder(load_signal_lexicons(cfg, ""));
  std::ifstream in(o.train);
  if (!in) {
    std::cerr << o.train << ": cannot open training file\n";
    return 1;
  }
  std::vector<Item> items;
  std::string line;
  int number = 0, skipped = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty()) continue;
    nlohmann::json j;
    try {
      j = nlohmann::json::parse(line);
    } catch (const std::exception& e) {
      std::cerr << o.train << ":" << number << ": not JSON: " << e.what() << "\n";
      return 1;
    }
    Item it;
    it.label = j.value("label", "") == "SUBJ" ? 1 : 0;
    it.block = (number - 1) / o.block_size;
    it.line = number;
    if (featurise(finder, j.value("text", ""), it)) items.push_back(std::move(it));
    else ++skipped;  // all in quotation marks: the plugin never scores a writer's side there
  }
  std::cerr << items.size() << " items (" << skipped << " wholly quoted, left out)\n";

  // Cross-validation over the settings. Folds are contiguous runs of the file, so a fold's
  // articles are unseen in training, as they will be in use; deterministic.
  double best_f1 = -1, best_lambda = 1, best_scale = 1, best_t = 0.5;
  std::vector<double> best_p;
  auto fold_of = [&](size_t n) { return int(n * o.folds / items.size()); };
  const std::vector<double> lambdas = o.lambda > 0 ? std::vector<double>{o.lambda}
                                                    : std::vector<double>{3.0, 10.0, 30.0, 100.0, 300.0};
  const std::vector<double> lambda_sigs = o.lambda_sig > 0 ? std::vector<double>{o.lambda_sig}
                                                           : std::vector<double>{0.3, 1.0, 3.0, 10.0, 30.0};
  for (double lambda : lambdas) {
    for (double scale : lambda_sigs) {
      std::vector<double> p(items.size());
      std::vector<int> y(items.size());
      for (int k = 0; k < o.folds; ++k) {
        std::vector<const Item*> tr;
        for (size_t n = 0; n < items.size(); ++n)
          if (fold_of(n) != k) tr.push_back(&items[n]);
        const Fit fit = train_pruned(tr, o, lambda, scale);
        for (size_t n = 0; n < items.size(); ++n)
          if (fold_of(n) == k) p[n] = predict(fit, items[n]);
      }
      for (size_t n = 0; n < items.size(); ++n) y[n] = items[n].label;
      for (int ti = 20; ti <= 80; ++ti) {
        const double t = ti / 100.0, f1 = macro_f1(p, y, t, balanced);
        if (f1 > best_f1 + 1e-9) {
          best_f1 = f1, best_lambda = lambda, best_scale = scale, best_t = t;
          best_p = p;
        }
      }
      double here = 0, here_t = 0.5;
      for (int ti = 20; ti <= 80; ++ti)
        if (const double f1 = macro_f1(p, y, ti / 100.0, balanced); f1 > here + 1e-9) here = f1, here_t = ti / 100.0;
      std::fprintf(stderr, "lambda %.1f lambda-signal %.1f: cv macro-F1 %.3f at %.2f (as sampled %.3f)\n",
                   lambda, scale, here, here_t, macro_f1(p, y, here_t, false));
    }
  }
  if (!o.cv_misses.empty()) {
    // Line number, gold label and held-out probability of each mistake: read the training
    // file's sentences beside them to see what the features miss.
    std::ofstream m(o.cv_misses);
    for (size_t n = 0; n < items.size(); ++n)
      if ((best_p[n] >= best_t) != (items[n].label == 1))
        m << items[n].line << '\t' << (items[n].label ? "SUBJ" : "OBJ") << '\t' << best_p[n] << '\n';
  }
  std::vector<const Item*> all;
  for (const auto& it : items) all.push_back(&it);
  const Fit fit = train_pruned(all, o, best_lambda, best_scale);

  std::vector<std::pair<std::string, double>> rows(fit.w.begin(), fit.w.end());
  std::sort(rows.begin(), rows.end(), [](const auto& x, const auto& y) {
    const bool lx = is_lexical(x.first), ly = is_lexical(y.first);
    if (lx != ly) return !lx;
    if (std::fabs(x.second) != std::fabs(y.second)) return std::fabs(x.second) > std::fabs(y.second);
    return x.first < y.first;
  });
  std::ofstream out(o.out);
  if (!out) {
    std::cerr << o.out << ": cannot write\n";
    return 1;
  }
  char buf[256];
  out << "# Opinion plugin: logistic-regression weights over the writer's side of a sentence:\n"
         "# w: word, b: word pair, s: lexicon signal class (summed entry weights, capped at 2),\n"
         "# c: context. Written by plugins/opinion/tools/train_model.cpp; see the plugin README.\n"
         "#\n"
         "# Trained on NewsSD-ENG (CheckThat! 2023 Task 2 English subjectivity data, nlp-unibo,\n"
         "# https://github.com/nlp-unibo/newssd-eng), licensed CC BY 4.0\n"
         "# (https://creativecommons.org/licenses/by/4.0/). These weights are derived from it.\n";
  std::snprintf(buf, sizeof buf,
                "# items %zu; lexical %s; class weights %s; lambda words %.1f; lambda signals %.1f;\n"
                "# max features %zu; min blocks %d; 5-fold cross-validated macro-F1 on the training file\n"
                "# %.3f at threshold %.2f%s\n",
                items.size(), o.lexical.c_str(), o.class_weights.c_str(), best_lambda, best_scale,
                o.max_features, o.min_blocks, best_f1, best_t,
                balanced ? " (classes weighed equally)" : "");
  out << buf;
  if (o.threshold > 0) {
    std::snprintf(buf, sizeof buf,
                  "# threshold set to %.2f by --threshold (see the plugin README for why)\n",
                  o.threshold);
    out << buf;
  }
  std::snprintf(buf, sizeof buf, "bias\t%.4f\nthreshold\t%.2f\n", fit.bias,
                o.threshold > 0 ? o.threshold : best_t);
  out << buf;
  for (const auto& [f, w] : rows) {
    if (is_lexical(f) && std::fabs(w) < 5e-4) continue;
    std::snprintf(buf, sizeof buf, "\t%.4f\n", w);
    out << f << buf;
  }
  std::cerr << "wrote " << o.out << ": cv macro-F1 " << best_f1 << " at threshold " << best_t
            << ", lambda " << best_lambda << ", lambda-signal " << best_scale << "\n";
  return 0;
}
