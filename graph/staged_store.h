// Builds a new on-disk store beside the old one and swaps it in only when complete, so
// that a failed or interrupted build leaves the previous store as it was. A kill at any
// moment leaves either the old or the new store; the new store's files are on disk before
// it is swapped in, so that a power loss cannot swap in a store whose data was never written.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>

#include "graph/store_reader.h"
#include "graph/store_writer.h"

namespace coopgraph::graph {

class StagedStore {
 public:
  // Starts an empty store in "<target>.building", first clearing what an interrupted build
  // left ("<target>.building", "<target>.previous"). Holds "<target>.lock" until it is
  // destroyed: GraphError when another build of the same target runs.
  explicit StagedStore(std::filesystem::path target);
  StagedStore(const StagedStore&) = delete;
  StagedStore& operator=(const StagedStore&) = delete;
  // Without commit(), the staged store is removed and the target left alone.
  ~StagedStore();

  StoreWriter& store() { return *store_; }
  // Writes the staged store's files (once; commit() does it when not done before) and returns
  // its number of triples. Its engine database can be made from it then (staging_folder()).
  std::size_t finish_writing();
  // The folder being built, for what the store keeps beside its triples (the engine's files).
  const std::filesystem::path& staging_folder() const { return staging_; }
  // Closes the staged store and puts it in place of the target.
  void commit();

 private:
  std::filesystem::path target_;
  std::filesystem::path staging_;
  int lock_fd_ = -1;
  std::unique_ptr<StoreWriter> store_;
  std::optional<std::size_t> triples_;  // once finish_writing() wrote the files
  bool committed_ = false;
};

// Opens a store that StagedStore built, first undoing a swap that was interrupted between
// its two renames (the old store then waits under "<target>.previous").
std::unique_ptr<StoreReader> open_built_store(const std::filesystem::path& target);

}  // namespace coopgraph::graph
