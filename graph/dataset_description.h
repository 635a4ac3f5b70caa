// A VoID and DCAT description of the graph, for linked-data portals: title, licence,
// size, the classes and properties it uses, example resources, where its SPARQL endpoint
// and dumps are. Computed from the store as it is, so it never disagrees with the data.
#pragma once

#include <string>
#include <vector>

#include "graph/iris.h"
#include "graph/query_results.h"
#include "graph/store_reader.h"

namespace coopgraph::graph {

struct PublicationPlaces {
  std::string sparql_endpoint;  // e.g. https://example.org/coopgraph/sparql
  std::string dump_base;        // dumps are <dump_base>dump.ttl and <dump_base>dump.nq
};

// Where a base of "https://host/path/id/" publishes by default: "https://host/path/".
PublicationPlaces default_publication_places(const IriMinter& iris);

// What the description says of the data itself.
struct DatasetContents {
  std::size_t triples = 0;
  std::vector<std::string> classes;     // sorted
  std::vector<std::string> properties;  // sorted
  // The first resource (in IRI order) of each of a few classes that show the graph's shape.
  std::vector<std::string> examples;
};

// Read from the store by one pass over it (export).
DatasetContents dataset_contents(StoreReader& store);
// Read with SPARQL over the graph (serve: the store's engine).
DatasetContents dataset_contents(const SelectQuery& select);

std::vector<Triple> dataset_description(const DatasetContents& contents, const IriMinter& iris,
                                        const PublicationPlaces& places);

std::string dataset_iri(const IriMinter& iris);

}  // namespace coopgraph::graph
