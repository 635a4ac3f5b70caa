// Errors from the graph layer: a failed Redland call, with what Redland said about it.
#pragma once

#include <stdexcept>
#include <string>

namespace coopgraph::graph {

class GraphError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A query that cannot run; the message says where in the query, when Redland says.
class QueryError : public GraphError {
 public:
  using GraphError::GraphError;
};

// An answer with more rows or triples than the caller allowed.
class ResultTooLargeError : public QueryError {
 public:
  using QueryError::QueryError;
};

}  // namespace coopgraph::graph
