#include "graph/engine/engine_database.h"

#include <spdlog/spdlog.h>

#include <fstream>
#include <optional>

#include "graph/engine/database_template.h"
#include "graph/engine/engine_error.h"
#include "graph/engine/virtuoso_server.h"

namespace coopgraph::graph::engine {
namespace fs = std::filesystem;
namespace {

EngineFolder folder_of(const fs::path& store_folder) {
  return {store_folder / "virtuoso"};
}

// The store's statements file is already the graphs' N-Quads, each triple in one graph: it is
// linked, not copied.
void write_load_files(StoreReader& store, const EngineFolder& folder) {
  const fs::path quads = folder.load() / "graphs.nq";
  std::error_code error;
  fs::create_hard_link(store.statements_file(), quads, error);
  if (error) fs::copy_file(store.statements_file(), quads, error);
  if (error) {
    throw EngineError("cannot put the store's statements in " + folder.load().string() + ": " +
                      error.message());
  }
}

}  // namespace

bool has_engine_database(const fs::path& store_folder) {
  std::error_code error;
  return fs::exists(folder_of(store_folder).database() / "virtuoso.db", error);
}

void build_engine_database(const fs::path& store_folder) {
  StoreReader store(store_folder);
  const EngineFolder folder = folder_of(store_folder);
  fs::create_directories(folder.load());
  DatabaseTemplate pristine;
  const bool copied = pristine.copy_into(folder);
  std::optional<VirtuosoServer> started_server;
  try {
    started_server.emplace(folder);
  } catch (const EngineError& error) {
    if (!copied) throw;
    spdlog::warn("the engine's template database would not start ({}); creating a new one",
                 error.what());
    pristine.discard();
    fs::remove_all(folder.database());
    started_server.emplace(folder);
  }
  VirtuosoServer& server = *started_server;
  // What a new database holds before our data is Virtuoso's own. The URIQA graph's 14
  // triples go; what is left (virtrdf#, its quad maps) is left out of the default graph and
  // hidden from GRAPH ?g (see remove_startup_triples for why not more than one graph).
  server.sql("SPARQL CLEAR GRAPH <http://localuriqaserver/sparql>;");
  {
    std::ofstream excluded(folder.excluded_graphs(), std::ios::trunc);
    for (const std::string& graph : engine_graphs(server))
      excluded << graph << "\n";
    if (!excluded.flush()) throw EngineError("cannot write " + folder.excluded_graphs().string());
  }
  write_load_files(store, folder);
  const auto started = std::chrono::steady_clock::now();
  bulk_load(server, folder);
  spdlog::info("the engine loaded the store in {:.1f} s",
               std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
  server.shutdown();
  // The database holds them now; the store's own files are the export's source.
  std::error_code ignored;
  fs::remove_all(folder.load(), ignored);
  fs::create_directories(folder.load(), ignored);
  for (const char* file : {"isql.out", "server.out", "instance", "last-query"})
    fs::remove(folder.root / file, ignored);
}

EngineDataset engine_dataset(const fs::path& store_folder) {
  EngineDataset dataset;
  std::ifstream in(folder_of(store_folder).excluded_graphs());
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    // A database built before the triples were loaded once: that graph is the default.
    if (line == kLoadedTwiceGraph) dataset.default_graph = line;
    dataset.excluded_graphs.push_back(line);
  }
  return dataset;
}

}  // namespace coopgraph::graph::engine
