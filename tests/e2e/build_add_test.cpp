// build --add: a store built without some articles and RDF files, then given them (and a
// changed version of one) with --add, is the store a full build of the final files makes:
// the same quads in the export, the same answers.
#include <gtest/gtest.h>

#include <fstream>

#include "tests/e2e/command_runner.h"
#include "tests/e2e/generated_corpus.h"

namespace coopgraph::testing {
namespace {

namespace fs = std::filesystem;

constexpr const char* kGraphSizes =
    "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g";
constexpr const char* kCooperatives =
    "PREFIX cg: <https://w3id.org/coopgraph/ontology#> "
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
    "SELECT ?coop ?label (COUNT(?fact) AS ?facts) WHERE { ?coop a cg:Cooperative . "
    "OPTIONAL { ?coop rdfs:label ?label FILTER(langMatches(lang(?label), \"en\")) } "
    "OPTIONAL { ?fact cg:about ?coop } } GROUP BY ?coop ?label ORDER BY ?coop ?label";

void copy_into(const fs::path& file, const fs::path& folder) {
  fs::create_directories(folder);
  fs::copy_file(file, folder / file.filename());
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + 1))
    text.replace(at, from.size(), to);
  return text;
}

class BuildAddTest : public ::testing::Test {
 protected:
  void SetUp() override {
    write_generated_corpus(scratch_.path() / "generated", 1950, 12);
    std::vector<fs::path> articles;
    for (const fs::path& folder : {corpus_dir(), scratch_.path() / "generated"}) {
      for (const auto& entry : fs::recursive_directory_iterator(folder))
        if (entry.path().extension() == ".txt") articles.push_back(entry.path());
    }
    std::sort(articles.begin(), articles.end());
    ASSERT_GE(articles.size(), 15u);
    // Every third article, and the corpus article to be changed, come later with --add.
    for (std::size_t i = 0; i < articles.size(); ++i) {
      const bool later = i % 3 == 1 || articles[i].filename() == kChanged;
      copy_into(articles[i], scratch_.path() / (later ? "later" : "first"));
      copy_into(articles[i], scratch_.path() / "all");
    }
    write_file(scratch_.path() / "later" / "extra.ttl", kExtra);
    write_file(scratch_.path() / "later" / "broken.nt", "<http://example.org/s> oops .\n");
    // The changed version: same date, page and titles (so the same graph), other numbers.
    const std::string original = read_file(corpus_dir() / kChanged);
    const std::string changed = replaced(replaced(original, "34%", "29%"), "34％", "29％");
    ASSERT_NE(changed, original);
    fs::create_directories(scratch_.path() / "changed");
    write_file(scratch_.path() / "changed" / kChanged, changed);
    write_file(scratch_.path() / "all" / kChanged, changed);
    write_file(scratch_.path() / "all" / "extra.ttl", kExtra);
    write_file(scratch_.path() / "all" / "broken.nt", "<http://example.org/s> oops .\n");
  }
  void TearDown() override {
    for (const char* store : {"added.db", "full.db"})
      run(coopgraph("stop --store " + path(store)), scratch_);
  }
  std::string path(const std::string& name) const {
    return shell_quoted((scratch_.path() / name).string());
  }
  CommandResult build(const std::string& arguments) const {
    return run(coopgraph("build --jobs 2 " + arguments), scratch_);
  }
  std::vector<std::string> quads(const std::string& store) const {
    const CommandResult exported =
        run(coopgraph("export --format nquads --store " + path(store)), scratch_);
    EXPECT_EQ(exported.status, 0) << exported.err;
    return sorted_lines(exported.out);
  }
  std::string answer(const std::string& store, const std::string& sparql) const {
    const CommandResult answered =
        run(coopgraph("query --format csv --store " + path(store) + " " + shell_quoted(sparql)),
            scratch_);
    EXPECT_EQ(answered.status, 0) << answered.err;
    return answered.out;
  }

  static constexpr const char* kChanged = "001_256b4ad3e2a45884.txt";
  // An RDF file loaded beside the articles, as a graph of its own.
  static constexpr const char* kExtra =
      "<https://w3id.org/coopgraph/id/article/x> <http://example.org/note> \"extra\" .\n";
  TempDir scratch_;
};

TEST_F(BuildAddTest, AddingAndReplacingGivesTheStoreOfAFullBuild) {
  ASSERT_EQ(build("--store " + path("added.db") + " " + path("first")).status, 0);
  const CommandResult added = build("--add --store " + path("added.db") + " " + path("later"));
  // The broken file is reported with its line and skipped; the others are added.
  EXPECT_EQ(added.status, 3) << added.err;
  EXPECT_NE(added.err.find("broken.nt"), std::string::npos) << added.err;
  EXPECT_NE(added.out.find("0 replacing"), std::string::npos) << added.out;
  const std::vector<std::string> before_change = quads("added.db");

  const CommandResult changed = build("--add --store " + path("added.db") + " " + path("changed"));
  EXPECT_EQ(changed.status, 0) << changed.err;
  EXPECT_NE(changed.out.find("1 articles, 1 replacing"), std::string::npos) << changed.out;

  EXPECT_EQ(build("--store " + path("full.db") + " " + path("all")).status, 3);
  const std::vector<std::string> full = quads("full.db");
  const std::vector<std::string> after_change = quads("added.db");
  EXPECT_GT(full.size(), 1000u);
  EXPECT_TRUE(after_change != before_change) << "the changed article changed nothing";
  ASSERT_EQ(after_change.size(), full.size());
  EXPECT_TRUE(after_change == full) << "--add and a full build made different stores";
  for (const char* sparql : {kGraphSizes, kCooperatives})
    EXPECT_EQ(answer("added.db", sparql), answer("full.db", sparql)) << sparql;
}

TEST_F(BuildAddTest, AddingToNoStoreIsAnError) {
  const CommandResult added = build("--add --store " + path("none.db") + " " + path("later"));
  EXPECT_EQ(added.status, 1);
  EXPECT_NE(added.err.find("coopgraph build"), std::string::npos) << added.err;
  EXPECT_FALSE(fs::exists(scratch_.path() / "none.db"));
}

}  // namespace
}  // namespace coopgraph::testing
