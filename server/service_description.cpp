#include "server/service_description.h"

#include "graph/vocab.h"

namespace coopgraph::server {

std::vector<graph::Triple> service_description(const std::string& endpoint,
                                               const std::string& site) {
  using graph::Term;
  const std::string sd = "http://www.w3.org/ns/sparql-service-description#";
  const std::string formats = "http://www.w3.org/ns/formats/";
  const Term service = Term::iri(endpoint);
  const Term dataset = Term::iri(site + "void");
  std::vector<graph::Triple> triples{
      {service, Term::iri(graph::vocab::kRdfType), Term::iri(sd + "Service")},
      {service, Term::iri(sd + "endpoint"), service},
      {service, Term::iri(sd + "supportedLanguage"), Term::iri(sd + "SPARQL11Query")},
      {service, Term::iri(sd + "feature"), Term::iri(sd + "UnionDefaultGraph")},
      {service, Term::iri(sd + "defaultDataset"), dataset},
      {dataset, Term::iri(graph::vocab::kRdfType), Term::iri(sd + "Dataset")},
      {service, Term::iri(graph::vocab::kRdfsComment),
       Term::literal("Read-only SPARQL 1.1 Query endpoint of coopgraph, run by Rasqal "
                     "0.9.33: no property paths, EXISTS or MINUS; use the materialised "
                     "cg:locatedIn closure, cg:inProvince and cg:inRegion instead.",
                     "en")},
  };
  for (const char* format : {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                             "SPARQL_Results_TSV", "Turtle", "N-Triples", "RDF_XML"}) {
    triples.push_back({service, Term::iri(sd + "resultFormat"), Term::iri(formats + format)});
  }
  return triples;
}

}  // namespace coopgraph::server
