// A VoID and DCAT description of the graph, for linked-data portals: title, licence,
// size, the classes and properties it uses, example resources, where its SPARQL endpoint
// and dumps are. Computed from the store as it is, so it never disagrees with the data.
#pragma once

#include <string>
#include <vector>

#include "graph/iris.h"
#include "graph/store.h"

namespace coopgraph::graph {

struct PublicationPlaces {
  std::string sparql_endpoint;  // e.g. https://example.org/coopgraph/sparql
  std::string dump_base;        // dumps are <dump_base>dump.ttl and <dump_base>dump.nq
};

// Where a base of "https://host/path/id/" publishes by default: "https://host/path/".
PublicationPlaces default_publication_places(const IriMinter& iris);

std::vector<Triple> dataset_description(Store& store, const IriMinter& iris,
                                        const PublicationPlaces& places);

std::string dataset_iri(const IriMinter& iris);

}  // namespace coopgraph::graph
