// An output file written under "<path>.partial" and renamed to its name only on commit(),
// so that a failed or killed run leaves no half file where a whole one is expected.
// "-" is standard output, and a path that exists but is no regular file (/dev/null, a
// pipe) is written directly, since neither can be renamed into.
#pragma once

#include <filesystem>
#include <fstream>
#include <ostream>

namespace coopgraph::cli {

class StagedOutputFile {
 public:
  // Throws std::runtime_error naming the file when it cannot be opened.
  explicit StagedOutputFile(std::filesystem::path path);
  StagedOutputFile(const StagedOutputFile&) = delete;
  StagedOutputFile& operator=(const StagedOutputFile&) = delete;
  // Without commit(), the partial file is removed.
  ~StagedOutputFile();

  std::ostream& stream() { return *out_; }
  // Flushes, checks that everything was written, and gives the file its name.
  void commit();
  bool is_standard_output() const { return path_ == "-"; }

 private:
  std::filesystem::path path_;
  std::filesystem::path partial_;  // empty when written directly
  std::ofstream file_;
  std::ostream* out_;
  bool committed_ = false;
};

}  // namespace coopgraph::cli
