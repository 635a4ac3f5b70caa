#include "graph/dataset_description.h"

#include <algorithm>
#include <map>
#include <set>

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

// The classes whose first resource is an example (void:exampleResource), in this order.
constexpr const char* kExampleClasses[] = {"Article", "City", "ProductionCooperative",
                                           "Observation", "Person"};

std::vector<std::string> column(const SelectQuery& select, const std::string& sparql) {
  std::vector<std::string> values;
  for (const auto& row : select(sparql).rows) {
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

DatasetContents dataset_contents(StoreReader& store) {
  DatasetContents contents;
  contents.triples = store.size();
  std::set<std::string> classes;
  std::set<std::string> properties;
  std::map<std::string, std::string> first_of_class;  // by class IRI
  for (const char* klass : kExampleClasses)
    first_of_class[vocab::cg(klass)];
  store.for_each_quad([&](const Triple& triple, const std::string&) {
    properties.insert(triple.predicate.value);
    if (triple.predicate.value != vocab::kRdfType) return;
    classes.insert(triple.object.value);
    const auto example = first_of_class.find(triple.object.value);
    if (example != first_of_class.end() && triple.subject.is_iri() &&
        (example->second.empty() || triple.subject.value < example->second)) {
      example->second = triple.subject.value;
    }
  });
  contents.classes.assign(classes.begin(), classes.end());
  contents.properties.assign(properties.begin(), properties.end());
  for (const char* klass : kExampleClasses) {
    const std::string& example = first_of_class[vocab::cg(klass)];
    if (!example.empty()) contents.examples.push_back(example);
  }
  return contents;
}

DatasetContents dataset_contents(const SelectQuery& select) {
  DatasetContents contents;
  for (const std::string& count : column(select, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")) {
    contents.triples = std::stoull(count);
  }
  // Sorted here, by code point as the export sorts, whatever order the engine keeps IRIs in.
  contents.classes = column(select, "SELECT DISTINCT ?c WHERE { ?s a ?c }");
  std::sort(contents.classes.begin(), contents.classes.end());
  contents.properties = column(select, "SELECT DISTINCT ?p WHERE { ?s ?p ?o }");
  std::sort(contents.properties.begin(), contents.properties.end());
  for (const char* klass : kExampleClasses) {
    for (const std::string& example :
         column(select, "SELECT ?s WHERE { ?s a <" + vocab::cg(klass) +
                            "> FILTER(isIRI(?s)) } ORDER BY STR(?s) LIMIT 1")) {
      contents.examples.push_back(example);
    }
  }
  return contents;
}

std::vector<Triple> dataset_description(const DatasetContents& contents, const IriMinter& iris,
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
  add(dataset, void_term("triples"),
      Term::typed(std::to_string(contents.triples), vocab::kXsdInteger));
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
  for (const std::string& klass : contents.classes)
    add(dataset, void_term("class"), Term::iri(klass));
  for (const std::string& property : contents.properties)
    add(dataset, void_term("property"), Term::iri(property));
  for (const std::string& example : contents.examples)
    add(dataset, void_term("exampleResource"), Term::iri(example));
  return triples;
}

}  // namespace coopgraph::graph
