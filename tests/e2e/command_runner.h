// Runs the built coopgraph binary (or any command) in a shell and collects what it printed.
#pragma once

#include <gtest/gtest.h>
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

// A test suite that shares one store built from the bundled corpus; the store lives in a
// temporary folder for the suite's lifetime.
template <typename Suite>
class CorpusStoreTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    scratch_ = new TempDir();
    store_ = (scratch_->path() / "graph.db").string();
    const CommandResult built = run(coopgraph("build --store " + shell_quoted(store_) + " " +
                                              shell_quoted(corpus_dir().string())),
                                    *scratch_);
    ASSERT_EQ(built.status, 0) << built.err;
  }
  static void TearDownTestSuite() {
    delete scratch_;
    scratch_ = nullptr;
  }
  static inline TempDir* scratch_ = nullptr;
  static inline std::string store_;
};

}  // namespace coopgraph::testing
