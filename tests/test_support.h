// Paths and helpers shared by the test suites.
#pragma once

#include <signal.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <thread>

namespace coopgraph::testing {

inline std::filesystem::path source_dir() {
  return COOPGRAPH_SOURCE_DIR;
}
inline std::filesystem::path corpus_dir() {
  return source_dir() / "corpus";
}
inline std::filesystem::path test_data_dir() {
  return source_dir() / "tests" / "data";
}

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

inline void write_file(const std::filesystem::path& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << content;
}

// A fresh folder under the system's temporary folder, removed with the object.
// Whether a process runs: a zombie (ended, not yet reaped by whoever adopted it) does not.
inline bool process_running(long pid) {
  if (pid <= 0 || ::kill(static_cast<pid_t>(pid), 0) != 0) return false;
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string line;
  std::getline(stat, line);
  const std::size_t after_name = line.rfind(')');
  return after_name == std::string::npos || after_name + 2 >= line.size() ||
         line[after_name + 2] != 'Z';
}

class TempDir {
 public:
  TempDir() {
    std::random_device random;
    path_ = std::filesystem::temp_directory_path() /
            ("coopgraph-test-" + std::to_string(random()) + std::to_string(random()));
    std::filesystem::create_directories(path_);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  ~TempDir() {
    stop_engines();
    std::error_code error;
    std::filesystem::remove_all(path_, error);
  }
  const std::filesystem::path& path() const { return path_; }

 private:
  // A store's engine (STORE/virtuoso/instance: supervisor pid, port, engine pid) would
  // otherwise run on until idle over deleted files: no test leaves one running.
  void stop_engines() const {
    std::error_code error;
    for (auto it = std::filesystem::recursive_directory_iterator(path_, error);
         !error && it != std::filesystem::recursive_directory_iterator(); it.increment(error)) {
      if (it->path().filename() != "instance" || it->path().parent_path().filename() != "virtuoso")
        continue;
      std::ifstream in(it->path());
      long supervisor = 0, port = 0, engine = 0;
      in >> supervisor >> port >> engine;
      for (const long pid : {supervisor, engine}) {
        if (pid <= 0) continue;
        ::kill(static_cast<pid_t>(pid), SIGTERM);
        for (int i = 0; i < 200 && process_running(pid); ++i)
          std::this_thread::sleep_for(std::chrono::milliseconds(50));
      }
    }
  }

  std::filesystem::path path_;
};

}  // namespace coopgraph::testing
