// The XML configuration: what it accepts, and for each mistake the error with file, line and
// what is allowed. Each bad case is a short file with the expected message beside it.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "config/config_file.hpp"
#include "config/config_lookup.hpp"

namespace slant::config {
namespace {

namespace fs = std::filesystem;

class ConfigFile : public ::testing::Test {
 protected:
  fs::path dir = fs::temp_directory_path() / ("slant-config-" + std::to_string(::getpid()));
  void SetUp() override {
    fs::create_directories(dir / "plugins");
    std::ofstream(dir / "mine.tsv") << "allegedly\thedge\t0.8\n";
  }
  void TearDown() override { fs::remove_all(dir); }
  Config parse(const std::string& text) { return parse_config(text, "test.xml", dir.string()); }
  std::string error_of(const std::string& text) {
    try {
      parse(text);
    } catch (const ConfigError& e) {
      return e.what();
    }
    return "(no error)";
  }
};

TEST_F(ConfigFile, ReadsEverySetting) {
  Config c = parse(R"(<?xml version="1.0"?>
<slant version="1">
  <plugins>
    <folder>plugins</folder>
    <default-folders>false</default-folders>
    <select>listed</select>
    <plugin id="hedging">
      <param name="min_weight">0.4</param>
      <lexicon mode="extend">mine.tsv</lexicon>
    </plugin>
    <plugin id="opinion" enabled="false"/>
  </plugins>
  <merge><min-weight>0.25</min-weight><slow-plugin-seconds>5</slow-plugin-seconds></merge>
  <isolate><enabled>yes</enabled><timeout-seconds>3</timeout-seconds><memory-limit-mb>512</memory-limit-mb></isolate>
</slant>)");
  ASSERT_EQ(c.folders.size(), 1u);
  EXPECT_EQ(c.folders[0], (dir / "plugins").string());  // relative to the file's folder
  EXPECT_EQ(c.default_folders, false);
  EXPECT_TRUE(c.only_listed);
  ASSERT_EQ(c.plugins.size(), 2u);
  const PluginSetting* h = c.plugin("hedging");
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(h->line, 7);
  ASSERT_EQ(h->params.size(), 2u);
  EXPECT_EQ(h->params[0].name, "min_weight");
  EXPECT_EQ(h->params[0].value, "0.4");
  EXPECT_EQ(h->params[0].line, 8);
  EXPECT_EQ(h->params[1].name, "extra_lexicon");  // mode="extend"
  EXPECT_EQ(h->params[1].value, (dir / "mine.tsv").string());
  EXPECT_TRUE(h->params[1].is_lexicon);
  EXPECT_EQ(c.plugin("opinion")->enabled, false);
  EXPECT_EQ(c.min_weight, 0.25);
  EXPECT_EQ(c.slow_plugin_seconds, 5.0);
  EXPECT_EQ(c.isolate, true);
  EXPECT_EQ(c.timeout_seconds, 3.0);
  EXPECT_EQ(c.memory_limit_mb, 512u);
}

TEST_F(ConfigFile, ReplaceModeSetsTheLexiconParameter) {
  Config c = parse("<slant><plugins><plugin id=\"hedging\"><lexicon mode=\"replace\">mine.tsv</lexicon></plugin></plugins></slant>");
  EXPECT_EQ(c.plugin("hedging")->params[0].name, "lexicon");
}

TEST_F(ConfigFile, AnEmptyFileOfSettingsChangesNothing) {
  Config c = parse("<slant version=\"1\"/>");
  EXPECT_TRUE(c.folders.empty());
  EXPECT_FALSE(c.default_folders.has_value());
  EXPECT_FALSE(c.isolate.has_value());
  EXPECT_FALSE(c.min_weight.has_value());
}

struct BadCase {
  const char* text;
  const char* expected;  // a part of the message, which always starts with "test.xml:<line>: "
};

TEST_F(ConfigFile, EveryMistakeNamesFileLineAndWhatIsAllowed) {
  const BadCase cases[] = {
      {"<slant>\n  <plugin id=\"x\"/>\n</slant>",
       "test.xml:2: unknown element <plugin> in <slant>; allowed here: <plugins>, <merge>, <isolate>"},
      {"<slant>\n<plugins>\n  <folders>x</folders>\n</plugins></slant>",
       "test.xml:3: unknown element <folders> in <plugins>; allowed here: <folder>, <default-folders>, <select>, <plugin>"},
      {"<slant><merge>\n<min-weight>heavy</min-weight></merge></slant>", "test.xml:2: <min-weight> must be a number, got \"heavy\""},
      {"<slant><merge>\n<min-weight>3</min-weight></merge></slant>", "test.xml:2: <min-weight> must be between 0 and 1, got 3"},
      {"<slant><isolate>\n\n<enabled>maybe</enabled></isolate></slant>", "test.xml:3: <enabled> must be true or false, got \"maybe\""},
      {"<slant><plugins>\n<plugin id=\"hedging\">\n<lexicon>missing.tsv</lexicon></plugin></plugins></slant>",
       "test.xml:3: lexicon file \"missing.tsv\""},
      {"<slant><plugins>\n<plugin id=\"hedging\">\n<lexicon mode=\"merge\">mine.tsv</lexicon></plugin></plugins></slant>",
       "test.xml:3: mode=\"merge\" on <lexicon> must be replace"},
      {"<slant><plugins>\n<folder>nowhere</folder></plugins></slant>", "test.xml:2: plugin folder \"nowhere\""},
      {"<slant><plugins>\n<select>some</select></plugins></slant>", "test.xml:2: <select> must be all"},
      {"<slant><plugins>\n<plugin/></plugins></slant>", "test.xml:2: <plugin> needs id="},
      {"<slant><plugins>\n<plugin id=\"a\" colour=\"red\"/></plugins></slant>",
       "test.xml:2: unknown attribute colour=\"red\" on <plugin>; allowed: id, enabled"},
      {"<slant><plugins>\n<plugin id=\"a\" enabled=\"perhaps\"/></plugins></slant>", "test.xml:2: enabled=\"perhaps\""},
      {"<slant><plugins><plugin id=\"a\"/>\n<plugin id=\"a\"/></plugins></slant>", "test.xml:2: plugin \"a\" is configured twice"},
      {"<slant><plugins><plugin id=\"a\">\n<param>1</param></plugin></plugins></slant>", "test.xml:2: <param> needs name="},
      {"<slant><plugins><plugin id=\"a\"><param name=\"k\">1</param>\n<param name=\"k\">2</param></plugin></plugins></slant>",
       "test.xml:2: parameter \"k\" of plugin \"a\" is set twice (also on line 1)"},
      {"<slant>\n<merge>stray words</merge></slant>", "test.xml:2: text \"stray words\" inside <merge>"},
      {"<slant version=\"2\"/>", "test.xml:1: version=\"2\" is not known"},
      {"<config/>", "test.xml:1: the root element is <config>; expected <slant version=\"1\">"},
      {"<slant>\n<merge>\n</slant>", "test.xml:3: not well-formed XML"},
  };
  for (const auto& c : cases) {
    std::string e = error_of(c.text);
    EXPECT_NE(e.find(c.expected), std::string::npos) << "input:\n" << c.text << "\nerror: " << e;
    EXPECT_EQ(e.rfind("test.xml:", 0), 0u) << e;
  }
}

TEST_F(ConfigFile, ReadsFromDiskAndTakesPathsFromTheFilesFolder) {
  std::ofstream(dir / "slant.xml") << "<slant><plugins><plugin id=\"h\"><lexicon>mine.tsv</lexicon></plugin></plugins></slant>";
  Config c = read_config((dir / "slant.xml").string());
  EXPECT_EQ(c.path, (dir / "slant.xml").string());
  EXPECT_EQ(c.plugin("h")->params[0].value, (dir / "mine.tsv").string());
  EXPECT_THROW(read_config((dir / "absent.xml").string()), ConfigError);
}

TEST_F(ConfigFile, LookupPrefersTheExplicitFileThenTheWorkingFolderThenXdg) {
  EXPECT_THROW(find_config((dir / "absent.xml").string()), ConfigError);
  std::ofstream(dir / "given.xml") << "<slant/>";
  EXPECT_EQ(find_config((dir / "given.xml").string()), (dir / "given.xml").string());
  fs::create_directories(dir / "xdg" / "slant");
  std::ofstream(dir / "xdg" / "slant" / "slant.xml") << "<slant/>";
  ::setenv("XDG_CONFIG_HOME", (dir / "xdg").c_str(), 1);
  auto cwd = fs::current_path();
  fs::create_directories(dir / "work");
  fs::current_path(dir / "work");
  EXPECT_EQ(find_config(""), (dir / "xdg" / "slant" / "slant.xml").string());
  std::ofstream("slant.xml") << "<slant/>";
  EXPECT_EQ(find_config(""), "slant.xml");
  fs::current_path(cwd);
  ::unsetenv("XDG_CONFIG_HOME");
}

TEST(ConfigValues, BooleansAndNumbers) {
  EXPECT_EQ(parse_bool("on"), true);
  EXPECT_EQ(parse_bool("0"), false);
  EXPECT_FALSE(parse_bool("True").has_value());
  EXPECT_EQ(parse_number("0.5"), 0.5);
  EXPECT_FALSE(parse_number("0.5x").has_value());
  EXPECT_FALSE(parse_number("nan").has_value());
}

}  // namespace
}  // namespace slant::config
