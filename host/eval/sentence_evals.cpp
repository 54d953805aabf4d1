// Sentence-level evaluations: each item is one sentence with a class label, predicted positive
// when the plugin reports the right kind of finding (in the right voice) in it.
#include <algorithm>
#include <map>

#include "eval/eval_sets.hpp"

namespace slant::eval {
namespace {

bool has_finding(const Report& r, std::string_view plugin, std::string_view kind, bool author_only) {
  return std::any_of(r.findings.begin(), r.findings.end(), [&](const Finding& f) {
    return f.plugin == plugin && f.kind == kind && (!author_only || f.voice == Voice::author);
  });
}

void write_miss(std::ostream* misses, const nlohmann::json& gold, const Report& r, std::string_view plugin,
                const std::string& gold_label, bool predicted) {
  if (!misses) return;
  nlohmann::json m;
  m["id"] = gold.value("id", "");
  m["gold"] = gold_label;
  m["predicted"] = predicted;
  m["text"] = r.article.text;
  auto findings = nlohmann::json::array();
  for (const auto& f : r.findings)
    if (f.plugin == plugin)
      findings.push_back({{"kind", f.kind}, {"voice", std::string(to_string(f.voice))}, {"rule", f.rule()},
                          {"evidence", f.evidence}});
  m["findings"] = std::move(findings);
  *misses << m.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

// Both classes' P/R/F1 and their macro-F1, from a positive-class confusion count.
void add_binary(Figures& fig, const std::string& pos, const std::string& neg, const Counts& c, double tn) {
  Counts negative{tn, c.fn, c.fp};
  fig.add_counts(pos, c);
  fig.add_counts(neg, negative);
  fig.add("macro_f1", (c.f1() + negative.f1()) / 2);
  fig.add("accuracy", (c.tp + tn) / std::max(1.0, c.tp + c.fp + c.fn + tn));
}

struct BinaryTally {
  Counts c;
  double tn = 0;
  void add(bool gold, bool predicted) {
    if (gold && predicted) c.tp++;
    else if (!gold && predicted) c.fp++;
    else if (gold) c.fn++;
    else tn++;
  }
};

Figures evaluate_sentences(const std::string& path, const Analyser& analyser, std::ostream* misses, std::ostream& err,
                           const std::string& label_field, const std::string& positive, const std::string& negative,
                           std::string_view plugin, std::string_view kind, bool author_only) {
  BinaryTally t;
  size_t unknown = 0;
  auto stats = for_each_item(path, analyser, [&](const nlohmann::json& gold, const Report& r) {
    std::string label = gold.value(label_field, "");
    if (label != positive && label != negative) {
      ++unknown;
      return;
    }
    bool g = label == positive, p = has_finding(r, plugin, kind, author_only);
    t.add(g, p);
    if (g != p) write_miss(misses, gold, r, plugin, label, p);
  }, err);
  Figures fig;
  fig.add("items", static_cast<double>(stats.items - unknown));
  add_binary(fig, positive, negative, t.c, t.tn);
  if (unknown) fig.add("items_with_other_labels", static_cast<double>(unknown));
  return fig;
}

}  // namespace

Figures evaluate_hedging(const std::string& gold, const Analyser& a, std::ostream* misses, std::ostream& err) {
  return evaluate_sentences(gold, a, misses, err, "label", "uncertain", "certain", "hedging", "hedge", false);
}

Figures evaluate_subjectivity(const std::string& gold, const Analyser& a, std::ostream* misses, std::ostream& err) {
  return evaluate_sentences(gold, a, misses, err, "label", "SUBJ", "OBJ", "opinion", "opinion", true);
}

Figures evaluate_opinion(const std::string& path, const Analyser& analyser, std::ostream* misses, std::ostream& err) {
  BinaryTally t;
  double mixed = 0, mixed_predicted = 0;
  struct OutletTally {
    double items = 0, gold_opinion = 0, predicted_opinion = 0;
  };
  std::map<std::string, OutletTally> outlets;
  auto stats = for_each_item(path, analyser, [&](const nlohmann::json& gold, const Report& r) {
    std::string label = gold.value("label_opinion", "");
    bool p = has_finding(r, "opinion", "opinion", true);
    auto& o = outlets[gold.value("outlet", "")];
    o.items++;
    o.gold_opinion += label == "opinion";
    o.predicted_opinion += p;
    if (label == "mixed") {
      mixed++;
      mixed_predicted += p;
      return;
    }
    if (label != "opinion" && label != "factual") return;
    bool g = label == "opinion";
    t.add(g, p);
    if (g != p) write_miss(misses, gold, r, "opinion", label, p);
  }, err);
  Figures fig;
  fig.add("items", static_cast<double>(stats.items));
  add_binary(fig, "opinion", "factual", t.c, t.tn);
  fig.add("mixed_items", mixed);
  fig.add("mixed_predicted_opinion_share", mixed ? mixed_predicted / mixed : 0);
  std::vector<double> gold_share, predicted_share;
  for (const auto& [name, o] : outlets)
    if (o.items >= 30) {
      gold_share.push_back(o.gold_opinion / o.items);
      predicted_share.push_back(o.predicted_opinion / o.items);
    }
  fig.add("outlets_ranked", static_cast<double>(gold_share.size()));
  fig.add("outlet_spearman", spearman(gold_share, predicted_share));
  return fig;
}

}  // namespace slant::eval
