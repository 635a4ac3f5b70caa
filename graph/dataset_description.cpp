#include "graph/dataset_description.h"

#include "graph/vocab.h"

namespace coopgraph::graph {
namespace {

std::string void_term(std::string_view local) {
  return std::string(vocab::ns::kVoid) + std::string(local);
}
std::string dcat_term(std::string_view local) {
  return std::string(vocab::ns::kDcat) + std::string(local);
}
std::string dcterms(std::string_view local) {
  return std::string(vocab::ns::kDcterms) + std::string(local);
}

std::vector<std::string> column(Store& store, const std::string& sparql) {
  std::vector<std::string> values;
  for (const auto& row : store.query(sparql).table().rows) {
    if (!row.empty() && row[0]) values.push_back(row[0]->value);
  }
  return values;
}

}  // namespace

std::string dataset_iri(const IriMinter& iris) {
  return iris.base() + "dataset";
}

PublicationPlaces default_publication_places(const IriMinter& iris) {
  std::string site = iris.base();
  if (site.ends_with("id/")) site.resize(site.size() - 3);
  return {site + "sparql", site};
}

std::vector<Triple> dataset_description(Store& store, const IriMinter& iris,
                                        const PublicationPlaces& places) {
  std::vector<Triple> triples;
  const Term dataset = Term::iri(dataset_iri(iris));
  auto add = [&](const Term& subject, const std::string& predicate, Term object) {
    triples.push_back({subject, Term::iri(predicate), std::move(object)});
  };
  add(dataset, vocab::kRdfType, Term::iri(void_term("Dataset")));
  add(dataset, vocab::kRdfType, Term::iri(dcat_term("Dataset")));
  add(dataset, dcterms("title"),
      Term::literal(
          "coopgraph: China's handicraft production cooperatives in the People's Daily, 1950s",
          "en"));
  add(dataset, dcterms("title"),
      Term::literal("人民日报所载五十年代手工业生产合作社知识图谱", "zh"));
  add(dataset, dcterms("description"),
      Term::literal("Places, cooperatives, organisations, people, events and the figures reported "
                    "about them, extracted from People's Daily articles in English translation and "
                    "Chinese original, each fact with the sentences it came from.",
                    "en"));
  // The open measures are labelled with CC-CEDICT's glosses (CC BY-SA 4.0), so the dataset
  // is share-alike; jieba's dictionary (MIT) asks only for its notice.
  add(dataset, dcterms("license"), Term::iri("https://creativecommons.org/licenses/by-sa/4.0/"));
  add(dataset, dcterms("rights"),
      Term::literal("CC BY-SA 4.0. English labels of open measures are glosses from CC-CEDICT "
                    "(https://cc-cedict.org/, MDBG and the CC-CEDICT contributors, CC BY-SA 4.0); "
                    "Chinese word segmentation uses the dictionary of jieba "
                    "(https://github.com/fxsjy/jieba, Sun Junyi, MIT licence).",
                    "en"));
  for (const auto& [title, page] : {std::pair{"CC-CEDICT", "https://cc-cedict.org/"},
                                    std::pair{"jieba", "https://github.com/fxsjy/jieba"}}) {
    const Term source = Term::iri(page);
    add(dataset, dcterms("source"), source);
    add(source, dcterms("title"), Term::literal(title));
  }
  add(dataset, void_term("uriSpace"), Term::literal(iris.base()));
  add(dataset, void_term("vocabulary"), Term::iri("https://w3id.org/coopgraph/ontology"));
  add(dataset, void_term("triples"), Term::typed(std::to_string(store.size()), vocab::kXsdInteger));
  add(dataset, void_term("sparqlEndpoint"), Term::iri(places.sparql_endpoint));
  for (const auto& [file, media_type] :
       {std::pair{"dump.ttl", "text/turtle"}, std::pair{"dump.nq", "application/n-quads"}}) {
    const Term dump = Term::iri(places.dump_base + file);
    add(dataset, void_term("dataDump"), dump);
    const Term distribution = Term::iri(dataset_iri(iris) + "/distribution/" + file);
    add(dataset, dcat_term("distribution"), distribution);
    add(distribution, vocab::kRdfType, Term::iri(dcat_term("Distribution")));
    add(distribution, dcat_term("downloadURL"), dump);
    add(distribution, dcat_term("mediaType"), Term::literal(media_type));
  }
  for (const std::string& klass :
       column(store, "SELECT DISTINCT ?c WHERE { ?s a ?c } ORDER BY ?c")) {
    add(dataset, void_term("class"), Term::iri(klass));
  }
  for (const std::string& property :
       column(store, "SELECT DISTINCT ?p WHERE { ?s ?p ?o } ORDER BY ?p")) {
    add(dataset, void_term("property"), Term::iri(property));
  }
  for (const char* klass : {"Article", "City", "ProductionCooperative", "Observation", "Person"}) {
    for (const std::string& example :
         column(store, "SELECT ?s WHERE { ?s a <" + vocab::cg(klass) + "> } ORDER BY ?s LIMIT 1")) {
      add(dataset, void_term("exampleResource"), Term::iri(example));
    }
  }
  return triples;
}

}  // namespace coopgraph::graph
