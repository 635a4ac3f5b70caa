// The dataset queries are sent with, from the excluded-graphs file a build wrote.
#include <gtest/gtest.h>

#include <fstream>

#include "graph/engine/engine_database.h"
#include "tests/test_support.h"

namespace coopgraph::graph::engine {
namespace {

EngineDataset dataset_from(const std::string& excluded_graphs) {
  coopgraph::testing::TempDir dir;
  std::filesystem::create_directories(dir.path() / "virtuoso");
  std::ofstream(dir.path() / "virtuoso" / "excluded-graphs") << excluded_graphs;
  return engine_dataset(dir.path());
}

TEST(EngineDatasetTest, TheDefaultGraphIsTheUnionOfAllButTheEnginesOwn) {
  const EngineDataset dataset = dataset_from("http://www.openlinksw.com/schemas/virtrdf#\n");
  EXPECT_EQ(dataset.default_graph, "");
  EXPECT_EQ(dataset.excluded_graphs,
            std::vector<std::string>{"http://www.openlinksw.com/schemas/virtrdf#"});
}

TEST(EngineDatasetTest, ADatabaseWithItsTriplesLoadedTwiceKeepsItsDefaultGraph) {
  const EngineDataset dataset = dataset_from(std::string(kLoadedTwiceGraph) +
                                             "\nhttp://www.openlinksw.com/schemas/virtrdf#\n\n");
  EXPECT_EQ(dataset.default_graph, kLoadedTwiceGraph);
  EXPECT_EQ(
      dataset.excluded_graphs,
      (std::vector<std::string>{kLoadedTwiceGraph, "http://www.openlinksw.com/schemas/virtrdf#"}));
}

}  // namespace
}  // namespace coopgraph::graph::engine
