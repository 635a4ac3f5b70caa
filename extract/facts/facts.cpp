#include "extract/facts/facts.h"

#include <array>
#include <utility>

namespace coopgraph::extract {
namespace {

constexpr std::array<std::pair<EntityType, std::string_view>, 16> kTypeNames{{
    {EntityType::kCountry, "country"},
    {EntityType::kRegion, "region"},
    {EntityType::kProvince, "province"},
    {EntityType::kCity, "city"},
    {EntityType::kSpecialDistrict, "special-district"},
    {EntityType::kCounty, "county"},
    {EntityType::kDistrict, "district"},
    {EntityType::kVillage, "village"},
    {EntityType::kProductionCooperative, "production-cooperative"},
    {EntityType::kSupplyMarketingCooperative, "supply-marketing-cooperative"},
    {EntityType::kProductionGroup, "production-group"},
    {EntityType::kFederation, "federation"},
    {EntityType::kOrganisation, "organisation"},
    {EntityType::kPerson, "person"},
    {EntityType::kEvent, "event"},
    {EntityType::kTrade, "trade"},
}};

}  // namespace

std::string_view entity_type_name(EntityType type) {
  for (const auto& [candidate, name] : kTypeNames) {
    if (candidate == type) return name;
  }
  return "entity";
}

std::optional<EntityType> entity_type_from_name(std::string_view name) {
  for (const auto& [type, candidate] : kTypeNames) {
    if (candidate == name) return type;
  }
  return std::nullopt;
}

bool is_place(EntityType type) {
  return static_cast<int>(type) <= static_cast<int>(EntityType::kVillage);
}

bool is_cooperative(EntityType type) {
  return type == EntityType::kProductionCooperative ||
         type == EntityType::kSupplyMarketingCooperative || type == EntityType::kProductionGroup ||
         type == EntityType::kFederation;
}

std::string_view open_measure_kind_name(OpenMeasureKind kind) {
  switch (kind) {
    case OpenMeasureKind::kCount:
      return "count";
    case OpenMeasureKind::kQuantity:
      return "quantity";
    case OpenMeasureKind::kAmount:
      return "amount";
  }
  return "count";
}

std::string_view status_name(ObservationStatus status) {
  switch (status) {
    case ObservationStatus::kAchieved:
      return "achieved";
    case ObservationStatus::kPlan:
      return "plan";
    case ObservationStatus::kEstimate:
      return "estimate";
  }
  return "achieved";
}

std::string_view qualifier_name(ObservationQualifier qualifier) {
  switch (qualifier) {
    case ObservationQualifier::kLevel:
      return "level";
    case ObservationQualifier::kBefore:
      return "before";
    case ObservationQualifier::kAfter:
      return "after";
    case ObservationQualifier::kRelativeChange:
      return "relative-change";
  }
  return "level";
}

FoundEntity as_found(Entity entity) {
  FoundEntity found;
  static_cast<EntityDescription&>(found) = std::move(static_cast<EntityDescription&>(entity));
  found.key = entity.key;
  found.located_in = entity.located_in;
  found.affiliation = entity.affiliation;
  found.participants.assign(entity.participants.begin(), entity.participants.end());
  return found;
}

Entity resolved(FoundEntity entity, const EntityKey& focus_place) {
  Entity out;
  static_cast<EntityDescription&>(out) = std::move(static_cast<EntityDescription&>(entity));
  out.key = entity.key.resolved(focus_place);
  out.located_in = entity.located_in.resolved(focus_place);
  out.affiliation = entity.affiliation.resolved(focus_place);
  for (const FoundKey& participant : entity.participants)
    out.participants.push_back(participant.resolved(focus_place));
  return out;
}

const Entity* ArticleFacts::entity(const EntityKey& key) const {
  for (const Entity& entity : entities) {
    if (entity.key == key) return &entity;
  }
  return nullptr;
}

}  // namespace coopgraph::extract
