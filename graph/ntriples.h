// Writes triples as lines of N-Triples or N-Quads (RDF 1.1: UTF-8, only the characters the
// grammar forbids escaped), without Redland, so that a build can stream its graph into a
// file without a store.
#pragma once

#include <string>
#include <string_view>

#include "graph/term.h"

namespace coopgraph::graph {

// Appends one statement and its newline; an empty named_graph makes an N-Triples line.
void append_statement_line(std::string& out, const Triple& triple, std::string_view named_graph);

}  // namespace coopgraph::graph
