// Runs the real slant executable as a child process and captures its exit code, standard
// output and standard error: how the integration tests see the host as a user does.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace slant::test {

struct RunResult {
  int exit_code = -1;
  std::string out, err;
};

inline std::string shell_quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

inline std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Runs SLANT_BINARY with args (no shell interpretation of the args); stdin from stdin_file if given.
inline RunResult run_slant(const std::vector<std::string>& args, const std::string& stdin_file = "",
                           const std::string& env = "") {
  static int counter = 0;
  auto base = std::filesystem::temp_directory_path() /
              ("slant-run-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  std::string cmd = env + (env.empty() ? "" : " ") + shell_quote(SLANT_BINARY);
  for (const auto& a : args) cmd += " " + shell_quote(a);
  cmd += " >" + shell_quote(base.string() + ".out") + " 2>" + shell_quote(base.string() + ".err");
  cmd += " <" + shell_quote(stdin_file.empty() ? "/dev/null" : stdin_file);
  int status = std::system(cmd.c_str());
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = read_file(base.string() + ".out");
  r.err = read_file(base.string() + ".err");
  std::filesystem::remove(base.string() + ".out");
  std::filesystem::remove(base.string() + ".err");
  return r;
}

inline std::string test_plugin_dir(const std::string& name) { return std::string(SLANT_TEST_PLUGIN_DIR) + "/" + name; }

}  // namespace slant::test
