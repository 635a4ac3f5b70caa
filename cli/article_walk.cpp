#include "cli/article_walk.h"

#include <spdlog/spdlog.h>

#include "extract/article/article_reader.h"
#include "extract/article/corpus_files.h"

namespace coopgraph::cli {

WalkCounts for_each_article(const std::vector<std::filesystem::path>& paths,
                            const std::function<void(const extract::Article&)>& handle) {
  const extract::CorpusFiles corpus = extract::collect_corpus_files(paths);
  WalkCounts counts;
  counts.skipped = corpus.problems.size();
  for (const std::string& problem : corpus.problems)
    spdlog::error("{}", problem);
  for (const auto& path : corpus.files) {
    auto result = extract::try_read_article(path);
    if (auto* error = std::get_if<extract::ArticleError>(&result)) {
      spdlog::error("{} (skipped)", error->what());
      ++counts.skipped;
      continue;
    }
    const auto& article = std::get<extract::Article>(result);
    for (const auto& warning : article.warnings) {
      spdlog::warn("{}:{}: {}", path.string(), warning.line, warning.message);
    }
    handle(article);
    ++counts.articles;
    spdlog::info("read {}", path.string());
  }
  return counts;
}

}  // namespace coopgraph::cli
