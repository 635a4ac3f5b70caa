// Each malformed file in tests/data/articles/bad gets one error that names the file and
// the line of the problem.
#include <gtest/gtest.h>

#include "extract/article/article_reader.h"
#include "tests/test_support.h"

namespace coopgraph::extract {
namespace {

struct BadFile {
  std::string name;
  std::size_t line;
  std::string message_part;
};

const std::vector<BadFile> kBadFiles{
    {"empty.txt", 1, "empty file"},
    {"blank_lines_only.txt", 1, "empty file"},
    {"nul_byte.txt", 4, "NUL byte"},
    {"binary_executable.txt", 1, "NUL byte"},
    {"invalid_utf8.txt", 5, "invalid UTF-8 at column 16"},
    {"truncated_utf8.txt", 6, "invalid UTF-8"},
    {"date_not_a_date.txt", 3, "Date 'June 1954' is not a valid date"},
    {"impossible_date.txt", 2, "Date '1955-02-29' is not a valid date"},
    {"duplicate_title.txt", 3, "duplicate 'Title:' header (first on line 1)"},
    {"page_not_a_number.txt", 3, "Page 'two' is not a page number"},
    {"rule_without_original.txt", 8, "expected 'Original:'"},
    {"original_without_headline.txt", 9, "'### <title>'"},
    {"original_bad_date.txt", 8, "'1954-13-01' is not a valid date"},
    {"no_text.txt", 1, "no text"},
    {"month_13.txt", 2, "Date '1954-13-01' is not a valid date"},
    {"february_30.txt", 2, "Date '1955-02-30' is not a valid date"},
    {"duplicate_date.txt", 4, "duplicate 'Date:' header (first on line 2)"},
    {"no_header_at_all.txt", 1, "missing 'Title:'"},
    {"page_zero.txt", 3, "Page '0' is not a page number"},
    {"utf16le.txt", 1, "NUL byte at byte offset 3"},
    {"cut_utf8_mid_file.txt", 15, "invalid UTF-8 at column 17"},
    {"encoded_surrogate.txt", 6, "invalid UTF-8 at column 17"},
    {"latin1.txt", 6, "invalid UTF-8 at column 4 (byte offset 59), and not a GB18030 text"},
    {"gbk_cut_short.txt", 10, "invalid UTF-8 at column 5"},
    {"ff_bytes.txt", 6, "invalid UTF-8 at column 1"},
    {"invalid_utf8_cr_line_ends.txt", 5, "invalid UTF-8 at column 16 (byte offset 58)"},
    // Found by fuzz/article_reader: the error was on line 0, which means the whole file.
    {"original_marker_at_end.txt", 5, "'Original:' is not followed by a '### ' headline"},
};

void PrintTo(const BadFile& bad, std::ostream* out) {
  *out << bad.name;
}

class MalformedArticleTest : public ::testing::TestWithParam<BadFile> {};

TEST_P(MalformedArticleTest, ReportsFileAndLine) {
  const BadFile& bad = GetParam();
  const auto path = coopgraph::testing::test_data_dir() / "articles" / "bad" / bad.name;
  const ArticleOrError result = try_read_article(path);
  ASSERT_TRUE(std::holds_alternative<ArticleError>(result)) << bad.name << " was accepted";
  const auto& error = std::get<ArticleError>(result);
  EXPECT_EQ(error.path(), path);
  EXPECT_EQ(error.line(), bad.line) << error.what();
  EXPECT_NE(error.message().find(bad.message_part), std::string::npos) << error.what();
  EXPECT_EQ(std::string(error.what()).rfind(path.string() + ":" + std::to_string(bad.line), 0), 0u);
}

INSTANTIATE_TEST_SUITE_P(BadFiles, MalformedArticleTest, ::testing::ValuesIn(kBadFiles),
                         [](const auto& info) {
                           std::string name = info.param.name.substr(0, info.param.name.find('.'));
                           return name;
                         });

TEST(MalformedArticleCollectionTest, EveryBadFileHasAnExpectation) {
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(coopgraph::testing::test_data_dir() /
                                                               "articles" / "bad")) {
    const std::string name = entry.path().filename().string();
    EXPECT_TRUE(std::any_of(kBadFiles.begin(), kBadFiles.end(),
                            [&](const BadFile& bad) { return bad.name == name; }))
        << name << " has no expected error";
    ++files;
  }
  EXPECT_EQ(files, kBadFiles.size());
}

TEST(MalformedArticleTest, MissingFileIsAnErrorOnLineZero) {
  const ArticleOrError result = try_read_article("/nonexistent/article.txt");
  ASSERT_TRUE(std::holds_alternative<ArticleError>(result));
  EXPECT_EQ(std::get<ArticleError>(result).line(), 0u);
}

TEST(MalformedArticleTest, FolderIsNotAnArticle) {
  const ArticleOrError result = try_read_article(coopgraph::testing::corpus_dir());
  ASSERT_TRUE(std::holds_alternative<ArticleError>(result));
}

}  // namespace
}  // namespace coopgraph::extract
