// One query through the project's path to the store's engine: rewritten (query_rewrite.h),
// sent over the SPARQL 1.1 Protocol, and read back into plain values, with language tags in
// their usual case again, so that the results writer formats them as it formats any answer.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "graph/engine/engine_instance.h"
#include "graph/query_results.h"

namespace coopgraph::graph::engine {

struct EngineAnswer {
  AnswerKind kind = AnswerKind::kBindings;
  ResultTable table;            // kBindings
  bool boolean = false;         // kBoolean
  std::string turtle;           // kGraph
  std::vector<Triple> triples;  // kGraph
};

// Throws QueryError for a query refused or rejected (with the engine's message),
// EngineError when the engine stopped answering, EndpointTimeout past timeout.
EngineAnswer run_engine_query(const EngineEndpoint& endpoint, std::string_view sparql,
                              std::chrono::milliseconds timeout);

// A query sent as written to another SPARQL endpoint (query --endpoint).
EngineAnswer run_remote_query(const std::string& url, std::string_view sparql,
                              std::chrono::milliseconds timeout);

}  // namespace coopgraph::graph::engine
