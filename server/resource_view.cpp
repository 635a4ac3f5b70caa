#include "server/resource_view.h"

#include <algorithm>
#include <initializer_list>
#include <map>
#include <set>
#include <string_view>

#include "graph/graph_error.h"
#include "graph/vocab.h"

namespace coopgraph::server {
namespace {

namespace vocab = graph::vocab;
using graph::ResultTable;
using graph::Term;
using graph::Triple;

// IRIs named in one VALUES block: keeps each query to a few kilobytes.
constexpr std::size_t kValuesPerQuery = 100;

// An IRI as SPARQL writes it, or nullopt for text that no IRI can be (IRIREF forbids these
// characters): a request path must never change the shape of a query.
std::optional<std::string> iri_ref(std::string_view iri) {
  constexpr std::string_view kForbidden = "<>\"{}|^`\\";
  if (iri.empty()) return std::nullopt;
  for (const unsigned char c : iri) {
    if (c <= 0x20 || kForbidden.find(static_cast<char>(c)) != std::string_view::npos) {
      return std::nullopt;
    }
  }
  return "<" + std::string(iri) + ">";
}

// The named columns of each row, in the order named, whatever order the engine lists the
// variables in; rows with one of them unbound are left out.
std::vector<std::vector<Term>> rows_of(const ResultTable& table,
                                       std::initializer_list<std::string_view> names) {
  std::vector<std::size_t> columns;
  for (const std::string_view name : names) {
    const auto at = std::find(table.variables.begin(), table.variables.end(), name);
    if (at == table.variables.end()) {
      throw graph::GraphError("the engine's answer has no ?" + std::string(name));
    }
    columns.push_back(static_cast<std::size_t>(at - table.variables.begin()));
  }
  std::vector<std::vector<Term>> rows;
  for (const auto& row : table.rows) {
    std::vector<Term> values;
    for (const std::size_t column : columns) {
      if (column >= row.size() || !row[column]) break;
      values.push_back(*row[column]);
    }
    if (values.size() == columns.size()) rows.push_back(std::move(values));
  }
  return rows;
}

std::string limit_clause(std::size_t limit) {
  return " LIMIT " + std::to_string(limit);
}

// The triples <iri> ?p ?o, at most limit of them.
std::vector<Triple> triples_about(const graph::SelectQuery& select, const std::string& iri,
                                  std::size_t limit) {
  std::vector<Triple> triples;
  const ResultTable table =
      select("SELECT ?p ?o WHERE { " + *iri_ref(iri) + " ?p ?o }" + limit_clause(limit));
  for (std::vector<Term>& row : rows_of(table, {"p", "o"})) {
    triples.push_back({Term::iri(iri), std::move(row[0]), std::move(row[1])});
  }
  return triples;
}

// The IRIs ?s of the triples ?s <predicate> <iri>, at most limit of them.
std::vector<std::string> subjects_of(const graph::SelectQuery& select, const std::string& predicate,
                                     const std::string& iri, std::size_t limit) {
  std::vector<std::string> subjects;
  const ResultTable table = select("SELECT ?s WHERE { ?s " + *iri_ref(predicate) + " " +
                                   *iri_ref(iri) + " }" + limit_clause(limit));
  for (const std::vector<Term>& row : rows_of(table, {"s"})) {
    if (row[0].is_iri()) subjects.push_back(row[0].value);
  }
  return subjects;
}

// Runs one query per kValuesPerQuery of iris, each with "VALUES ?s { ... }" in place of
// $VALUES in pattern.
std::vector<std::vector<Term>> rows_for_each(const graph::SelectQuery& select,
                                             const std::vector<std::string>& iris,
                                             const std::string& head, const std::string& pattern,
                                             std::initializer_list<std::string_view> names) {
  std::vector<std::vector<Term>> rows;
  for (std::size_t start = 0; start < iris.size(); start += kValuesPerQuery) {
    std::string values = "VALUES ?s {";
    for (std::size_t i = start; i < std::min(iris.size(), start + kValuesPerQuery); ++i) {
      if (const auto ref = iri_ref(iris[i])) values += " " + *ref;
    }
    values += " }";
    for (std::vector<Term>& row :
         rows_of(select(head + " WHERE { " + values + " " + pattern + " }"), names)) {
      rows.push_back(std::move(row));
    }
  }
  return rows;
}

// Every triple whose subject is one of iris, by subject.
std::map<std::string, std::vector<Triple>> triples_of(const graph::SelectQuery& select,
                                                      const std::vector<std::string>& iris) {
  std::map<std::string, std::vector<Triple>> triples;
  for (std::vector<Term>& row :
       rows_for_each(select, iris, "SELECT ?s ?p ?o", "?s ?p ?o", {"s", "p", "o"})) {
    const std::string subject = row[0].value;
    triples[subject].push_back({std::move(row[0]), std::move(row[1]), std::move(row[2])});
  }
  return triples;
}

// Labels, read for all the IRIs of a view at once: the first of rdfs:label, skos:prefLabel
// and dcterms:title that the IRI has, in English when there is one; from the graph, else
// from the ontology.
class Labeller {
 public:
  explicit Labeller(graph::Store& ontology) : ontology_(ontology) {}

  void read(const graph::SelectQuery& select, const std::set<std::string>& wanted) {
    static const std::vector<std::string> kPredicates{vocab::kRdfsLabel, vocab::kSkosPrefLabel,
                                                      vocab::kDctermsTitle};
    std::string predicates = "VALUES ?p {";
    for (const std::string& predicate : kPredicates)
      predicates += " " + *iri_ref(predicate);
    predicates += " }";
    // Candidates by IRI, then by the rank of their predicate.
    std::map<std::string, std::map<std::size_t, std::vector<Term>>> found;
    const std::vector<std::string> iris(wanted.begin(), wanted.end());
    for (std::vector<Term>& row : rows_for_each(select, iris, "SELECT ?s ?p ?l",
                                                predicates + " ?s ?p ?l", {"s", "p", "l"})) {
      const auto rank = std::find(kPredicates.begin(), kPredicates.end(), row[1].value);
      found[row[0].value][static_cast<std::size_t>(rank - kPredicates.begin())].push_back(
          std::move(row[2]));
    }
    for (const std::string& iri : iris) {
      const auto candidates = found.find(iri);
      labels_[iri] = candidates != found.end() ? chosen(candidates->second.begin()->second)
                                               : ontology_label(iri, kPredicates);
    }
  }

  Link link(const std::string& iri) const {
    const auto label = labels_.find(iri);
    return {iri, label != labels_.end() ? label->second : std::string()};
  }

 private:
  // The English one, else the first in a fixed order, so that a page reads the same each time.
  static std::string chosen(std::vector<Term> labels) {
    std::sort(labels.begin(), labels.end(), [](const Term& a, const Term& b) {
      return std::tie(a.language, a.value) < std::tie(b.language, b.value);
    });
    for (const Term& label : labels) {
      if (label.language == "en") return label.value;
    }
    return labels.empty() ? std::string() : labels.front().value;
  }

  std::string ontology_label(const std::string& iri, const std::vector<std::string>& predicates) {
    for (const std::string& predicate : predicates) {
      const std::vector<Triple> labels =
          ontology_.find(Term::iri(iri), Term::iri(predicate), {}, 16);
      if (labels.empty()) continue;
      std::vector<Term> values;
      for (const Triple& triple : labels)
        values.push_back(triple.object);
      return chosen(std::move(values));
    }
    return {};
  }

  graph::Store& ontology_;
  std::map<std::string, std::string> labels_;
};

// What a view links to, and so needs a label for.
void add_links(const std::vector<Triple>& triples, std::set<std::string>& iris) {
  for (const Triple& triple : triples) {
    iris.insert(triple.predicate.value);
    if (triple.object.is_iri()) iris.insert(triple.object.value);
  }
}

std::vector<Link> sorted_links(const std::vector<std::string>& iris, const Labeller& labeller) {
  std::vector<Link> links;
  for (const std::string& iri : iris)
    links.push_back(labeller.link(iri));
  std::sort(links.begin(), links.end(), [](const Link& a, const Link& b) {
    return std::tie(a.label, a.iri) < std::tie(b.label, b.iri);
  });
  return links;
}

ObservationRow read_observation(const std::string& iri, const std::vector<Triple>& triples,
                                const Labeller& labeller) {
  ObservationRow row;
  row.observation = {iri, {}};
  for (const Triple& triple : triples) {
    const std::string& predicate = triple.predicate.value;
    const std::string& value = triple.object.value;
    if (predicate == vocab::kMeasure) row.measure = labeller.link(value);
    if (predicate == vocab::kUnit) row.unit = labeller.link(value);
    if (predicate == vocab::kValue) row.value = value;
    if (predicate == vocab::kUpperValue) row.upper_value = value;
    if (predicate == vocab::kValueNewYuan) row.value_new_yuan = value;
    if (predicate == vocab::kOriginalText) row.original_text = value;
    if (predicate == vocab::kLowerBound) row.lower_bound = value == "true";
    if (predicate == vocab::kApproximate) row.approximate = value == "true";
    if (predicate == vocab::kPeriodStart) row.period_start = value;
    if (predicate == vocab::kPeriodEnd) row.period_end = value;
    if (predicate == vocab::kQualifier) row.qualifier = value;
    if (predicate == vocab::kStatus) row.status = value;
    if (predicate == vocab::kSentenceEn) row.sentence_en = value;
    if (predicate == vocab::kSentenceZh) row.sentence_zh = value;
    if (predicate == vocab::kProvWasDerivedFrom) row.source = labeller.link(value);
  }
  return row;
}

MentionRow read_mention(const std::vector<Triple>& triples, const Labeller& labeller) {
  MentionRow row;
  for (const Triple& triple : triples) {
    if (triple.predicate.value == vocab::kInArticle)
      row.article = labeller.link(triple.object.value);
    if (triple.predicate.value == vocab::kLine) row.line = triple.object.value;
    if (triple.predicate.value == vocab::kSentence) row.sentence = triple.object.value;
  }
  return row;
}

}  // namespace

std::optional<ResourceView> view_resource(const graph::SelectQuery& select, graph::Store& ontology,
                                          const std::string& iri, std::size_t limit) {
  if (!iri_ref(iri)) return std::nullopt;
  // What the graph holds about the IRI, read first; then the labels of all it links to.
  const std::vector<Triple> about = triples_about(select, iri, limit * 4);
  const std::vector<std::string> observed = subjects_of(select, vocab::kAbout, iri, limit);
  const std::vector<std::string> mentioned = subjects_of(select, vocab::kMentionOf, iri, limit);
  std::map<std::string, std::vector<Triple>> details = triples_of(select, observed);
  details.merge(triples_of(select, mentioned));
  const std::vector<std::string> contents = subjects_of(select, vocab::kLocatedIn, iri, limit);
  const std::vector<std::string> mentioned_here =
      subjects_of(select, vocab::kMentionedIn, iri, limit);
  // Participants first, then affiliated: each list sorted on its own.
  const std::vector<std::vector<std::string>> referring{
      subjects_of(select, vocab::kParticipant, iri, limit),
      subjects_of(select, vocab::kAffiliation, iri, limit)};
  if (about.empty() && observed.empty() && mentioned.empty() && contents.empty() &&
      mentioned_here.empty() && referring[0].empty() && referring[1].empty()) {
    return std::nullopt;
  }

  std::set<std::string> wanted;
  add_links(about, wanted);
  for (const auto& [subject, triples] : details)
    add_links(triples, wanted);
  for (const auto* list : {&contents, &mentioned_here, &referring[0], &referring[1]})
    wanted.insert(list->begin(), list->end());
  Labeller labeller(ontology);
  labeller.read(select, wanted);

  ResourceView view;
  view.iri = iri;
  view.limit = limit;
  for (const Triple& triple : about) {
    const std::string& predicate = triple.predicate.value;
    if (predicate == vocab::kLabelEn) continue;  // the English rdfs:label again, for queries
    if (predicate == vocab::kRdfsLabel || predicate == vocab::kSkosPrefLabel ||
        predicate == vocab::kDctermsTitle) {
      view.labels.push_back(triple.object);
    } else if (predicate == vocab::kRdfType && triple.object.is_iri()) {
      view.types.push_back(labeller.link(triple.object.value));
    } else if (predicate == vocab::kLocatedIn && triple.object.is_iri()) {
      view.located_in.push_back(labeller.link(triple.object.value));
    } else {
      PropertyValue value{labeller.link(predicate), std::nullopt, triple.object};
      if (triple.object.is_iri()) value.resource = labeller.link(triple.object.value);
      view.properties.push_back(std::move(value));
    }
  }
  // The engine keeps no order the store had: each list gets one, so a page reads the same
  // each time.
  std::sort(view.labels.begin(), view.labels.end(), [](const Term& a, const Term& b) {
    return std::tie(a.language, a.value) < std::tie(b.language, b.value);
  });
  for (std::vector<Link>* links : {&view.types, &view.located_in}) {
    std::sort(links->begin(), links->end(), [](const Link& a, const Link& b) {
      return std::tie(a.label, a.iri) < std::tie(b.label, b.iri);
    });
  }
  std::sort(view.properties.begin(), view.properties.end(),
            [](const PropertyValue& a, const PropertyValue& b) {
              return std::tie(a.property.label, a.property.iri, a.value.value) <
                     std::tie(b.property.label, b.property.iri, b.value.value);
            });
  for (const std::string& observation : observed) {
    view.observations.push_back(read_observation(observation, details[observation], labeller));
  }
  std::sort(view.observations.begin(), view.observations.end(),
            [](const ObservationRow& a, const ObservationRow& b) {
              return std::tie(a.period_start, a.measure.label, a.observation.iri) <
                     std::tie(b.period_start, b.measure.label, b.observation.iri);
            });
  for (const std::string& mention : mentioned) {
    view.mentions.push_back(read_mention(details[mention], labeller));
  }
  std::sort(view.mentions.begin(), view.mentions.end(),
            [](const MentionRow& a, const MentionRow& b) {
              return std::tie(a.article.label, a.article.iri, a.line) <
                     std::tie(b.article.label, b.article.iri, b.line);
            });
  view.contents = sorted_links(contents, labeller);
  view.mentioned_here = sorted_links(mentioned_here, labeller);
  for (const std::vector<std::string>& list : referring) {
    for (Link& link : sorted_links(list, labeller)) {
      if (view.referring.size() < limit) view.referring.push_back(std::move(link));
    }
  }
  return view;
}

std::vector<Triple> describe_resource(const graph::SelectQuery& select, const std::string& iri,
                                      std::size_t limit) {
  if (!iri_ref(iri)) return {};
  std::vector<Triple> triples = triples_about(select, iri, limit);
  for (const std::string& predicate : {vocab::kLocatedIn, vocab::kAbout, vocab::kMentionOf}) {
    for (std::string& subject : subjects_of(select, predicate, iri, limit)) {
      triples.push_back({Term::iri(std::move(subject)), Term::iri(predicate), Term::iri(iri)});
    }
  }
  return triples;
}

}  // namespace coopgraph::server
