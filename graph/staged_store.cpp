#include "graph/staged_store.h"

#include <spdlog/spdlog.h>

#include "graph/graph_error.h"

namespace coopgraph::graph {
namespace fs = std::filesystem;
namespace {

fs::path with_suffix(const fs::path& target, const char* suffix) {
  fs::path path = target;
  if (!path.has_filename()) path = path.parent_path();  // "store/" names the folder "store"
  path += suffix;
  return path;
}

void rename_or_throw(const fs::path& from, const fs::path& to) {
  std::error_code error;
  fs::rename(from, to, error);
  if (error) {
    throw GraphError("cannot rename '" + from.string() + "' to '" + to.string() +
                     "': " + error.message());
  }
}

fs::path previous_store_path(const fs::path& target) {
  return with_suffix(target, ".previous");
}

void recover_interrupted_swap(const fs::path& target) {
  std::error_code error;
  const fs::path previous = previous_store_path(target);
  if (!fs::exists(target, error) && fs::exists(previous, error)) {
    spdlog::warn("restoring the store '{}' from an interrupted rebuild", target.string());
    rename_or_throw(previous, target);
  }
}

}  // namespace

std::unique_ptr<Store> open_built_store(const fs::path& target) {
  recover_interrupted_swap(target);
  return Store::open_on_disk(target);
}

StagedStore::StagedStore(fs::path target)
    : target_(std::move(target)), staging_(with_suffix(target_, ".building")) {
  recover_interrupted_swap(target_);
  std::error_code error;
  fs::remove_all(staging_, error);  // left over from a build that was killed
  store_ = Store::create_on_disk(staging_);
}

StagedStore::~StagedStore() {
  if (committed_) return;
  store_.reset();
  std::error_code error;
  fs::remove_all(staging_, error);
}

void StagedStore::commit() {
  store_->sync();
  store_.reset();  // closes the Berkeley DB files
  std::error_code error;
  const fs::path previous = previous_store_path(target_);
  fs::remove_all(previous, error);
  const bool had_target = fs::exists(target_, error);
  if (had_target) rename_or_throw(target_, previous);
  rename_or_throw(staging_, target_);
  if (had_target) fs::remove_all(previous, error);
  committed_ = true;
}

}  // namespace coopgraph::graph
