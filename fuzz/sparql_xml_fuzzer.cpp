// Bytes -> SPARQL XML results, as an endpoint's answer is read (graph/sparql_xml_reader.h):
// either a table whose every row has a cell per declared variable, or a QueryError that
// says it cannot read them; nothing else escapes it. The first byte picks where the bytes
// are cut in two, so that the reading of an answer in pieces is fuzzed too.
#include <cstdint>

#include "fuzz/fuzz_check.h"
#include "graph/graph_error.h"
#include "graph/sparql_xml_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using coopgraph::fuzz::check;
  const std::string_view document = coopgraph::fuzz::as_text(data, size);
  const std::size_t cut = size == 0 ? 0 : data[0] % (size + 1);
  try {
    coopgraph::graph::SparqlXmlStream stream("<fuzz>");
    stream.feed(document.substr(0, cut));
    stream.feed(document.substr(cut));
    const coopgraph::graph::SparqlXmlAnswer answer = stream.finish();
    for (const auto& row : answer.table.rows)
      check(row.size() == answer.table.variables.size(), "a cell per variable");
  } catch (const coopgraph::graph::QueryError& error) {
    check(std::string_view(error.what()).starts_with("<fuzz>: "), "an error names the answer");
  }
  return 0;
}
