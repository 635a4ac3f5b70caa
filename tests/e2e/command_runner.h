// Runs the built coopgraph binary (or any command) in a shell and collects what it printed.
#pragma once

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <string>

#include "tests/test_support.h"

namespace coopgraph::testing {

struct CommandResult {
  int status;
  std::string out;
  std::string err;
};

inline std::string shell_quoted(const std::string& text) {
  std::string result = "'";
  for (char c : text)
    result += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return result + "'";
}

inline CommandResult run(const std::string& command, const TempDir& scratch) {
  const auto err_path = scratch.path() / "stderr.txt";
  const std::string full = command + " 2>" + shell_quoted(err_path.string());
  FILE* pipe = popen(full.c_str(), "r");
  if (pipe == nullptr) return {-1, "", "popen failed"};
  std::string out;
  std::array<char, 4096> buffer;
  while (std::size_t n = fread(buffer.data(), 1, buffer.size(), pipe))
    out.append(buffer.data(), n);
  const int status = pclose(pipe);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out, read_file(err_path)};
}

inline std::string coopgraph(const std::string& arguments) {
  return shell_quoted(COOPGRAPH_BINARY) + " " + arguments;
}

}  // namespace coopgraph::testing
