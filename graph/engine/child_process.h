// A child process started with posix_spawn and owned: ended (SIGTERM, then SIGKILL) and
// reaped when its owner goes, unless released to run on alone.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace coopgraph::graph::engine {

struct SpawnOptions {
  std::filesystem::path working_directory;  // empty: ours
  std::filesystem::path output;  // standard output and error appended here; empty: /dev/null
  bool new_session = false;      // detached from our terminal and process group
  // Killed (SIGKILL) by the kernel when the thread that started it ends, however it ends:
  // an engine must not outlive a build or supervisor that was killed.
  bool die_with_parent = false;
};

class ChildProcess {
 public:
  // Throws EngineError naming the program when it cannot be started.
  ChildProcess(const std::vector<std::string>& argv, const SpawnOptions& options);
  ChildProcess(ChildProcess&& other) noexcept;
  ChildProcess& operator=(ChildProcess&&) = delete;
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;
  ~ChildProcess();

  pid_t pid() const { return pid_; }
  // The exit status once it has ended (reaping it), nullopt while it runs.
  std::optional<int> poll();
  // Waits for it to end; its exit status, or 128 + the signal that ended it.
  int wait();
  // SIGTERM, then SIGKILL after grace; reaps it.
  void terminate(std::chrono::milliseconds grace);
  // It runs on without us; we no longer end or reap it.
  void release() { pid_ = -1; }

 private:
  pid_t pid_ = -1;
  std::optional<int> status_;
};

// Runs a program to its end; its exit status and what it printed.
std::pair<int, std::string> run_program(const std::vector<std::string>& argv,
                                        const std::filesystem::path& output_file);

bool process_alive(pid_t pid);

}  // namespace coopgraph::graph::engine
