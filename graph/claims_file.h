// The file beside a store that keeps the statements the store holds in another graph (see
// Store::add). Not N-Quads: Raptor's N-Quads reader lowercases language tags, and the store
// must get back exactly the terms it was given. Each field is written as "<length>:<bytes>";
// a statement is its graph, then each term's kind, value, language and datatype, then a
// newline.
#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "graph/term.h"

namespace coopgraph::graph {

using Claim = std::pair<Triple, std::string>;  // a triple and a graph that states it

void append_claim(std::string& out, const Triple& triple, const std::string& graph);

// GraphError naming the file when it cannot be read or is not in this form.
std::vector<Claim> read_claims_file(const std::filesystem::path& path);

}  // namespace coopgraph::graph
