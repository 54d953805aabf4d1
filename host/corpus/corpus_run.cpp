#include "corpus/corpus_run.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <memory>
#include <thread>

#include "analysis/analyser.hpp"
#include "corpus/record_from_report.hpp"
#include "corpus/store.hpp"
#include "corpus/work_queue.hpp"

namespace slant::corpus {
namespace fs = std::filesystem;
namespace {

using Clock = std::chrono::steady_clock;

struct Job {
  Article article;
  std::string key, hash;
  std::pair<std::string, std::string> outlet;
};

// What the writer thread receives: an analysed article, or an outlet change for a skipped one.
struct Output {
  ArticleRecord record;
  bool outlet_only = false;
};

bool has_jsonl_name(const fs::path& p) {
  auto ext = p.extension().string();
  return ext == ".jsonl" || ext == ".ndjson";
}

uint64_t count_in_file(const fs::path& p) {
  if (!has_jsonl_name(p)) return 1;
  std::ifstream in(p, std::ios::binary);
  std::string line;
  uint64_t n = 0;
  while (std::getline(in, line))
    if (line.find_first_not_of(" \t\r") != std::string::npos) ++n;
  return n;
}

}  // namespace

std::string plugin_signature(const PluginSet& plugins, const LoadOptions& options, const AnalyserOptions& analyser) {
  std::vector<std::string> parts;
  for (const auto& p : plugins.plugins()) {
    std::string s = p.id + "@" + p.version;
    if (auto it = options.params.find(p.id); it != options.params.end() && !it->second.empty()) {
      s += "(";
      bool first = true;
      for (const auto& [name, value] : it->second) {  // std::map: sorted, so the signature is stable
        s += (first ? "" : ",") + name + "=" + value;
        first = false;
      }
      s += ")";
    }
    parts.push_back(std::move(s));
  }
  std::sort(parts.begin(), parts.end());
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "; ") + p;
  if (analyser.min_weight > 0) out += "; min_weight=" + std::to_string(analyser.min_weight);
  return out;
}

uint64_t count_articles(const std::vector<std::string>& inputs) {
  uint64_t n = 0;
  for (const auto& input : inputs) {
    std::error_code ec;
    if (fs::is_directory(input, ec)) {
      for (fs::recursive_directory_iterator it(input, fs::directory_options::skip_permission_denied, ec), end;
           !ec && it != end; it.increment(ec)) {
        const auto name = it->path().filename().string();
        if (!name.empty() && name[0] == '.') {
          if (it->is_directory(ec)) it.disable_recursion_pending();
          continue;
        }
        if (it->is_regular_file(ec)) n += count_in_file(it->path());
      }
    } else if (fs::is_regular_file(input, ec)) {
      n += count_in_file(input);
    }
  }
  return n;
}

RunSummary run_corpus(const RunOptions& options, const PluginSet& plugins, const RunCallbacks& callbacks,
                      uint64_t expected) {
  const auto start = Clock::now();
  auto elapsed = [&] { return std::chrono::duration<double>(Clock::now() - start).count(); };
  RunSummary summary;

  Store store(options.db_path);
  const std::string signature = plugin_signature(plugins, options.plugin_options, options.analyser);
  {
    std::vector<PluginVersion> versions;
    for (const auto& p : plugins.plugins()) {
      std::string params;
      if (auto it = options.plugin_options.params.find(p.id); it != options.plugin_options.params.end())
        for (const auto& [k, v] : it->second) params += (params.empty() ? "" : ",") + k + "=" + v;
      versions.push_back({p.id, p.version, params});
    }
    store.record_plugins(versions);
  }
  const std::string shard_text =
      options.shard.count > 1 ? std::to_string(options.shard.index + 1) + "/" + std::to_string(options.shard.count) : "";
  const int64_t run_id = store.begin_run(options.command_line, signature, shard_text);
  const auto known = options.force ? decltype(store.known_articles()){} : store.known_articles();

  // Plugins that are not thread-safe get one instance per worker: each worker past the first
  // loads its own set (the modules themselves are loaded once by the dynamic loader). With
  // --isolate the plugins run in worker processes behind one shared Analyser instead.
  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  const bool isolated = options.analyser.isolate.enabled;
  const bool shareable = isolated || std::all_of(plugins.plugins().begin(), plugins.plugins().end(),
                                                 [](const LoadedPlugin& p) { return p.thread_safe; });
  std::vector<std::unique_ptr<PluginSet>> own_sets;
  if (!shareable)
    for (unsigned i = 1; i < jobs; ++i) own_sets.push_back(std::make_unique<PluginSet>(PluginSet::load(options.plugin_options)));
  std::unique_ptr<Analyser> shared_analyser;
  if (isolated) shared_analyser = std::make_unique<Analyser>(plugins, options.analyser);

  WorkQueue<Job> jobs_queue(4 * jobs);
  WorkQueue<Output> out_queue(4 * jobs + options.batch_articles);
  std::atomic<uint64_t> skipped{0};
  std::atomic<uint64_t> written{0};
  std::exception_ptr writer_failure;  // set before writer_failed; read after join
  std::atomic<bool> writer_failed{false};

  std::vector<std::thread> workers;
  for (unsigned w = 0; w < jobs; ++w)
    workers.emplace_back([&, w] {
      const PluginSet& set = (shareable || w == 0) ? plugins : *own_sets[w - 1];
      std::unique_ptr<Analyser> own;
      if (!shared_analyser) own = std::make_unique<Analyser>(set, options.analyser);
      const Analyser& analyser = shared_analyser ? *shared_analyser : *own;
      while (auto job = jobs_queue.pop()) {
        Report report = analyser.analyse(std::move(job->article));
        out_queue.push({record_from_report(std::move(report), std::move(job->key), std::move(job->hash), signature,
                                           std::move(job->outlet)),
                        false});
      }
    });

  std::thread writer([&] {
    try {
      std::vector<ArticleRecord> batch;
      std::vector<std::pair<std::string, std::pair<std::string, std::string>>> outlets;
      auto last_commit = Clock::now();
      auto last_progress = Clock::now() - std::chrono::seconds(1);
      auto flush = [&] {
        store.write(batch);
        store.set_outlets(outlets);
        for (const auto& r : batch) {
          if (std::any_of(r.diagnostics.begin(), r.diagnostics.end(),
                          [](const Diagnostic& d) { return d.severity == Severity::error; })) {
            ++summary.with_errors;
            if (callbacks.plugin_error)
              for (const auto& d : r.diagnostics)
                if (d.severity == Severity::error) callbacks.plugin_error(r.meta.source, d);
          }
        }
        written += batch.size();
        batch.clear();
        outlets.clear();
        last_commit = Clock::now();
      };
      auto report_progress = [&](bool finished) {
        if (!callbacks.progress) return;
        RunProgress p;
        p.skipped = skipped.load();
        p.done = written.load() + p.skipped;
        p.expected = expected;
        p.seconds = elapsed();
        p.finished = finished;
        callbacks.progress(p);
      };
      while (true) {
        auto item = out_queue.pop_for(std::chrono::milliseconds(100));
        if (item) {
          if (item->outlet_only)
            outlets.push_back({item->record.key, {item->record.outlet, item->record.outlet_from}});
          else
            batch.push_back(std::move(item->record));
        }
        const bool end = !item && out_queue.closed_and_empty();
        const double since = std::chrono::duration<double>(Clock::now() - last_commit).count();
        if (end || batch.size() >= options.batch_articles || outlets.size() >= 1000 ||
            ((!batch.empty() || !outlets.empty()) && since >= options.batch_seconds))
          flush();
        if (end) break;
        if (Clock::now() - last_progress >= std::chrono::milliseconds(200)) {
          report_progress(false);
          last_progress = Clock::now();
        }
      }
      report_progress(true);
    } catch (...) {
      writer_failure = std::current_exception();
      writer_failed = true;
      // Drain so the workers never block on a full queue.
      while (out_queue.pop()) {
      }
    }
  });

  ReadSink sink;
  std::string root;
  sink.error = [&](const InputError& e) {
    ++summary.input_errors;
    if (callbacks.input_error) callbacks.input_error(e);
  };
  sink.article = [&](Article&& a) {
    if (writer_failed) return;  // the store failed: stop feeding work
    ++summary.read;
    std::string key = article_key(a.meta);
    if (!options.shard.contains(key)) {
      ++summary.other_shard;
      return;
    }
    auto outlet = options.outlets.resolve(a.meta, root);
    if (outlet.second == "none") ++summary.unknown_outlet;
    std::string hash = content_hash(a);
    if (auto it = known.find(key);
        it != known.end() && it->second.content_hash == hash && it->second.plugins == signature && !it->second.errors) {
      ++skipped;
      if (it->second.outlet != outlet.first) {
        Output o;
        o.outlet_only = true;
        o.record.key = key;
        o.record.outlet = outlet.first;
        o.record.outlet_from = outlet.second;
        out_queue.push(std::move(o));
      }
      return;
    }
    jobs_queue.push({std::move(a), std::move(key), std::move(hash), std::move(outlet)});
  };
  for (const auto& input : options.inputs) {
    std::error_code ec;
    root = fs::is_directory(input, ec) ? input : std::string();
    read_path(input, options.format, sink);
    if (writer_failed) break;
  }
  jobs_queue.close();
  for (auto& t : workers) t.join();
  out_queue.close();
  writer.join();
  if (writer_failure) std::rethrow_exception(writer_failure);

  summary.skipped = skipped.load();
  summary.analysed = written.load();
  summary.seconds = elapsed();
  store.finish_run(run_id, summary.analysed, summary.skipped, summary.with_errors);
  return summary;
}

}  // namespace slant::corpus
