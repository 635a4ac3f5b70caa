// Bytes -> the rewrite of a query for the engine: it either gives a query text or refuses
// with a QueryError that names a position; nothing else escapes it.
#include <cstdint>

#include "fuzz/fuzz_check.h"
#include "graph/engine/query_rewrite.h"
#include "graph/graph_error.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using coopgraph::fuzz::check;
  const std::string_view query = coopgraph::fuzz::as_text(data, size);
  try {
    const std::string rewritten =
        coopgraph::graph::engine::rewrite_query(query, {"urn:x-default", {"urn:x-hidden"}});
    check(!rewritten.empty() || query.empty(), "a query comes out");
  } catch (const coopgraph::graph::QueryError& error) {
    check(std::string_view(error.what()).starts_with("query:"), "a refusal names its position");
  }
  return 0;
}
