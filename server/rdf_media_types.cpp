#include "server/rdf_media_types.h"

#include <map>

namespace coopgraph::server {

const std::vector<std::string>& rdf_media_types() {
  static const std::vector<std::string> types{"text/turtle", "application/n-triples",
                                              "application/rdf+xml", "text/plain"};
  return types;
}

std::optional<graph::RdfFormat> rdf_format_for(const std::string& media_type) {
  if (media_type == "text/turtle") return graph::RdfFormat::kTurtle;
  if (media_type == "application/n-triples" || media_type == "text/plain") {
    return graph::RdfFormat::kNTriples;
  }
  if (media_type == "application/rdf+xml") return graph::RdfFormat::kRdfXml;
  if (media_type == "application/n-quads") return graph::RdfFormat::kNQuads;
  return std::nullopt;
}

const std::vector<std::string>& results_media_types() {
  static const std::vector<std::string> types{"application/sparql-results+json",
                                              "application/sparql-results+xml",
                                              "text/csv",
                                              "text/tab-separated-values",
                                              "application/json",
                                              "application/xml",
                                              "text/xml"};
  return types;
}

std::optional<graph::ResultsFormat> results_format_for(const std::string& media_type) {
  if (media_type == "application/sparql-results+json" || media_type == "application/json") {
    return graph::ResultsFormat::kJson;
  }
  if (media_type == "application/sparql-results+xml" || media_type == "application/xml" ||
      media_type == "text/xml") {
    return graph::ResultsFormat::kXml;
  }
  if (media_type == "text/csv") return graph::ResultsFormat::kCsv;
  if (media_type == "text/tab-separated-values") return graph::ResultsFormat::kTsv;
  return std::nullopt;
}

std::string media_type_for_format_parameter(const std::string& value) {
  static const std::map<std::string, std::string> kTypes{
      {"ttl", "text/turtle"},
      {"turtle", "text/turtle"},
      {"nt", "application/n-triples"},
      {"ntriples", "application/n-triples"},
      {"rdf", "application/rdf+xml"},
      {"rdfxml", "application/rdf+xml"},
      {"html", "text/html"},
      {"json", "application/sparql-results+json"},
      {"xml", "application/sparql-results+xml"},
      {"csv", "text/csv"},
      {"tsv", "text/tab-separated-values"}};
  const auto found = kTypes.find(value);
  return found == kTypes.end() ? std::string() : found->second;
}

}  // namespace coopgraph::server
