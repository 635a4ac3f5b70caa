// The engine's database inside a store folder, made by `build` from the store's triples:
// every triple once in the default graph (the dataset queries answer over, equal to what the
// export writes), and again in its named graph (its article or RDF file) for GRAPH ?g.
#pragma once

#include <filesystem>
#include <string>

#include "graph/engine/query_rewrite.h"
#include "graph/store_reader.h"

namespace coopgraph::graph::engine {

// The default graph's name inside the engine; no query result shows it.
inline constexpr const char* kDefaultGraph = "urn:x-coopgraph:default";

// Creates and loads STORE/virtuoso from the store's statements (a store StoreWriter has
// written in store_folder); the engine is stopped again when done.
void build_engine_database(const std::filesystem::path& store_folder);

bool has_engine_database(const std::filesystem::path& store_folder);

// The dataset queries must be sent with (see query_rewrite.h).
EngineDataset engine_dataset(const std::filesystem::path& store_folder);

}  // namespace coopgraph::graph::engine
