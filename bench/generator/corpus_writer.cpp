#include "bench/generator/corpus_writer.h"

#include <cstdio>
#include <fstream>
#include <stdexcept>

#include "bench/generator/article_composer.h"
#include "bench/generator/article_text.h"

namespace coopgraph::bench {
namespace fs = std::filesystem;

fs::path article_path(const fs::path& out, std::uint64_t index) {
  char folder[32];
  char file[32];
  std::snprintf(folder, sizeof folder, "%04llu",
                static_cast<unsigned long long>(index / kFilesPerFolder));
  std::snprintf(file, sizeof file, "%06llu.txt", static_cast<unsigned long long>(index));
  return out / folder / file;
}

CorpusSummary write_corpus(const GeneratorSources& sources, std::uint64_t seed, std::uint64_t count,
                           const fs::path& out) {
  CorpusSummary summary;
  for (std::uint64_t index = 0; index < count; ++index) {
    const fs::path path = article_path(out, index);
    if (index % kFilesPerFolder == 0) fs::create_directories(path.parent_path());
    const ComposedArticle article = compose_article(sources, seed, index);
    const std::string text = article_text(article);
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file << text;
    file.close();
    if (!file) throw std::runtime_error("cannot write '" + path.string() + "'");
    ++summary.articles;
    summary.bilingual += article.bilingual ? 1 : 0;
    summary.bytes += text.size();
  }
  return summary;
}

}  // namespace coopgraph::bench
