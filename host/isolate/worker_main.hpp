// The other end of an isolated plugin: `slant isolate-worker` loads one plugin, then analyses
// the articles slant sends on fd 3 until the socket closes.
#pragma once

namespace slant::isolate {

// The fd the worker talks on (set up by WorkerProcess::start).
inline constexpr int kWorkerFd = 3;

int run_isolate_worker(int fd = kWorkerFd);

}  // namespace slant::isolate
