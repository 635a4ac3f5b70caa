// Conversion between our Term values and Redland nodes.
#pragma once

#include "graph/redland/world.h"
#include "graph/term.h"

namespace coopgraph::graph::redland {

NodePtr to_node(World& world, const Term& term);

// Reads a node that librdf lends (it keeps ownership).
Term to_term(librdf_node* node);

}  // namespace coopgraph::graph::redland
