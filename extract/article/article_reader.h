// Reads one corpus file into an Article. The format: a header of "Title:", "Author:",
// "Date:" and "Page:" lines in any order; the English body; optionally "<hr />",
// "Original:" and the Chinese original. Either language may be missing, not both.
#pragma once

#include <filesystem>
#include <string_view>
#include <variant>

#include "extract/article/article.h"
#include "extract/article/article_error.h"

namespace coopgraph::extract {

// Throws ArticleError naming the file and line of the first problem.
Article parse_article(std::string_view content, const std::filesystem::path& path);

// Reads and parses; a file that cannot be read is an ArticleError on line 0.
Article read_article(const std::filesystem::path& path);

// The same, with the error as a value, for callers that go on with the next file.
using ArticleOrError = std::variant<Article, ArticleError>;
ArticleOrError try_read_article(const std::filesystem::path& path);

}  // namespace coopgraph::extract
