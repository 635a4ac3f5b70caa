// The engine's database inside a store folder, made by `build` from the store's triples:
// every triple once, in the named graph that keeps it (its article or RDF file). The default
// graph queries answer over is the union of those graphs, which is what the export writes;
// the graphs Virtuoso keeps for itself are left out of it (see engine_dataset).
#pragma once

#include <filesystem>
#include <string>

#include "graph/engine/query_rewrite.h"
#include "graph/store_reader.h"

namespace coopgraph::graph::engine {

// Databases built before 2026-12 held every triple a second time in this graph, named as
// their default graph in the excluded-graphs file; they are still answered that way.
inline constexpr const char* kLoadedTwiceGraph = "urn:x-coopgraph:default";

// Creates and loads STORE/virtuoso from the store's statements (a store StoreWriter has
// written in store_folder); the engine is stopped again when done.
void build_engine_database(const std::filesystem::path& store_folder);

bool has_engine_database(const std::filesystem::path& store_folder);

// The dataset queries must be sent with (see query_rewrite.h).
EngineDataset engine_dataset(const std::filesystem::path& store_folder);

}  // namespace coopgraph::graph::engine
