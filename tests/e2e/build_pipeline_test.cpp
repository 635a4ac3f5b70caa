// coopgraph build on several threads, and build --out: the same graph whatever the number
// of workers, and a file that says what the store says.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <vector>

#include "tests/e2e/command_runner.h"
#include "tests/e2e/generated_corpus.h"

namespace coopgraph::testing {
namespace {

// The bundled corpus, the unseen articles and a generated corpus big enough that workers
// finish out of order.
class BuildPipelineTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    scratch_ = new TempDir();
    const auto generated = scratch_->path() / "generated";
    write_generated_corpus(generated, 11, 60);
    inputs_ = shell_quoted(corpus_dir().string()) + " " +
              shell_quoted((test_data_dir() / "unseen").string()) + " " +
              shell_quoted(generated.string());
  }
  static void TearDownTestSuite() {
    stores_.clear();
    delete scratch_;
    scratch_ = nullptr;
  }
  static std::string path(const std::string& name) {
    return shell_quoted((scratch_->path() / name).string());
  }
  // The store built from the inputs with this many workers, built once for the suite: the
  // suite runs as one process (tests/CMakeLists.txt), and each of its tests reads one or both.
  static const CommandResult& store_built_with(int jobs, std::string* store) {
    *store = "jobs" + std::to_string(jobs) + ".db";
    auto built = stores_.find(jobs);
    if (built == stores_.end()) {
      built = stores_
                  .emplace(jobs, run(coopgraph("build --jobs " + std::to_string(jobs) +
                                               " --store " + path(*store) + " " + inputs_),
                                     *scratch_))
                  .first;
    }
    return built->second;
  }
  // Both through rapper, so that the two writers' ways of escaping do not matter.
  static std::vector<std::string> canonical_quads(const std::string& file) {
    const CommandResult read = run("rapper -q -i nquads -o nquads " + path(file), *scratch_);
    EXPECT_EQ(read.status, 0) << read.err;
    return lines_of(read.out);
  }
  static inline TempDir* scratch_ = nullptr;
  static inline std::string inputs_;
  static inline std::map<int, CommandResult> stores_;
};

std::string triple_of(const std::string& quad) {
  // The graph is the last IRI on the line; no blank nodes are written.
  return quad.substr(0, quad.rfind(" <"));
}

std::string graph_of(const std::string& quad) {
  const std::size_t start = quad.rfind(" <") + 2;
  return quad.substr(start, quad.rfind('>') - start);
}

TEST_F(BuildPipelineTest, OneAndTwoWorkersBuildTheSameGraph) {
  std::string one_db, two_db;
  ASSERT_EQ(store_built_with(1, &one_db).status, 0) << store_built_with(1, &one_db).err;
  ASSERT_EQ(store_built_with(2, &two_db).status, 0) << store_built_with(2, &two_db).err;
  const CommandResult one =
      run(coopgraph("export --format nquads --store " + path(one_db)) + " | sort", *scratch_);
  const CommandResult two =
      run(coopgraph("export --format nquads --store " + path(two_db)) + " | sort", *scratch_);
  ASSERT_EQ(one.status, 0) << one.err;
  EXPECT_GT(one.out.size(), 100000u);
  EXPECT_TRUE(one.out == two.out) << "the graphs differ";
}

// The store keeps a statement once, in the graph whose IRI sorts first of those that make it;
// the file has it in every article's graph. Keeping that one of each in the file must give
// the store's quads exactly.
TEST_F(BuildPipelineTest, OutNQuadsSaysWhatTheStoreSays) {
  std::string store;
  ASSERT_EQ(store_built_with(2, &store).status, 0) << store_built_with(2, &store).err;
  const CommandResult exported =
      run(coopgraph("export --format nquads -o " + path("store.nq") + " --store " + path(store)),
          *scratch_);
  ASSERT_EQ(exported.status, 0) << exported.err;
  const CommandResult built =
      run(coopgraph("build --jobs 2 --out " + path("out.nq") + " " + inputs_), *scratch_);
  ASSERT_EQ(built.status, 0) << built.err;
  EXPECT_FALSE(std::filesystem::exists(scratch_->path() / "out.nq.partial"));

  std::map<std::string, std::string> first_graph_of;  // triple → its quad in the first graph
  const std::vector<std::string> written = canonical_quads("out.nq");
  for (const std::string& quad : written) {
    auto [kept, added] = first_graph_of.try_emplace(triple_of(quad), quad);
    if (!added && graph_of(quad) < graph_of(kept->second)) kept->second = quad;
  }
  std::vector<std::string> first_of_each;
  for (const auto& [triple, quad] : first_graph_of)
    first_of_each.push_back(quad);
  std::vector<std::string> stored = canonical_quads("store.nq");
  std::sort(first_of_each.begin(), first_of_each.end());
  std::sort(stored.begin(), stored.end());
  EXPECT_GT(written.size(), stored.size());  // shared places are in several graphs
  ASSERT_EQ(first_of_each.size(), stored.size());
  EXPECT_TRUE(first_of_each == stored) << "the file and the store differ";
}

TEST_F(BuildPipelineTest, OutNTriplesHoldsTheStoresTriples) {
  ASSERT_EQ(
      run(coopgraph("build --jobs 2 --out " + path("out.nt") + " " + inputs_), *scratch_).status,
      0);
  std::string built;
  ASSERT_EQ(store_built_with(1, &built).status, 0) << store_built_with(1, &built).err;
  const CommandResult file =
      run("rapper -q -i ntriples -o ntriples " + path("out.nt") + " | sort -u", *scratch_);
  const CommandResult store =
      run(coopgraph("export --format ntriples --store " + path(built)) +
              " | rapper -q -i ntriples -o ntriples - http://example.org/ | sort -u",
          *scratch_);
  ASSERT_EQ(file.status, 0) << file.err;
  EXPECT_TRUE(file.out == store.out) << "the triples differ";
}

TEST_F(BuildPipelineTest, AFailedOutLeavesNoFile) {
  // Its own file name: the suite's folder already holds the out.nq of another test.
  const CommandResult built = run(coopgraph("build --out " + path("failed.nq") + " --data " +
                                            path("no-such-data") + " " + inputs_),
                                  *scratch_);
  EXPECT_EQ(built.status, 1);
  EXPECT_FALSE(std::filesystem::exists(scratch_->path() / "failed.nq"));
  EXPECT_FALSE(std::filesystem::exists(scratch_->path() / "failed.nq.partial"));
}

TEST_F(BuildPipelineTest, OutNeedsAFormatItCanTell) {
  const CommandResult built =
      run(coopgraph("build --out " + path("graph.rdf") + " " + inputs_), *scratch_);
  EXPECT_EQ(built.status, 1);
  EXPECT_NE(built.err.find("--format"), std::string::npos) << built.err;
  EXPECT_FALSE(std::filesystem::exists(scratch_->path() / "graph.rdf"));
}

}  // namespace
}  // namespace coopgraph::testing
