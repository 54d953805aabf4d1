// `slant run CORPUS... --db results.sqlite`: analyse a corpus in parallel into a SQLite store that
// a rerun, an interruption, or a second run at the same time cannot spoil.
#include <cstdio>
#include <iostream>
#include <memory>
#include <thread>
#include <unistd.h>

#include "cli/commands.hpp"
#include "cli/input_options.hpp"
#include "cli/plugin_options.hpp"
#include "corpus/corpus_run.hpp"
#include "corpus/progress_line.hpp"

namespace slant::cli {
namespace {

struct RunFlags {
  std::vector<std::string> inputs;
  std::string db;
  unsigned jobs = 0;
  std::string shard;
  std::string outlet;
  std::string outlet_map;
  std::string input_format = "auto";
  size_t batch = 200;
  bool force = false;
  bool quiet = false;
  bool progress = false;
  PluginFlags plugins;
};

int run_run(const RunFlags& flags) {
  corpus::RunOptions options;
  options.inputs = flags.inputs;
  options.db_path = flags.db;
  options.jobs = flags.jobs;
  options.format = parse_input_format(flags.input_format);
  if (!flags.shard.empty()) options.shard = corpus::parse_shard(flags.shard);
  options.outlets.set_fallback(flags.outlet);
  if (!flags.outlet_map.empty()) options.outlets.load_mapping(flags.outlet_map);
  options.force = flags.force;
  options.batch_articles = flags.batch;
  options.plugin_options = flags.plugins.options();
  options.command_line = "slant run";
  for (const auto& i : flags.inputs) options.command_line += " " + i;
  if (!flags.shard.empty()) options.command_line += " --shard " + flags.shard;

  options.analyser = flags.plugins.analyser_options();
  PluginSet plugins;
  if (!load_plugins(flags.plugins, plugins, !options.analyser.isolate.enabled)) return 1;

  const bool show_progress = !flags.quiet && (flags.progress || isatty(STDERR_FILENO));
  corpus::ProgressLine line(std::cerr);
  corpus::RunCallbacks callbacks;
  if (show_progress) callbacks.progress = [&](const corpus::RunProgress& p) { line.update(p); };
  size_t shown_errors = 0;
  auto limited = [&](const std::string& text) {
    // A broken corpus can hold thousands of bad files: name the first few, count the rest.
    if (++shown_errors <= 20) std::cerr << (show_progress ? "\r" : "") << "slant: " << text << "\n";
  };
  callbacks.input_error = [&](const InputError& e) { limited(e.where + ": " + e.message); };
  callbacks.plugin_error = [&](const std::string& where, const Diagnostic& d) {
    limited(where + ": [" + d.plugin + "] " + d.message);
  };
  const uint64_t expected = show_progress ? corpus::count_articles(flags.inputs) : 0;
  corpus::RunSummary s = corpus::run_corpus(options, plugins, callbacks, expected);

  if (!flags.quiet) {
    std::cerr << "slant run: " << s.analysed << " article(s) analysed, " << s.skipped << " unchanged";
    if (s.other_shard) std::cerr << ", " << s.other_shard << " left to other shards";
    char timing[96];
    std::snprintf(timing, sizeof timing, " (%.1f s, %.0f articles/s)", s.seconds,
                  s.seconds > 0 ? static_cast<double>(s.analysed) / s.seconds : 0.0);
    std::cerr << ", into " << flags.db << timing << "\n";
    if (s.unknown_outlet)
      std::cerr << "slant run: " << s.unknown_outlet
                << " article(s) have no outlet (no metadata, no outlet folder): stored as 'unknown'; "
                   "give --outlet NAME or put them in CORPUS/<outlet>/ folders\n";
  }
  if (shown_errors > 20) std::cerr << "slant run: " << shown_errors - 20 << " more error(s) not shown\n";
  if (s.input_errors || s.with_errors) {
    std::cerr << "slant run: " << s.input_errors << " input error(s), " << s.with_errors
              << " article(s) with plugin errors (stored; a rerun tries them again)\n";
    return 1;
  }
  if (s.read == 0) {
    std::cerr << "slant run: no article found in the input\n";
    return 1;
  }
  return 0;
}

}  // namespace

Command add_run_command(CLI::App& app) {
  auto flags = std::make_shared<RunFlags>();
  CLI::App* sub = app.add_subcommand(
      "run", "Analyse a corpus into a SQLite database (parallel, resumable; reruns skip unchanged articles)");
  sub->add_option("inputs", flags->inputs, "Folders, files (text, JSONL, ...) of the corpus")
      ->type_name("CORPUS...")
      ->required();
  sub->add_option("--db", flags->db, "The SQLite database to fill (created if missing)")
      ->type_name("FILE")
      ->required();
  sub->add_option("-j,--jobs", flags->jobs, "Threads analysing articles (default: every core)")->type_name("N");
  sub->add_option("--shard", flags->shard,
                  "Analyse only slice I of N (1-based), e.g. 3/8; `slant merge` combines the shard databases")
      ->type_name("I/N");
  sub->add_option("--outlet", flags->outlet,
                  "Outlet of articles whose metadata names none and that sit in no CORPUS/<outlet>/ folder")
      ->type_name("NAME");
  sub->add_option("--outlet-map", flags->outlet_map,
                  "File of 'alias<TAB>outlet' lines that merges spellings of one outlet")
      ->type_name("FILE");
  add_input_format_option(*sub, flags->input_format);
  sub->add_option("--batch", flags->batch, "Articles per transaction (default 200; also committed every 2 s)")
      ->check(CLI::Range(1, 100000));
  sub->add_flag("--force", flags->force, "Analyse every article again, even unchanged ones");
  sub->add_flag("-q,--quiet", flags->quiet, "No progress line and no summary (errors still go to stderr)");
  sub->add_flag("--progress", flags->progress, "Show the progress line even when stderr is not a terminal");
  flags->plugins.add_to(*sub);
  flags->plugins.add_analysis_flags_to(*sub);
  return {sub, [flags] { return run_run(*flags); }};
}

}  // namespace slant::cli
