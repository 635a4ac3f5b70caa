// Runs the built coopgraph binary (or any command) in a shell and collects what it printed.
#pragma once

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

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

// Engines that a test fails to stop stop by themselves soon (TempDir stops the others).
inline std::string coopgraph(const std::string& arguments) {
  return "env COOPGRAPH_ENGINE_IDLE=300 " + shell_quoted(COOPGRAPH_BINARY) + " " + arguments;
}

// The lines of a text, without their line ends.
inline std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    lines.push_back(line);
  return lines;
}

// The lines sorted, for answers and exports whose order does not matter.
inline std::vector<std::string> sorted_lines(const std::string& text) {
  std::vector<std::string> lines = lines_of(text);
  std::sort(lines.begin(), lines.end());
  return lines;
}

// The store's triples as sorted N-Triples: equal exports mean equal stores.
inline std::string sorted_ntriples(const std::string& store, const TempDir& scratch) {
  const CommandResult exported =
      run(coopgraph("export --format ntriples --store " + shell_quoted(store)), scratch);
  EXPECT_EQ(exported.status, 0) << exported.err;
  std::string sorted;
  for (const std::string& line : sorted_lines(exported.out))
    sorted += line + "\n";
  return sorted;
}

// The number of articles in a store, as the CSV answer of a COUNT query.
inline CommandResult count_articles(const std::string& store, const TempDir& scratch) {
  return run(coopgraph("query --format csv --store " + shell_quoted(store) +
                       " 'SELECT (COUNT(?a) AS ?n) WHERE { ?a a "
                       "<https://w3id.org/coopgraph/ontology#Article> }'"),
             scratch);
}

// A store of the bundled corpus at `store`, for tests that need one but do not test the
// build itself. CTest builds it once per run (the fixture corpus_store, whose folder
// $COOPGRAPH_TEST_CORPUS_STORE names) and each test copies it: a build under the sanitizers
// costs many seconds, a copy a fraction of one, and a copied store is a store (its engine
// is set up for its new folder when it starts). The fixture's folder is never used in place,
// so that tests running at once share nothing. Without the fixture (the test binary run by
// hand) the store is built here.
inline CommandResult make_corpus_store(const std::string& store, const TempDir& scratch) {
  const char* prebuilt = std::getenv("COOPGRAPH_TEST_CORPUS_STORE");
  if (prebuilt == nullptr || *prebuilt == '\0') {
    return run(coopgraph("build --store " + shell_quoted(store) + " " +
                         shell_quoted(corpus_dir().string())),
               scratch);
  }
  std::error_code error;
  if (!std::filesystem::is_directory(prebuilt, error)) {
    return {1, "", std::string("no prebuilt corpus store at ") + prebuilt};
  }
  std::filesystem::copy(prebuilt, store, std::filesystem::copy_options::recursive, error);
  if (error) return {1, "", "cannot copy " + std::string(prebuilt) + ": " + error.message()};
  return {0, "", ""};
}

// A test suite that shares one store of the bundled corpus; the store lives in a temporary
// folder for the suite's lifetime.
template <typename Suite>
class CorpusStoreTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    scratch_ = new TempDir();
    store_ = (scratch_->path() / "graph.db").string();
    const CommandResult made = make_corpus_store(store_, *scratch_);
    ASSERT_EQ(made.status, 0) << made.err;
  }
  static void TearDownTestSuite() {
    delete scratch_;
    scratch_ = nullptr;
  }
  static inline TempDir* scratch_ = nullptr;
  static inline std::string store_;
};

// A test suite that shares one store built from Turtle of its own (Suite::kData, written to
// a .ttl file that `build` loads as a graph), and the store's engine, stopped at the end.
template <typename Suite>
class TurtleStoreTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    scratch_ = new TempDir();
    const auto input = scratch_->path() / "data.ttl";
    std::ofstream(input, std::ios::binary) << Suite::kData;
    store_ = (scratch_->path() / "graph.db").string();
    built_ =
        run(coopgraph("build --store " + shell_quoted(store_) + " " + shell_quoted(input.string())),
            *scratch_)
            .status;
  }
  static void TearDownTestSuite() {
    run(coopgraph("stop --store " + shell_quoted(store_)), *scratch_);
    delete scratch_;
    scratch_ = nullptr;
  }
  static CommandResult query_tsv(const std::string& sparql) {
    return run(coopgraph("query --format tsv --store " + shell_quoted(store_) + " " +
                         shell_quoted(sparql)),
               *scratch_);
  }
  static inline TempDir* scratch_ = nullptr;
  static inline int built_ = -1;  // the build's exit status
  static inline std::string store_;
};

}  // namespace coopgraph::testing
