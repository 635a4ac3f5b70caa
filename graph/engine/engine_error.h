// Errors from the query engine's process: it cannot be found, started, loaded or reached.
// The message names what to install or the log to read.
#pragma once

#include "graph/graph_error.h"

namespace coopgraph::graph::engine {

class EngineError : public GraphError {
 public:
  using GraphError::GraphError;
};

}  // namespace coopgraph::graph::engine
