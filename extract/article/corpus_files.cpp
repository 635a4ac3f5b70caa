#include "extract/article/corpus_files.h"

#include <algorithm>

namespace coopgraph::extract {

CorpusFiles collect_corpus_files(const std::vector<std::filesystem::path>& paths) {
  namespace fs = std::filesystem;
  CorpusFiles corpus;
  for (const fs::path& path : paths) {
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (error || !fs::exists(status)) {
      corpus.problems.push_back(path.string() + ": no such file or folder");
      continue;
    }
    if (!fs::is_directory(status)) {
      corpus.files.push_back(path);
      continue;
    }
    std::vector<fs::path> found;
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, error);
    for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
      if (it->is_regular_file(error) && it->path().extension() == ".txt") {
        found.push_back(it->path());
      }
    }
    if (error) corpus.problems.push_back(path.string() + ": " + error.message());
    std::sort(found.begin(), found.end());
    corpus.files.insert(corpus.files.end(), found.begin(), found.end());
  }
  return corpus;
}

}  // namespace coopgraph::extract
