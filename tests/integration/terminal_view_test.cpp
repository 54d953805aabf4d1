// The real slant in a pseudo-terminal: on a terminal it shows the coloured in-place view,
// wrapped to the terminal's width (TIOCGWINSZ), to COLUMNS, or to --width; NO_COLOR and pipes
// get the plain text report, byte for byte what --format text writes.
#include <gtest/gtest.h>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <regex>

#include "run_slant.hpp"

namespace slant::test {
namespace {

const std::string kSample = std::string(SLANT_SOURCE_DIR) + "/samples/articles/harbour-bridge.txt";

struct PtyRun {
  int exit_code = -1;
  std::string out;  // what the terminal received, "\r\n" turned back into "\n"
};

// Runs slant with args on a new pseudo-terminal of the given width; env entries "NAME=value"
// are set and "NAME" alone is unset in the child.
PtyRun run_in_pty(const std::vector<std::string>& args, unsigned short columns, const std::vector<std::string>& env) {
  winsize size{};
  size.ws_row = 50;
  size.ws_col = columns;
  int master = -1;
  pid_t pid = forkpty(&master, nullptr, nullptr, &size);
  if (pid < 0) return {};
  if (pid == 0) {
    for (const auto& e : env) {
      auto eq = e.find('=');
      if (eq == std::string::npos) unsetenv(e.c_str());
      else setenv(e.substr(0, eq).c_str(), e.substr(eq + 1).c_str(), 1);
    }
    std::vector<char*> argv{const_cast<char*>(SLANT_BINARY)};
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(SLANT_BINARY, argv.data());
    _exit(127);
  }
  PtyRun run;
  char buf[4096];
  for (;;) {
    pollfd p{master, POLLIN, 0};
    if (poll(&p, 1, 60000) <= 0) break;  // a minute without output: give up, the test fails
    ssize_t n = read(master, buf, sizeof buf);
    if (n > 0) run.out.append(buf, static_cast<size_t>(n));
    else if (n < 0 && errno == EINTR) continue;
    else break;  // EIO: the child closed the terminal
  }
  close(master);
  int status = 0;
  waitpid(pid, &status, 0);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.out = std::regex_replace(run.out, std::regex("\r\n"), "\n");
  return run;
}

std::string strip_escapes(const std::string& s) { return std::regex_replace(s, std::regex("\x1b\\[[0-9;]*m"), ""); }

// Columns of one line: code points, the article being Latin text.
unsigned columns_of(const std::string& line) {
  unsigned n = 0;
  for (unsigned char c : line) n += (c & 0xC0) != 0x80;
  return n;
}

unsigned widest_line(const std::string& out) {
  unsigned widest = 0;
  std::istringstream in(strip_escapes(out));
  for (std::string line; std::getline(in, line);) widest = std::max(widest, columns_of(line));
  return widest;
}

const std::vector<std::string> kClean{"NO_COLOR", "COLUMNS", "TERM=xterm-256color"};

TEST(TerminalView, DefaultOnATerminalIsColouredAndWrapsToItsWidth) {
  PtyRun run = run_in_pty({"check", kSample}, 64, kClean);
  ASSERT_EQ(run.exit_code, 0) << run.out;
  // Colour: hedging's yellow on the sample's hedges (italic when quoted, underlined when
  // reported), attribution's cyan on a source, italics for quoted words, resets.
  EXPECT_TRUE(std::regex_search(run.out, std::regex("\x1b\\[0;1(;3|;4)?;33m(reportedly|could|may)")))
      << run.out;
  EXPECT_NE(run.out.find("\x1b[0;1;36m"), std::string::npos);
  EXPECT_NE(run.out.find("\x1b[0;3m"), std::string::npos) << "quoted words in italics";
  EXPECT_NE(run.out.find("\x1b[0m"), std::string::npos);
  EXPECT_NE(strip_escapes(run.out).find("legend:"), std::string::npos);
  // Wrapped to the 64 columns the terminal reports, and filling them.
  EXPECT_LE(widest_line(run.out), 64u);
  EXPECT_GE(widest_line(run.out), 56u);
}

TEST(TerminalView, AWiderTerminalGetsLongerLines) {
  PtyRun run = run_in_pty({"check", kSample}, 120, kClean);
  ASSERT_EQ(run.exit_code, 0) << run.out;
  EXPECT_LE(widest_line(run.out), 120u);
  EXPECT_GT(widest_line(run.out), 90u) << "wider than the 80-column fallback";
}

TEST(TerminalView, ColumnsAndWidthOverrideTheTerminal) {
  auto env = kClean;
  env[1] = "COLUMNS=50";
  PtyRun by_env = run_in_pty({"check", kSample}, 120, env);
  ASSERT_EQ(by_env.exit_code, 0) << by_env.out;
  EXPECT_LE(widest_line(by_env.out), 50u);
  EXPECT_GE(widest_line(by_env.out), 42u);
  PtyRun by_flag = run_in_pty({"check", "--width", "40", kSample}, 120, kClean);
  ASSERT_EQ(by_flag.exit_code, 0) << by_flag.out;
  EXPECT_LE(widest_line(by_flag.out), 40u);
  EXPECT_NE(by_flag.out.find('\x1b'), std::string::npos);
}

TEST(TerminalView, NoColorOnATerminalGivesThePlainTextReport) {
  auto env = kClean;
  env[0] = "NO_COLOR=1";
  PtyRun run = run_in_pty({"check", kSample}, 80, env);
  ASSERT_EQ(run.exit_code, 0) << run.out;
  EXPECT_EQ(run.out.find('\x1b'), std::string::npos);
  RunResult text = run_slant({"check", "--format", "text", kSample});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_EQ(run.out, text.out);
}

TEST(TerminalView, APipeGetsThePlainTextReport) {
  RunResult piped = run_slant({"check", kSample}, "", "env -u NO_COLOR");
  RunResult text = run_slant({"check", "--format", "text", kSample});
  ASSERT_EQ(piped.exit_code, 0) << piped.err;
  EXPECT_EQ(piped.out.find('\x1b'), std::string::npos);
  EXPECT_EQ(piped.out, text.out);
  // Asked for by name, the terminal view on a pipe keeps its layout without escape codes,
  // unless colour is forced.
  RunResult view = run_slant({"check", "--format", "terminal", "--width", "60", kSample});
  ASSERT_EQ(view.exit_code, 0) << view.err;
  EXPECT_EQ(view.out.find('\x1b'), std::string::npos);
  EXPECT_LE(widest_line(view.out), 60u);
  RunResult forced = run_slant({"check", "--format", "terminal", "--color", "always", kSample});
  EXPECT_NE(forced.out.find("\x1b[0;1;33m"), std::string::npos);
}

}  // namespace
}  // namespace slant::test
