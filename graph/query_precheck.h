// Reads a SPARQL query before Rasqal does, to catch what Rasqal 0.9.33 cannot run — property
// paths, EXISTS, NOT EXISTS, MINUS — with the line and column, and to say what to write
// instead (the place hierarchy and type closure are materialised). Also warns about what
// Rasqal runs but gets wrong (GROUP_CONCAT's separator, YEAR() on dates).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace coopgraph::graph {

struct QueryIssue {
  std::size_t line = 0;    // 1-based
  std::size_t column = 0;  // 1-based, in characters
  std::string message;
};

struct PrecheckResult {
  std::vector<QueryIssue> errors;    // the query cannot run as written
  std::vector<QueryIssue> warnings;  // it runs, but not as one would expect
};

PrecheckResult precheck_query(std::string_view sparql);

}  // namespace coopgraph::graph
