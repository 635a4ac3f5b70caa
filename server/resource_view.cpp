#include "server/resource_view.h"

#include <algorithm>
#include <map>

#include "graph/vocab.h"

namespace coopgraph::server {
namespace {

namespace vocab = graph::vocab;
using graph::Term;
using graph::Triple;

// Labels, looked up once per IRI: English first, then any language.
class Labeller {
 public:
  Labeller(graph::Store& store, graph::Store& ontology) : store_(store), ontology_(ontology) {}

  std::string label(const std::string& iri) {
    if (auto cached = cache_.find(iri); cached != cache_.end()) return cached->second;
    std::string chosen;
    for (graph::Store* source : {&store_, &ontology_}) {
      for (const std::string& predicate :
           {vocab::kRdfsLabel, vocab::kSkosPrefLabel, vocab::kDctermsTitle}) {
        for (const Triple& triple : source->find(Term::iri(iri), Term::iri(predicate), {}, 16)) {
          if (triple.object.language == "en" || chosen.empty()) chosen = triple.object.value;
          if (triple.object.language == "en") break;
        }
        if (!chosen.empty()) break;
      }
      if (!chosen.empty()) break;
    }
    cache_.emplace(iri, chosen);
    return chosen;
  }

  Link link(const std::string& iri) { return {iri, label(iri)}; }

 private:
  graph::Store& store_;
  graph::Store& ontology_;
  std::map<std::string, std::string> cache_;
};

std::vector<Link> subjects_with(graph::Store& store, Labeller& labeller,
                                const std::string& predicate, const std::string& iri,
                                std::size_t limit) {
  std::vector<Link> links;
  for (const Triple& triple : store.find({}, Term::iri(predicate), Term::iri(iri), limit)) {
    if (triple.subject.is_iri()) links.push_back(labeller.link(triple.subject.value));
  }
  std::sort(links.begin(), links.end(), [](const Link& a, const Link& b) {
    return std::tie(a.label, a.iri) < std::tie(b.label, b.iri);
  });
  return links;
}

ObservationRow read_observation(graph::Store& store, Labeller& labeller, const std::string& iri) {
  ObservationRow row;
  row.observation = {iri, {}};
  for (const Triple& triple : store.find(Term::iri(iri), {}, {})) {
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

MentionRow read_mention(graph::Store& store, Labeller& labeller, const std::string& iri) {
  MentionRow row;
  for (const Triple& triple : store.find(Term::iri(iri), {}, {})) {
    if (triple.predicate.value == vocab::kInArticle)
      row.article = labeller.link(triple.object.value);
    if (triple.predicate.value == vocab::kLine) row.line = triple.object.value;
    if (triple.predicate.value == vocab::kSentence) row.sentence = triple.object.value;
  }
  return row;
}

}  // namespace

std::optional<ResourceView> view_resource(graph::Store& store, graph::Store& ontology,
                                          const std::string& iri, std::size_t limit) {
  Labeller labeller(store, ontology);
  ResourceView view;
  view.iri = iri;
  view.limit = limit;
  const std::vector<Triple> about = store.find(Term::iri(iri), {}, {}, limit * 4);
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
  std::sort(view.properties.begin(), view.properties.end(),
            [](const PropertyValue& a, const PropertyValue& b) {
              return std::tie(a.property.label, a.property.iri, a.value.value) <
                     std::tie(b.property.label, b.property.iri, b.value.value);
            });
  for (const Triple& triple : store.find({}, Term::iri(vocab::kAbout), Term::iri(iri), limit)) {
    view.observations.push_back(read_observation(store, labeller, triple.subject.value));
  }
  std::sort(view.observations.begin(), view.observations.end(),
            [](const ObservationRow& a, const ObservationRow& b) {
              return std::tie(a.period_start, a.measure.label, a.observation.iri) <
                     std::tie(b.period_start, b.measure.label, b.observation.iri);
            });
  for (const Triple& triple : store.find({}, Term::iri(vocab::kMentionOf), Term::iri(iri), limit)) {
    view.mentions.push_back(read_mention(store, labeller, triple.subject.value));
  }
  std::sort(view.mentions.begin(), view.mentions.end(),
            [](const MentionRow& a, const MentionRow& b) {
              return std::tie(a.article.label, a.article.iri, a.line) <
                     std::tie(b.article.label, b.article.iri, b.line);
            });
  view.contents = subjects_with(store, labeller, vocab::kLocatedIn, iri, limit);
  view.mentioned_here = subjects_with(store, labeller, vocab::kMentionedIn, iri, limit);
  for (const std::string& predicate : {vocab::kParticipant, vocab::kAffiliation}) {
    for (Link& link : subjects_with(store, labeller, predicate, iri, limit)) {
      if (view.referring.size() < limit) view.referring.push_back(std::move(link));
    }
  }
  if (about.empty() && view.observations.empty() && view.mentions.empty() &&
      view.contents.empty() && view.mentioned_here.empty() && view.referring.empty()) {
    return std::nullopt;
  }
  return view;
}

std::vector<Triple> describe_resource(graph::Store& store, const std::string& iri,
                                      std::size_t limit) {
  std::vector<Triple> triples = store.find(Term::iri(iri), {}, {}, limit);
  for (const std::string& predicate : {vocab::kLocatedIn, vocab::kAbout, vocab::kMentionOf}) {
    for (Triple& triple : store.find({}, Term::iri(predicate), Term::iri(iri), limit)) {
      triples.push_back(std::move(triple));
    }
  }
  return triples;
}

}  // namespace coopgraph::server
