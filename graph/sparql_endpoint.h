// A remote SPARQL endpoint (such as a Virtuoso loaded from `coopgraph export --format
// nquads`), queried with the SPARQL 1.1 Protocol: the query is POSTed URL-encoded, which
// every endpoint accepts (Virtuoso 7.2 never answers a POST of application/sparql-query),
// and the answer is asked for as SPARQL XML results, which Rasqal can read back.
#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/remote_results.h"

namespace coopgraph::graph {

class SparqlEndpoint {
 public:
  SparqlEndpoint(std::string url, std::chrono::milliseconds timeout);

  // Throws EndpointError (the URL, and for an HTTP error its status and the server's
  // message), EndpointTimeout, or QueryError for an answer that cannot be read.
  RemoteResults query(std::string_view sparql) const;
  // The same, with extra form fields for the endpoint (such as Virtuoso's own timeout).
  // An answer Virtuoso marks as cut short at its time limit (X-SQL-State: S1TAT, an
  // "anytime" answer) throws EndpointTimeout: it would be complete-looking and wrong.
  RemoteResults query(std::string_view sparql,
                      const std::vector<std::pair<std::string, std::string>>& fields) const;

  const std::string& url() const { return url_; }

 private:
  std::string url_;
  std::chrono::milliseconds timeout_;
};

}  // namespace coopgraph::graph
