// Writes triples as lines of N-Triples or N-Quads (RDF 1.1: UTF-8, only the characters the
// grammar forbids escaped), without Redland, so that a build can stream its graph into a
// file without a store.
#pragma once

#include <string>
#include <string_view>

#include "graph/term.h"

namespace coopgraph::graph {

// Appends one term as N-Triples writes it (also the term syntax of SPARQL TSV results).
void append_term(std::string& out, const Term& term);

// Appends one statement and its newline; an empty named_graph makes an N-Triples line.
void append_statement_line(std::string& out, const Triple& triple, std::string_view named_graph);

// What ends every line of one graph: " <graph> .\n", or " .\n" for an N-Triples line.
std::string statement_line_end(std::string_view named_graph);
// The same line as append_statement_line, ended by what statement_line_end made: for the
// many lines of one graph, whose IRI is then escaped once, not once a line.
void append_statement_line_ended(std::string& out, const Triple& triple, std::string_view end);

}  // namespace coopgraph::graph
