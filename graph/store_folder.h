// The files of a store folder that StoreWriter writes and StoreReader reads; the engine's
// database lies beside them in virtuoso/ (graph/engine/engine_database.h).
#pragma once

namespace coopgraph::graph::store_folder {

// Every triple once, as N-Quads in the graph that keeps it (see QuadSink::add), the graphs in
// the order of their IRIs: the export's N-Quads, and what the engine loads.
inline constexpr const char* kStatements = "statements.nq";
// The statements of triples that a graph states and another graph keeps, as N-Quads in the
// graph that states them: what build --add needs to take a graph out without losing a triple
// another graph states too.
inline constexpr const char* kOtherClaims = "other-claims.nq";

}  // namespace coopgraph::graph::store_folder
