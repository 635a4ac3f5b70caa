// Files in tests/data/articles/odd are unusual but must be read correctly: a byte-order mark,
// CRLF and CR line ends, GBK and GB18030 encodings, numbers too large for any integer type,
// deeply nested and unbalanced brackets, headers in another order. Files too large to commit
// (a 50 MB line) are made at run time.
#include <gtest/gtest.h>

#include "extract/article/article_reader.h"
#include "extract/article/text_encoding.h"
#include "extract/article_facts.h"
#include "extract/numbers/english_numbers.h"
#include "tests/test_support.h"

namespace coopgraph::extract {
namespace {

using coopgraph::testing::read_file;
using coopgraph::testing::TempDir;

std::filesystem::path odd_file(const std::string& name) {
  return coopgraph::testing::test_data_dir() / "articles" / "odd" / name;
}

const std::filesystem::path kSource = coopgraph::testing::corpus_dir() / "000_4b03183e8eb21113.txt";

const ExtractionResources& resources() {
  static const auto loaded = ExtractionResources::load(default_data_dir());
  return *loaded;
}

std::vector<std::string> texts(const ArticleText& text) {
  std::vector<std::string> result;
  for (const Paragraph& paragraph : text.paragraphs)
    result.push_back(paragraph.text);
  return result;
}

// The same article as the corpus file it was made from, paragraph by paragraph.
void expect_same_article(const Article& read, const Article& source) {
  EXPECT_EQ(read.date, source.date);
  EXPECT_EQ(read.page, source.page);
  EXPECT_EQ(read.english.title, source.english.title);
  EXPECT_EQ(texts(read.english), texts(source.english));
  ASSERT_TRUE(read.original.has_value());
  ASSERT_TRUE(source.original.has_value());
  EXPECT_EQ(read.original->title, source.original->title);
  EXPECT_EQ(texts(*read.original), texts(*source.original));
}

TEST(UnusualArticleTest, EveryOddFileIsRead) {
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(odd_file("").parent_path())) {
    const ArticleOrError result = try_read_article(entry.path());
    EXPECT_TRUE(std::holds_alternative<Article>(result)) << std::get<ArticleError>(result).what();
    ++files;
  }
  EXPECT_EQ(files, 12u);  // missing_date and missing_title: read, with a warning
}

TEST(UnusualArticleTest, AByteOrderMarkIsSkippedAndOffsetsCountIt) {
  const Article source = read_article(kSource);
  const Article read = read_article(odd_file("byte_order_mark.txt"));
  expect_same_article(read, source);
  EXPECT_EQ(read.encoding, TextEncoding::kUtf8);
  EXPECT_EQ(read.english.paragraphs[0].span.begin, source.english.paragraphs[0].span.begin + 3);
}

TEST(UnusualArticleTest, CrlfAndCrLineEndsReadLikeLf) {
  const Article source = read_article(kSource);
  for (const char* name : {"crlf.txt", "cr.txt"}) {
    SCOPED_TRACE(name);
    const Article read = read_article(odd_file(name));
    expect_same_article(read, source);
    ASSERT_EQ(read.english.paragraphs.size(), source.english.paragraphs.size());
    for (std::size_t i = 0; i < read.english.paragraphs.size(); ++i) {
      EXPECT_EQ(read.english.paragraphs[i].line, source.english.paragraphs[i].line);
    }
  }
}

TEST(UnusualArticleTest, AGbkArticleIsConvertedAndSaysSo) {
  const Article source = read_article(kSource);
  const Article read = read_article(odd_file("gbk.txt"));
  expect_same_article(read, source);
  EXPECT_EQ(read.encoding, TextEncoding::kGb18030);
  ASSERT_FALSE(read.warnings.empty());
  EXPECT_EQ(read.warnings[0].line, 1u);
  EXPECT_NE(read.warnings[0].message.find("read as GB18030, converted to UTF-8"),
            std::string::npos);
  // Offsets refer to the converted text, here the very bytes of the UTF-8 source file.
  const std::string converted = *convert_gb18030_text(read_file(odd_file("gbk.txt")));
  EXPECT_EQ(converted, read_file(kSource));
  EXPECT_EQ(read.original->paragraphs[0].span, source.original->paragraphs[0].span);
}

TEST(UnusualArticleTest, AGb18030ArticleKeepsCharactersBeyondGbk) {
  const Article read = read_article(odd_file("gb18030.txt"));
  EXPECT_EQ(read.encoding, TextEncoding::kGb18030);
  ASSERT_TRUE(read.original.has_value());
  // A closing line in brackets is the original's byline.
  ASSERT_TRUE(read.original->source.has_value());
  EXPECT_EQ(read.original->source->text, "附注：𠀀字与€号。");
}

TEST(UnusualArticleTest, AUtf8FileWithAFewBadBytesIsNotTakenForGb18030) {
  // A valid Chinese UTF-8 text with one character cut: its bytes would mostly decode as
  // GB18030 (as mojibake), which is exactly what must not happen.
  const std::string cut = read_file(kSource).substr(0, 4000) + "\xE5\x90";
  EXPECT_FALSE(convert_gb18030_text(cut).has_value());
  EXPECT_FALSE(convert_gb18030_text("Caf\xE9").has_value());
}

TEST(UnusualArticleTest, NumbersTooLargeForAnyIntegerAreFlaggedAndNotObserved) {
  for (const char* name : {"number_too_large_english.txt", "number_too_large_chinese.txt"}) {
    SCOPED_TRACE(name);
    const Article article = read_article(odd_file(name));
    const ArticleFacts facts = extract_facts(article, resources());
    for (const Observation& observation : facts.observations) {
      EXPECT_LT(observation.value.to_string().size(), 20u) << observation.value.to_string();
    }
  }
  const Article english = read_article(odd_file("number_too_large_english.txt"));
  const auto mentions = find_english_numbers(english.english.paragraphs.at(0).text);
  ASSERT_FALSE(mentions.empty());
  EXPECT_TRUE(mentions[0].overflow) << mentions[0].text;
}

TEST(UnusualArticleTest, DeeplyNestedAndUnbalancedBracketsAreJustText) {
  const Article nested = read_article(odd_file("nested_brackets.txt"));
  ASSERT_EQ(nested.english.paragraphs.size(), 1u);
  EXPECT_EQ(nested.english.paragraphs[0].text.size(), 16u + 6000u + 4u + 15u);
  const ArticleFacts facts = extract_facts(nested, resources());
  EXPECT_FALSE(facts.observations.empty());
  const Article unbalanced = read_article(odd_file("unbalanced_brackets.txt"));
  EXPECT_FALSE(unbalanced.english.paragraphs.empty());
  extract_facts(unbalanced, resources());
}

TEST(UnusualArticleTest, HeadersMayComeInAnyOrder) {
  const Article read = read_article(odd_file("headers_in_any_order.txt"));
  EXPECT_EQ(read.english.title, "Headers in another order");
  EXPECT_EQ(read.english.author, "A correspondent");
  EXPECT_EQ(read.date, (CalendarDate{1954, 6, 4}));
  EXPECT_EQ(read.page, 3);
}

TEST(UnusualArticleTest, AFiftyMegabyteLineIsOneErrorOnItsLine) {
  const TempDir scratch;
  const auto path = scratch.path() / "long_line.txt";
  {
    std::ofstream out(path, std::ios::binary);
    out << "Title: One long line\nDate: 1954-06-04\n\n";
    const std::string chunk(1 << 20, 'a');
    for (int i = 0; i < 50; ++i)
      out << chunk;
    out << "\n";
  }
  const ArticleOrError result = try_read_article(path);
  ASSERT_TRUE(std::holds_alternative<ArticleError>(result));
  const auto& error = std::get<ArticleError>(result);
  EXPECT_EQ(error.line(), 4u);
  EXPECT_NE(error.message().find("line is 52428800 bytes long"), std::string::npos) << error.what();
}

TEST(UnusualArticleTest, AFileLargerThanTheLimitIsRefusedBeforeReading) {
  const TempDir scratch;
  const auto path = scratch.path() / "huge.txt";
  {
    std::ofstream out(path, std::ios::binary);
    out << "Title: Huge\nDate: 1954-06-04\n\n";
  }
  // A sparse file: its size is past the limit without writing 64 MB.
  std::filesystem::resize_file(path, kMaxArticleBytes + 1);
  const ArticleOrError result = try_read_article(path);
  ASSERT_TRUE(std::holds_alternative<ArticleError>(result));
  EXPECT_EQ(std::get<ArticleError>(result).line(), 0u);
  EXPECT_NE(std::get<ArticleError>(result).message().find("at most"), std::string::npos);
}

}  // namespace
}  // namespace coopgraph::extract
