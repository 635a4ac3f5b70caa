// The SPARQL 1.1 Protocol's query operation, read from an HTTP request: GET with query=,
// POST form-encoded, POST application/sparql-query. The endpoint is read-only, so every
// form of the update operation is refused here, before any query runs.
#pragma once
#include <map>
#include <string>
#include <variant>

namespace coopgraph::server {

struct HttpInput {
  std::string method;  // "GET", "POST", ...
  std::string content_type;
  std::string body;
  std::multimap<std::string, std::string> params;  // URL query, and a form-encoded body
};

struct SparqlQueryRequest {
  std::string query;
};

// A request for /sparql that carries no query: the answer is the service description.
struct ServiceDescriptionRequest {};

struct HttpError {
  int status;
  std::string message;
};

using SparqlRequest = std::variant<SparqlQueryRequest, ServiceDescriptionRequest, HttpError>;

SparqlRequest parse_sparql_request(const HttpInput& input);

// True when the text is a SPARQL Update request (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE,
// ADD, MOVE, COPY, WITH) after its prologue and comments.
bool is_sparql_update(const std::string& text);

}  // namespace coopgraph::server
