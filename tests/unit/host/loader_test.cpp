// The real loader on real modules: the good test plugin loads with its parameters; a wrong
// ABI major, a newer minor and a library without the entry point are refused, each with one
// line that names the file, the versions and what to do.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "loader/plugin_set.hpp"

namespace slant {
namespace {

std::string dir(const std::string& name) { return std::string(SLANT_TEST_PLUGIN_DIR) + "/" + name; }

PluginSet load_only(const std::string& name, LoadOptions o = {}) {
  o.dirs = {dir(name)};
  o.use_env = false;
  o.use_default = false;
  return PluginSet::load(o);
}

TEST(Loader, LoadsAGoodPluginWithDescriptorAndDefaults) {
  PluginSet set = load_only("good");
  ASSERT_EQ(set.plugins().size(), 1u);
  const auto& p = set.plugins()[0];
  EXPECT_EQ(p.id, "alpha");
  EXPECT_EQ(p.version, "1.2.3");
  EXPECT_EQ(p.abi_major, SLANT_ABI_MAJOR);
  EXPECT_TRUE(p.thread_safe);
  ASSERT_EQ(p.params.size(), 1u);
  EXPECT_EQ(p.params[0].default_value, "plain");
  ASSERT_EQ(p.scores.size(), 1u);
  EXPECT_EQ(p.scores[0].unit, "per_100_words");
  EXPECT_TRUE(set.refused().empty());
}

TEST(Loader, RefusesAnotherMajorNamingFileVersionsAndFix) {
  PluginSet set = load_only("wrong_major");
  EXPECT_TRUE(set.plugins().empty());
  ASSERT_EQ(set.refused().size(), 1u);
  const auto& r = set.refused()[0];
  EXPECT_NE(r.path.find("libslant_test_wrong_major.so"), std::string::npos);
  const std::string theirs = std::to_string(SLANT_ABI_MAJOR + 1) + ".0";
  const std::string ours = std::to_string(SLANT_ABI_MAJOR) + "." + std::to_string(SLANT_ABI_MINOR);
  EXPECT_NE(r.reason.find("ABI " + theirs), std::string::npos) << r.reason;
  EXPECT_NE(r.reason.find("ABI " + ours), std::string::npos) << r.reason;
  EXPECT_NE(r.reason.find("rebuild"), std::string::npos) << r.reason;
}

TEST(Loader, RefusesANewerMinor) {
  PluginSet set = load_only("newer_minor");
  ASSERT_EQ(set.refused().size(), 1u);
  const auto& r = set.refused()[0].reason;
  EXPECT_NE(r.find("newer"), std::string::npos) << r;
  EXPECT_NE(r.find(std::to_string(SLANT_ABI_MAJOR) + "." + std::to_string(SLANT_ABI_MINOR + 1)), std::string::npos) << r;
  EXPECT_NE(r.find("upgrade slant"), std::string::npos) << r;
}

TEST(Loader, RefusesALibraryWithoutTheEntryPoint) {
  PluginSet set = load_only("no_entry");
  ASSERT_EQ(set.refused().size(), 1u);
  EXPECT_NE(set.refused()[0].reason.find("slant_plugin_entry"), std::string::npos);
  EXPECT_NE(set.refused()[0].reason.find("SLANT_PLUGIN"), std::string::npos);
}

TEST(Loader, RefusesAFileThatIsNotALibrary) {
  auto tmp = std::filesystem::temp_directory_path() / "slant-loader-test-notlib";
  std::filesystem::create_directories(tmp);
  { std::ofstream(tmp / "junk.so") << "not an ELF file"; }
  LoadOptions o;
  o.dirs = {tmp.string()};
  o.use_env = o.use_default = false;
  PluginSet set = PluginSet::load(o);
  ASSERT_EQ(set.refused().size(), 1u);
  EXPECT_NE(set.refused()[0].reason.find("cannot be loaded"), std::string::npos);
  std::filesystem::remove_all(tmp);
}

TEST(Loader, PassesParametersAndRefusesUnknownOnes) {
  LoadOptions o;
  o.params["alpha"]["label"] = "custom";
  EXPECT_EQ(load_only("good", o).plugins().size(), 1u);
  LoadOptions bad;
  bad.params["alpha"]["no_such"] = "1";
  PluginSet set = load_only("good", bad);
  EXPECT_TRUE(set.plugins().empty());
  ASSERT_EQ(set.refused().size(), 1u);
  EXPECT_NE(set.refused()[0].reason.find("no parameter 'no_such'"), std::string::npos) << set.refused()[0].reason;
}

TEST(Loader, SelectsByIdAndReportsUnknownIds) {
  LoadOptions o;
  o.only = {"nope"};
  PluginSet set = load_only("good", o);
  EXPECT_TRUE(set.plugins().empty());
  ASSERT_EQ(set.missing().size(), 1u);
  EXPECT_EQ(set.missing()[0], "nope");
}

TEST(Loader, ASecondPluginWithTheSameIdIsSkipped) {
  LoadOptions o;
  o.dirs = {dir("good"), dir("good") + "/."};
  o.use_env = o.use_default = false;
  PluginSet set = PluginSet::load(o);
  EXPECT_EQ(set.plugins().size(), 1u);
  ASSERT_EQ(set.refused().size(), 1u);
  EXPECT_NE(set.refused()[0].reason.find("already loaded"), std::string::npos);
}

}  // namespace
}  // namespace slant
