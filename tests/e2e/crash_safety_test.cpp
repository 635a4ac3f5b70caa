// Kills `coopgraph build` with SIGKILL at seeded random moments and checks after each kill
// that the store built before is still there, unchanged and queryable, and that a later
// build succeeds and clears what the killed ones left behind. The moments are spread over the
// time one uninterrupted build takes on this machine, one in each of kKills equal slices of
// it, so that every stretch of the build (reading the data files, extracting, writing the
// store, the engine's load, the swap) is hit whatever the seed draws; nothing is asserted
// about speed.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <random>
#include <regex>
#include <thread>

#include "tests/e2e/command_runner.h"
#include "tests/test_support.h"

extern char** environ;

namespace {

using coopgraph::testing::CommandResult;
using coopgraph::testing::coopgraph;
using coopgraph::testing::corpus_dir;
using coopgraph::testing::count_articles;
using coopgraph::testing::make_corpus_store;
using coopgraph::testing::read_file;
using coopgraph::testing::run;
using coopgraph::testing::shell_quoted;
using coopgraph::testing::sorted_ntriples;
using coopgraph::testing::TempDir;
using coopgraph::testing::write_file;

constexpr int kCopies = 10;  // of each corpus file: 50 articles, a build of a second or more
constexpr int kKills = 6;

// Each copy of the corpus gets its own dates, so that every file is a distinct article.
void write_large_corpus(const std::filesystem::path& folder) {
  std::filesystem::create_directories(folder);
  const std::regex date(R"(\b19\d\d-\d\d-\d\d\b)");
  for (const auto& entry : std::filesystem::directory_iterator(corpus_dir())) {
    const std::string text = read_file(entry.path());
    for (int copy = 0; copy < kCopies; ++copy) {
      char day[16];
      std::snprintf(day, sizeof day, "1951-%02d-%02d", 1 + copy / 28, 1 + copy % 28);
      write_file(folder / (std::to_string(copy) + "_" + entry.path().filename().string()),
                 std::regex_replace(text, date, day));
    }
  }
}

// Starts the build as a child process of the test, so that it can be killed at any moment.
pid_t start_build(const std::filesystem::path& corpus, const std::filesystem::path& store,
                  const std::filesystem::path& log) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_adddup2(&actions, 1, 2);
  std::string binary = COOPGRAPH_BINARY;
  std::string command = "build";
  std::string corpus_arg = corpus.string();
  std::string store_option = "--store";
  std::string store_arg = store.string();
  char* argv[] = {binary.data(),       command.data(),   corpus_arg.data(),
                  store_option.data(), store_arg.data(), nullptr};
  pid_t pid = -1;
  const int failed = posix_spawn(&pid, binary.c_str(), &actions, nullptr, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  return failed == 0 ? pid : -1;
}

std::string article_count(const std::string& store, const TempDir& scratch) {
  const CommandResult counted = count_articles(store, scratch);
  EXPECT_EQ(counted.status, 0) << counted.err;
  return counted.out;
}

TEST(CrashSafetyTest, AKilledBuildLeavesThePreviousStoreAndTheNextBuildRecovers) {
  TempDir scratch;
  const auto large = scratch.path() / "large";
  write_large_corpus(large);
  const std::string store = (scratch.path() / "graph.db").string();
  const std::string building = store + ".building";
  const std::string previous = store + ".previous";

  // The store that must survive: the small corpus.
  const CommandResult made = make_corpus_store(store, scratch);
  ASSERT_EQ(made.status, 0) << made.err;
  const std::string before = sorted_ntriples(store, scratch);
  ASSERT_FALSE(before.empty());
  EXPECT_EQ(article_count(store, scratch), "n\r\n5\r\n");

  // One full build of the large corpus elsewhere, to know the store it gives and how long
  // a build runs here (under sanitizers it is several times slower).
  const std::string reference = (scratch.path() / "reference.db").string();
  const auto started = std::chrono::steady_clock::now();
  const CommandResult full = run(
      coopgraph("build --store " + shell_quoted(reference) + " " + shell_quoted(large.string())),
      scratch);
  const auto build_time = std::chrono::steady_clock::now() - started;
  ASSERT_EQ(full.status, 0) << full.err;
  const std::string after = sorted_ntriples(reference, scratch);
  ASSERT_NE(after, before);

  std::mt19937 random(8);  // seeded: the same kill moments on every run
  const auto build_ms = std::chrono::duration_cast<std::chrono::milliseconds>(build_time).count();
  // Up to the end of the build as measured: a later build may run faster than this one, and
  // a kill after the swap tests less.
  const long span_ms = std::max<long>(kKills, build_ms * 95 / 100);
  int killed_while_building = 0;
  int left_building = 0;
  int after_swap = 0;
  for (int kill_number = 0; kill_number < kKills; ++kill_number) {
    std::uniform_int_distribution<long> moment(span_ms * kill_number / kKills,
                                               span_ms * (kill_number + 1) / kKills - 1);
    const long delay_ms = moment(random);
    SCOPED_TRACE("kill " + std::to_string(kill_number) + " after " + std::to_string(delay_ms) +
                 " ms of a build that takes about " + std::to_string(build_ms) + " ms");
    const pid_t pid = start_build(large, store, scratch.path() / "killed.log");
    ASSERT_GT(pid, 0);
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
    ::kill(pid, SIGKILL);
    int status = 0;
    ASSERT_EQ(::waitpid(pid, &status, 0), pid);
    const bool was_killed = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
    killed_while_building += was_killed ? 1 : 0;
    left_building += std::filesystem::exists(building) ? 1 : 0;

    // A kill before the swap leaves the old store, one after it the new one; never anything
    // else, and the store answers queries either way.
    const std::string now = sorted_ntriples(store, scratch);
    if (now == before) {
      EXPECT_EQ(article_count(store, scratch), "n\r\n5\r\n");
    } else {
      EXPECT_EQ(now, after) << "the store is neither the old one nor the new one";
      ++after_swap;
      EXPECT_EQ(article_count(store, scratch), "n\r\n50\r\n");
      // Put the old store back for the next round.
      ASSERT_EQ(run(coopgraph("build --store " + shell_quoted(store) + " " +
                              shell_quoted(corpus_dir().string())),
                    scratch)
                    .status,
                0);
      ASSERT_EQ(sorted_ntriples(store, scratch), before);
    }
  }
  std::cout << "[ kills    ] " << killed_while_building << " of " << kKills
            << " kills hit a running build (of about " << build_ms << " ms); " << left_building
            << " left " << building << " behind; " << after_swap << " came after the swap\n";
  // Most kills must land inside the build, or the test tests nothing.
  EXPECT_GE(killed_while_building, kKills / 2);

  const CommandResult rebuilt =
      run(coopgraph("build --store " + shell_quoted(store) + " " + shell_quoted(large.string())),
          scratch);
  ASSERT_EQ(rebuilt.status, 0) << rebuilt.err;
  EXPECT_EQ(sorted_ntriples(store, scratch), after);
  EXPECT_FALSE(std::filesystem::exists(building));
  EXPECT_FALSE(std::filesystem::exists(previous));
}

TEST(CrashSafetyTest, AQueryRestoresAStoreWhoseSwapWasKilledBetweenItsRenames) {
  TempDir scratch;
  const std::string store = (scratch.path() / "graph.db").string();
  const CommandResult made = make_corpus_store(store, scratch);
  ASSERT_EQ(made.status, 0) << made.err;
  const std::string before = sorted_ntriples(store, scratch);
  // The state the first rename leaves: the old store under .previous, the complete new one
  // still under .building, nothing under the target.
  std::filesystem::rename(store, store + ".previous");
  std::filesystem::copy(store + ".previous", store + ".building");
  EXPECT_EQ(article_count(store, scratch), "n\r\n5\r\n");
  EXPECT_EQ(sorted_ntriples(store, scratch), before);
  EXPECT_FALSE(std::filesystem::exists(store + ".previous"));
  const CommandResult rebuilt = run(
      coopgraph("build --store " + shell_quoted(store) + " " + shell_quoted(corpus_dir().string())),
      scratch);
  ASSERT_EQ(rebuilt.status, 0) << rebuilt.err;
  EXPECT_FALSE(std::filesystem::exists(store + ".building"));
  EXPECT_EQ(sorted_ntriples(store, scratch), before);
}

}  // namespace
