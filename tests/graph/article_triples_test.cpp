#include "graph/article_triples.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "extract/article/article_reader.h"
#include "graph/vocab.h"
#include "tests/test_support.h"

namespace coopgraph::graph {
namespace {

bool contains(const std::vector<Triple>& triples, const std::string& predicate,
              const Term& object) {
  return std::any_of(triples.begin(), triples.end(), [&](const Triple& triple) {
    return triple.predicate.value == predicate && triple.object == object;
  });
}

TEST(ArticleTriplesTest, DescribesTheArticleInBothLanguages) {
  const auto article =
      extract::read_article(coopgraph::testing::corpus_dir() / "001_256b4ad3e2a45884.txt");
  const IriMinter iris("https://w3id.org/coopgraph/id/");
  const auto triples = article_triples(article, iris);
  const Term subject = Term::iri(iris.article(article));
  for (const Triple& triple : triples)
    EXPECT_EQ(triple.subject, subject);
  EXPECT_TRUE(contains(triples, vocab::kRdfType, Term::iri(vocab::kArticle)));
  EXPECT_TRUE(contains(triples, vocab::kDctermsDate, Term::typed("1954-06-07", vocab::kXsdDate)));
  EXPECT_TRUE(contains(triples, vocab::kPage, Term::typed("2", vocab::kXsdInteger)));
  EXPECT_TRUE(contains(triples, vocab::kDctermsTitle,
                       Term::literal("湖北省重点整顿手工业生产合作社有成效", "zh")));
  EXPECT_TRUE(contains(triples, vocab::kAuthorName, Term::literal("Teng Chunfeng", "en")));
  EXPECT_TRUE(contains(triples, vocab::kAuthorName, Term::literal("滕春风", "zh")));
  EXPECT_TRUE(contains(triples, vocab::kByline, Term::literal("滕春风", "zh")));
  EXPECT_TRUE(contains(triples, vocab::kSourceFile, Term::literal("001_256b4ad3e2a45884.txt")));
  EXPECT_TRUE(contains(triples, vocab::kDctermsLanguage, Term::literal("en")));
  EXPECT_TRUE(contains(triples, vocab::kDctermsLanguage, Term::literal("zh")));
}

TEST(ArticleTriplesTest, LeavesOutWhatTheArticleLacks) {
  const auto article = extract::parse_article(
      "Title:\nDate: 1955-01-01\n\n<hr />\nOriginal:\n### 标题\n\n1955-01-01\n第2版()\n专栏：\n    "
      "正文。\n",
      "zh_only.txt");
  const auto triples = article_triples(article, IriMinter("https://x/id/"));
  EXPECT_FALSE(contains(triples, vocab::kDctermsLanguage, Term::literal("en")));
  EXPECT_TRUE(contains(triples, vocab::kDctermsLanguage, Term::literal("zh")));
  EXPECT_EQ(
      std::count_if(triples.begin(), triples.end(),
                    [](const Triple& t) { return t.predicate.value == vocab::kDctermsTitle; }),
      1);
}

}  // namespace
}  // namespace coopgraph::graph
