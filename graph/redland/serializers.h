// Redland serializers, with our prefixes declared where the syntax has prefixes.
#pragma once

#include "graph/redland/world.h"

namespace coopgraph::graph::redland {

// name: a Raptor serializer name such as "turtle" or "ntriples".
SerializerPtr new_serializer(World& world, const char* name);

}  // namespace coopgraph::graph::redland
