// Turns the paths given on the command line into the list of article files to read.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace coopgraph::extract {

struct CorpusFiles {
  std::vector<std::filesystem::path> files;  // sorted within each folder, for stable builds
  std::vector<std::string> problems;         // paths that do not exist or cannot be listed
  // RDF files (.ttl, .nt, .nq) given or found beside the articles, loaded as they are, each
  // with the name it is known by (its path under the folder given, or its file name).
  struct DataFile {
    std::filesystem::path path;
    std::string name;
  };
  std::vector<DataFile> data_files;
};

// Whether a file is one of the RDF files above, by its extension.
bool is_rdf_data_file(const std::filesystem::path& path);

// A file is taken as it is; a folder contributes its "*.txt" and RDF files, recursively.
CorpusFiles collect_corpus_files(const std::vector<std::filesystem::path>& paths);

}  // namespace coopgraph::extract
