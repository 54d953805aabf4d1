#include "isolate/isolated_runner.hpp"

#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace slant::isolate {
namespace {

std::string seconds_text(double s) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", s);
  return buf;
}

}  // namespace

IsolatedRunner::IsolatedRunner(const PluginSet& plugins, IsolateOptions options)
    : options_(std::move(options)) {
  for (const auto& p : plugins.plugins()) {
    StartRequest request{p.path, p.id, p.given_params};
    auto worker = std::make_unique<WorkerProcess>(options_, p, std::move(request));
    if (std::string why = worker->start(); !why.empty()) {
      failures_.push_back({p.id, p.path, why});
      continue;
    }
    workers_.push_back(std::move(worker));
  }
}

IsolatedRunner::~IsolatedRunner() = default;

std::vector<PluginOutput> IsolatedRunner::run(const slant_article_view& article, std::vector<double>& seconds) {
  const std::string request = encode_article(article);
  const size_t n = workers_.size();
  std::vector<PluginOutput> outputs(n);
  std::vector<FrameBuffer> buffers(n);
  std::vector<std::string> failure(n);  // empty while the worker is fine
  std::vector<bool> done(n, false);
  std::vector<Clock::time_point> started(n);
  seconds.assign(n, 0);
  const auto timeout = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(options_.timeout_seconds));

  for (size_t i = 0; i < n; ++i) {
    outputs[i].plugin = &workers_[i]->plugin();
    if (!workers_[i]->running()) {
      if (std::string why = workers_[i]->start(); !why.empty()) {
        failure[i] = "was not run on this article: its worker could not be restarted (" + why + ")";
        done[i] = true;
        continue;
      }
    }
    started[i] = Clock::now();
    if (!write_frame(workers_[i]->fd(), MessageType::analyse, request)) {
      failure[i] = "crashed before it took this article: its worker " + workers_[i]->stop(true);
      done[i] = true;
    }
  }

  std::vector<pollfd> fds;
  std::vector<size_t> index;
  char chunk[65536];
  for (;;) {
    fds.clear();
    index.clear();
    auto now = Clock::now();
    Clock::time_point first_deadline = Clock::time_point::max();
    for (size_t i = 0; i < n; ++i) {
      if (done[i]) continue;
      if (now >= started[i] + timeout) {
        workers_[i]->stop(true);
        failure[i] = "did not finish within " + seconds_text(options_.timeout_seconds) +
                     " s on this article (--plugin-timeout): its worker was killed and restarted";
        done[i] = true;
        seconds[i] = std::chrono::duration<double>(now - started[i]).count();
        continue;
      }
      first_deadline = std::min(first_deadline, started[i] + timeout);
      fds.push_back({workers_[i]->fd(), POLLIN, 0});
      index.push_back(i);
    }
    if (fds.empty()) break;
    auto wait_ms = std::chrono::duration_cast<std::chrono::milliseconds>(first_deadline - now).count() + 1;
    int r = ::poll(fds.data(), fds.size(), static_cast<int>(std::min<long long>(wait_ms, 1 << 30)));
    if (r < 0 && errno != EINTR) break;
    for (size_t k = 0; r > 0 && k < fds.size(); ++k) {
      if (!fds[k].revents) continue;
      size_t i = index[k];
      ssize_t got = ::read(fds[k].fd, chunk, sizeof chunk);
      if (got < 0 && errno == EINTR) continue;
      if (got <= 0) {
        failure[i] = "crashed on this article: its worker " + workers_[i]->stop(true) + "; it was restarted";
        done[i] = true;
        seconds[i] = std::chrono::duration<double>(Clock::now() - started[i]).count();
        continue;
      }
      buffers[i].feed(chunk, static_cast<size_t>(got));
      if (!buffers[i].complete()) continue;
      done[i] = true;
      seconds[i] = std::chrono::duration<double>(Clock::now() - started[i]).count();
      try {
        if (buffers[i].type() != MessageType::result) throw WireError("unexpected message from the worker");
        decode_output(buffers[i].payload(), outputs[i]);
      } catch (const std::exception& e) {
        failure[i] = std::string("sent back a broken result (") + e.what() + "): its worker was restarted";
        workers_[i]->stop(true);
      }
    }
  }

  for (size_t i = 0; i < n; ++i) {
    const std::string& id = workers_[i]->plugin().id;
    if (!done[i]) {  // poll() itself failed: the answer cannot be read
      failure[i] = std::string("could not be heard from (") + std::strerror(errno) + "): its worker was restarted";
      workers_[i]->stop(true);
    }
    if (!failure[i].empty()) {
      outputs[i] = PluginOutput{};
      outputs[i].plugin = &workers_[i]->plugin();
      outputs[i].ok = false;
      outputs[i].diagnostics.push_back(
          {Severity::error, id, failure[i] + " (its findings for this article are left out; the other plugins' stand)"});
      continue;
    }
    // A leak is contained by recycling the worker; the article's results are good.
    if (options_.memory_limit_mb && workers_[i]->running()) {
      size_t bytes = workers_[i]->resident_bytes();
      if (bytes > options_.memory_limit_mb * 1024 * 1024) {
        outputs[i].diagnostics.push_back(
            {Severity::warning, id,
             "its worker grew to " + std::to_string(bytes / (1024 * 1024)) + " MB (--plugin-memory-limit " +
                 std::to_string(options_.memory_limit_mb) + " MB) after this article: restarted"});
        workers_[i]->stop(true);
      }
    }
  }
  return outputs;
}

}  // namespace slant::isolate
