// Bytes -> the SPARQL precheck that runs before Rasqal: never throws, and every issue it
// reports has a position inside the query.
#include <cstdint>

#include "fuzz/fuzz_check.h"
#include "graph/query_precheck.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using coopgraph::fuzz::check;
  const std::string_view query = coopgraph::fuzz::as_text(data, size);
  std::size_t line_ends = 0;
  for (char c : query)
    line_ends += c == '\n' ? 1 : 0;
  const auto result = coopgraph::graph::precheck_query(query);
  for (const auto* issues : {&result.errors, &result.warnings}) {
    for (const auto& issue : *issues) {
      check(issue.line >= 1 && issue.line <= line_ends + 1, "issue on a line of the query");
      check(issue.column >= 1 && issue.column <= query.size() + 1, "issue in a column");
      check(!issue.message.empty(), "issue says what is wrong");
    }
  }
  return 0;
}
