#include "extract/article/corpus_files.h"

#include <algorithm>

namespace coopgraph::extract {

bool is_rdf_data_file(const std::filesystem::path& path) {
  const std::string extension = path.extension().string();
  return extension == ".ttl" || extension == ".nt" || extension == ".nq";
}

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
      if (is_rdf_data_file(path)) {
        corpus.data_files.push_back({path, path.filename().string()});
      } else {
        corpus.files.push_back(path);
      }
      continue;
    }
    std::vector<fs::path> found;
    std::vector<fs::path> data;
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, error);
    for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
      if (!it->is_regular_file(error)) continue;
      if (it->path().extension() == ".txt") found.push_back(it->path());
      if (is_rdf_data_file(it->path())) data.push_back(it->path());
    }
    if (error) corpus.problems.push_back(path.string() + ": " + error.message());
    std::sort(found.begin(), found.end());
    corpus.files.insert(corpus.files.end(), found.begin(), found.end());
    std::sort(data.begin(), data.end());
    for (const fs::path& file : data)
      corpus.data_files.push_back({file, file.lexically_relative(path).generic_string()});
  }
  return corpus;
}

}  // namespace coopgraph::extract
