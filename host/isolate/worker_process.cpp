#include "isolate/worker_process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/dll/runtime_symbol_info.hpp>
#include <cerrno>
#include <cstring>
#include <fstream>

#if defined(__SANITIZE_ADDRESS__)
#define SLANT_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SLANT_UNDER_ASAN 1
#endif
#endif
#ifdef SLANT_UNDER_ASAN
constexpr bool kUnderAddressSanitizer = true;
#else
constexpr bool kUnderAddressSanitizer = false;
#endif

namespace slant::isolate {

std::string describe_wait_status(int status) {
  if (WIFSIGNALED(status)) {
    int sig = WTERMSIG(status);
    const char* abbrev = sigabbrev_np(sig);
    return "was killed by signal " + std::to_string(sig) + " (" + (abbrev ? std::string("SIG") + abbrev + ", " : "") +
           strsignal(sig) + ")";
  }
  if (WIFEXITED(status)) return "exited with status " + std::to_string(WEXITSTATUS(status));
  return "ended (wait status " + std::to_string(status) + ")";
}

int read_frame_until(int fd, Clock::time_point deadline, MessageType& type, std::string& payload) {
  FrameBuffer buf;
  char chunk[65536];
  while (!buf.complete()) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (left <= 0) return 0;
    pollfd p{fd, POLLIN, 0};
    int r = ::poll(&p, 1, static_cast<int>(std::min<long long>(left, 1 << 30)));
    if (r < 0 && errno == EINTR) continue;
    if (r == 0) return 0;
    ssize_t n = ::read(fd, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return -1;
    buf.feed(chunk, static_cast<size_t>(n));
  }
  type = buf.type();
  payload = buf.payload();
  return 1;
}

std::string WorkerProcess::start() {
  stop(true);
  int sv[2];
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0)
    return std::string("cannot make a socket for its worker: ") + std::strerror(errno);
  std::string binary = options_.worker_binary;
  if (binary.empty()) binary = boost::dll::program_location().string();
  // Everything the child needs is prepared before fork: after it, only async-signal-safe calls.
  std::string arg0 = "slant", arg1 = "isolate-worker";
  char* argv[] = {arg0.data(), arg1.data(), nullptr};
  const pid_t parent = ::getpid();
  // The hard stop for one runaway allocation sits well above the resident limit checked after
  // each article: the allocator (mimalloc) reserves address space for a large block aligned, so a
  // worker's data mappings can run to twice its resident size.
  const rlim_t data_limit = options_.memory_limit_mb ? static_cast<rlim_t>(options_.memory_limit_mb) * 4 * 1024 * 1024
                                                     : RLIM_INFINITY;
  pid_t pid = ::fork();
  if (pid < 0) {
    ::close(sv[0]);
    ::close(sv[1]);
    return std::string("cannot start its worker (fork): ") + std::strerror(errno);
  }
  if (pid == 0) {
    // The worker dies with slant, talks on fd 3, and cannot corrupt the protocol by printing:
    // its standard output goes to slant's standard error.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent) ::_exit(127);
    if (::dup2(sv[1], 3) < 0 || ::dup2(2, 1) < 0) ::_exit(127);
    int devnull = ::open("/dev/null", O_RDONLY);
    if (devnull >= 0) ::dup2(devnull, 0);
    // A runaway allocation fails inside the worker instead of exhausting the machine. (Not
    // under AddressSanitizer: its shadow memory is a data mapping far larger than any limit.)
    if (data_limit != RLIM_INFINITY && !kUnderAddressSanitizer) {
      rlimit lim{data_limit, data_limit};
      ::setrlimit(RLIMIT_DATA, &lim);
    }
    ::execv(binary.c_str(), argv);
    ::_exit(127);
  }
  ::close(sv[1]);
  pid_ = pid;
  fd_ = sv[0];
  if (!write_frame(fd_, MessageType::start, encode_start(request_)))
    return "its worker did not take the start request: it " + stop(true);
  MessageType type{};
  std::string payload;
  auto deadline = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                     std::chrono::duration<double>(std::max(options_.timeout_seconds, 1.0) * 3));
  int got = read_frame_until(fd_, deadline, type, payload);
  if (got == 0) return "its worker did not start within " + std::to_string(options_.timeout_seconds * 3) + " s";
  if (got < 0 || type != MessageType::started) {
    std::string how = stop(true);
    return "its worker (" + binary + " isolate-worker) " + how + " before it was ready";
  }
  std::string error = decode_started(payload);
  if (!error.empty()) {
    stop(true);
    return error;
  }
  return {};
}

std::string WorkerProcess::stop(bool kill) {
  if (fd_ >= 0) {
    ::close(fd_);
    fd_ = -1;
  }
  if (pid_ <= 0) return {};
  int status = 0;
  pid_t r = 0;
  if (!kill) {
    // A healthy worker exits when its socket closes; give it a moment to destroy its plugin.
    for (int i = 0; i < 200 && (r = ::waitpid(pid_, &status, WNOHANG)) == 0; ++i) ::usleep(10000);
    if (r == 0) kill = true;
  }
  if (r == 0 || kill) {
    if (r == 0) ::kill(pid_, SIGKILL);
    do {
      r = ::waitpid(pid_, &status, 0);
    } while (r < 0 && errno == EINTR);
  }
  pid_ = -1;
  return r < 0 ? std::string("could not be waited for") : describe_wait_status(status);
}

size_t WorkerProcess::resident_bytes() const {
  if (pid_ <= 0) return 0;
  std::ifstream statm("/proc/" + std::to_string(pid_) + "/statm");
  size_t size = 0, resident = 0;
  if (!(statm >> size >> resident)) return 0;
  return resident * static_cast<size_t>(::sysconf(_SC_PAGESIZE));
}

}  // namespace slant::isolate
