// Points at the place in a query that Rasqal's syntax error is about, so that both the
// command line and the endpoint can show "query:LINE:COLUMN" with the line and a caret.
#pragma once
#include <string>

namespace coopgraph::graph {

struct QueryErrorPosition {
  int line = 0;    // 1-based; 0 when Rasqal's message names no line
  int column = 0;  // 1-based; 0 when the unexpected token cannot be found on the line
};

QueryErrorPosition locate_query_error(const std::string& message, const std::string& sparql);

// The message prefixed with "query:LINE:COLUMN: " and followed by the line and a caret,
// when the position is known; the message as it is otherwise.
std::string with_query_position(const std::string& message, const std::string& sparql);

}  // namespace coopgraph::graph
