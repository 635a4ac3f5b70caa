// Reads back the lines graph/ntriples.h writes, N-Triples and N-Quads, giving each term as it
// was written: the store keeps its statements in such a file and must give back exactly the
// terms it was given (Raptor's N-Quads reader lowercases language tags). Not a reader of the
// RDF users bring, which Raptor parses: a line another writer could make, a comment or a
// blank line is an error here.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "graph/term.h"

namespace coopgraph::graph {

// A statement and its named graph; the graph is empty for an N-Triples line.
struct Quad {
  Triple triple;
  std::string graph;
};

// One line without its newline; false when it is not a statement as graph/ntriples writes one.
bool read_statement_line(std::string_view line, Quad& quad);

// Calls visit for every line of the file in order. GraphError naming the file, and the line
// for a line that is not a statement, when the file cannot be read.
void for_each_statement_line(const std::filesystem::path& path,
                             const std::function<void(const Quad&)>& visit);

// An N-Quads line as graph/ntriples writes it, cut before its graph: the statement
// ("<s> <p> <o>") and the graph ("<g>"). Only for lines that name a graph, as every line of
// the store does; nullopt for a line that does not end in one.
struct QuadLineParts {
  std::string_view statement;
  std::string_view graph_iri;
};
std::optional<QuadLineParts> split_quad_line(std::string_view line);

}  // namespace coopgraph::graph
