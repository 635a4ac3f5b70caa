// A fixed number of query worker processes, each with its own read-only handle on the
// store. Redland cannot stop a running query and is not safe to share between threads,
// so every query runs in a worker: queries run in parallel, one slow query holds only its
// own worker, and a query past its deadline is ended by killing its worker, which is then
// started again. The pool bounds how many queries run at once.
#pragma once
#include <sys/types.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <vector>

#include "server/unique_fd.h"
#include "server/worker_protocol.h"

namespace coopgraph::server {

struct WorkerPoolSettings {
  std::vector<std::string> command;  // argv of a worker process; it speaks on stdin/stdout
  std::size_t size = 2;
  std::size_t max_reply_bytes = 256 * 1024 * 1024;
};

enum class JobOutcome {
  kDone,           // reply holds the worker's answer
  kBusy,           // every worker stayed busy for the whole wait
  kTimedOut,       // the job ran past its deadline; its worker was stopped
  kReplyTooLarge,  // the answer was longer than max_reply_bytes; its worker was stopped
  kWorkerFailed,   // the worker ended or could not start; message says why
};

struct JobResult {
  JobOutcome outcome;
  Reply reply;
  std::string message;
};

class WorkerPool {
 public:
  // Starts the workers and waits until each has answered a ping, so that a store that
  // cannot be opened is reported at start-up; throws std::runtime_error with the reason.
  explicit WorkerPool(WorkerPoolSettings settings);
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;
  ~WorkerPool();

  JobResult run(const Job& job, std::chrono::milliseconds wait_for_worker,
                std::chrono::milliseconds deadline);

  std::size_t size() const { return workers_.size(); }

 private:
  struct Worker {
    pid_t pid = 0;
    UniqueFd to_worker;
    UniqueFd from_worker;
    bool busy = false;
  };

  void start(Worker& worker);
  void stop(Worker& worker);
  JobResult exchange(Worker& worker, const Job& job, std::chrono::milliseconds deadline);

  WorkerPoolSettings settings_;
  std::vector<Worker> workers_;
  std::mutex mutex_;
  std::condition_variable freed_;
};

}  // namespace coopgraph::server
