// `slant check FILE...|-`: analyse articles and write one report each.
#include <fstream>
#include <iostream>
#include <memory>
#include <unistd.h>

#include "analysis/analyser.hpp"
#include "analysis/parallel_runner.hpp"
#include "cli/commands.hpp"
#include "cli/input_options.hpp"
#include "cli/plugin_options.hpp"
#include "cli/terminal_output.hpp"
#include "readers/input.hpp"
#include "writers/report_writer.hpp"

namespace slant::cli {
namespace {

struct CheckFlags {
  std::vector<std::string> inputs;
  std::string format;  // empty: terminal on a colour terminal, text otherwise
  std::string colour = "auto";
  unsigned width = 0;  // 0: from COLUMNS or the terminal
  std::string input_format = "auto";
  std::string output;
  unsigned jobs = 1;
  bool compact = false;
  PluginFlags plugins;
};

// Threads to analyse on: what was asked, unless a plugin cannot share its instance.
unsigned analysis_threads(unsigned asked, const PluginSet& plugins) {
  if (asked <= 1) return 1;
  for (const auto& p : plugins.plugins())
    if (!p.thread_safe) {
      std::cerr << "slant check: plugin '" << p.id << "' is not thread-safe: analysing on one thread\n";
      return 1;
    }
  return asked;
}

int run_check(const CheckFlags& flags) {
  // The marked-up view is for a person at a terminal; scripts and files get the stable text.
  const bool to_stdout = flags.output.empty();
  std::string format = flags.format;
  if (format.empty()) format = to_stdout && use_colour("auto", STDOUT_FILENO) ? "terminal" : "text";
  WriterOptions view;
  view.width = flags.width ? flags.width : to_stdout ? terminal_width(STDOUT_FILENO) : 80;
  view.colour = to_stdout ? use_colour(flags.colour, STDOUT_FILENO) : flags.colour == "always";
  view.compact = flags.compact;
  if (flags.compact && format != "json" && format != "jsonl") {
    std::cerr << "slant check: --compact applies to --format json or jsonl, not " << format << "\n";
    return 2;
  }
  auto writer = make_writer(format, view);
  InputFormat input_format = parse_input_format(flags.input_format);
  std::vector<std::string> inputs = flags.inputs;
  if (inputs.empty()) {
    if (isatty(STDIN_FILENO)) {
      std::cerr << "slant check: name the articles to check (files, folders, or - for standard input); "
                   "see slant check --help\n";
      return 2;
    }
    inputs.push_back("-");
  }
  const AnalyserOptions analyser_options = flags.plugins.analyser_options();
  PluginSet plugins;
  if (!load_plugins(flags.plugins, plugins, !analyser_options.isolate.enabled)) return 1;
  Analyser analyser(plugins, analyser_options);
  if (!report_start_failures(analyser, plugins)) return 1;

  std::ofstream file;
  if (!flags.output.empty()) {
    file.open(flags.output, std::ios::binary);
    if (!file) {
      std::cerr << "slant check: cannot write " << flags.output << "\n";
      return 1;
    }
  }
  std::ostream& out = flags.output.empty() ? std::cout : file;
  size_t articles = 0, input_errors = 0, failed_articles = 0;
  writer->begin(out);
  // Workers analyse (and, for writers that can, format); reports come back here in input order.
  const bool format_on_workers = writer->formats_alone();
  ParallelRunner runner(
      analysis_threads(flags.jobs, plugins),
      [&](Article&& a, Report& r, std::string& formatted) {
        r = analyser.analyse(std::move(a));
        if (format_on_workers) {
          writer->format(r, formatted);
          // Delivery reads only the source and the diagnostics: the rest (text, tokens, findings)
          // is freed now, by the thread that allocated it, not held until the batch is written.
          Report kept;
          kept.article.meta.source = std::move(r.article.meta.source);
          kept.diagnostics = std::move(r.diagnostics);
          r = std::move(kept);
        }
      },
      [&](Report& r, std::string& formatted) {
        ++articles;
        if (r.has_errors()) {
          ++failed_articles;
          for (const auto& d : r.diagnostics)
            if (d.severity == Severity::error)
              std::cerr << "slant: " << r.article.meta.source << ": "
                        << (d.plugin.empty() ? "" : "[" + d.plugin + "] ") << d.message << "\n";
        }
        if (format_on_workers)
          out.write(formatted.data(), static_cast<std::streamsize>(formatted.size()));
        else
          writer->write(r, out);
      });
  ReadSink sink;
  sink.article = [&](Article&& a) { runner.submit(std::move(a)); };
  sink.error = [&](const InputError& e) {
    ++input_errors;
    std::cerr << "slant: " << e.where << ": " << e.message << "\n";
  };
  for (const auto& path : inputs) read_path(path, input_format, sink);
  runner.finish();
  writer->finish(out);
  out.flush();
  if (input_errors || failed_articles) {
    std::cerr << "slant: " << articles << " article(s) checked; " << input_errors << " input error(s), "
              << failed_articles << " article(s) with plugin errors\n";
    return 1;
  }
  if (articles == 0) {
    std::cerr << "slant: no article found in the input\n";
    return 1;
  }
  return 0;
}

}  // namespace

Command add_check_command(CLI::App& app) {
  auto flags = std::make_shared<CheckFlags>();
  CLI::App* sub = app.add_subcommand("check", "Check articles: every finding with its rule, evidence and voice");
  sub->add_option("inputs", flags->inputs, "Article files, folders, or - for standard input")->type_name("FILE...");
  sub->add_option("-f,--format", flags->format,
                  "Output: terminal (the article marked in colour; the default on a terminal without NO_COLOR), "
                  "text (the default otherwise; plain and stable), json, jsonl or html (one self-contained page)")
      ->check(CLI::IsMember({"text", "json", "jsonl", "terminal", "html"}));
  sub->add_option("--width", flags->width, "Columns the terminal view wraps to (default: COLUMNS, else the terminal's)")
      ->check(CLI::Range(20u, 10000u));
  sub->add_option("--color", flags->colour,
                  "Colour in the terminal view: auto (default: on a terminal without NO_COLOR), always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  sub->add_flag("--compact", flags->compact,
               "json and jsonl: leave out the article text, each finding's explanation and each score's meaning "
               "(rules, evidence, spans, voices, metrics and scores stay); for large corpora");
  add_input_format_option(*sub, flags->input_format);
  sub->add_option("-o,--output", flags->output, "Write the reports to FILE instead of standard output")
      ->type_name("FILE");
  sub->add_option("-j,--jobs", flags->jobs,
                  "Analyse on N threads (default 1); reports keep the input order. `slant run` is the corpus tool")
      ->check(CLI::Range(1u, 256u));
  flags->plugins.add_to(*sub);
  flags->plugins.add_analysis_flags_to(*sub);
  return {sub, [flags] { return run_check(*flags); }};
}

}  // namespace slant::cli
