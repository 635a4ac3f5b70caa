#include "graph/staged_store.h"

#include <fcntl.h>
#include <spdlog/spdlog.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

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

// A file descriptor that is closed with its owner.
class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  ~FileDescriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  int get() const { return fd_; }

 private:
  int fd_;
};

// Closing the store's files hands their data to the kernel, not to the disk. A rename
// can reach the disk before the data it names, so after a power loss the swapped-in store
// could be empty or torn: write the files and the folder that lists them out first.
void sync_to_disk(const fs::path& path) {
  const FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  // EINVAL: the file system cannot sync this kind of file (some cannot sync folders), so
  // there is nothing more we could do for it.
  if (fd.get() < 0 || (::fsync(fd.get()) != 0 && errno != EINVAL)) {
    throw GraphError("cannot write '" + path.string() + "' to disk: " + std::strerror(errno));
  }
}

void sync_store_to_disk(const fs::path& folder) {
  for (const auto& entry : fs::directory_iterator(folder)) {
    if (entry.is_regular_file()) sync_to_disk(entry.path());
    if (entry.is_directory()) sync_store_to_disk(entry.path());
  }
  sync_to_disk(folder);
}

// One build per target at a time; the lock goes with the process, however it ends.
int lock_build(const fs::path& target) {
  const fs::path lock = with_suffix(target, ".lock");
  const int fd = ::open(lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) throw GraphError("cannot open '" + lock.string() + "': " + std::strerror(errno));
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    ::close(fd);
    throw GraphError("another build of '" + target.string() +
                     "' is running; the store is left to it");
  }
  return fd;
}

fs::path parent_folder(const fs::path& path) {
  const fs::path parent = path.parent_path();
  return parent.empty() ? fs::path(".") : parent;
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

std::unique_ptr<StoreReader> open_built_store(const fs::path& target) {
  recover_interrupted_swap(target);
  return std::make_unique<StoreReader>(target);
}

StagedStore::StagedStore(fs::path target)
    : target_(std::move(target)),
      staging_(with_suffix(target_, ".building")),
      lock_fd_(lock_build(target_)) {
  recover_interrupted_swap(target_);
  std::error_code error;
  fs::remove_all(staging_, error);  // left over from a build that was killed
  // With the target in place, a "<target>.previous" is the old store of a swap that was
  // killed before it removed it.
  if (fs::exists(target_, error)) fs::remove_all(previous_store_path(target_), error);
  try {
    store_ = std::make_unique<StoreWriter>(staging_);
  } catch (...) {
    ::close(lock_fd_);  // no destructor runs for an object whose constructor throws
    throw;
  }
}

StagedStore::~StagedStore() {
  if (!committed_) {
    store_.reset();
    std::error_code error;
    fs::remove_all(staging_, error);
  }
  ::close(lock_fd_);
}

// Every state a kill can leave is one that open_built_store and the next StagedStore read
// correctly: before the first rename the old store is in place (and "<target>.building" is
// removed by the next build); between the renames the old store waits under
// "<target>.previous" and is put back; after the second the new store is in place and
// "<target>.previous" is removed by the next build.
std::size_t StagedStore::finish_writing() {
  if (!triples_) triples_ = store_->finish();
  return *triples_;
}

void StagedStore::commit() {
  finish_writing();
  store_.reset();
  sync_store_to_disk(staging_);
  std::error_code error;
  const fs::path previous = previous_store_path(target_);
  fs::remove_all(previous, error);
  const bool had_target = fs::exists(target_, error);
  if (had_target) rename_or_throw(target_, previous);
  rename_or_throw(staging_, target_);
  sync_to_disk(parent_folder(with_suffix(target_, "")));  // the renames themselves
  committed_ = true;
  if (had_target) fs::remove_all(previous, error);
}

}  // namespace coopgraph::graph
