#include "cli/article_walk.h"

#include <spdlog/spdlog.h>

#include "extract/article/article_reader.h"

namespace coopgraph::cli {

WalkCounts for_each_article(const std::vector<std::filesystem::path>& paths,
                            const std::function<void(const extract::Article&)>& handle) {
  return for_each_article(extract::collect_corpus_files(paths), [&](extract::Article& article) {
    handle(article);
    return true;
  });
}

WalkCounts for_each_article(const extract::CorpusFiles& corpus,
                            const std::function<bool(extract::Article&)>& handle) {
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
    auto& article = std::get<extract::Article>(result);
    for (const auto& warning : article.warnings) {
      spdlog::warn("{}:{}: {}", path.string(), warning.line, warning.message);
    }
    spdlog::info("read {}", path.string());
    ++counts.articles;
    if (!handle(article)) break;
  }
  return counts;
}

}  // namespace coopgraph::cli
