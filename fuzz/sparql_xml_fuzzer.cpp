// Bytes -> SPARQL XML results, as an endpoint's answer is read (graph/sparql_xml_reader.h):
// either a table whose every row has a cell per declared variable, or a QueryError that
// says it cannot read them; nothing else escapes it. The first byte picks where the bytes
// are cut in two, so that the reading of an answer in pieces is fuzzed too. The table read
// is then ordered by its columns (graph/solution_order.h), as an answer whose ORDER BY the
// query path took over is: the same rows, each no lower than the one before.
#include <cstdint>

#include "fuzz/fuzz_check.h"
#include "graph/graph_error.h"
#include "graph/solution_order.h"
#include "graph/sparql_xml_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using coopgraph::fuzz::check;
  const std::string_view document = coopgraph::fuzz::as_text(data, size);
  const std::size_t cut = size == 0 ? 0 : data[0] % (size + 1);
  try {
    coopgraph::graph::SparqlXmlStream stream("<fuzz>");
    stream.feed(document.substr(0, cut));
    stream.feed(document.substr(cut));
    coopgraph::graph::SparqlXmlAnswer answer = stream.finish();
    for (const auto& row : answer.table.rows)
      check(row.size() == answer.table.variables.size(), "a cell per variable");
    if (answer.table.variables.empty()) return 0;
    std::vector<coopgraph::graph::OrderCondition> conditions;
    for (std::size_t i = 0; i < answer.table.variables.size(); ++i)
      conditions.push_back({answer.table.variables[i], i % 2 == 1});
    const std::size_t rows = answer.table.rows.size();
    coopgraph::graph::order_solutions(answer.table, conditions);
    check(answer.table.rows.size() == rows, "ordering keeps every row");
    for (std::size_t i = 1; i < rows; ++i) {
      const auto& first = answer.table.rows[i - 1][0];
      const auto& next = answer.table.rows[i][0];
      check(coopgraph::graph::compare_for_order(first, next) <= 0, "rows in order");
    }
  } catch (const coopgraph::graph::QueryError& error) {
    check(std::string_view(error.what()).starts_with("<fuzz>: "), "an error names the answer");
  }
  return 0;
}
