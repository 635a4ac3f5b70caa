// The reader on every seed article: headers, both languages' titles, paragraph counts,
// bylines, and paragraph spans that point back into the file.
#include "extract/article/article_reader.h"

#include <gtest/gtest.h>

#include "tests/test_support.h"

namespace coopgraph::extract {
namespace {

using coopgraph::testing::corpus_dir;
using coopgraph::testing::read_file;

struct SeedExpectation {
  std::string file;
  std::string date;
  int page;
  std::string english_title_start;
  std::string english_author;
  std::size_t english_paragraphs;
  std::string english_source;
  std::string chinese_title;
  std::string chinese_author;
  std::size_t chinese_paragraphs;
  std::string chinese_source;
};

const std::vector<SeedExpectation> kSeeds{
    {"000_4b03183e8eb21113.txt", "1954-11-20", 2, "The Yangquan City Leadership's Method", "", 4,
     "Report from Shanxi Reporter Station of this newspaper", "阳泉市领导手工业生产合作社的办法好",
     "", 4, "本报山西记者站"},
    {"001_256b4ad3e2a45884.txt", "1954-06-07", 2, "Hubei Province Achieves Success",
     "Teng Chunfeng", 5, "Teng Chunfeng", "湖北省重点整顿手工业生产合作社有成效", "滕春风", 5,
     "滕春风"},
    {"002_f592bbf81e8bb96a.txt", "1957-02-12", 2, "Starting with Inspection and Summarization", "",
     4, "", "从检查总结工作入手分批进行整顿  昆明市手工业合作社收入增加", "", 4, ""},
    {"003_9d60c725edb59898.txt", "1954-06-06", 1, "Beijing Holds Representative Meeting", "", 6, "",
     "北京召开手工业生产合作社社员代表大会  制订工作计划并成立联合总社", "", 6, ""},
    {"004_c4c809410bd4e801.txt", "1954-06-22", 2, "Southwest Regions Strengthen Education", "", 5,
     "Communication Group of the All-China Federation of Cooperatives Southwest District Office",
     "西南各地加强对手工业者的教育和领导", "", 5, "全国合作总社西南区办事处通讯组"},
};

void PrintTo(const SeedExpectation& seed, std::ostream* out) {
  *out << seed.file;
}

class SeedArticleTest : public ::testing::TestWithParam<SeedExpectation> {};

TEST_P(SeedArticleTest, ReadsHeaderAndBothLanguages) {
  const SeedExpectation& expected = GetParam();
  const Article article = read_article(corpus_dir() / expected.file);

  EXPECT_EQ(article.date.iso(), expected.date);
  ASSERT_TRUE(article.page.has_value());
  EXPECT_EQ(*article.page, expected.page);
  EXPECT_TRUE(article.english.title.starts_with(expected.english_title_start))
      << article.english.title;
  EXPECT_EQ(article.english.author, expected.english_author);
  EXPECT_EQ(article.english.paragraphs.size(), expected.english_paragraphs);
  EXPECT_EQ(article.english.source ? article.english.source->text : "", expected.english_source);

  ASSERT_TRUE(article.original.has_value());
  EXPECT_EQ(article.original->title, expected.chinese_title);
  EXPECT_EQ(article.original->author, expected.chinese_author);
  EXPECT_EQ(article.original->paragraphs.size(), expected.chinese_paragraphs);
  EXPECT_EQ(article.original->source ? article.original->source->text : "",
            expected.chinese_source);
  ASSERT_TRUE(article.original_metadata.date.has_value());
  EXPECT_EQ(article.original_metadata.date->iso(), expected.date);
  EXPECT_EQ(article.original_metadata.page, expected.page);
  EXPECT_TRUE(article.warnings.empty());
}

TEST_P(SeedArticleTest, SpansPointAtTheTextInTheFile) {
  const SeedExpectation& expected = GetParam();
  const std::string content = read_file(corpus_dir() / expected.file);
  const Article article = read_article(corpus_dir() / expected.file);
  for (const ArticleText* text : {&article.english, &*article.original}) {
    for (const Paragraph& paragraph : text->paragraphs) {
      // Every seed paragraph is a single line, so its text is exactly the bytes it spans.
      EXPECT_EQ(content.substr(paragraph.span.begin, paragraph.span.end - paragraph.span.begin),
                paragraph.text);
    }
    if (text->source) {
      const ByteSpan span = text->source->span;
      EXPECT_EQ(content.substr(span.begin, span.end - span.begin), text->source->text);
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Corpus, SeedArticleTest, ::testing::ValuesIn(kSeeds),
                         [](const auto& info) { return "seed" + info.param.file.substr(0, 3); });

TEST(ArticleReaderTest, KeepsTheBylineApartFromTheLastSentence) {
  const Article article = read_article(corpus_dir() / "000_4b03183e8eb21113.txt");
  EXPECT_TRUE(
      article.english.paragraphs.back().text.ends_with("handicraft production cooperatives."));
  EXPECT_TRUE(article.original->paragraphs.back().text.ends_with("起了不小的作用。"));
}

TEST(ArticleReaderTest, DropsTheHeadlineRepeatedAtTheTopOfTheBody) {
  const Article article = read_article(corpus_dir() / "002_f592bbf81e8bb96a.txt");
  EXPECT_TRUE(article.original->paragraphs.front().text.starts_with("据新华社讯"));
  const Article southwest = read_article(corpus_dir() / "004_c4c809410bd4e801.txt");
  EXPECT_TRUE(southwest.english.paragraphs.front().text.starts_with("Southwest regions are"));
}

TEST(ArticleReaderTest, ReadsAnOriginalOnlyArticle) {
  const std::string content =
      "Title:\nAuthor:\nDate: 1955-03-02\nPage: 2\n\n<hr />\n\nOriginal:\n\n"
      "### 武汉市手工业生产合作社增加生产\n\n1955-03-02\n第2版()\n专栏：\n\n"
      "    武汉市手工业生产合作社今年第一季度产值比去年同期增加百分之三十。\n"
      "    （新华社）\n";
  const Article article = parse_article(content, "original_only.txt");
  EXPECT_FALSE(article.has_english_text());
  ASSERT_TRUE(article.has_original_text());
  EXPECT_EQ(article.original->title, "武汉市手工业生产合作社增加生产");
  ASSERT_EQ(article.original->paragraphs.size(), 1u);
  EXPECT_EQ(article.original->paragraphs[0].line, 16u);
  ASSERT_TRUE(article.original->source.has_value());
  EXPECT_EQ(article.original->source->text, "新华社");
}

TEST(ArticleReaderTest, ReadsAnEnglishOnlyArticleWithHeadersInAnyOrder) {
  const std::string content =
      "Page: 3\n\tDate: 1956-01-15\nAuthor: \nTitle: Tianjin Cooperatives Grow\n\n"
      "Tianjin now has 120 cooperatives.\nThey employ 8,000 members.\n\nA second paragraph.\n";
  const Article article = parse_article(content, "english_only.txt");
  EXPECT_EQ(article.english.title, "Tianjin Cooperatives Grow");
  EXPECT_EQ(article.date.iso(), "1956-01-15");
  EXPECT_EQ(article.page, 3);
  EXPECT_FALSE(article.has_original_text());
  ASSERT_EQ(article.english.paragraphs.size(), 2u);
  EXPECT_EQ(article.english.paragraphs[0].text,
            "Tianjin now has 120 cooperatives. They employ 8,000 members.");
  EXPECT_EQ(article.english.paragraphs[1].line, 9u);
}

TEST(ArticleReaderTest, ToleratesCrlfLineEndsAndAByteOrderMark) {
  std::string content = read_file(corpus_dir() / "001_256b4ad3e2a45884.txt");
  std::string crlf = "\xEF\xBB\xBF";
  for (char c : content) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  const Article plain = parse_article(content, "lf.txt");
  const Article windows = parse_article(crlf, "crlf.txt");
  EXPECT_EQ(windows.english.title, plain.english.title);
  ASSERT_EQ(windows.english.paragraphs.size(), plain.english.paragraphs.size());
  ASSERT_EQ(windows.original->paragraphs.size(), plain.original->paragraphs.size());
  for (std::size_t i = 0; i < plain.original->paragraphs.size(); ++i) {
    EXPECT_EQ(windows.original->paragraphs[i].text, plain.original->paragraphs[i].text);
    const ByteSpan span = windows.original->paragraphs[i].span;
    EXPECT_EQ(crlf.substr(span.begin, span.end - span.begin), plain.original->paragraphs[i].text);
  }
}

TEST(ArticleReaderTest, WarnsWhenTheOriginalDisagreesWithTheHeader) {
  const std::string content =
      "Title: T\nDate: 1954-06-01\nPage: 2\n\nText.\n\n<hr />\nOriginal:\n### 标题\n\n"
      "1954-06-02\n第3版()\n专栏：\n    正文。\n";
  const Article article = parse_article(content, "disagree.txt");
  EXPECT_EQ(article.date.iso(), "1954-06-01");
  ASSERT_EQ(article.warnings.size(), 2u);
  EXPECT_NE(article.warnings[0].message.find("1954-06-02"), std::string::npos);
  EXPECT_EQ(article.warnings[0].line, 2u);
  EXPECT_NE(article.warnings[1].message.find("page 3"), std::string::npos);
}

}  // namespace
}  // namespace coopgraph::extract
