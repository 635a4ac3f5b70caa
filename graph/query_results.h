// The answer to one SPARQL query: variable bindings, a boolean (ASK) or a graph
// (CONSTRUCT, DESCRIBE). Results are read once, either row by row or as a whole.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/redland/world.h"
#include "graph/term.h"

namespace coopgraph::graph {

enum class ResultsFormat { kCsv, kTsv, kJson, kXml };

struct ResultTable {
  std::vector<std::string> variables;
  std::vector<std::vector<std::optional<Term>>> rows;  // nullopt: unbound
};

// Runs one SPARQL SELECT over the graph and returns its rows (serve: through the store's
// engine); throws as the engine's query path does.
using SelectQuery = std::function<ResultTable(const std::string& sparql)>;

class QueryResults {
 public:
  enum class Kind { kBindings, kBoolean, kGraph };
  static constexpr std::size_t kUnbounded = static_cast<std::size_t>(-1);

  // Throws QueryError when the query does not parse or cannot run.
  static QueryResults execute(redland::World& world, librdf_model* model, std::string_view sparql);

  Kind kind() const { return kind_; }
  // Throw ResultTooLargeError past max_rows rows or max_triples triples.
  ResultTable table(std::size_t max_rows = kUnbounded);             // kBindings
  bool boolean();                                                   // kBoolean
  std::vector<Triple> graph(std::size_t max_triples = kUnbounded);  // kGraph
  // The W3C SPARQL 1.1 results formats for bindings and booleans.
  std::string format(ResultsFormat format, std::size_t max_rows = kUnbounded);
  // Turtle for graph results.
  std::string graph_as_turtle();

 private:
  QueryResults(redland::World& world, redland::QueryPtr query, redland::QueryResultsPtr results);

  redland::World* world_;
  redland::QueryPtr query_;
  redland::QueryResultsPtr results_;
  Kind kind_;
};

}  // namespace coopgraph::graph
