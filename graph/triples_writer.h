// Writes a set of triples (an answer, one resource's description) in an RDF syntax, with
// our prefixes, through a throwaway in-memory store.
#pragma once
#include <string>
#include <vector>

#include "graph/store.h"

namespace coopgraph::graph {

std::string write_triples(const std::vector<Triple>& triples, RdfFormat format);

}  // namespace coopgraph::graph
