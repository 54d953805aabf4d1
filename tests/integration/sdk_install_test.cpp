// The SDK as a product: install slant to a temporary prefix with cmake --install, build the
// out-of-tree sample plugin (samples/custom_plugin) against that prefix only, run its tests,
// and run the installed host with it: its findings must be in the merged report beside the
// bundled plugins'. Slow (a CMake configure and build), so it is one test.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "run_slant.hpp"

namespace slant::test {
namespace {

namespace fs = std::filesystem;

int sh(const std::string& cmd, std::string* output = nullptr) {
  fs::path log = fs::temp_directory_path() / ("slant-sh-" + std::to_string(::getpid()) + ".log");
  int status = std::system((cmd + " >" + shell_quote(log.string()) + " 2>&1").c_str());
  if (output) *output = read_file(log);
  fs::remove(log);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

TEST(SdkInstall, TheSamplePluginBuildsAgainstTheInstalledSdkAndRunsInTheInstalledHost) {
  const fs::path build_dir = fs::path(SLANT_BINARY).parent_path().parent_path();
  const fs::path work = fs::temp_directory_path() / ("slant-sdk-install-" + std::to_string(::getpid()));
  const fs::path prefix = work / "prefix", sample_build = work / "sample-build";
  fs::remove_all(work);
  fs::create_directories(work);
  std::string log;

  ASSERT_EQ(sh("cmake --install " + shell_quote(build_dir.string()) + " --prefix " + shell_quote(prefix.string()), &log), 0)
      << log;
  // The usual GNU places.
  EXPECT_TRUE(fs::exists(prefix / "bin" / "slant"));
  EXPECT_TRUE(fs::exists(prefix / "include" / "slant" / "plugin.hpp"));
  EXPECT_TRUE(fs::exists(prefix / "include" / "slant" / "testing.hpp"));
  EXPECT_TRUE(fs::exists(prefix / "share" / "slant" / "plugins" / "hedging"));
  const fs::path libdir = fs::exists(prefix / "lib" / "cmake" / "slant") ? prefix / "lib" : prefix / "lib64";
  EXPECT_TRUE(fs::exists(libdir / "cmake" / "slant" / "slantConfig.cmake"));
  EXPECT_TRUE(fs::exists(libdir / "slant" / "plugins" / "libslant_hedging.so"));

  // pkg-config, relocated to wherever the prefix is.
  std::string cflags;
  ASSERT_EQ(sh("PKG_CONFIG_PATH=" + shell_quote((libdir / "pkgconfig").string()) + " pkg-config --cflags slant", &cflags), 0)
      << cflags;
  EXPECT_NE(cflags.find("-I"), std::string::npos);
  EXPECT_TRUE(fs::exists(fs::path(cflags.substr(cflags.find("-I") + 2, cflags.find_last_not_of(" \n") - cflags.find("-I") - 1)) /
                         "slant" / "plugin_abi.h"))
      << cflags;

  // The sample, configured from a copy of its folder so nothing of the source tree is in reach.
  const fs::path sample = work / "custom_plugin";
  fs::copy(fs::path(SLANT_SOURCE_DIR) / "samples" / "custom_plugin", sample, fs::copy_options::recursive);
  fs::remove_all(sample / "build");
  ASSERT_EQ(sh("cmake -S " + shell_quote(sample.string()) + " -B " + shell_quote(sample_build.string()) +
                   " -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH=" + shell_quote(prefix.string()),
               &log),
            0)
      << log;
  ASSERT_EQ(sh("cmake --build " + shell_quote(sample_build.string()) + " -j2", &log), 0) << log;
  EXPECT_EQ(sh("ctest --test-dir " + shell_quote(sample_build.string()) + " --output-on-failure", &log), 0) << log;
  EXPECT_TRUE(fs::exists(sample_build / "plugins" / "wire-copy" / "wire-markers.tsv"));

  // The installed host, its bundled plugins found from its own prefix, the sample from --plugin-dir.
  const std::string slant = (prefix / "bin" / "slant").string();
  std::string plugins_out;
  EXPECT_EQ(sh(shell_quote(slant) + " plugins --no-config --plugin-dir " + shell_quote((sample_build / "plugins").string()),
               &plugins_out),
            0)
      << plugins_out;
  EXPECT_NE(plugins_out.find("wire-copy 1.0.0"), std::string::npos) << plugins_out;
  EXPECT_NE(plugins_out.find("param min_markers (number, default \"1\")"), std::string::npos) << plugins_out;

  std::string report;
  fs::path out_file = work / "report.json";
  ASSERT_EQ(sh(shell_quote(slant) + " check --no-config --format json --plugin-dir " +
                   shell_quote((sample_build / "plugins").string()) + " " +
                   shell_quote((sample / "articles" / "harbour-ferry.txt").string()) + " -o " + shell_quote(out_file.string()),
               &log),
            0)
      << log;
  auto j = nlohmann::json::parse(read_file(out_file));
  std::set<std::string> plugins;
  std::vector<std::string> wire_evidence;
  for (const auto& f : j["findings"]) {
    plugins.insert(f["plugin"].get<std::string>());
    if (f["plugin"] == "wire-copy") wire_evidence.push_back(f["evidence"]);
  }
  EXPECT_TRUE(plugins.count("attribution") && plugins.count("hedging")) << j["findings"].dump();
  EXPECT_EQ(wire_evidence, (std::vector<std::string>{"(AP)", "contributed to this report"}));
  EXPECT_TRUE(j["scores"].contains("wire-copy")) << j["scores"].dump();
  EXPECT_EQ(j["metrics"]["wire-copy"]["wire_copy"], 1.0) << j["metrics"].dump();
  fs::remove_all(work);
}

}  // namespace
}  // namespace slant::test
