// Reads one corpus file into an Article. The format: a header of "Title:", "Author:",
// "Date:" and "Page:" lines in any order; the English body; optionally "<hr />",
// "Original:" and the Chinese original. Either language may be missing, not both.
// Files are UTF-8; a file that is not UTF-8 but GB18030 (GBK, GB2312) is converted and read,
// with a warning, and its byte offsets then refer to the converted UTF-8 text.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string_view>
#include <variant>

#include "extract/article/article.h"
#include "extract/article/article_error.h"

namespace coopgraph::extract {

// Limits that keep the work on one file bounded whatever the file holds; real articles are
// a few kilobytes with lines of a few hundred bytes.
inline constexpr std::size_t kMaxLineBytes = std::size_t{1} << 20;
inline constexpr std::size_t kMaxArticleBytes = std::size_t{64} << 20;

// Throws ArticleError naming the file and line of the first problem.
Article parse_article(std::string_view content, const std::filesystem::path& path);

// Reads and parses; a file that cannot be read, or is larger than kMaxArticleBytes, is an
// ArticleError on line 0.
Article read_article(const std::filesystem::path& path);

// The same, with the error as a value, for callers that go on with the next file.
using ArticleOrError = std::variant<Article, ArticleError>;
ArticleOrError try_read_article(const std::filesystem::path& path);

}  // namespace coopgraph::extract
