// The answer to one SPARQL query: variable bindings, a boolean (ASK) or a graph
// (CONSTRUCT, DESCRIBE). Results are read once, either row by row or as a whole.
#pragma once

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

class QueryResults {
 public:
  enum class Kind { kBindings, kBoolean, kGraph };

  // Throws QueryError when the query does not parse or cannot run.
  static QueryResults execute(redland::World& world, librdf_model* model, std::string_view sparql);

  Kind kind() const { return kind_; }
  ResultTable table();          // kBindings
  bool boolean();               // kBoolean
  std::vector<Triple> graph();  // kGraph
  // The W3C SPARQL 1.1 results formats for bindings and booleans.
  std::string format(ResultsFormat format);
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
