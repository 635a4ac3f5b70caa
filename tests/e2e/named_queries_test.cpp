// Every named query of queries/ runs on the bundled corpus and gives exactly its expected
// result, kept as CSV in tests/data/queries/NAME.csv (with the query's default parameters).
// When a change to the extractors changes a result on purpose, review the difference and
// update the file: `coopgraph query --named NAME --format csv > tests/data/queries/NAME.csv`.
#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "tests/e2e/command_runner.h"
#include "tests/e2e/generated_corpus.h"

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

// Some named queries are written around Rasqal's costs (UNION blocks per measure instead of a
// regular expression, grouped UNION branches instead of OPTIONAL). On a generated corpus, with
// Chinese-only articles (no English title) and disagreements lacking either sentence, each
// must give the same rows as its plain form in tests/data/queries/plain/.
class NamedQueryFormsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    scratch_ = new TempDir();
    const auto generated = scratch_->path() / "generated";
    // Big enough for every query to find rows, small enough for the plain forms' OPTIONAL.
    write_generated_corpus(generated, 1950, 60);
    store_ = (scratch_->path() / "graph.db").string();
    const CommandResult built = run(
        coopgraph("build --store " + shell_quoted(store_) + " " + shell_quoted(generated.string())),
        *scratch_);
    ASSERT_EQ(built.status, 0) << built.err;
  }
  static void TearDownTestSuite() {
    delete scratch_;
    scratch_ = nullptr;
  }
  static CommandResult query(const std::string& arguments) {
    return run(coopgraph("query --timeout 600 --format csv --store " + shell_quoted(store_) + " " +
                         arguments),
               *scratch_);
  }
  static inline TempDir* scratch_ = nullptr;
  static inline std::string store_;
};

TEST_F(NamedQueryFormsTest, EveryFastFormGivesItsPlainFormsRows) {
  std::size_t checked = 0;
  for (const auto& entry :
       std::filesystem::directory_iterator(test_data_dir() / "queries" / "plain")) {
    const std::string name = entry.path().stem().string();
    const CommandResult named = query("--named " + name);
    ASSERT_EQ(named.status, 0) << name << ": " << named.err;
    const CommandResult plain = query("--file " + shell_quoted(entry.path().string()));
    ASSERT_EQ(plain.status, 0) << name << " (plain): " << plain.err;
    // Sorted, because rows whose sort keys tie may come in either order.
    const std::vector<std::string> rows = sorted_lines(named.out);
    EXPECT_GT(rows.size(), 10u) << name << " found too little to compare";
    EXPECT_EQ(rows, sorted_lines(plain.out)) << name;
    ++checked;
  }
  EXPECT_GE(checked, 5u);
}

}  // namespace
}  // namespace coopgraph::testing
