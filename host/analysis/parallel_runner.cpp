#include "analysis/parallel_runner.hpp"

namespace slant {

ParallelRunner::ParallelRunner(unsigned threads, Work work, Deliver deliver, size_t batch_articles, size_t batch_bytes)
    : threads_(threads), work_(std::move(work)), deliver_(std::move(deliver)), batch_articles_(batch_articles),
      batch_bytes_(batch_bytes) {
  if (threads_ > 1)
    for (unsigned i = 0; i < threads_; ++i) workers_.emplace_back([this] { worker_loop(); });
}

ParallelRunner::~ParallelRunner() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  work_ready_.notify_all();
  for (auto& t : workers_) t.join();
}

void ParallelRunner::process(Batch& b) {
  b.out.resize(b.in.size());
  b.formatted.resize(b.in.size());
  for (size_t i = 0; i < b.in.size(); ++i) work_(std::move(b.in[i]), b.out[i], b.formatted[i]);
  b.in.clear();
}

void ParallelRunner::submit(Article&& article) {
  if (threads_ <= 1) {
    Report report;
    solo_formatted_.clear();  // keeps its capacity from one article to the next
    work_(std::move(article), report, solo_formatted_);
    deliver_(report, solo_formatted_);
    return;
  }
  if (!filling_) filling_ = std::make_unique<Batch>();
  filling_bytes_ += article.text.size();
  filling_->in.push_back(std::move(article));
  if (filling_->in.size() >= batch_articles_ || filling_bytes_ >= batch_bytes_) dispatch();
}

void ParallelRunner::dispatch() {
  if (!filling_ || filling_->in.empty()) return;
  std::shared_ptr<Batch> batch(filling_.release());
  filling_bytes_ = 0;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    queue_.push_back(batch);
    in_order_.push_back(batch);
  }
  work_ready_.notify_one();
  // Keep at most two batches a thread in flight: reading waits for analysis, not memory.
  deliver_ready(false);
  while (true) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (in_order_.size() < 2 * threads_) break;
    }
    deliver_ready(true);
  }
}

void ParallelRunner::deliver_ready(bool wait_for_front) {
  while (true) {
    std::shared_ptr<Batch> front;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      if (in_order_.empty()) return;
      if (wait_for_front) batch_done_.wait(lock, [&] { return in_order_.front()->done; });
      if (!in_order_.front()->done) return;
      front = in_order_.front();
      in_order_.pop_front();
    }
    for (size_t i = 0; i < front->out.size(); ++i) deliver_(front->out[i], front->formatted[i]);
    if (wait_for_front) return;
  }
}

void ParallelRunner::finish() {
  if (threads_ <= 1) return;
  dispatch();
  while (true) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (in_order_.empty()) return;
    }
    deliver_ready(true);
  }
}

void ParallelRunner::worker_loop() {
  while (true) {
    std::shared_ptr<Batch> batch;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      work_ready_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;
      batch = queue_.front();
      queue_.pop_front();
    }
    process(*batch);
    {
      std::lock_guard<std::mutex> lock(mutex_);
      batch->done = true;
    }
    batch_done_.notify_all();
  }
}

}  // namespace slant
