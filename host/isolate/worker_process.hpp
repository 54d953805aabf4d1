// One plugin's worker process, seen from slant: started by fork + exec of slant itself
// (`slant isolate-worker`), talked to over a socket, killed and restarted when it misbehaves.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <string>

#include "isolate/wire.hpp"
#include "loader/plugin_set.hpp"

namespace slant::isolate {

struct IsolateOptions {
  bool enabled = false;
  double timeout_seconds = 10;        // per plugin and article; past it the worker is killed
  size_t memory_limit_mb = 1024;      // a worker larger than this after an article is restarted; 0: none
  std::string worker_binary;          // the slant executable; empty: this process's own file
};

using Clock = std::chrono::steady_clock;

class WorkerProcess {
 public:
  WorkerProcess(const IsolateOptions& options, const LoadedPlugin& plugin, StartRequest request)
      : options_(options), plugin_(plugin), request_(std::move(request)) {}
  WorkerProcess(const WorkerProcess&) = delete;
  WorkerProcess& operator=(const WorkerProcess&) = delete;
  ~WorkerProcess() { stop(); }

  // Starts the worker and waits (up to the timeout) until its plugin is created. Returns why it
  // could not start, or an empty string.
  std::string start();
  bool running() const { return pid_ > 0; }
  int fd() const { return fd_; }
  const LoadedPlugin& plugin() const { return plugin_; }

  // Closes the socket (a healthy worker then exits) or kills it; reaps it and says how it ended,
  // e.g. "was killed by signal 11 (SIGSEGV, Segmentation fault)".
  std::string stop(bool kill = false);
  // Resident memory of the worker in bytes, 0 when unknown.
  size_t resident_bytes() const;

 private:
  const IsolateOptions& options_;
  const LoadedPlugin& plugin_;
  StartRequest request_;
  pid_t pid_ = -1;
  int fd_ = -1;
};

// Waits for one whole frame on fd until deadline. Returns 1 with the frame, 0 on timeout,
// -1 when the other end closed.
int read_frame_until(int fd, Clock::time_point deadline, MessageType& type, std::string& payload);

// "killed by signal 11 (SIGSEGV, Segmentation fault)", "exited with status 3".
std::string describe_wait_status(int status);

}  // namespace slant::isolate
