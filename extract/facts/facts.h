// What extraction finds in an article, as plain values: entities with their mentions,
// observations (numbers about entities) and the disagreements between the two language
// versions. Every item carries the sentence it came from, as evidence.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/article/article.h"
#include "extract/facts/entity_key.h"
#include "extract/lexicon/concept_kinds.h"
#include "extract/numbers/decimal.h"
#include "extract/numbers/number_mention.h"
#include "extract/time/period.h"

namespace coopgraph::extract {

enum class EntityType {
  kCountry,  // the one the articles are about (extract/data/cues/country.tsv)
  kRegion,
  kProvince,
  kCity,
  kSpecialDistrict,
  kCounty,
  kDistrict,
  kVillage,
  kProductionCooperative,
  kSupplyMarketingCooperative,
  kProductionGroup,
  kFederation,
  kOrganisation,
  kPerson,
  kEvent,
  kTrade,
};

std::string_view entity_type_name(EntityType type);  // "production-cooperative", ...
std::optional<EntityType> entity_type_from_name(std::string_view name);
bool is_place(EntityType type);
bool is_cooperative(EntityType type);

// A sentence that says something, and where the saying is in it.
struct Evidence {
  Language language = Language::kEnglish;
  std::string sentence;
  ByteSpan sentence_span;  // in the file
  ByteSpan span;           // of the mention or number, in the file
  std::size_t line = 0;
  std::size_t sentence_index = 0;  // in the language version's sentence list
};

// What an entity is, apart from its identity and its links to other entities.
struct EntityDescription {
  EntityType type = EntityType::kOrganisation;
  std::string label_en;
  std::string label_zh;
  std::string pinyin;
  std::vector<std::string> alt_labels_en;  // other names (skos:altLabel): "China"
  std::vector<std::string> alt_labels_zh;
  std::string gazetteer_id;
  std::vector<std::string> trades;
  std::optional<int> ordinal;
  std::string kind;  // organisations: their kind; events: the event kind; persons: role
  std::optional<OrganisationKind> organisation_kind;  // organisations: their kind, to decide by
  std::optional<Period> when;  // events
  std::vector<Evidence> mentions;
  // Where it lies, all the way up, on the article's date (place keys, nearest first), and
  // the province and greater region among them: what regional comparisons group by.
  std::vector<EntityKey> ancestors;
  EntityKey province;
  EntityKey region;
};

// Key is FoundKey while the finders read a language version (a place may still be "the one
// the article is about"), EntityKey once the article step has resolved it.
template <class Key>
struct BasicEntity : EntityDescription {
  // Identity: two entities with the same key are the same thing, in one article or across
  // articles (entity_key.h).
  Key key;
  Key located_in;                 // the place it lies in (places: their parent)
  Key affiliation;                // persons: their organisation
  std::vector<Key> participants;  // events: the entities taking part
};

using Entity = BasicEntity<EntityKey>;
using FoundEntity = BasicEntity<FoundKey>;

// A resolved entity as the finders hold it.
FoundEntity as_found(Entity entity);
// The found entity with the article's place put in wherever it stood unresolved.
Entity resolved(FoundEntity entity, const EntityKey& focus_place);

enum class ObservationStatus { kAchieved, kPlan, kEstimate };
enum class ObservationQualifier { kLevel, kBefore, kAfter, kRelativeChange };

std::string_view status_name(ObservationStatus status);
std::string_view qualifier_name(ObservationQualifier qualifier);

// A measure the vocabulary lacks, named by what the text counts or weighs (六十多个炼铁工人
// counts smelting iron workers; 两万多斤小米 weighs millet): in the graph a concept of the
// scheme cg:OpenMeasures, its IRI minted from id.
// What an open measure takes of the thing: its number, a quantity weighed or measured in a
// unit, or an amount of money. Its name starts the measure's id ("count-...").
enum class OpenMeasureKind { kCount, kQuantity, kAmount };

std::string_view open_measure_kind_name(OpenMeasureKind kind);  // "count", "quantity", "amount"

struct OpenMeasure {
  std::string id;  // "count-liantiegongren", from the words, never from extraction order
  std::string label_en;
  std::string label_zh;
  std::string pinyin;
  OpenMeasureKind kind = OpenMeasureKind::kCount;
};

struct Observation {
  EntityKey about;
  std::string measure;  // a measure id of the vocabulary, or open_measure->id
  std::optional<OpenMeasure> open_measure;
  std::string unit;
  std::vector<std::string> per;  // rate denominators, units in the order written: person, day
  Decimal value;
  std::optional<Decimal> value_high;  // ranges
  bool lower_bound = false;
  bool approximate = false;
  std::optional<Period> period;
  ObservationStatus status = ObservationStatus::kAchieved;
  ObservationQualifier qualifier = ObservationQualifier::kLevel;
  std::optional<Decimal> value_new_yuan;  // money: the value in yuan after the 1955 reform
  std::string original_text;              // the number as written
  EntityKey province;                     // of the entity it is about, on the article's date
  EntityKey region;
  std::optional<Evidence> english;
  std::optional<Evidence> chinese;
};

struct Disagreement {
  std::string kind;  // number-missing, lower-bound, unit, value
  std::string description;
  std::optional<Evidence> english;
  std::optional<Evidence> chinese;
};

struct ArticleFacts {
  std::vector<Entity> entities;
  std::vector<Observation> observations;
  std::vector<Disagreement> disagreements;

  const Entity* entity(const EntityKey& key) const;
};

}  // namespace coopgraph::extract
