#include "graph/engine/engine_query.h"

#include "graph/engine/engine_error.h"
#include "graph/engine/query_rewrite.h"
#include "graph/graph_error.h"
#include "graph/sparql_endpoint.h"

namespace coopgraph::graph::engine {
namespace {

// Virtuoso answers a query it rejects with HTTP 400 or 500 and its message as plain text:
// "Virtuoso 37000 Error SP030: SPARQL compiler, line 3: syntax error ...". The text
// after "SPARQL query:" is our rewritten query, which the user never wrote.
std::string engine_message(const std::string& error) {
  std::string message = error;
  const std::size_t virtuoso = message.find("Virtuoso ");
  if (virtuoso != std::string::npos) message = message.substr(virtuoso);
  const std::size_t echoed = message.find("SPARQL query:");
  if (echoed != std::string::npos) message = message.substr(0, echoed);
  while (!message.empty() && std::isspace(static_cast<unsigned char>(message.back())))
    message.pop_back();
  return message;
}

EngineAnswer answer_of(const std::string& url, std::string_view sparql,
                       std::chrono::milliseconds timeout) {
  const SparqlEndpoint client(url, timeout);
  EngineAnswer answer;
  RemoteResults results = client.query(sparql);
  answer.kind = results.kind();
  switch (answer.kind) {
    case QueryResults::Kind::kBindings:
      answer.table = results.table();
      break;
    case QueryResults::Kind::kBoolean:
      answer.boolean = results.boolean();
      break;
    case QueryResults::Kind::kGraph:
      answer.turtle = results.graph_as_turtle();
      answer.triples = results.graph();
      break;
  }
  return answer;
}

}  // namespace

EngineAnswer run_remote_query(const std::string& url, std::string_view sparql,
                              std::chrono::milliseconds timeout) {
  return answer_of(url, sparql, timeout);
}

EngineAnswer run_engine_query(const EngineEndpoint& endpoint, std::string_view sparql,
                              std::chrono::milliseconds timeout) {
  const std::string rewritten = rewrite_query(sparql, endpoint.dataset);
  EngineAnswer answer;
  try {
    answer = answer_of(endpoint.url, rewritten, timeout);
    for (auto& row : answer.table.rows) {
      for (auto& value : row) {
        if (value && !value->language.empty())
          value->language = canonical_language_tag(value->language);
      }
    }
  } catch (const EndpointTimeout&) {
    throw;
  } catch (const EndpointError& error) {
    const std::string what = error.what();
    // An HTTP answer is the engine's verdict on the query; no answer means it is gone.
    if (what.find("answered HTTP") != std::string::npos) {
      throw QueryError("the SPARQL engine rejected the query: " + engine_message(what));
    }
    throw EngineError("the SPARQL engine stopped while answering (" + what + ")");
  }
  return answer;
}

}  // namespace coopgraph::graph::engine
