#include "graph/staged_store.h"

#include <gtest/gtest.h>

#include "graph/vocab.h"
#include "tests/test_support.h"

namespace coopgraph::graph {
namespace {

Triple article(int n) {
  return {Term::iri("https://example.org/article/" + std::to_string(n)), Term::iri(vocab::kRdfType),
          Term::iri(vocab::kArticle)};
}

void build(const std::filesystem::path& target, int articles) {
  StagedStore staged(target);
  for (int i = 0; i < articles; ++i)
    staged.store().add(article(i), "https://example.org/g");
  staged.commit();
}

TEST(StagedStoreTest, ReplacesTheOldStoreOnlyOnCommit) {
  coopgraph::testing::TempDir dir;
  const auto target = dir.path() / "graph.db";
  build(target, 2);
  EXPECT_EQ(open_built_store(target)->size(), 2u);
  {
    StagedStore abandoned(target);
    abandoned.store().add(article(7), "https://example.org/g");
    // Not committed: destroyed as a failed build would be.
  }
  EXPECT_EQ(open_built_store(target)->size(), 2u);
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "graph.db.building"));
  build(target, 3);
  EXPECT_EQ(open_built_store(target)->size(), 3u);
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "graph.db.previous"));
}

TEST(StagedStoreTest, RecoversFromASwapInterruptedBetweenItsRenames) {
  coopgraph::testing::TempDir dir;
  const auto target = dir.path() / "graph.db";
  build(target, 4);
  std::filesystem::rename(target, dir.path() / "graph.db.previous");
  EXPECT_EQ(open_built_store(target)->size(), 4u);
}

TEST(StagedStoreTest, RemovesTheLeftoversOfAKilledBuild) {
  coopgraph::testing::TempDir dir;
  const auto target = dir.path() / "graph.db";
  std::filesystem::create_directories(dir.path() / "graph.db.building");
  coopgraph::testing::write_file(dir.path() / "graph.db.building" / "junk", "x");
  build(target, 1);
  EXPECT_EQ(open_built_store(target)->size(), 1u);
}

TEST(StagedStoreTest, RemovesTheOldStoreThatASwapKilledAfterItsRenamesLeft) {
  coopgraph::testing::TempDir dir;
  const auto target = dir.path() / "graph.db";
  build(target, 2);
  std::filesystem::copy(target, dir.path() / "graph.db.previous");
  // Both in place: the target is the new store, and a build that fails still tidies up.
  EXPECT_EQ(open_built_store(target)->size(), 2u);
  { StagedStore abandoned(target); }
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "graph.db.previous"));
  EXPECT_EQ(open_built_store(target)->size(), 2u);
}

TEST(StagedStoreTest, ACommittedStoreIsOnDiskUnderTheTargetOnly) {
  coopgraph::testing::TempDir dir;
  const auto target = dir.path() / "graph.db/";  // a trailing slash names the same folder
  build(target, 2);
  build(target, 3);
  EXPECT_EQ(open_built_store(dir.path() / "graph.db")->size(), 3u);
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "graph.db.building"));
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "graph.db.previous"));
}

}  // namespace
}  // namespace coopgraph::graph
