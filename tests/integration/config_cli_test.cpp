// The XML configuration as a user meets it: slant config --print-default, a file that selects
// plugins, sets parameters and extends a bundled lexicon, and the errors a wrong file gets.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "run_slant.hpp"

namespace slant::test {
namespace {

class ConfigCli : public ::testing::Test {
 protected:
  std::filesystem::path dir = std::filesystem::temp_directory_path() / ("slant-cfg-" + std::to_string(::getpid()));
  void SetUp() override { std::filesystem::create_directories(dir); }
  void TearDown() override { std::filesystem::remove_all(dir); }
  std::string write(const std::string& name, const std::string& content) {
    std::ofstream(dir / name, std::ios::binary) << content;
    return (dir / name).string();
  }
  static std::vector<std::string> with_good(std::vector<std::string> args) {
    for (const std::string& a : std::vector<std::string>{"--no-default-plugins", "--plugin-dir", test_plugin_dir("good")})
      args.push_back(a);
    return args;
  }
};

TEST_F(ConfigCli, PrintDefaultListsThePluginsAndChangesNothing) {
  RunResult d = run_slant(with_good({"config", "--print-default"}));
  ASSERT_EQ(d.exit_code, 0) << d.err;
  EXPECT_NE(d.out.find("<plugin id=\"alpha\" enabled=\"true\">"), std::string::npos) << d.out;
  EXPECT_NE(d.out.find("<!-- <param name=\"label\">plain</param> -->"), std::string::npos) << d.out;
  EXPECT_NE(d.out.find("<timeout-seconds>10</timeout-seconds>"), std::string::npos);
  std::string cfg = write("default.xml", d.out);
  std::string article = write("a.txt", "alpha and alpha\n");
  RunResult without = run_slant(with_good({"check", "--no-config", "--format", "json", article}));
  RunResult with = run_slant(with_good({"check", "--config", cfg, "--format", "json", article}));
  ASSERT_EQ(with.exit_code, 0) << with.err;
  EXPECT_EQ(with.out, without.out);
  RunResult checked = run_slant(with_good({"config", "--config", cfg}));
  EXPECT_EQ(checked.exit_code, 0) << checked.err << checked.out;
  EXPECT_NE(checked.out.find("ok: 1 plugin(s) would run: alpha"), std::string::npos) << checked.out;
}

TEST_F(ConfigCli, ParametersComeFromTheFileAndTheCommandLineWins) {
  std::string cfg = write("slant.xml", "<slant><plugins><plugin id=\"alpha\">\n"
                                       "<param name=\"label\">from-config</param></plugin></plugins></slant>");
  std::string article = write("a.txt", "alpha\n");
  RunResult r = run_slant(with_good({"check", "--config", cfg, "--format", "json", article}));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out)["findings"][0]["attributes"]["label"], "from-config");
  r = run_slant(with_good({"check", "--config", cfg, "--param", "alpha.label=cli", "--format", "json", article}));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out)["findings"][0]["attributes"]["label"], "cli");
}

TEST_F(ConfigCli, TheWorkingFoldersSlantXmlIsFoundWithoutAFlag) {
  write("slant.xml", "<slant><plugins><plugin id=\"alpha\"><param name=\"label\">here</param></plugin></plugins></slant>");
  std::string article = write("a.txt", "alpha\n");
  std::string cmd_dir = "cd " + shell_quote(dir.string()) + " &&";
  RunResult r = run_slant(with_good({"check", "--format", "json", article}), "", cmd_dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out)["findings"][0]["attributes"]["label"], "here");
}

TEST_F(ConfigCli, ADisabledPluginDoesNotRun) {
  std::string cfg = write("slant.xml", "<slant><plugins><plugin id=\"thrower\" enabled=\"false\"/></plugins></slant>");
  std::string article = write("a.txt", "alpha boom\n");
  std::vector<std::string> args = {"check", "--config", cfg, "--format", "json", "--no-default-plugins",
                                   "--plugin-dir", test_plugin_dir("good"), "--plugin-dir", test_plugin_dir("thrower"), article};
  RunResult r = run_slant(args);
  EXPECT_EQ(r.exit_code, 0) << r.err;  // the thrower would have failed the run
  EXPECT_TRUE(nlohmann::json::parse(r.out)["diagnostics"].empty());
}

TEST_F(ConfigCli, AWrongParameterNamesTheFileLineAndTheAllowedOnes) {
  std::string cfg = write("slant.xml", "<slant>\n<plugins>\n<plugin id=\"alpha\">\n"
                                       "<param name=\"colour\">red</param></plugin></plugins></slant>");
  RunResult r = run_slant(with_good({"check", "--config", cfg, write("a.txt", "alpha\n")}));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(cfg + ":4: plugin \"alpha\" has no parameter \"colour\"; its parameters: label (string)"),
            std::string::npos)
      << r.err;
}

TEST_F(ConfigCli, AnUnknownElementIsAnError) {
  std::string cfg = write("slant.xml", "<slant>\n  <plugin id=\"alpha\"/>\n</slant>");
  RunResult r = run_slant(with_good({"check", "--config", cfg, write("a.txt", "alpha\n")}));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(cfg + ":2: unknown element <plugin> in <slant>; allowed here:"), std::string::npos) << r.err;
  RunResult c = run_slant(with_good({"config", "--config", cfg}));
  EXPECT_EQ(c.exit_code, 1);
  EXPECT_NE(c.err.find(cfg + ":2:"), std::string::npos) << c.err;
}

TEST_F(ConfigCli, ALexiconFileExtendsTheBundledHedges) {
  // A hedge the bundled lexicon does not hold, added by a lexicon of the user's.
  write("my-hedges.tsv", "perchance\thedge-adverb\t0.7\tan old-fashioned hedge\n");
  std::string cfg = write("slant.xml", "<slant><plugins><plugin id=\"hedging\">\n"
                                       "<lexicon mode=\"extend\">my-hedges.tsv</lexicon></plugin></plugins></slant>");
  std::string article = write("a.txt", "The ferry will perchance sail on Monday.\n");
  auto hedge_words = [](const std::string& out) {
    std::string words;
    const auto report = nlohmann::json::parse(out);
    for (const auto& f : report["findings"])
      if (f["plugin"] == "hedging") words += f["evidence"].get<std::string>() + ";";
    return words;
  };
  RunResult plain = run_slant({"check", "--no-config", "--plugins", "hedging", "--format", "json", article});
  RunResult extended = run_slant({"check", "--config", cfg, "--plugins", "hedging", "--format", "json", article});
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  ASSERT_EQ(extended.exit_code, 0) << extended.err;
  EXPECT_EQ(hedge_words(plain.out).find("perchance"), std::string::npos) << plain.out;
  EXPECT_NE(hedge_words(extended.out).find("perchance"), std::string::npos) << extended.out;
}

TEST_F(ConfigCli, AMissingLexiconFileIsAnError) {
  std::string cfg = write("slant.xml", "<slant><plugins><plugin id=\"hedging\">\n\n"
                                       "<lexicon mode=\"replace\">gone.tsv</lexicon></plugin></plugins></slant>");
  RunResult r = run_slant({"check", "--config", cfg, "--plugins", "hedging", write("a.txt", "Words.\n")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(cfg + ":3: lexicon file \"gone.tsv\""), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("does not exist"), std::string::npos) << r.err;
}

TEST_F(ConfigCli, TheConfigurationCanTurnIsolationOn) {
  std::string cfg = write("slant.xml", "<slant><isolate><enabled>true</enabled></isolate></slant>");
  std::string f = write("in.jsonl", "{\"id\": \"1\", \"text\": \"alpha crash\"}\n{\"id\": \"2\", \"text\": \"alpha\"}\n");
  RunResult r = run_slant({"check", "--config", cfg, "--format", "jsonl", "--no-default-plugins", "--plugin-dir",
                           test_plugin_dir("good"), "--plugin-dir", test_plugin_dir("segfault"), f});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 2) << r.err;
  EXPECT_NE(r.err.find("crashed on this article"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace slant::test
