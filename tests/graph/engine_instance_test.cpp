#include "graph/engine/engine_instance.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "tests/test_support.h"

namespace coopgraph::graph::engine {
namespace {
namespace fs = std::filesystem;

// A build swaps its new store in while it holds the old store's instance lock. A command
// that waited for that lock must then lock the new store's file, or it could start a second
// engine beside one that a later command starts on the new store.
TEST(EngineInstanceTest, ACommandThatWaitedThroughASwapLocksTheNewStore) {
  coopgraph::testing::TempDir dir;
  const fs::path store = dir.path() / "store";
  fs::create_directories(store / "virtuoso");
  std::atomic<bool> holding = false;
  std::thread build([&] {
    stop_engine_while(store, [&](bool was_running) {
      EXPECT_FALSE(was_running);
      holding = true;
      // Long enough for the other command to be waiting for the lock.
      std::this_thread::sleep_for(std::chrono::milliseconds(300));
      fs::rename(store, dir.path() / "store.previous");
      fs::create_directories(store / "virtuoso");
    });
  });
  while (!holding)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  EXPECT_FALSE(stop_engine(store));  // waits for the lock
  build.join();
  EXPECT_TRUE(fs::exists(store / "virtuoso" / "instance.lock"))
      << "the waiting command locked the old store's file, not the new one";
}

}  // namespace
}  // namespace coopgraph::graph::engine
