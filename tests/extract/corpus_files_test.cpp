#include "extract/article/corpus_files.h"

#include <gtest/gtest.h>

#include "tests/test_support.h"

namespace coopgraph::extract {
namespace {

using coopgraph::testing::TempDir;
using coopgraph::testing::write_file;

TEST(CorpusFilesTest, ListsTextFilesOfFoldersRecursivelyInOrder) {
  TempDir dir;
  std::filesystem::create_directories(dir.path() / "1955");
  write_file(dir.path() / "b.txt", "x");
  write_file(dir.path() / "a.txt", "x");
  write_file(dir.path() / "notes.md", "x");
  write_file(dir.path() / "1955" / "c.txt", "x");
  const CorpusFiles corpus = collect_corpus_files({dir.path()});
  ASSERT_EQ(corpus.files.size(), 3u);
  EXPECT_EQ(corpus.files[0].filename(), "c.txt");
  EXPECT_EQ(corpus.files[1].filename(), "a.txt");
  EXPECT_EQ(corpus.files[2].filename(), "b.txt");
  EXPECT_TRUE(corpus.problems.empty());
}

TEST(CorpusFilesTest, TakesNamedFilesWhateverTheirNameAndReportsMissingOnes) {
  TempDir dir;
  write_file(dir.path() / "article.text", "x");
  const CorpusFiles corpus =
      collect_corpus_files({dir.path() / "article.text", dir.path() / "missing.txt"});
  ASSERT_EQ(corpus.files.size(), 1u);
  ASSERT_EQ(corpus.problems.size(), 1u);
  EXPECT_NE(corpus.problems[0].find("missing.txt: no such file"), std::string::npos);
}

TEST(CorpusFilesTest, ListsRdfFilesApartWithTheNameTheyAreKnownBy) {
  TempDir dir;
  std::filesystem::create_directories(dir.path() / "in" / "more");
  write_file(dir.path() / "in" / "a.txt", "x");
  write_file(dir.path() / "in" / "z.ttl", "x");
  write_file(dir.path() / "in" / "more" / "b.nq", "x");
  write_file(dir.path() / "in" / "c.rdf", "x");  // not one of the RDF files build loads
  write_file(dir.path() / "named.nt", "x");
  const CorpusFiles corpus = collect_corpus_files({dir.path() / "in", dir.path() / "named.nt"});
  ASSERT_EQ(corpus.files.size(), 1u);
  ASSERT_EQ(corpus.data_files.size(), 3u);
  EXPECT_EQ(corpus.data_files[0].name, "more/b.nq");
  EXPECT_EQ(corpus.data_files[1].name, "z.ttl");
  EXPECT_EQ(corpus.data_files[2].name, "named.nt");
  EXPECT_EQ(corpus.data_files[2].path, dir.path() / "named.nt");
}

}  // namespace
}  // namespace coopgraph::extract
