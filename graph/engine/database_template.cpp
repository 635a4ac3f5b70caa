#include "graph/engine/database_template.h"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <random>

#include "graph/engine/child_process.h"
#include "graph/engine/engine_error.h"

namespace coopgraph::graph::engine {
namespace fs = std::filesystem;
namespace {

constexpr const char* kDatabaseFile = "virtuoso.db";
constexpr const char* kStagingMark = ".making-";

// Empty when the user has no cache folder to speak of.
fs::path cache_folder() {
  const char* xdg = std::getenv("XDG_CACHE_HOME");
  if (xdg != nullptr && fs::path(xdg).is_absolute()) return fs::path(xdg) / "coopgraph";
  const char* home = std::getenv("HOME");
  if (home != nullptr && fs::path(home).is_absolute())
    return fs::path(home) / ".cache" / "coopgraph";
  return {};
}

// FNV-1a: the same name on every run and every build of coopgraph, unlike std::hash.
std::string stable_hash(const std::string& text) {
  std::uint64_t hash = 14695981039346656037ull;
  for (const unsigned char c : text) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return hex;
}

std::string unique_suffix() {
  std::random_device random;
  return std::to_string(::getpid()) + "-" + std::to_string(random());
}

// Folders left by builds that were killed while making a template ("NAME.making-PID-N").
void remove_abandoned_staging(const fs::path& parent) {
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(parent, error)) {
    const std::string name = entry.path().filename().string();
    const std::size_t mark = name.find(kStagingMark);
    if (mark == std::string::npos) continue;
    const long pid = std::atol(name.c_str() + mark + std::char_traits<char>::length(kStagingMark));
    if (pid > 0 && !process_alive(static_cast<pid_t>(pid))) {
      std::error_code ignored;
      fs::remove_all(entry.path(), ignored);
    }
  }
}

// Creates a new database in a staging folder beside location and renames its database folder
// to location. Another build may rename its own first: then ours is dropped and theirs used.
void make_template(const fs::path& location) {
  const fs::path parent = location.parent_path();
  remove_abandoned_staging(parent);
  const fs::path staging = parent / (location.filename().string() + kStagingMark + unique_suffix());
  const EngineFolder engine{staging};
  const auto started = std::chrono::steady_clock::now();
  try {
    {
      VirtuosoServer server(engine);
      server.shutdown();
    }
    // Only the database file: the others are made again at start, and empty after shutdown.
    for (const auto& entry : fs::directory_iterator(engine.database())) {
      if (entry.path().filename() != kDatabaseFile) fs::remove(entry.path());
    }
    std::error_code renamed;
    fs::rename(engine.database(), location, renamed);
    if (renamed && !fs::exists(location / kDatabaseFile)) {
      throw fs::filesystem_error("cannot rename the new template", engine.database(), location,
                                 renamed);
    }
  } catch (...) {
    std::error_code ignored;
    fs::remove_all(staging, ignored);
    throw;
  }
  std::error_code ignored;
  fs::remove_all(staging, ignored);
  spdlog::info("made the engine's template database {} in {:.1f} s", location.string(),
               std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
}

}  // namespace

bool DatabaseTemplate::copy_into(const EngineFolder& folder) {
  const fs::path cache = cache_folder();
  if (cache.empty()) return false;
  const fs::path target = folder.database() / kDatabaseFile;
  try {
    fs::create_directories(cache);
    const std::string key =
        engine_version(cache / ("version-" + unique_suffix() + ".out")) + "\n" + database_shape();
    location_ = cache / ("virtuoso-template-" + stable_hash(key));
    if (!fs::is_regular_file(location_ / kDatabaseFile)) make_template(location_);
    fs::create_directories(folder.database());
    fs::copy_file(location_ / kDatabaseFile, target, fs::copy_options::overwrite_existing);
    return true;
  } catch (const std::exception& error) {
    spdlog::info("no template database for the engine ({}): creating one in the store",
                 error.what());
    std::error_code ignored;
    fs::remove(target, ignored);
    return false;
  }
}

void DatabaseTemplate::discard() {
  if (location_.empty()) return;
  // Renamed away first: a build copying it at this moment keeps reading its open file.
  const fs::path doomed =
      location_.parent_path() / (location_.filename().string() + ".discarded-" + unique_suffix());
  std::error_code ignored;
  fs::rename(location_, doomed, ignored);
  fs::remove_all(doomed, ignored);
}

}  // namespace coopgraph::graph::engine
