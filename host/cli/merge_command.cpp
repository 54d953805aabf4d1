// `slant merge --db all.sqlite shard1.sqlite shard2.sqlite ...`: combine the databases of
// `slant run --shard I/N` (or of runs on different machines) into exactly the one-machine store.
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "corpus/merge_stores.hpp"

namespace slant::cli {
namespace {

struct MergeFlags {
  std::string db;
  std::vector<std::string> inputs;
  bool quiet = false;
};

int run_merge(const MergeFlags& flags) {
  for (const auto& in : flags.inputs)
    if (in == flags.db) {
      std::cerr << "slant merge: " << in << " is both the target and an input\n";
      return 2;
    }
  corpus::Store target(flags.db);
  corpus::MergeSummary s = corpus::merge_stores(target, flags.inputs);
  if (!flags.quiet)
    std::cerr << "slant merge: " << s.articles << " article(s) from " << flags.inputs.size() << " database(s) into "
              << flags.db << " (" << target.article_count() << " in all)\n";
  if (s.conflicts)
    std::cerr << "slant merge: " << s.conflicts
              << " article(s) were in more than one input with different content or plugin versions; the later "
                 "input's version was kept\n";
  if (s.signatures.size() > 1) {
    std::cerr << "slant merge: warning: the inputs were analysed with different plugins or versions:\n";
    for (const auto& sig : s.signatures) std::cerr << "  " << (sig.empty() ? "(unknown)" : sig) << "\n";
    std::cerr << "  a comparison would mix them; rerun the odd shard with the same plugins\n";
  }
  return 0;
}

}  // namespace

Command add_merge_command(CLI::App& app) {
  auto flags = std::make_shared<MergeFlags>();
  CLI::App* sub = app.add_subcommand("merge", "Combine shard databases (slant run --shard I/N) into one");
  sub->add_option("--db", flags->db, "The database to merge into (created if missing)")->type_name("FILE")->required();
  sub->add_option("inputs", flags->inputs, "Shard databases")->type_name("SHARD.sqlite...")->required();
  sub->add_flag("-q,--quiet", flags->quiet, "No summary");
  return {sub, [flags] { return run_merge(*flags); }};
}

}  // namespace slant::cli
