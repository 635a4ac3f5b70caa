#include "graph/facts_triples.h"

#include "graph/vocab.h"

namespace coopgraph::graph {
namespace {

using extract::Entity;
using extract::EntityType;
using extract::Evidence;
using extract::Language;
using extract::Observation;

std::string class_local_name(EntityType type) {
  switch (type) {
    case EntityType::kCountry:
      return "Country";
    case EntityType::kRegion:
      return "Region";
    case EntityType::kProvince:
      return "Province";
    case EntityType::kCity:
      return "City";
    case EntityType::kSpecialDistrict:
      return "SpecialDistrict";
    case EntityType::kCounty:
      return "County";
    case EntityType::kDistrict:
      return "District";
    case EntityType::kVillage:
      return "Village";
    case EntityType::kProductionCooperative:
      return "ProductionCooperative";
    case EntityType::kSupplyMarketingCooperative:
      return "SupplyAndMarketingCooperative";
    case EntityType::kProductionGroup:
      return "ProductionGroup";
    case EntityType::kFederation:
      return "CooperativeFederation";
    case EntityType::kOrganisation:
      return "Organisation";
    case EntityType::kPerson:
      return "Person";
    case EntityType::kEvent:
      return "Event";
    case EntityType::kTrade:
      return "Trade";
  }
  return "Entity";
}

// Always with a decimal point: a Turtle writer abbreviates "23000000"^^xsd:decimal to a bare
// 23000000, which reads back as an xsd:integer; 23000000.0 stays a decimal.
Term decimal(const extract::Decimal& value) {
  std::string text = value.to_string();
  if (text.find('.') == std::string::npos) text += ".0";
  return Term::typed(text, vocab::kXsdDecimal);
}

Term integer(std::size_t value) {
  return Term::typed(std::to_string(value), vocab::kXsdInteger);
}
Term boolean(bool value) {
  return Term::typed(value ? "true" : "false", vocab::kXsdBoolean);
}

class FactsMapper {
 public:
  FactsMapper(const extract::Article& article, const IriMinter& iris, std::vector<Triple>& out)
      : iris_(iris), article_iri_(iris.article(article)), out_(out) {}

  void add(const std::string& subject, const std::string& predicate, Term object) {
    out_.push_back({Term::iri(subject), Term::iri(predicate), std::move(object)});
  }
  void add_text(const std::string& subject, const std::string& predicate, const std::string& text,
                const char* language) {
    if (!text.empty()) add(subject, predicate, Term::literal(text, language));
  }
  void add_link(const std::string& subject, const std::string& predicate,
                const extract::EntityKey& key) {
    if (!key.empty()) add(subject, predicate, Term::iri(iris_.entity(key)));
  }

  void entity(const Entity& entity) {
    const std::string iri = iris_.entity(entity.key);
    if (entity.type == EntityType::kTrade) {
      trade_concept(entity);
      return;
    }
    add(iri, vocab::kRdfType, Term::iri(entity_class(entity.type)));
    // The type closure of our own classes, so that "?x a cg:Place" needs no reasoner.
    if (extract::is_place(entity.type)) add(iri, vocab::kRdfType, Term::iri(vocab::kPlace));
    if (extract::is_cooperative(entity.type))
      add(iri, vocab::kRdfType, Term::iri(vocab::kCooperative));
    for (const extract::EntityKey& ancestor : entity.ancestors)
      add_link(iri, vocab::kLocatedIn, ancestor);
    add_link(iri, vocab::kInProvince, entity.province);
    add_link(iri, vocab::kInRegion, entity.region);
    labels(iri, entity);
    if (!entity.gazetteer_id.empty())
      add(iri, vocab::kGazetteerId, Term::literal(entity.gazetteer_id));
    add_link(iri, vocab::kLocatedIn, entity.located_in);  // also the first of the ancestors
    add_link(iri, vocab::kAffiliation, entity.affiliation);
    for (const std::string& trade : entity.trades) {
      add(iri, vocab::kTrade, Term::iri(iris_.concept_iri("trade", trade)));
    }
    if (entity.ordinal)
      add(iri, vocab::kOrdinal, integer(static_cast<std::size_t>(*entity.ordinal)));
    if (!entity.kind.empty()) {
      if (entity.type == EntityType::kOrganisation) {
        add(iri, vocab::kOrganisationKind, Term::literal(entity.kind));
      } else if (entity.type == EntityType::kPerson) {
        add(iri, vocab::kPost, Term::iri(iris_.concept_iri("role", entity.kind)));
      } else if (entity.type == EntityType::kEvent) {
        add(iri, vocab::kEventKind, Term::iri(iris_.concept_iri("event-kind", entity.kind)));
      }
    }
    if (entity.when) {
      add(iri, vocab::kStartDate, Term::typed(entity.when->start.iso(), vocab::kXsdDate));
      add(iri, vocab::kEndDate, Term::typed(entity.when->end.iso(), vocab::kXsdDate));
    }
    for (const extract::EntityKey& participant : entity.participants)
      add_link(iri, vocab::kParticipant, participant);
    // A province or region the article does not name, but its places lie in, has no mention.
    if (!entity.mentions.empty()) add(iri, vocab::kMentionedIn, Term::iri(article_iri_));
    for (const Evidence& mention : entity.mentions)
      this->mention(iri, mention);
  }

  void labels(const std::string& iri, const Entity& entity) {
    add_text(iri, vocab::kRdfsLabel, entity.label_en, "en");
    add_text(iri, vocab::kLabelEn, entity.label_en, "en");
    add_text(iri, vocab::kRdfsLabel, entity.label_zh, "zh");
    add_text(iri, vocab::kRdfsLabel, entity.pinyin, "zh-Latn-pinyin");
    for (const std::string& label : entity.alt_labels_en)
      add_text(iri, vocab::kSkosAltLabel, label, "en");
    for (const std::string& label : entity.alt_labels_zh)
      add_text(iri, vocab::kSkosAltLabel, label, "zh");
  }

  void trade_concept(const Entity& trade) {
    const std::string iri = iris_.concept_iri("trade", trade.key.trade_id().value_or(""));
    add(iri, vocab::kRdfType, Term::iri(entity_class(EntityType::kTrade)));
    labels(iri, trade);
    add(iri, vocab::kMentionedIn, Term::iri(article_iri_));
    for (const Evidence& mention : trade.mentions)
      this->mention(iri, mention);
  }

  void mention(const std::string& entity_iri, const Evidence& evidence) {
    const std::string iri = article_iri_ + "/mention/" + std::to_string(evidence.span.begin) + "-" +
                            std::to_string(evidence.span.end);
    const char* language = evidence.language == Language::kChinese ? "zh" : "en";
    add(iri, vocab::kRdfType, Term::iri(vocab::kMention));
    add(iri, vocab::kMentionOf, Term::iri(entity_iri));
    add(iri, vocab::kInArticle, Term::iri(article_iri_));
    add(iri, vocab::kSentence, Term::literal(evidence.sentence, language));
    add(iri, vocab::kStartOffset, integer(evidence.span.begin));
    add(iri, vocab::kEndOffset, integer(evidence.span.end));
    add(iri, vocab::kLine, integer(evidence.line));
  }

  void observation(const Observation& observation) {
    const Evidence& first = observation.chinese ? *observation.chinese : *observation.english;
    const std::string iri = article_iri_ + "/observation/" + std::to_string(first.span.begin) +
                            "-" + std::to_string(first.span.end) +
                            (observation.chinese ? "-zh" : "-en");
    add(iri, vocab::kRdfType, Term::iri(vocab::kObservation));
    add_link(iri, vocab::kAbout, observation.about);
    add_link(iri, vocab::kInProvince, observation.province);
    add_link(iri, vocab::kInRegion, observation.region);
    if (observation.open_measure) {
      add(iri, vocab::kMeasure, Term::iri(open_measure(*observation.open_measure)));
    } else {
      add(iri, vocab::kMeasure, Term::iri(iris_.concept_iri("measure", observation.measure)));
    }
    for (const std::string& unit : observation.per)
      add(iri, vocab::kPer, Term::iri(iris_.concept_iri("unit", unit)));
    add(iri, vocab::kValue, decimal(observation.value));
    if (observation.value_high) {
      add(iri, vocab::kUpperValue, decimal(*observation.value_high));
    }
    add(iri, vocab::kUnit, Term::iri(iris_.concept_iri("unit", observation.unit)));
    add(iri, vocab::kLowerBound, boolean(observation.lower_bound));
    if (observation.approximate) add(iri, vocab::kApproximate, boolean(true));
    if (observation.period) {
      add(iri, vocab::kPeriodStart, Term::typed(observation.period->start.iso(), vocab::kXsdDate));
      add(iri, vocab::kPeriodEnd, Term::typed(observation.period->end.iso(), vocab::kXsdDate));
    }
    add(iri, vocab::kStatus, Term::literal(std::string(extract::status_name(observation.status))));
    add(iri, vocab::kQualifier,
        Term::literal(std::string(extract::qualifier_name(observation.qualifier))));
    if (observation.value_new_yuan) {
      add(iri, vocab::kValueNewYuan, decimal(*observation.value_new_yuan));
    }
    add(iri, vocab::kOriginalText, Term::literal(observation.original_text));
    add(iri, vocab::kProvWasDerivedFrom, Term::iri(article_iri_));
    if (observation.english) {
      add(iri, vocab::kSentenceEn, Term::literal(observation.english->sentence, "en"));
      add(iri, vocab::kEvidenceStartEn, integer(observation.english->span.begin));
    }
    if (observation.chinese) {
      add(iri, vocab::kSentenceZh, Term::literal(observation.chinese->sentence, "zh"));
      add(iri, vocab::kEvidenceStartZh, integer(observation.chinese->span.begin));
    }
  }

  // The concept of an open measure, stated with every observation that uses it (a triple
  // stated twice is stored once).
  std::string open_measure(const extract::OpenMeasure& measure) {
    const std::string iri = iris_.concept_iri("open-measure", measure.id);
    add(iri, vocab::kRdfType, Term::iri(vocab::kSkosConcept));
    add(iri, vocab::kRdfType, Term::iri(vocab::kOpenMeasure));
    add(iri, vocab::kSkosInScheme, Term::iri(vocab::kOpenMeasures));
    const std::string label_en =
        (measure.kind == extract::OpenMeasureKind::kCount    ? "number of "
         : measure.kind == extract::OpenMeasureKind::kAmount ? "amount of "
                                                             : "quantity of ") +
        measure.label_en;
    add_text(iri, vocab::kSkosPrefLabel, label_en, "en");
    add_text(iri, vocab::kRdfsLabel, label_en, "en");
    add_text(iri, vocab::kLabelEn, label_en, "en");
    add_text(iri, vocab::kSkosPrefLabel, measure.label_zh, "zh");
    add_text(iri, vocab::kRdfsLabel, measure.label_zh, "zh");
    add_text(iri, vocab::kRdfsLabel, measure.pinyin, "zh-Latn-pinyin");
    return iri;
  }

  void disagreement(const extract::Disagreement& disagreement, std::size_t index) {
    const std::string iri = article_iri_ + "/disagreement/" + std::to_string(index);
    add(iri, vocab::kRdfType, Term::iri(vocab::kDisagreement));
    add(iri, vocab::kDisagreementKind, Term::literal(disagreement.kind));
    add(iri, vocab::kRdfsComment, Term::literal(disagreement.description, "en"));
    add(iri, vocab::kProvWasDerivedFrom, Term::iri(article_iri_));
    if (disagreement.english)
      add(iri, vocab::kSentenceEn, Term::literal(disagreement.english->sentence, "en"));
    if (disagreement.chinese)
      add(iri, vocab::kSentenceZh, Term::literal(disagreement.chinese->sentence, "zh"));
  }

 private:
  const IriMinter& iris_;
  std::string article_iri_;
  std::vector<Triple>& out_;
};

}  // namespace

std::string entity_class(EntityType type) {
  return vocab::cg(class_local_name(type));
}

std::vector<Triple> facts_triples(const extract::Article& article,
                                  const extract::ArticleFacts& facts, const IriMinter& iris) {
  std::vector<Triple> triples;
  FactsMapper mapper(article, iris, triples);
  for (const Entity& entity : facts.entities)
    mapper.entity(entity);
  for (const Observation& observation : facts.observations)
    mapper.observation(observation);
  for (std::size_t i = 0; i < facts.disagreements.size(); ++i)
    mapper.disagreement(facts.disagreements[i], i);
  return triples;
}

}  // namespace coopgraph::graph
