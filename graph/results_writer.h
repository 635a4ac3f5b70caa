// Writes query answers in the W3C SPARQL 1.1 results formats (JSON, XML, CSV, TSV), from
// plain values, so that the command line and the endpoint give the same bytes for the
// same answer and a caller can stop reading rows at a bound.
#pragma once
#include <string>
#include <string_view>

#include "graph/query_results.h"

namespace coopgraph::graph {

std::string write_results(const ResultTable& table, ResultsFormat format);
std::string write_boolean(bool value, ResultsFormat format);

// text as a JSON string, quotes included.
std::string json_quoted(std::string_view text);

// The media type of each format, as the SPARQL 1.1 Protocol names it.
const char* results_media_type(ResultsFormat format);

}  // namespace coopgraph::graph
