// Articles with missing metadata are read, with a warning, not refused: no date (a
// periodical excerpt), no page number ("Page:" left empty), no title.
#include <gtest/gtest.h>

#include "extract/article/article_reader.h"
#include "extract/article_facts.h"
#include "tests/test_support.h"

namespace coopgraph::extract {
namespace {

struct MissingCase {
  std::string name;
  std::string content;
  bool dated;
  std::optional<int> page;
  std::string warning_part;
};

const std::string kOriginal =
    "<hr />\n\nOriginal:\n\n### \n\n专栏：\n\n    "
    "一九五三年全省共有四百三十六个手工业生产合作社。\n";

const std::vector<MissingCase> kCases{
    {"empty_date", "Title: \nAuthor: \nDate: \nPage: \n\n" + kOriginal, false, std::nullopt,
     "no date"},
    {"no_date_line", "Title: A title\nPage: 2\n\nA body.\n", false, 2, "no date"},
    {"empty_page", "Title: A title\nDate: 1954-01-01\nPage: \n\nA body.\n", true, std::nullopt,
     "no page number"},
    {"no_title_line", "Author: Someone\nDate: 1954-01-01\nPage: 2\n\nA body.\n", true, 2,
     "no 'Title:' header"},
};

class MissingMetadataTest : public ::testing::TestWithParam<MissingCase> {};

TEST_P(MissingMetadataTest, ReadsWithAWarning) {
  const MissingCase& c = GetParam();
  const Article article = parse_article(c.content, c.name + ".txt");
  EXPECT_EQ(article.dated, c.dated);
  EXPECT_EQ(article.page, c.page);
  const bool warned = std::any_of(
      article.warnings.begin(), article.warnings.end(),
      [&](const ArticleWarning& w) { return w.message.find(c.warning_part) != std::string::npos; });
  EXPECT_TRUE(warned) << c.warning_part;
}

INSTANTIATE_TEST_SUITE_P(Cases, MissingMetadataTest, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return info.param.name; });

TEST(MissingMetadataTest, AFileWithNoHeaderAtAllIsStillRefused) {
  EXPECT_THROW(parse_article("The cooperative had 20 members.\n", "none.txt"), ArticleError);
}

// Found by the article_reader fuzzer: an article with no title line and no text was refused
// on line 0, which names no line of a file that has one.
TEST(MissingMetadataTest, AFileWithNoTitleAndNoTextIsRefusedOnALineItHas) {
  for (const std::string content : {"Page: ", "Page: \n", "Author: \nPage: \n"}) {
    try {
      parse_article(content, "headers-only.txt");
      ADD_FAILURE() << "read: " << content;
    } catch (const ArticleError& error) {
      EXPECT_GE(error.line(), 1u) << content;
      EXPECT_NE(error.message().find("no text"), std::string::npos) << error.message();
    }
  }
}

const ExtractionResources& resources() {
  static const auto loaded = ExtractionResources::load(default_data_dir());
  return *loaded;
}

TEST(MissingMetadataTest, UndatedFactsCarryOnlyThePeriodsTheTextDates) {
  const Article article = parse_article(
      "Title: \nDate: \nPage: \n\n<hr />\n\nOriginal:\n\n### \n\n    "
      "一九五三年全省共有四百三十六个手工业生产合作社。去年有股金九十七亿八千五百万元。\n",
      "undated.txt");
  const ArticleFacts facts = extract_facts(article, resources());
  bool found_dated = false;
  bool found_undated = false;
  for (const Observation& observation : facts.observations) {
    if (observation.value.to_string() == "436") {
      ASSERT_TRUE(observation.period);
      EXPECT_EQ(observation.period->start.iso(), "1953-01-01");
      found_dated = true;
    }
    if (observation.value.to_string() == "9785000000") {
      EXPECT_FALSE(observation.period) << "去年 has no year to count from";
      EXPECT_FALSE(observation.value_new_yuan) << "old or new yuan is unknown";
      found_undated = true;
    }
  }
  EXPECT_TRUE(found_dated);
  EXPECT_TRUE(found_undated);
}

}  // namespace
}  // namespace coopgraph::extract
