#include <gtest/gtest.h>

#include "bench/generator/corpus_writer.h"
#include "bench/generator/number_forms.h"
#include "extract/article/article_reader.h"
#include "extract/article/corpus_files.h"
#include "extract/article_facts.h"
#include "extract/numbers/chinese_numbers.h"
#include "extract/resources.h"
#include "tests/test_support.h"

namespace coopgraph::bench {
namespace {

using coopgraph::testing::read_file;
using coopgraph::testing::TempDir;

const GeneratorSources& sources() {
  static const GeneratorSources loaded =
      GeneratorSources::load(extract::default_data_dir(), COOPGRAPH_BENCH_DATA_DIR);
  return loaded;
}

TEST(NumberFormsTest, ChineseNumeralsReadBackToTheirValue) {
  const auto resources = extract::ExtractionResources::load(extract::default_data_dir());
  for (std::uint64_t value : {15ULL, 94ULL, 287ULL, 1050ULL, 14600ULL, 23000000ULL, 105000000000ULL,
                              930000000ULL, 100000001ULL}) {
    const std::string text = chinese_numeral(value);
    const auto found = resources->chinese_numbers.scan(text);
    ASSERT_EQ(found.size(), 1u) << text;
    EXPECT_FALSE(found[0].overflow) << text;
    EXPECT_EQ(found[0].low.to_string(), std::to_string(value)) << text;
  }
}

TEST(NumberFormsTest, WritesTheFormsTheArticlesUse) {
  EXPECT_EQ(chinese_numeral(23000000), "二千三百万");
  EXPECT_EQ(chinese_numeral(1050), "一千零五十");
  EXPECT_EQ(chinese_numeral(15), "十五");
  EXPECT_EQ(chinese_decimal_tenths(164), "十六点四");
  EXPECT_EQ(chinese_digits(1950), "一九五〇");
  EXPECT_EQ(full_width_digits(120), "１２０");
  EXPECT_EQ(digits_with_commas(1234567), "1,234,567");
  EXPECT_EQ(english_words(287), "two hundred and eighty-seven");
  EXPECT_EQ(english_words(14600), "fourteen thousand six hundred");
}

TEST(GeneratorTest, TheSameSeedWritesTheSameFiles) {
  TempDir first;
  TempDir second;
  TempDir other;
  write_corpus(sources(), 42, 30, first.path());
  write_corpus(sources(), 42, 30, second.path());
  write_corpus(sources(), 43, 30, other.path());
  bool any_differs = false;
  for (std::uint64_t index = 0; index < 30; ++index) {
    const std::string text = read_file(article_path(first.path(), index));
    ASSERT_FALSE(text.empty());
    EXPECT_EQ(text, read_file(article_path(second.path(), index))) << index;
    any_differs = any_differs || text != read_file(article_path(other.path(), index));
  }
  EXPECT_TRUE(any_differs);
}

TEST(GeneratorTest, SpreadsFilesOverFoldersOfAtMostAThousand) {
  EXPECT_EQ(article_path("out", 999).parent_path(), article_path("out", 0).parent_path());
  EXPECT_NE(article_path("out", 1000).parent_path(), article_path("out", 999).parent_path());
}

// A load generator, not an accuracy test: what matters is that every article reads and
// gives the extractors work, in both kinds of article.
TEST(GeneratorTest, EveryArticleReadsAndYieldsObservations) {
  TempDir corpus;
  const CorpusSummary summary = write_corpus(sources(), 7, 80, corpus.path());
  EXPECT_GT(summary.bilingual, 0u);
  EXPECT_LT(summary.bilingual, summary.articles);
  const auto resources = extract::ExtractionResources::load(extract::default_data_dir());
  const extract::CorpusFiles files = extract::collect_corpus_files({corpus.path()});
  ASSERT_EQ(files.files.size(), 80u);
  for (const auto& path : files.files) {
    auto result = extract::try_read_article(path);
    const auto* article = std::get_if<extract::Article>(&result);
    ASSERT_NE(article, nullptr) << std::get<extract::ArticleError>(result).what();
    EXPECT_TRUE(article->warnings.empty()) << path << ": " << article->warnings.front().message;
    const extract::ArticleFacts facts = extract::extract_facts(*article, *resources);
    EXPECT_FALSE(facts.observations.empty()) << path;
  }
}

}  // namespace
}  // namespace coopgraph::bench
