#include "graph/iris.h"

#include <gtest/gtest.h>

#include "extract/article/article_reader.h"
#include "tests/test_support.h"

namespace coopgraph::graph {
namespace {

TEST(IrisTest, ArticleIrisAreReadableAndStable) {
  const auto path = coopgraph::testing::corpus_dir() / "000_4b03183e8eb21113.txt";
  const extract::Article article = extract::read_article(path);
  const IriMinter iris("https://w3id.org/coopgraph/id/");
  const std::string iri = iris.article(article);
  EXPECT_TRUE(iri.starts_with("https://w3id.org/coopgraph/id/article/1954-11-20-p2-")) << iri;
  // The file's name and place do not matter, only the article.
  extract::Article moved = article;
  moved.path = "/elsewhere/renamed.txt";
  EXPECT_EQ(iris.article(moved), iri);
  extract::Article other = article;
  other.english.title += " (continued)";
  EXPECT_NE(iris.article(other), iri);
}

TEST(IrisTest, BaseGetsItsSlash) {
  EXPECT_EQ(IriMinter("http://localhost:8080/id").base(), "http://localhost:8080/id/");
  EXPECT_EQ(IriMinter("http://x/id/").base(), "http://x/id/");
}

TEST(IrisTest, HashIsFnv1a) {
  EXPECT_EQ(stable_hash_hex(""), "cbf29ce484222325");
  EXPECT_EQ(stable_hash_hex("a"), "af63dc4c8601ec8c");
}

}  // namespace
}  // namespace coopgraph::graph
