#include "graph/engine/child_process.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <thread>
#include <utility>

#include "graph/engine/engine_error.h"

extern char** environ;

namespace coopgraph::graph::engine {
namespace {

// posix_spawn's attribute and file-action objects, destroyed with their owner.
class SpawnAttributes {
 public:
  SpawnAttributes() { posix_spawnattr_init(&attributes_); }
  ~SpawnAttributes() { posix_spawnattr_destroy(&attributes_); }
  SpawnAttributes(const SpawnAttributes&) = delete;
  SpawnAttributes& operator=(const SpawnAttributes&) = delete;
  posix_spawnattr_t* get() { return &attributes_; }

 private:
  posix_spawnattr_t attributes_;
};

class FileActions {
 public:
  FileActions() { posix_spawn_file_actions_init(&actions_); }
  ~FileActions() { posix_spawn_file_actions_destroy(&actions_); }
  FileActions(const FileActions&) = delete;
  FileActions& operator=(const FileActions&) = delete;
  posix_spawn_file_actions_t* get() { return &actions_; }

 private:
  posix_spawn_file_actions_t actions_;
};

int decode_status(int status) {
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return 1;
}

}  // namespace

// A zombie (ended, not yet reaped by its parent) counts as ended: an engine killed a moment
// ago stays one until its supervisor notices.
bool process_alive(pid_t pid) {
  if (pid <= 0 || (::kill(pid, 0) != 0 && errno != EPERM)) return false;
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string line;
  std::getline(stat, line);
  const std::size_t after_name = line.rfind(')');
  return after_name == std::string::npos || after_name + 2 >= line.size() ||
         line[after_name + 2] != 'Z';
}

namespace {

// The program's path, looked up on the PATH before fork: after it, only async-signal-safe
// calls may run.
std::string program_path(const std::string& program) {
  if (program.find('/') != std::string::npos) return program;
  const char* path = std::getenv("PATH");
  std::stringstream folders(path != nullptr ? path : "/usr/bin:/bin");
  for (std::string folder; std::getline(folders, folder, ':');) {
    const std::string candidate = folder + "/" + program;
    if (!folder.empty() && ::access(candidate.c_str(), X_OK) == 0) return candidate;
  }
  return program;
}

// fork and exec, for what posix_spawn cannot ask: the parent-death signal.
pid_t spawn_bound_to_parent(const std::vector<std::string>& argv, const SpawnOptions& options) {
  const std::string program = program_path(argv.front());
  std::vector<char*> args;
  for (const std::string& arg : argv)
    args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  const std::string output = options.output.empty() ? "/dev/null" : options.output.string();
  const std::string directory = options.working_directory.string();
  const pid_t parent = ::getpid();
  const pid_t pid = ::fork();
  if (pid != 0) return pid;
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (::getppid() != parent) ::_exit(127);  // the parent ended before prctl took effect
  sigset_t none;
  sigemptyset(&none);
  ::sigprocmask(SIG_SETMASK, &none, nullptr);
  const int in = ::open("/dev/null", O_RDONLY);
  const int out = ::open(output.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
  if (in < 0 || out < 0 || ::dup2(in, 0) < 0 || ::dup2(out, 1) < 0 || ::dup2(out, 2) < 0)
    ::_exit(127);
  if (!directory.empty() && ::chdir(directory.c_str()) != 0) ::_exit(127);
  if (options.new_session) ::setsid();
  ::execv(program.c_str(), args.data());
  ::_exit(127);
}

}  // namespace

ChildProcess::ChildProcess(const std::vector<std::string>& argv, const SpawnOptions& options) {
  if (options.die_with_parent) {
    pid_ = spawn_bound_to_parent(argv, options);
    if (pid_ < 0) throw EngineError("cannot start " + argv.front() + ": " + std::strerror(errno));
    return;
  }
  std::vector<char*> args;
  for (const std::string& arg : argv)
    args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  SpawnAttributes attributes;
  FileActions actions;
  const std::string output = options.output.empty() ? "/dev/null" : options.output.string();
  posix_spawn_file_actions_addopen(actions.get(), 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(actions.get(), 1, output.c_str(), O_WRONLY | O_CREAT | O_APPEND,
                                   0644);
  posix_spawn_file_actions_adddup2(actions.get(), 1, 2);
  const std::string directory = options.working_directory.string();
  if (!directory.empty()) posix_spawn_file_actions_addchdir_np(actions.get(), directory.c_str());
  // Signals we block or ignore must not stay blocked in the child.
  sigset_t none;
  sigemptyset(&none);
  posix_spawnattr_setsigmask(attributes.get(), &none);
  short flags = POSIX_SPAWN_SETSIGMASK;
  if (options.new_session) flags |= POSIX_SPAWN_SETSID;
  posix_spawnattr_setflags(attributes.get(), flags);
  const int error =
      posix_spawnp(&pid_, args[0], actions.get(), attributes.get(), args.data(), environ);
  if (error != 0) {
    pid_ = -1;
    throw EngineError("cannot start " + argv.front() + ": " + std::strerror(error));
  }
}

ChildProcess::ChildProcess(ChildProcess&& other) noexcept
    : pid_(std::exchange(other.pid_, -1)), status_(other.status_) {}

ChildProcess::~ChildProcess() {
  if (pid_ > 0 && !status_) terminate(std::chrono::seconds(10));
}

std::optional<int> ChildProcess::poll() {
  if (status_ || pid_ <= 0) return status_;
  int status = 0;
  const pid_t done = ::waitpid(pid_, &status, WNOHANG);
  if (done == pid_) status_ = decode_status(status);
  if (done < 0) status_ = 1;  // not our child any more
  return status_;
}

int ChildProcess::wait() {
  if (status_ || pid_ <= 0) return status_.value_or(0);
  int status = 0;
  while (::waitpid(pid_, &status, 0) < 0) {
    if (errno != EINTR) {
      status_ = 1;
      return *status_;
    }
  }
  status_ = decode_status(status);
  return *status_;
}

void ChildProcess::terminate(std::chrono::milliseconds grace) {
  if (pid_ <= 0 || poll()) return;
  ::kill(pid_, SIGTERM);
  const auto deadline = std::chrono::steady_clock::now() + grace;
  while (!poll() && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  if (!poll()) {
    ::kill(pid_, SIGKILL);
    wait();
  }
}

std::pair<int, std::string> run_program(const std::vector<std::string>& argv,
                                        const std::filesystem::path& output_file) {
  std::error_code ignored;
  std::filesystem::remove(output_file, ignored);
  ChildProcess child(argv, {{}, output_file, false});
  const int status = child.wait();
  std::ifstream in(output_file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return {status, text.str()};
}

}  // namespace coopgraph::graph::engine
