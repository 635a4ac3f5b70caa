// Reads every article under the paths a command was given, reporting each file that cannot
// be read (with its file and line) and each warning once, and hands the good ones on.
#pragma once

#include <filesystem>
#include <functional>
#include <vector>

#include "extract/article/article.h"
#include "extract/article/corpus_files.h"

namespace coopgraph::cli {

struct WalkCounts {
  std::size_t articles = 0;  // handed on
  std::size_t skipped = 0;   // paths that do not exist and files that cannot be read
};

WalkCounts for_each_article(const std::vector<std::filesystem::path>& paths,
                            const std::function<void(const extract::Article&)>& handle);

// The same over files already listed; handle may move the article away, and stops the walk
// by returning false.
WalkCounts for_each_article(const extract::CorpusFiles& corpus,
                            const std::function<bool(extract::Article&)>& handle);

}  // namespace coopgraph::cli
