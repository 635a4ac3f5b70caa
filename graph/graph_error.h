// Errors from the graph layer: a failed Redland call, with what Redland said about it, or a
// failed request to a remote SPARQL endpoint.
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

// A remote SPARQL endpoint that could not be reached or refused the query; the message
// names the URL, and for an HTTP error the status and what the server said.
class EndpointError : public GraphError {
 public:
  using GraphError::GraphError;
};

// The endpoint answered, and its answer is that the query failed: an HTTP error status, or
// an answer streamed with 200 that breaks off with the server's error message.
class EndpointRejected : public EndpointError {
 public:
  // status: the HTTP status, or 200 for a streamed answer that broke off with a message.
  EndpointRejected(const std::string& message, long status)
      : EndpointError(message), status_(status) {}
  long status() const { return status_; }

 private:
  long status_;
};

// The endpoint did not answer within the time allowed.
class EndpointTimeout : public EndpointError {
 public:
  using EndpointError::EndpointError;
};

}  // namespace coopgraph::graph
