// A remote SPARQL endpoint (such as a Virtuoso loaded from `coopgraph export --format
// nquads`), queried with the SPARQL 1.1 Protocol: the query is POSTed URL-encoded, which
// every endpoint accepts (Virtuoso 7.2 never answers a POST of application/sparql-query),
// and the answer is asked for as SPARQL XML results, which Rasqal can read back.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "graph/remote_results.h"

namespace coopgraph::graph {

class SparqlEndpoint {
 public:
  SparqlEndpoint(std::string url, std::chrono::milliseconds timeout);

  // Throws EndpointError (the URL, and for an HTTP error its status and the server's
  // message), EndpointTimeout, or QueryError for an answer that cannot be read.
  RemoteResults query(std::string_view sparql) const;

  const std::string& url() const { return url_; }

 private:
  std::string url_;
  std::chrono::milliseconds timeout_;
};

}  // namespace coopgraph::graph
