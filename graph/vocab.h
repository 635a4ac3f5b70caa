// Every IRI the program writes, in one place (the ontology itself is ontology/coopgraph.ttl).
#pragma once

#include <string>
#include <string_view>

namespace coopgraph::graph::vocab {

inline constexpr std::string_view kOntologyNamespace = "https://w3id.org/coopgraph/ontology#";
inline constexpr std::string_view kDefaultIdBase = "https://w3id.org/coopgraph/id/";

inline std::string cg(std::string_view local) {
  return std::string(kOntologyNamespace) + std::string(local);
}

namespace ns {
inline constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
inline constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";
inline constexpr std::string_view kOwl = "http://www.w3.org/2002/07/owl#";
inline constexpr std::string_view kDcterms = "http://purl.org/dc/terms/";
inline constexpr std::string_view kSkos = "http://www.w3.org/2004/02/skos/core#";
inline constexpr std::string_view kProv = "http://www.w3.org/ns/prov#";
}  // namespace ns

// The prefixes written into Turtle and offered to queries.
struct Prefix {
  std::string_view name;
  std::string_view iri;
};
inline constexpr Prefix kPrefixes[] = {
    {"cg", kOntologyNamespace}, {"rdf", ns::kRdf},         {"rdfs", ns::kRdfs}, {"xsd", ns::kXsd},
    {"owl", ns::kOwl},          {"dcterms", ns::kDcterms}, {"skos", ns::kSkos}, {"prov", ns::kProv},
};

inline const std::string kRdfType = std::string(ns::kRdf) + "type";
inline const std::string kXsdDate = std::string(ns::kXsd) + "date";
inline const std::string kXsdInteger = std::string(ns::kXsd) + "integer";
inline const std::string kDctermsTitle = std::string(ns::kDcterms) + "title";
inline const std::string kDctermsDate = std::string(ns::kDcterms) + "date";
inline const std::string kDctermsLanguage = std::string(ns::kDcterms) + "language";

inline const std::string kArticle = cg("Article");
inline const std::string kPage = cg("page");
inline const std::string kPageSection = cg("pageSection");
inline const std::string kColumn = cg("column");
inline const std::string kAuthorName = cg("authorName");
inline const std::string kByline = cg("byline");
inline const std::string kSourceFile = cg("sourceFile");
inline const std::string kParagraphCount = cg("paragraphCount");

}  // namespace coopgraph::graph::vocab
