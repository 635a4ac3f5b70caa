// The HTML page of the ontology: each class and property with its labels, definition,
// domain and range, anchored by its local name so that ontology#Term links land on it.
#pragma once
#include <string>

#include "graph/store.h"
#include "server/html.h"

namespace coopgraph::server {

std::string ontology_page(graph::Store& ontology, const LocalLinks& links);

}  // namespace coopgraph::server
