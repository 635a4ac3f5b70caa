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
inline constexpr std::string_view kVoid = "http://rdfs.org/ns/void#";
inline constexpr std::string_view kDcat = "http://www.w3.org/ns/dcat#";
inline constexpr std::string_view kQudtUnit = "http://qudt.org/vocab/unit/";
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

inline const std::string kRdfsLabel = std::string(ns::kRdfs) + "label";
// The English rdfs:label again, so that a query joins one label, not three filtered by lang().
inline const std::string kLabelEn = cg("labelEn");
inline const std::string kRdfsComment = std::string(ns::kRdfs) + "comment";
inline const std::string kXsdDecimal = std::string(ns::kXsd) + "decimal";
inline const std::string kXsdBoolean = std::string(ns::kXsd) + "boolean";
inline const std::string kProvWasDerivedFrom = std::string(ns::kProv) + "wasDerivedFrom";

// Classes of what extraction finds.
inline const std::string kObservation = cg("Observation");
inline const std::string kMention = cg("Mention");
inline const std::string kDisagreement = cg("Disagreement");

// Entities.
inline const std::string kLocatedIn = cg("locatedIn");
inline const std::string kTrade = cg("trade");
inline const std::string kOrdinal = cg("ordinal");
inline const std::string kOrganisationKind = cg("organisationKind");
inline const std::string kPost = cg("post");
inline const std::string kAffiliation = cg("affiliation");
inline const std::string kEventKind = cg("eventKind");
inline const std::string kStartDate = cg("startDate");
inline const std::string kEndDate = cg("endDate");
inline const std::string kParticipant = cg("participant");
inline const std::string kGazetteerId = cg("gazetteerId");
inline const std::string kMentionedIn = cg("mentionedIn");

// Mentions and evidence.
inline const std::string kMentionOf = cg("mentionOf");
inline const std::string kInArticle = cg("inArticle");
inline const std::string kSentence = cg("sentence");
inline const std::string kSentenceEn = cg("sentenceEn");
inline const std::string kSentenceZh = cg("sentenceZh");
inline const std::string kStartOffset = cg("startOffset");
inline const std::string kEndOffset = cg("endOffset");
inline const std::string kEvidenceStartEn = cg("evidenceStartEn");
inline const std::string kEvidenceStartZh = cg("evidenceStartZh");
inline const std::string kLine = cg("line");

// Observations.
inline const std::string kAbout = cg("about");
inline const std::string kMeasure = cg("measure");
inline const std::string kValue = cg("value");
inline const std::string kUpperValue = cg("upperValue");
inline const std::string kUnit = cg("unit");
inline const std::string kPer = cg("per");
inline const std::string kOpenMeasure = cg("OpenMeasure");
inline const std::string kOpenMeasures = cg("OpenMeasures");
inline const std::string kLowerBound = cg("lowerBound");
inline const std::string kApproximate = cg("approximate");
inline const std::string kPeriodStart = cg("periodStart");
inline const std::string kPeriodEnd = cg("periodEnd");
inline const std::string kStatus = cg("status");
inline const std::string kQualifier = cg("qualifier");
inline const std::string kValueNewYuan = cg("valueNewYuan");
inline const std::string kOriginalText = cg("originalText");

// Disagreements.
inline const std::string kDisagreementKind = cg("disagreementKind");

// Materialised for queries (Rasqal has no property paths).
inline const std::string kInProvince = cg("inProvince");

// The controlled vocabularies, as SKOS concept schemes.
inline const std::string kSkosConcept = std::string(ns::kSkos) + "Concept";
inline const std::string kSkosPrefLabel = std::string(ns::kSkos) + "prefLabel";
inline const std::string kSkosAltLabel = std::string(ns::kSkos) + "altLabel";
inline const std::string kSkosDefinition = std::string(ns::kSkos) + "definition";
inline const std::string kSkosInScheme = std::string(ns::kSkos) + "inScheme";
inline const std::string kSkosBroader = std::string(ns::kSkos) + "broader";
inline const std::string kSkosExactMatch = std::string(ns::kSkos) + "exactMatch";
inline const std::string kInRegion = cg("inRegion");
inline const std::string kPlace = cg("Place");
inline const std::string kCooperative = cg("Cooperative");

}  // namespace coopgraph::graph::vocab
