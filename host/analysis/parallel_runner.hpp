// Analyses articles on several threads while handing the results back in input order, with a
// bounded number of articles in flight (memory stays flat however long the input).
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "article/article.hpp"
#include "merge/report.hpp"

namespace slant {

class ParallelRunner {
 public:
  // Runs on a worker thread: analyse one article (and format it, if the caller wants).
  using Work = std::function<void(Article&& in, Report& out, std::string& formatted)>;
  // Runs on the calling thread, in input order.
  using Deliver = std::function<void(Report& report, std::string& formatted)>;

  // threads == 0 or 1: everything happens on the calling thread, in submit().
  ParallelRunner(unsigned threads, Work work, Deliver deliver, size_t batch_articles = 32, size_t batch_bytes = 1 << 20);
  ~ParallelRunner();
  ParallelRunner(const ParallelRunner&) = delete;
  ParallelRunner& operator=(const ParallelRunner&) = delete;

  void submit(Article&& article);
  // Processes what is pending and delivers every result; call once at the end.
  void finish();

 private:
  struct Batch {
    std::vector<Article> in;
    std::vector<Report> out;
    std::vector<std::string> formatted;
    bool done = false;
  };

  unsigned threads_;
  Work work_;
  Deliver deliver_;
  size_t batch_articles_, batch_bytes_;
  std::string solo_formatted_;  // one thread: the formatted report, reused
  std::unique_ptr<Batch> filling_;
  size_t filling_bytes_ = 0;

  std::mutex mutex_;
  std::condition_variable work_ready_, batch_done_;
  std::deque<std::shared_ptr<Batch>> queue_;     // waiting for a worker
  std::deque<std::shared_ptr<Batch>> in_order_;  // every batch not yet delivered, in input order
  bool stopping_ = false;
  std::vector<std::thread> workers_;

  void dispatch();
  void deliver_ready(bool wait_all);
  void worker_loop();
  void process(Batch& b);
};

}  // namespace slant
