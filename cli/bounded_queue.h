// The two hand-over points of the build pipeline, both of bounded size so that a corpus
// streams through with a fixed number of articles in memory: a FIFO queue from the reader
// to the workers, and a reorder window from the workers to the writer that releases items
// in sequence order (workers finish out of order; the output must not depend on it).
// Either can be cancelled, which wakes every waiting thread so that an error stops the run.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <utility>

namespace coopgraph::cli {

template <typename T>
class BoundedQueue {
 public:
  explicit BoundedQueue(std::size_t capacity) : capacity_(capacity == 0 ? 1 : capacity) {}

  // Waits while full; false when the queue was cancelled (the item is dropped).
  bool push(T item) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return cancelled_ || items_.size() < capacity_; });
    if (cancelled_) return false;
    items_.push_back(std::move(item));
    changed_.notify_all();
    return true;
  }

  // Waits while empty; nullopt once closed and drained, or cancelled.
  std::optional<T> pop() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return cancelled_ || closed_ || !items_.empty(); });
    if (cancelled_ || items_.empty()) return std::nullopt;
    T item = std::move(items_.front());
    items_.pop_front();
    changed_.notify_all();
    return item;
  }

  // No more pushes; pop drains what is left.
  void close() {
    std::lock_guard lock(mutex_);
    closed_ = true;
    changed_.notify_all();
  }

  void cancel() {
    std::lock_guard lock(mutex_);
    cancelled_ = true;
    changed_.notify_all();
  }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<T> items_;
  std::size_t capacity_;
  bool closed_ = false;
  bool cancelled_ = false;
};

template <typename T>
class ReorderWindow {
 public:
  // At most window items wait; a worker holding an item further ahead waits too. The item
  // the writer needs next is always admitted, so the window cannot deadlock.
  explicit ReorderWindow(std::size_t window) : window_(window == 0 ? 1 : window) {}

  // False when cancelled.
  bool put(std::size_t sequence, T item) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return cancelled_ || sequence < next_ + window_; });
    if (cancelled_) return false;
    ready_.emplace(sequence, std::move(item));
    changed_.notify_all();
    return true;
  }

  // The producer says how many items there are in all, once it knows.
  void finish(std::size_t total) {
    std::lock_guard lock(mutex_);
    total_ = total;
    changed_.notify_all();
  }

  // The item numbered next; nullopt when all have been taken, or on cancel.
  std::optional<T> take() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] {
      return cancelled_ || (total_ && next_ == *total_) ||
             (!ready_.empty() && ready_.begin()->first == next_);
    });
    if (cancelled_ || ready_.empty() || ready_.begin()->first != next_) return std::nullopt;
    T item = std::move(ready_.begin()->second);
    ready_.erase(ready_.begin());
    ++next_;
    changed_.notify_all();
    return item;
  }

  void cancel() {
    std::lock_guard lock(mutex_);
    cancelled_ = true;
    changed_.notify_all();
  }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  std::map<std::size_t, T> ready_;
  std::size_t window_;
  std::size_t next_ = 0;
  std::optional<std::size_t> total_;
  bool cancelled_ = false;
};

}  // namespace coopgraph::cli
