// The real slant executable with real plugin modules: loading and refusing plugins, voice in
// the JSON report, per-article plugin failures, bad inputs and exit codes.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "run_slant.hpp"

namespace slant::test {
namespace {

class HostCli : public ::testing::Test {
 protected:
  std::filesystem::path dir = std::filesystem::temp_directory_path() / ("slant-cli-" + std::to_string(::getpid()));
  void SetUp() override { std::filesystem::create_directories(dir); }
  void TearDown() override { std::filesystem::remove_all(dir); }
  std::string write(const std::string& name, const std::string& content) {
    std::ofstream(dir / name, std::ios::binary) << content;
    return (dir / name).string();
  }
  static std::vector<std::string> only(std::vector<std::string> plugin_dirs, std::vector<std::string> args) {
    std::vector<std::string> out = std::move(args);
    out.push_back("--no-default-plugins");
    for (const auto& d : plugin_dirs) {
      out.push_back("--plugin-dir");
      out.push_back(test_plugin_dir(d));
    }
    return out;
  }
};

TEST_F(HostCli, JsonReportCarriesSchemaAndVoice) {
  std::string f = write("a.txt", "Alpha said it.\n\nShe said: \"alpha is here.\" Then alpha left.\n");
  RunResult r = run_slant(only({"good"}, {"check", "--format", "json", f}));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  for (const char* key : {"id", "article", "findings", "sentences", "metrics", "scores", "diagnostics"})
    EXPECT_TRUE(j.contains(key)) << key;
  EXPECT_EQ(j["article"]["text"], "Alpha said it.\n\nShe said: \"alpha is here.\" Then alpha left.");
  ASSERT_EQ(j["findings"].size(), 3u);
  std::vector<std::string> voices;
  for (const auto& fd : j["findings"]) {
    EXPECT_EQ(fd["plugin"], "alpha");
    std::string text = j["article"]["text"];
    EXPECT_EQ(text.substr(fd["begin"].get<size_t>(), fd["end"].get<size_t>() - fd["begin"].get<size_t>()) == "alpha" ||
                  text.substr(fd["begin"].get<size_t>(), 5) == "Alpha",
              true);
    voices.push_back(fd["voice"]);
  }
  EXPECT_EQ(voices, (std::vector<std::string>{"author", "quoted", "author"}));
  EXPECT_EQ(j["findings"][0]["attributes"]["label"], "plain");
  EXPECT_TRUE(j["scores"]["alpha"].contains("alphas_per_100_words"));
  EXPECT_GT(j["scores"]["alpha"]["alphas_per_100_words"]["quoted"].get<double>(), 0.0);
}

TEST_F(HostCli, CompactJsonlKeepsFindingsWithoutTheText) {
  std::string f = write("a.txt", "Alpha said it.\n\nShe said: \"alpha is here.\" Then alpha left.\n");
  RunResult full = run_slant(only({"good"}, {"check", "--format", "jsonl", f}));
  RunResult compact = run_slant(only({"good"}, {"check", "--format", "jsonl", "--compact", f}));
  ASSERT_EQ(compact.exit_code, 0) << compact.err;
  auto a = nlohmann::json::parse(full.out), b = nlohmann::json::parse(compact.out);
  EXPECT_EQ(b["compact"], true);
  EXPECT_FALSE(b["article"].contains("text"));
  ASSERT_EQ(b["findings"].size(), a["findings"].size());
  for (size_t i = 0; i < a["findings"].size(); ++i) {
    EXPECT_EQ(b["findings"][i]["begin"], a["findings"][i]["begin"]);
    EXPECT_EQ(b["findings"][i]["voice"], a["findings"][i]["voice"]);
    EXPECT_FALSE(b["findings"][i].contains("explanation"));
  }
  EXPECT_LT(compact.out.size(), full.out.size());

  RunResult text = run_slant(only({"good"}, {"check", "--format", "text", "--compact", f}));
  EXPECT_EQ(text.exit_code, 2);
  EXPECT_NE(text.err.find("--compact applies to --format json or jsonl"), std::string::npos) << text.err;
}

TEST_F(HostCli, ParametersReachThePlugin) {
  std::string f = write("a.txt", "alpha\n");
  RunResult r = run_slant(only({"good"}, {"check", "--format", "json", "--param", "alpha.label=custom", f}));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out)["findings"][0]["attributes"]["label"], "custom");
}

TEST_F(HostCli, RefusedPluginsAreNamedAndTheRestStillRun) {
  std::string f = write("a.txt", "alpha\n");
  RunResult r = run_slant(only({"good", "wrong_major", "no_entry"}, {"check", "--format", "jsonl", f}));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("libslant_test_wrong_major.so refused: was built for plugin ABI"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("libslant_test_no_entry.so refused: has no entry point"), std::string::npos) << r.err;
  const auto report = nlohmann::json::parse(r.out);
  EXPECT_EQ(report["findings"].size(), 1u);
  // each report says what is missing from it, not only the terminal that started the run
  ASSERT_EQ(report["diagnostics"].size(), 2u) << r.out;
  for (const auto& d : report["diagnostics"]) {
    EXPECT_EQ(d["severity"], "warning");
    EXPECT_NE(d["message"].get<std::string>().find("its findings are missing"), std::string::npos) << d;
  }
}

TEST_F(HostCli, PluginsCommandShowsPluginsAndRefusals) {
  RunResult r = run_slant(only({"good", "newer_minor"}, {"plugins"}));
  EXPECT_EQ(r.exit_code, 1);  // something was refused
  EXPECT_NE(r.out.find("alpha 1.2.3"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("param label (string, default \"plain\")"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("refused"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("upgrade slant"), std::string::npos) << r.out;
}

TEST_F(HostCli, AThrowingPluginIsADiagnosticForThatArticleOnly) {
  std::string f = write("in.jsonl",
                        "{\"id\": \"one\", \"text\": \"alpha goes boom\"}\n{\"id\": \"two\", \"text\": \"alpha is calm\"}\n");
  RunResult r = run_slant(only({"good", "thrower"}, {"check", "--format", "jsonl", f}));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("kaboom"), std::string::npos) << r.err;
  std::istringstream lines(r.out);
  std::string line;
  std::vector<nlohmann::json> reports;
  while (std::getline(lines, line)) reports.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(reports.size(), 2u);
  EXPECT_EQ(reports[0]["id"], "one");
  EXPECT_EQ(reports[1]["id"], "two");
  EXPECT_EQ(reports[0]["findings"].size(), 1u);  // alpha's finding stands
  ASSERT_EQ(reports[0]["diagnostics"].size(), 1u);
  EXPECT_EQ(reports[0]["diagnostics"][0]["plugin"], "thrower");
  EXPECT_EQ(reports[0]["diagnostics"][0]["severity"], "error");
  EXPECT_TRUE(reports[1]["diagnostics"].empty());
}

TEST_F(HostCli, BadSpansAreReportedNotFatal) {
  std::string f = write("a.txt", "caf\xC3\xA9 au lait\n");
  RunResult r = run_slant(only({"bad_spans"}, {"check", "--format", "json", f}));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["findings"].size(), 1u);
  EXPECT_EQ(j["findings"][0]["rule"], "good");
  EXPECT_EQ(j["diagnostics"].size(), 3u);
}

TEST_F(HostCli, BadInputsAreNamedOthersStillChecked) {
  std::string good = write("good.txt", "alpha\n");
  std::string empty = write("empty.txt", "");
  std::string jsonl = write("bad.jsonl", "{\"id\": \"x\", \"text\": \"alpha\"}\n{oops\n");
  RunResult r = run_slant(only({"good"}, {"check", "--format", "jsonl", good, empty, (dir / "missing.txt").string(), jsonl}));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("empty.txt: the file is empty"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("missing.txt: no such file"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("bad.jsonl:2: not valid JSON"), std::string::npos) << r.err;
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 2);
}

TEST_F(HostCli, StandardInputIsRead) {
  std::string f = write("in.txt", "Title Here\n\nalpha beta\n");
  RunResult r = run_slant(only({"good"}, {"check", "--format", "json", "-"}), f);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["article"]["title"], "Title Here");
  EXPECT_EQ(j["findings"].size(), 1u);
}

TEST_F(HostCli, NoPluginAtAllIsAClearError) {
  std::string f = write("a.txt", "alpha\n");
  RunResult r = run_slant({"check", "--no-default-plugins", f});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("no plugin could be loaded"), std::string::npos) << r.err;
}

TEST_F(HostCli, UsageErrorsExitTwo) {
  EXPECT_EQ(run_slant({"check", "--format", "yaml", "x"}).exit_code, 2);
  EXPECT_EQ(run_slant({"frobnicate"}).exit_code, 2);
  RunResult help = run_slant({"--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("check"), std::string::npos);
}

TEST_F(HostCli, ThreadsGiveTheSameReportsInTheSameOrder) {
  std::string lines;
  for (int i = 0; i < 300; ++i)
    lines += "{\"id\": \"a" + std::to_string(i) + "\", \"text\": \"" + std::string(static_cast<size_t>(i % 5), 'x') +
             " alpha said \\\"alpha\\\" " + std::to_string(i) + ".\"}\n";
  std::string f = write("many.jsonl", lines);
  RunResult one = run_slant(only({"good"}, {"check", "--format", "jsonl", "-j", "1", f}));
  RunResult two = run_slant(only({"good"}, {"check", "--format", "jsonl", "-j", "2", f}));
  RunResult text = run_slant(only({"good"}, {"check", "--format", "text", "-j", "3", f}));
  ASSERT_EQ(one.exit_code, 0) << one.err;
  ASSERT_EQ(two.exit_code, 0) << two.err;
  EXPECT_EQ(std::count(one.out.begin(), one.out.end(), '\n'), 300);
  EXPECT_EQ(one.out, two.out);
  EXPECT_EQ(text.exit_code, 0);
  EXPECT_EQ(text.out, run_slant(only({"good"}, {"check", "--format", "text", f})).out);
}

TEST_F(HostCli, PluginPathFromTheEnvironment) {
  std::string f = write("a.txt", "alpha\n");
  RunResult r = run_slant({"check", "--format", "jsonl", f}, "", "SLANT_PLUGIN_PATH=" + test_plugin_dir("good"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"plugin\":\"alpha\""), std::string::npos);
}

}  // namespace
}  // namespace slant::test
