// Reads an RDF file users bring (Turtle, N-Triples, N-Quads, RDF/XML: by its extension) with
// Raptor, whole, before anything is added anywhere: a file with an error adds nothing.
#pragma once

#include <filesystem>
#include <string_view>
#include <vector>

#include "graph/redland/world.h"
#include "graph/statement_lines.h"

namespace coopgraph::graph::redland {

// Every statement of the file with its graph: named_graph where the file names none (N-Quads
// statements that name one keep it). GraphError naming the file and the line.
std::vector<Quad> parse_rdf_file(World& world, const std::filesystem::path& path,
                                 std::string_view named_graph);

}  // namespace coopgraph::graph::redland
