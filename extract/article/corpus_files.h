// Turns the paths given on the command line into the list of article files to read.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace coopgraph::extract {

struct CorpusFiles {
  std::vector<std::filesystem::path> files;  // sorted within each folder, for stable builds
  std::vector<std::string> problems;         // paths that do not exist or cannot be listed
};

// A file is taken as it is; a folder contributes its "*.txt" files, recursively.
CorpusFiles collect_corpus_files(const std::vector<std::filesystem::path>& paths);

}  // namespace coopgraph::extract
