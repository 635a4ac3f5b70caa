// Every named query of queries/ runs on the bundled corpus and gives exactly its expected
// result, kept as CSV in tests/data/queries/NAME.csv (with the query's default parameters).
// When a change to the extractors changes a result on purpose, review the difference and
// update the file: `coopgraph query --named NAME --format csv > tests/data/queries/NAME.csv`.
#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "tests/e2e/command_runner.h"

namespace coopgraph::testing {
namespace {

class NamedQueryResultsTest : public CorpusStoreTest<NamedQueryResultsTest> {};

TEST_F(NamedQueryResultsTest, EveryNamedQueryGivesItsExpectedResult) {
  std::size_t checked = 0;
  for (const auto& entry : std::filesystem::directory_iterator(source_dir() / "queries")) {
    if (entry.path().extension() != ".rq") continue;
    const std::string name = entry.path().stem().string();
    const auto expected_file = test_data_dir() / "queries" / (name + ".csv");
    ASSERT_TRUE(std::filesystem::exists(expected_file)) << name << " has no expected result";
    // Not a speed test: under sanitizers on a busy machine a query can pass the default 30 s.
    const CommandResult result = run(coopgraph("query --timeout 600 --format csv --store " +
                                               shell_quoted(store_) + " --named " + name),
                                     *scratch_);
    ASSERT_EQ(result.status, 0) << name << ": " << result.err;
    EXPECT_EQ(result.out, read_file(expected_file)) << name;
    EXPECT_GT(std::count(result.out.begin(), result.out.end(), '\n'), 1)
        << name << " found nothing";
    ++checked;
  }
  EXPECT_GE(checked, 10u);
}

}  // namespace
}  // namespace coopgraph::testing
