// Starts `coopgraph serve` on a free loopback port for a test, and stops it afterwards.
#pragma once

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "tests/e2e/command_runner.h"

extern char** environ;

namespace coopgraph::testing {

class ServerProcess {
 public:
  // arguments: what follows `coopgraph serve --port 0`.
  ServerProcess(const std::vector<std::string>& arguments, const TempDir& scratch)
      : out_path_(scratch.path() / "serve.out"), err_path_(scratch.path() / "serve.err") {
    std::vector<std::string> argv{COOPGRAPH_BINARY, "serve", "--port", "0"};
    argv.insert(argv.end(), arguments.begin(), arguments.end());
    std::vector<char*> pointers;
    for (std::string& argument : argv)
      pointers.push_back(argument.data());
    pointers.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out_path_.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err_path_.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int error = posix_spawn(&pid_, pointers[0], &actions, nullptr, pointers.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (error != 0) pid_ = 0;
    // Sanitizer builds start slowly; a generous bound, not a measure of speed.
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    while (pid_ > 0 && url_.empty() && std::chrono::steady_clock::now() < give_up) {
      const std::string printed = read_file(out_path_);
      const std::size_t at = printed.find(" at http://");
      if (at != std::string::npos) {
        url_ = printed.substr(at + 4, printed.find(' ', at + 4) - at - 4);
        break;
      }
      if (waitpid(pid_, nullptr, WNOHANG) == pid_) {
        pid_ = 0;
        break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  }
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;
  ~ServerProcess() {
    if (pid_ <= 0) return;
    kill(pid_, SIGTERM);
    for (int i = 0; i < 200; ++i) {
      if (waitpid(pid_, nullptr, WNOHANG) == pid_) return;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
  }

  // "http://127.0.0.1:PORT/", or empty when the server did not start.
  const std::string& url() const { return url_; }
  pid_t pid() const { return pid_; }
  std::string errors() const { return read_file(err_path_); }

 private:
  std::filesystem::path out_path_;
  std::filesystem::path err_path_;
  pid_t pid_ = 0;
  std::string url_;
};

struct HttpAnswer {
  int status = 0;
  std::string headers;
  std::string body;
};

// One request with curl; curl_arguments go before the URL.
inline HttpAnswer curl(const std::string& curl_arguments, const std::string& url,
                       const TempDir& scratch) {
  static int counter = 0;
  const std::string stem = (scratch.path() / ("curl" + std::to_string(++counter))).string();
  const CommandResult result = run("curl -s -g -o " + shell_quoted(stem + ".body") + " -D " +
                                       shell_quoted(stem + ".headers") + " -w '%{http_code}' " +
                                       curl_arguments + " " + shell_quoted(url),
                                   scratch);
  HttpAnswer answer;
  answer.status = std::atoi(result.out.c_str());
  answer.headers = read_file(stem + ".headers");
  answer.body = read_file(stem + ".body");
  return answer;
}

}  // namespace coopgraph::testing
