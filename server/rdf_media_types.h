// The RDF syntaxes the server writes, by media type.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "graph/query_results.h"
#include "graph/store.h"

namespace coopgraph::server {

// Turtle first: what a client that accepts anything gets.
const std::vector<std::string>& rdf_media_types();
std::optional<graph::RdfFormat> rdf_format_for(const std::string& media_type);

// JSON first.
const std::vector<std::string>& results_media_types();
std::optional<graph::ResultsFormat> results_format_for(const std::string& media_type);

// The media type that a ?format= value names ("ttl", "json", "html", ...); empty if none.
std::string media_type_for_format_parameter(const std::string& value);

}  // namespace coopgraph::server
