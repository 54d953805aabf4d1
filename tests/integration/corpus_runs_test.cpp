// The real `slant run`, `slant merge` and `slant compare` as child processes: a run killed with
// SIGKILL at several moments and resumed loses and duplicates nothing; two runs writing one
// database at once leave it whole; shards run on a real Dask LocalCluster merge into the
// single-process result; reports and databases give the same comparison.
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sqlite3.h>
#include <sys/wait.h>

#include <fcntl.h>

#include <chrono>
#include <set>
#include <nlohmann/json.hpp>
#include <thread>

#include "run_slant.hpp"

extern char** environ;

namespace slant::test {
namespace {

namespace fs = std::filesystem;

// A JSONL corpus of n articles over three outlets; article i says "alpha" i % 4 times.
void write_corpus(const fs::path& file, int n) {
  std::ofstream out(file, std::ios::binary);
  const char* outlets[] = {"North Star", "Southern Post", "East Wire"};
  for (int i = 0; i < n; ++i) {
    std::string text = "Story " + std::to_string(i) + " opens here.";
    for (int k = 0; k < i % 4; ++k) text += " The alpha count rose.";
    for (int k = 0; k < i % 7; ++k) text += " Nothing else happened.";
    out << nlohmann::json{{"id", "s" + std::to_string(i)}, {"outlet", outlets[i % 3]}, {"text", text}}.dump() << "\n";
  }
}

int64_t query_int(const std::string& db, const std::string& sql) {
  sqlite3* h = nullptr;
  int64_t v = -1;
  if (sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_busy_timeout(h, 5000);
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(h, sql.c_str(), -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
      v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
  }
  sqlite3_close(h);
  return v;
}

std::string query_text(const std::string& db, const std::string& sql) {
  sqlite3* h = nullptr;
  std::string v;
  if (sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(h, sql.c_str(), -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
      v = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
  }
  sqlite3_close(h);
  return v;
}

pid_t spawn_slant(const std::vector<std::string>& args) {
  std::vector<std::string> all = {SLANT_BINARY};
  all.insert(all.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : all) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  pid_t pid = -1;
  posix_spawn(&pid, SLANT_BINARY, &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  return pid;
}

class CorpusCli : public ::testing::Test {
 protected:
  fs::path dir = fs::temp_directory_path() / ("slant-corpus-cli-" + std::to_string(::getpid()));
  void SetUp() override {
    fs::remove_all(dir);
    fs::create_directories(dir);
  }
  void TearDown() override { fs::remove_all(dir); }
  std::string at(const std::string& name) const { return (dir / name).string(); }
  static std::vector<std::string> with_alpha(std::vector<std::string> args) {
    for (const char* a : {"--no-default-plugins", "--plugin-dir"}) args.push_back(a);
    args.push_back(test_plugin_dir("good"));
    return args;
  }
  // The comparison JSON of a database (small resampling counts: the test compares, not reports).
  static std::string compare_json(const std::string& db) {
    RunResult r = run_slant({"compare", "--db", db, "--format", "json", "--resamples", "200", "--permutations", "200"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return r.out;
  }
  // Findings expected from write_corpus: sum of i % 4.
  static int64_t expected_findings(int n) {
    int64_t s = 0;
    for (int i = 0; i < n; ++i) s += i % 4;
    return s;
  }
};

TEST_F(CorpusCli, KilledRunsResumeWithoutLossOrDuplicates) {
  const int n = 6000;
  write_corpus(dir / "corpus.jsonl", n);
  const std::string db = at("killed.sqlite");
  const auto args = with_alpha({"run", at("corpus.jsonl"), "--db", db, "-j", "2", "--batch", "25", "--quiet"});
  // First a kill right after the start (opening the database, creating the tables) ...
  {
    pid_t pid = spawn_slant(args);
    ASSERT_GT(pid, 0);
    std::this_thread::sleep_for(std::chrono::milliseconds(15));
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
  }
  // ... then three times, each time once it has committed a little more.
  int kills = 0;
  for (int round = 1; round <= 3; ++round) {
    const int64_t before = std::max<int64_t>(query_int(db, "SELECT count(*) FROM articles"), 0);
    pid_t pid = spawn_slant(args);
    ASSERT_GT(pid, 0);
    int status = 0;
    bool exited = false;
    for (int waited = 0; waited < 20000; waited += 2) {
      if (waitpid(pid, &status, WNOHANG) == pid) {
        exited = true;
        break;
      }
      if (query_int(db, "SELECT count(*) FROM articles") >= before + 300 * round) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    if (exited) break;  // it finished first: nothing left to interrupt
    kill(pid, SIGKILL);
    waitpid(pid, &status, 0);
    ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
    ++kills;
  }
  ASSERT_GE(kills, 1) << "the run finished before it could be killed: make the corpus larger";
  const int64_t partial = query_int(db, "SELECT count(*) FROM articles");
  EXPECT_GT(partial, 0);
  EXPECT_LT(partial, n);
  EXPECT_EQ(query_text(db, "PRAGMA integrity_check"), "ok");

  RunResult resumed = run_slant(args);
  ASSERT_EQ(resumed.exit_code, 0) << resumed.err;
  EXPECT_EQ(query_int(db, "SELECT count(*) FROM articles"), n);
  EXPECT_EQ(query_int(db, "SELECT count(DISTINCT key) FROM articles"), n);
  EXPECT_EQ(query_int(db, "SELECT count(*) FROM findings"), expected_findings(n));
  // What was committed before the kills was skipped, not analysed again.
  EXPECT_GE(query_int(db, "SELECT skipped FROM runs ORDER BY id DESC LIMIT 1"), partial);

  RunResult clean = run_slant(with_alpha({"run", at("corpus.jsonl"), "--db", at("clean.sqlite"), "--quiet"}));
  ASSERT_EQ(clean.exit_code, 0) << clean.err;
  EXPECT_EQ(compare_json(db), compare_json(at("clean.sqlite")));
}

TEST_F(CorpusCli, TwoRunsAtOnceLeaveOneWholeDatabase) {
  const int n = 3000;
  write_corpus(dir / "corpus.jsonl", n);
  const std::string db = at("shared.sqlite");
  const auto args = with_alpha({"run", at("corpus.jsonl"), "--db", db, "-j", "1", "--batch", "50", "--quiet"});
  pid_t a = spawn_slant(args), b = spawn_slant(args);
  int sa = 0, sb = 0;
  waitpid(a, &sa, 0);
  waitpid(b, &sb, 0);
  EXPECT_TRUE(WIFEXITED(sa) && WEXITSTATUS(sa) == 0);
  EXPECT_TRUE(WIFEXITED(sb) && WEXITSTATUS(sb) == 0);
  EXPECT_EQ(query_text(db, "PRAGMA integrity_check"), "ok");
  EXPECT_EQ(query_int(db, "SELECT count(*) FROM articles"), n);
  EXPECT_EQ(query_int(db, "SELECT count(*) FROM findings"), expected_findings(n));
  EXPECT_EQ(query_int(db, "SELECT count(*) FROM runs WHERE finished IS NOT NULL"), 2);
  RunResult again = run_slant(args);
  EXPECT_EQ(query_int(db, "SELECT analysed FROM runs ORDER BY id DESC LIMIT 1"), 0);  // all unchanged
}

TEST_F(CorpusCli, ShardsOnADaskLocalClusterMergeIntoTheSingleProcessResult) {
  // Debian's python3-distributed lives in /usr/bin/python3's packages; a python3 earlier on PATH
  // (pyenv, a venv) may not see it.
  std::string python;
  for (const char* candidate : {"python3", "/usr/bin/python3"})
    if (std::system((std::string(candidate) + " -c 'import distributed' >/dev/null 2>&1").c_str()) == 0) {
      python = candidate;
      break;
    }
  if (python.empty())
    GTEST_SKIP() << "python3-distributed is not installed (apt-get install python3-distributed, or "
                    "scripts/setup.sh --test-deps): the Dask sharding test cannot run";
  const int n = 800;
  write_corpus(dir / "corpus.jsonl", n);
  RunResult single = run_slant(with_alpha({"run", at("corpus.jsonl"), "--db", at("single.sqlite"), "--quiet"}));
  ASSERT_EQ(single.exit_code, 0) << single.err;

  std::string cmd = python + " " + shell_quote(std::string(SLANT_SOURCE_DIR) + "/scripts/slant_dask_shards.py") +
                    " --slant " + shell_quote(SLANT_BINARY) + " --shards 4 --local-workers 2 --out " +
                    shell_quote(at("dask")) + " -- " + shell_quote(at("corpus.jsonl")) +
                    " --no-default-plugins --plugin-dir " + shell_quote(test_plugin_dir("good")) + " >" +
                    shell_quote(at("dask.json")) + " 2>" + shell_quote(at("dask.err"));
  int status = std::system(cmd.c_str());
  ASSERT_EQ(WEXITSTATUS(status), 0) << read_file(at("dask.err"));
  auto summary = nlohmann::json::parse(read_file(at("dask.json")));
  ASSERT_EQ(summary["shards"].size(), 4u);
  std::set<int> worker_pids;
  int64_t shard_articles = 0;
  for (const auto& s : summary["shards"]) {
    EXPECT_EQ(s["exit"], 0) << s["stderr"];
    worker_pids.insert(s["worker_pid"].get<int>());
    shard_articles += query_int(s["db"].get<std::string>(), "SELECT count(*) FROM articles");
  }
  EXPECT_EQ(worker_pids.size(), 2u) << "two worker processes share the four shards";
  EXPECT_FALSE(worker_pids.count(::getpid()));
  EXPECT_EQ(shard_articles, n);  // each article in exactly one shard
  const std::string merged = summary["merged"];
  EXPECT_EQ(query_int(merged, "SELECT count(*) FROM articles"), n);
  EXPECT_EQ(query_int(merged, "SELECT count(*) FROM findings"), query_int(at("single.sqlite"), "SELECT count(*) FROM findings"));
  EXPECT_EQ(compare_json(merged), compare_json(at("single.sqlite")));
}

TEST_F(CorpusCli, CompareOutputsExplainAndReports) {
  write_corpus(dir / "corpus.jsonl", 90);
  const std::string db = at("r.sqlite");
  ASSERT_EQ(run_slant(with_alpha({"run", at("corpus.jsonl"), "--db", db, "--quiet"})).exit_code, 0);
  RunResult csv = run_slant({"compare", "--db", db, "--format", "csv", "--metrics", "alpha.alpha"});
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  EXPECT_EQ(std::count(csv.out.begin(), csv.out.end(), '\n'), 1 + 3);  // header + 3 outlets
  EXPECT_NE(csv.out.find("\nall,East Wire,alpha.alpha,"), std::string::npos) << csv.out;
  RunResult html = run_slant({"compare", "--db", db, "--format", "html", "-o", at("c.html")});
  ASSERT_EQ(html.exit_code, 0) << html.err;
  EXPECT_NE(read_file(at("c.html")).find("<svg"), std::string::npos);
  RunResult table = run_slant({"compare", "--db", db});
  EXPECT_NE(table.out.find("North Star"), std::string::npos);
  RunResult explain = run_slant({"compare", "--db", db, "--explain", "North Star", "alpha.alpha", "--limit", "2"});
  ASSERT_EQ(explain.exit_code, 0) << explain.err;
  EXPECT_NE(explain.out.find("North Star, alpha.alpha (per 1,000 words), all: mean"), std::string::npos) << explain.out;
  EXPECT_NE(explain.out.find("word:alpha: \"alpha\""), std::string::npos) << explain.out;
  RunResult unknown = run_slant({"compare", "--db", db, "--explain", "Nowhere", "alpha.alpha"});
  EXPECT_EQ(unknown.exit_code, 1);
  EXPECT_NE(unknown.err.find("there are: East Wire, North Star, Southern Post"), std::string::npos) << unknown.err;

  // The same comparison straight from `slant check --format jsonl` reports.
  RunResult reports = run_slant(with_alpha({"check", "--format", "jsonl", at("corpus.jsonl"), "-o", at("r.jsonl")}));
  ASSERT_EQ(reports.exit_code, 0) << reports.err;
  RunResult from_reports = run_slant({"compare", "--reports", at("r.jsonl"), "--format", "json", "--resamples", "200",
                                      "--permutations", "200"});
  ASSERT_EQ(from_reports.exit_code, 0) << from_reports.err;
  EXPECT_EQ(from_reports.out, compare_json(db));
}

}  // namespace
}  // namespace slant::test
