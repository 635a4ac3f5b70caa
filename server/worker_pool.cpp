#include "server/worker_pool.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

extern char** environ;

namespace coopgraph::server {
namespace {

std::pair<UniqueFd, UniqueFd> make_pipe() {
  int ends[2];
  if (::pipe2(ends, O_CLOEXEC) != 0) {
    throw std::runtime_error(std::string("cannot make a pipe: ") + std::strerror(errno));
  }
  return {UniqueFd(ends[0]), UniqueFd(ends[1])};
}

// posix_spawn's attributes: the worker starts with no signal blocked and SIGPIPE at its
// default, whatever the server's threads have set for themselves.
class SpawnAttributes {
 public:
  SpawnAttributes() {
    ::posix_spawnattr_init(&attributes_);
    sigset_t none;
    sigemptyset(&none);
    sigset_t defaults;
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGPIPE);
    ::posix_spawnattr_setsigmask(&attributes_, &none);
    ::posix_spawnattr_setsigdefault(&attributes_, &defaults);
    ::posix_spawnattr_setflags(&attributes_, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
  }
  ~SpawnAttributes() { ::posix_spawnattr_destroy(&attributes_); }
  SpawnAttributes(const SpawnAttributes&) = delete;
  SpawnAttributes& operator=(const SpawnAttributes&) = delete;
  posix_spawnattr_t* get() { return &attributes_; }

 private:
  posix_spawnattr_t attributes_;
};

// posix_spawn's C structures, freed on every path.
class SpawnActions {
 public:
  SpawnActions() { ::posix_spawn_file_actions_init(&actions_); }
  ~SpawnActions() { ::posix_spawn_file_actions_destroy(&actions_); }
  SpawnActions(const SpawnActions&) = delete;
  SpawnActions& operator=(const SpawnActions&) = delete;
  posix_spawn_file_actions_t* get() { return &actions_; }

 private:
  posix_spawn_file_actions_t actions_;
};

}  // namespace

WorkerPool::WorkerPool(WorkerPoolSettings settings) : settings_(std::move(settings)) {
  if (settings_.command.empty()) throw std::runtime_error("no worker command");
  workers_.resize(std::max<std::size_t>(settings_.size, 1));
  for (Worker& worker : workers_) {
    start(worker);
    const JobResult answer = exchange(worker, Job{JobKind::kPing, {}, {}}, std::chrono::minutes(2));
    if (answer.outcome != JobOutcome::kDone || answer.reply.status != 200) {
      const std::string reason =
          answer.outcome == JobOutcome::kDone ? answer.reply.body : answer.message;
      for (Worker& started : workers_)
        stop(started);
      throw std::runtime_error("the query worker did not start: " + reason);
    }
  }
}

WorkerPool::~WorkerPool() {
  for (Worker& worker : workers_)
    stop(worker);
}

void WorkerPool::start(Worker& worker) {
  auto [job_read, job_write] = make_pipe();
  auto [reply_read, reply_write] = make_pipe();
  SpawnActions actions;
  ::posix_spawn_file_actions_adddup2(actions.get(), job_read.get(), STDIN_FILENO);
  ::posix_spawn_file_actions_adddup2(actions.get(), reply_write.get(), STDOUT_FILENO);
  // Client sockets are open in this process; a worker that held them would keep
  // connections alive after the server closes them.
  ::posix_spawn_file_actions_addclosefrom_np(actions.get(), STDERR_FILENO + 1);
  std::vector<char*> argv;
  for (std::string& argument : settings_.command)
    argv.push_back(argument.data());
  argv.push_back(nullptr);
  SpawnAttributes attributes;
  pid_t pid = 0;
  const int error =
      ::posix_spawn(&pid, argv[0], actions.get(), attributes.get(), argv.data(), environ);
  if (error != 0) {
    throw std::runtime_error("cannot start the query worker '" + settings_.command[0] +
                             "': " + std::strerror(error));
  }
  worker.pid = pid;
  worker.to_worker = std::move(job_write);
  worker.from_worker = std::move(reply_read);
}

void WorkerPool::stop(Worker& worker) {
  worker.to_worker.reset();
  worker.from_worker.reset();
  if (worker.pid > 0) {
    ::kill(worker.pid, SIGKILL);
    while (::waitpid(worker.pid, nullptr, 0) < 0 && errno == EINTR) {
    }
  }
  worker.pid = 0;
}

JobResult WorkerPool::exchange(Worker& worker, const Job& job, std::chrono::milliseconds deadline) {
  const auto until = std::chrono::steady_clock::now() + deadline;
  if (!write_frame(worker.to_worker.get(), encode(job))) {
    stop(worker);
    return {JobOutcome::kWorkerFailed, {}, "the query worker has ended"};
  }
  FrameRead frame = read_frame(worker.from_worker.get(), settings_.max_reply_bytes, until);
  switch (frame.status) {
    case FrameStatus::kOk:
      if (auto reply = decode_reply(frame.bytes)) return {JobOutcome::kDone, std::move(*reply), {}};
      stop(worker);
      return {JobOutcome::kWorkerFailed, {}, "the query worker sent a malformed reply"};
    case FrameStatus::kTimedOut:
      stop(worker);
      return {JobOutcome::kTimedOut, {}, {}};
    case FrameStatus::kTooLarge:
      stop(worker);
      return {JobOutcome::kReplyTooLarge, {}, {}};
    case FrameStatus::kClosed:
    case FrameStatus::kError:
      break;
  }
  stop(worker);
  return {JobOutcome::kWorkerFailed, {}, "the query worker ended while answering"};
}

JobResult WorkerPool::run(const Job& job, std::chrono::milliseconds wait_for_worker,
                          std::chrono::milliseconds deadline) {
  Worker* chosen = nullptr;
  {
    std::unique_lock lock(mutex_);
    const auto free_worker = [&] {
      for (Worker& worker : workers_) {
        if (!worker.busy) {
          chosen = &worker;
          return true;
        }
      }
      return false;
    };
    if (!freed_.wait_for(lock, wait_for_worker, free_worker)) {
      return {JobOutcome::kBusy, {}, {}};
    }
    chosen->busy = true;
  }
  JobResult result;
  try {
    if (chosen->pid == 0) start(*chosen);
    result = exchange(*chosen, job, deadline);
  } catch (const std::exception& error) {
    result = {JobOutcome::kWorkerFailed, {}, error.what()};
  }
  {
    std::lock_guard lock(mutex_);
    chosen->busy = false;
  }
  freed_.notify_one();
  return result;
}

}  // namespace coopgraph::server
