// Answers to SPARQL queries as plain values: which kind an answer is, the rows of variable
// bindings, the W3C results formats they are written in, and a way to run a SELECT.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "graph/term.h"

namespace coopgraph::graph {

enum class ResultsFormat { kCsv, kTsv, kJson, kXml };

// What a query answers: variable bindings (SELECT), a boolean (ASK) or a graph (CONSTRUCT,
// DESCRIBE).
enum class AnswerKind { kBindings, kBoolean, kGraph };

struct ResultTable {
  std::vector<std::string> variables;
  std::vector<std::vector<std::optional<Term>>> rows;  // nullopt: unbound
};

// Runs one SPARQL SELECT over the graph and returns its rows (serve: through the store's
// engine); throws as the engine's query path does.
using SelectQuery = std::function<ResultTable(const std::string& sparql)>;

}  // namespace coopgraph::graph
