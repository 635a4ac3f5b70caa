#include "cli/staged_output_file.h"

#include <iostream>
#include <stdexcept>

namespace coopgraph::cli {
namespace fs = std::filesystem;

StagedOutputFile::StagedOutputFile(fs::path path) : path_(std::move(path)), out_(&std::cout) {
  if (is_standard_output()) return;
  std::error_code error;
  const fs::file_status status = fs::status(path_, error);
  fs::path target = path_;
  if (!fs::exists(status) || fs::is_regular_file(status)) {
    partial_ = path_;
    partial_ += ".partial";
    target = partial_;
  }
  file_.open(target, std::ios::binary | std::ios::trunc);
  if (!file_) throw std::runtime_error("cannot write '" + target.string() + "'");
  out_ = &file_;
}

StagedOutputFile::~StagedOutputFile() {
  if (committed_ || partial_.empty()) return;
  file_.close();
  std::error_code error;
  fs::remove(partial_, error);
}

void StagedOutputFile::commit() {
  out_->flush();
  if (file_.is_open()) file_.close();
  if (!*out_ || (out_ == &file_ && file_.fail())) {
    throw std::runtime_error("cannot write '" + path_.string() + "' (disk full?)");
  }
  if (!partial_.empty()) {
    std::error_code error;
    fs::rename(partial_, path_, error);
    if (error) {
      throw std::runtime_error("cannot rename '" + partial_.string() + "' to '" + path_.string() +
                               "': " + error.message());
    }
  }
  committed_ = true;
}

}  // namespace coopgraph::cli
