#include "graph/engine/engine_instance.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <thread>

#include "graph/engine/child_process.h"
#include "graph/engine/engine_database.h"
#include "graph/engine/engine_error.h"
#include "graph/engine/virtuoso_server.h"
#include "graph/http_client.h"

namespace coopgraph::graph::engine {
namespace fs = std::filesystem;
namespace {

constexpr auto kStartTimeout = std::chrono::seconds(150);

EngineFolder folder_of(const fs::path& store_folder) {
  return {store_folder / "virtuoso"};
}

// An exclusive flock on the instance lock file, released with its owner. A build replaces
// the whole store folder while it holds the old store's lock (stop_engine_while): a command
// that waited for that lock then holds a file no longer at the path, so it locks the new
// store's file instead, as the next command will.
class InstanceLock {
 public:
  explicit InstanceLock(const EngineFolder& folder) {
    const std::string path = folder.lock().string();
    while (true) {
      fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
      if (fd_ < 0) throw EngineError("cannot open " + path);
      while (::flock(fd_, LOCK_EX) != 0) {
        if (errno != EINTR) {
          ::close(fd_);
          throw EngineError("cannot lock " + path);
        }
      }
      struct stat locked {};
      struct stat named {};
      if (::fstat(fd_, &locked) == 0 && ::stat(path.c_str(), &named) == 0 &&
          locked.st_dev == named.st_dev && locked.st_ino == named.st_ino) {
        return;
      }
      ::close(fd_);
    }
  }
  InstanceLock(const InstanceLock&) = delete;
  InstanceLock& operator=(const InstanceLock&) = delete;
  ~InstanceLock() { ::close(fd_); }

 private:
  int fd_ = -1;
};

struct Instance {
  pid_t supervisor = 0;
  int port = 0;
  pid_t engine = 0;  // ended too, should the supervisor have been killed without it
};

Instance read_instance(const EngineFolder& folder) {
  Instance instance;
  std::ifstream in(folder.instance());
  in >> instance.supervisor >> instance.port >> instance.engine;
  if (!in) return {};
  return instance;
}

void write_instance(const EngineFolder& folder, const Instance& instance) {
  const fs::path partial = folder.instance().string() + ".partial";
  {
    std::ofstream out(partial, std::ios::trunc);
    out << instance.supervisor << " " << instance.port << " " << instance.engine << "\n";
    if (!out.flush()) throw EngineError("cannot write " + partial.string());
  }
  fs::rename(partial, folder.instance());
}

void touch(const fs::path& file) {
  const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
  if (fd >= 0) {
    ::futimens(fd, nullptr);
    ::close(fd);
  }
}

bool answers(int port) {
  HttpRequest request;
  request.url = "http://127.0.0.1:" + std::to_string(port) + "/sparql";
  request.form = {{"query", "ASK {}"}};
  request.accept = "application/sparql-results+xml";
  request.timeout = std::chrono::seconds(10);
  try {
    return post_form(request).status == 200;
  } catch (const GraphError&) {
    return false;
  }
}

std::chrono::seconds idle_for(const EngineFolder& folder) {
  struct stat info {};
  if (::stat(folder.activity().c_str(), &info) != 0) return std::chrono::seconds::max();
  return std::chrono::seconds(::time(nullptr) - info.st_mtim.tv_sec);
}

bool wait_gone(pid_t pid, std::chrono::seconds limit) {
  const auto deadline = std::chrono::steady_clock::now() + limit;
  while (process_alive(pid) && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  return !process_alive(pid);
}

// Ends a supervisor (which stops its engine); the lock must be held.
void end_instance(const EngineFolder& folder, const Instance& instance) {
  if (process_alive(instance.supervisor)) {
    ::kill(instance.supervisor, SIGTERM);
    if (!wait_gone(instance.supervisor, std::chrono::seconds(40)))
      ::kill(instance.supervisor, SIGKILL);
  }
  if (process_alive(instance.engine)) {
    ::kill(instance.engine, SIGTERM);
    if (!wait_gone(instance.engine, std::chrono::seconds(20))) ::kill(instance.engine, SIGKILL);
  }
  std::error_code ignored;
  fs::remove(folder.instance(), ignored);
}

std::string read_text(const fs::path& file) {
  std::ifstream in(file);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

EngineEndpoint ensure_engine(const fs::path& store_folder, const EngineSettings& settings) {
  if (!has_engine_database(store_folder)) {
    throw EngineError("the store '" + store_folder.string() +
                      "' has no engine database (built by an older coopgraph, or not built): "
                      "run 'coopgraph build' again");
  }
  require_engine_installed();
  const EngineFolder folder = folder_of(store_folder);
  const EngineEndpoint endpoint{"", engine_dataset(store_folder)};
  const InstanceLock lock(folder);
  touch(folder.activity());
  const Instance running = read_instance(folder);
  // Both processes alive is enough: the supervisor ends when its engine dies, and asking the
  // engine first would cost every query a round trip.
  if (running.port != 0 && process_alive(running.supervisor) && process_alive(running.engine)) {
    return {"http://127.0.0.1:" + std::to_string(running.port) + "/sparql", endpoint.dataset};
  }
  // A stale instance file, or a supervisor whose engine no longer answers.
  end_instance(folder, running);
  const fs::path log = folder.root / "supervisor.log";
  std::error_code ignored;
  fs::remove(log, ignored);
  std::vector<std::string> command = settings.supervisor_command;
  command.push_back("--store");
  command.push_back(fs::absolute(store_folder).lexically_normal().string());
  command.push_back("--idle");
  command.push_back(std::to_string(settings.idle.count()));
  ChildProcess supervisor(command, {{}, log, true});
  const auto deadline = std::chrono::steady_clock::now() + kStartTimeout;
  while (std::chrono::steady_clock::now() < deadline) {
    if (supervisor.poll()) {
      const std::string output = read_text(log);
      throw EngineError(output.empty()
                            ? "the SPARQL engine did not start; read " + folder.log().string()
                            : output);
    }
    const Instance started = read_instance(folder);
    if (started.supervisor == supervisor.pid() && started.port != 0) {
      supervisor.release();
      return {"http://127.0.0.1:" + std::to_string(started.port) + "/sparql", endpoint.dataset};
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  throw EngineError("the SPARQL engine did not start within 150 s; read " + folder.log().string());
}

bool engine_running(const fs::path& store_folder) {
  const Instance instance = read_instance(folder_of(store_folder));
  return instance.port != 0 && process_alive(instance.supervisor) && answers(instance.port);
}

bool stop_engine(const fs::path& store_folder) {
  bool was_running = false;
  stop_engine_while(store_folder, [&](bool running) { was_running = running; });
  return was_running;
}

void stop_engine_while(const fs::path& store_folder, const std::function<void(bool)>& action) {
  const EngineFolder folder = folder_of(store_folder);
  std::error_code error;
  if (!fs::exists(folder.root, error)) {
    action(false);
    return;
  }
  const InstanceLock lock(folder);
  const Instance instance = read_instance(folder);
  const bool was_running = process_alive(instance.supervisor);
  end_instance(folder, instance);
  action(was_running);
}

int supervise(const fs::path& store_folder, std::chrono::seconds idle) {
  const EngineFolder folder = folder_of(store_folder);
  // Signals are taken synchronously (sigtimedwait), so no handler and no global flag.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  for (const int signal : {SIGTERM, SIGINT, SIGHUP})
    sigaddset(&stop_signals, signal);
  sigprocmask(SIG_BLOCK, &stop_signals, nullptr);
  // A serve worker that started us limits its own address space, not the engine's.
  rlimit memory{};
  if (::getrlimit(RLIMIT_AS, &memory) == 0 && memory.rlim_cur != memory.rlim_max) {
    memory.rlim_cur = memory.rlim_max;
    ::setrlimit(RLIMIT_AS, &memory);
  }
  VirtuosoServer server(folder);
  write_instance(folder, {::getpid(), server.http_port(), server.process().pid()});
  const timespec tick{1, 0};
  while (true) {
    if (sigtimedwait(&stop_signals, nullptr, &tick) > 0) break;
    if (server.process().poll()) {
      std::error_code ignored;
      fs::remove(folder.instance(), ignored);
      return 1;
    }
    if (idle_for(folder) >= idle) {
      // Under the lock, so that no command picks this instance up while it stops.
      const InstanceLock lock(folder);
      if (idle_for(folder) < idle) continue;
      std::error_code ignored;
      fs::remove(folder.instance(), ignored);
      server.process().terminate(std::chrono::seconds(20));
      return 0;
    }
  }
  // Stopped by a signal: the sender holds the lock and removes the instance file.
  server.process().terminate(std::chrono::seconds(20));
  return 0;
}

}  // namespace coopgraph::graph::engine
