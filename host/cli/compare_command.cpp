// `slant compare --db results.sqlite` (or --reports reports.jsonl): compare outlets, with
// intervals and corrected tests, as a table, CSV, JSON or HTML; --explain traces one figure.
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "corpus/comparison_writers.hpp"
#include "corpus/explain.hpp"
#include "corpus/report_import.hpp"

namespace slant::cli {
namespace {

struct CompareFlags {
  std::string db;
  std::vector<std::string> reports;
  std::string format = "table";
  std::string output;
  std::string metrics;
  bool plugin_metrics = false;
  int resamples = 2000;
  int permutations = 5000;
  uint64_t seed = 1;
  std::string correction = "holm";
  double alpha = 0.05;
  bool no_genre = false;
  unsigned jobs = 0;
  std::vector<std::string> explain;
  std::string genre = "all";
  size_t limit = 0;
  std::string outlet_map;
  std::string title = "slant: outlet comparison";
};

int run_compare(const CompareFlags& flags) {
  if (flags.db.empty() == flags.reports.empty()) {
    std::cerr << "slant compare: give either --db FILE (from `slant run`) or --reports FILE... "
                 "(from `slant check --format jsonl`)\n";
    return 2;
  }
  std::unique_ptr<corpus::Store> store;
  if (!flags.db.empty()) {
    store = std::make_unique<corpus::Store>(flags.db, /*create=*/false);
  } else {
    store = std::make_unique<corpus::Store>(":memory:", true);
    corpus::OutletResolver outlets;
    if (!flags.outlet_map.empty()) outlets.load_mapping(flags.outlet_map);
    for (const auto& path : flags.reports) {
      auto s = corpus::import_reports(*store, path, outlets);
      if (s.errors) std::cerr << "slant compare: " << s.errors << " line(s) skipped, first: " << s.first_error << "\n";
    }
  }
  corpus::DatasetOptions data_options;
  data_options.plugin_metrics = flags.plugin_metrics;
  for (size_t at = 0; at <= flags.metrics.size() && !flags.metrics.empty();) {
    size_t comma = flags.metrics.find(',', at);
    std::string p = flags.metrics.substr(at, comma == std::string::npos ? std::string::npos : comma - at);
    if (!p.empty()) data_options.patterns.push_back(p);
    if (comma == std::string::npos) break;
    at = comma + 1;
  }
  corpus::Dataset data = corpus::load_dataset(*store, data_options);
  if (data.articles.empty()) {
    std::cerr << "slant compare: no article in the " << (flags.db.empty() ? "reports" : "database") << "\n";
    return 1;
  }
  if (data.measures.empty()) {
    std::cerr << "slant compare: no measure" << (flags.metrics.empty() ? "" : " matches --metrics " + flags.metrics)
              << "\n";
    return 1;
  }
  corpus::CompareOptions options;
  options.resamples = flags.resamples;
  options.permutations = flags.permutations;
  options.seed = flags.seed;
  options.correction = flags.correction;
  options.alpha = flags.alpha;
  options.by_genre = !flags.no_genre;
  options.jobs = flags.jobs;

  std::ofstream file;
  if (!flags.output.empty()) {
    file.open(flags.output, std::ios::binary);
    if (!file) {
      std::cerr << "slant compare: cannot write " << flags.output << "\n";
      return 1;
    }
  }
  std::ostream& out = flags.output.empty() ? std::cout : file;

  corpus::Comparison c = corpus::compare_outlets(data, options);
  if (!flags.explain.empty()) {
    // The figure as the full comparison states it (its p is adjusted within the same family).
    corpus::ExplainRequest req{flags.explain[0], flags.explain[1], flags.genre, flags.limit};
    corpus::explain(*store, data, c, req, out);
    return 0;
  }
  if (flags.format == "csv")
    corpus::write_comparison_csv(c, out);
  else if (flags.format == "json")
    out << corpus::comparison_to_json(c).dump(2) << "\n";
  else if (flags.format == "html")
    corpus::write_comparison_html(c, out, flags.title);
  else
    corpus::write_comparison_table(c, out);
  out.flush();
  return out ? 0 : 1;
}

}  // namespace

Command add_compare_command(CLI::App& app) {
  auto flags = std::make_shared<CompareFlags>();
  CLI::App* sub = app.add_subcommand(
      "compare", "Compare outlets: means, medians, bootstrap intervals, corrected permutation tests, effect sizes");
  sub->add_option("--db", flags->db, "A database filled by `slant run` (or `slant merge`)")->type_name("FILE");
  sub->add_option("--reports", flags->reports, "JSON or JSONL reports from `slant check` instead of a database")
      ->type_name("FILE...");
  sub->add_option("-f,--format", flags->format, "Output: table (default), csv, json or html")
      ->check(CLI::IsMember({"table", "csv", "json", "html"}));
  sub->add_option("-o,--output", flags->output, "Write to FILE instead of standard output")->type_name("FILE");
  sub->add_option("--metrics", flags->metrics,
                  "Only measures matching these globs, comma-separated (e.g. 'hedging.*@author,opinion.*')")
      ->type_name("GLOBS");
  sub->add_flag("--plugin-metrics", flags->plugin_metrics, "Also compare the plugins' own metrics (raw values)");
  sub->add_option("--resamples", flags->resamples, "Bootstrap resamples (default 2000)")
      ->check(CLI::Range(1, 1000000));
  sub->add_option("--permutations", flags->permutations, "Permutation-test relabellings (default 5000)")
      ->check(CLI::Range(1, 10000000));
  sub->add_option("--seed", flags->seed, "Random seed: the same seed and data give the same numbers (default 1)");
  sub->add_option("--correction", flags->correction, "Multiple-comparison correction: holm (default) or bh")
      ->check(CLI::IsMember({"holm", "bh"}));
  sub->add_option("--alpha", flags->alpha, "Significance level after correction (default 0.05)")
      ->check(CLI::Range(0.0, 1.0));
  sub->add_flag("--no-genre", flags->no_genre, "Do not compare news, analysis and opinion pieces apart");
  sub->add_option("-j,--jobs", flags->jobs, "Threads (default: every core); the numbers do not depend on it");
  sub->add_option("--explain", flags->explain, "List the articles and findings behind one figure")
      ->expected(2)
      ->type_name("OUTLET METRIC");
  sub->add_option("--genre", flags->genre, "With --explain: the genre group (all, news, analysis, opinion, unknown)");
  sub->add_option("--limit", flags->limit, "With --explain: list at most N articles, highest values first");
  sub->add_option("--outlet-map", flags->outlet_map, "With --reports: 'alias<TAB>outlet' lines merging spellings")
      ->type_name("FILE");
  sub->add_option("--title", flags->title, "Title of the HTML page");
  return {sub, [flags] { return run_compare(*flags); }};
}

}  // namespace slant::cli
