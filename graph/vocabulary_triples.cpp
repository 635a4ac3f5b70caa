#include "graph/vocabulary_triples.h"

#include "graph/vocab.h"

namespace coopgraph::graph {
namespace {

struct SchemeMapping {
  const extract::ConceptScheme extract::Lexicon::*scheme;
  const char* path;               // in concept IRIs: <base>concept/<path>/<id>
  const char* klass;              // the ontology's class of the concepts
  const char* scheme_individual;  // the ontology's concept scheme
};

constexpr SchemeMapping kSchemes[] = {
    {&extract::Lexicon::trades, "trade", "Trade", "Trades"},
    {&extract::Lexicon::measures, "measure", "Measure", "Measures"},
    {&extract::Lexicon::units, "unit", "Unit", "Units"},
    {&extract::Lexicon::roles, "role", "Role", "Roles"},
    {&extract::Lexicon::event_kinds, "event-kind", "EventKind", "EventKinds"},
};

}  // namespace

std::string vocabulary_graph(const IriMinter& iris) {
  return iris.base() + "graph/vocabularies";
}

std::vector<Triple> vocabulary_triples(const extract::Lexicon& lexicon, const IriMinter& iris) {
  std::vector<Triple> triples;
  for (const SchemeMapping& mapping : kSchemes) {
    for (const extract::Concept& concept_ : (lexicon.*mapping.scheme).concepts()) {
      const Term subject = Term::iri(iris.concept_iri(mapping.path, concept_.id));
      auto add = [&](const std::string& predicate, Term object) {
        triples.push_back({subject, Term::iri(predicate), std::move(object)});
      };
      add(vocab::kRdfType, Term::iri(vocab::kSkosConcept));
      add(vocab::kRdfType, Term::iri(vocab::cg(mapping.klass)));
      add(vocab::kSkosInScheme, Term::iri(vocab::cg(mapping.scheme_individual)));
      if (!concept_.label_en.empty())
        add(vocab::kSkosPrefLabel, Term::literal(concept_.label_en, "en"));
      if (!concept_.label_zh.empty())
        add(vocab::kSkosPrefLabel, Term::literal(concept_.label_zh, "zh"));
      if (!concept_.label_en.empty()) {
        add(vocab::kRdfsLabel, Term::literal(concept_.label_en, "en"));
        add(vocab::kLabelEn, Term::literal(concept_.label_en, "en"));
      }
      if (!concept_.label_zh.empty())
        add(vocab::kRdfsLabel, Term::literal(concept_.label_zh, "zh"));
      if (!concept_.definition_en.empty()) {
        add(vocab::kSkosDefinition, Term::literal(concept_.definition_en, "en"));
      }
      if (!concept_.broader.empty()) {
        add(vocab::kSkosBroader, Term::iri(iris.concept_iri(mapping.path, concept_.broader)));
      }
      if (!concept_.qudt.empty() && concept_.qudt != "CNY") {
        add(vocab::kSkosExactMatch, Term::iri(std::string(vocab::ns::kQudtUnit) + concept_.qudt));
      }
    }
  }
  return triples;
}

}  // namespace coopgraph::graph
