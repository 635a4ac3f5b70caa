#include "extract/entities/place_entities.h"

#include <algorithm>

namespace coopgraph::extract {

EntityType entity_type_of(PlaceLevel level) {
  switch (level) {
    case PlaceLevel::kRegion:
      return EntityType::kRegion;
    case PlaceLevel::kProvince:
      return EntityType::kProvince;
    case PlaceLevel::kCity:
      return EntityType::kCity;
    case PlaceLevel::kSpecialDistrict:
      return EntityType::kSpecialDistrict;
    case PlaceLevel::kCounty:
      return EntityType::kCounty;
    case PlaceLevel::kDistrict:
      return EntityType::kDistrict;
    case PlaceLevel::kVillage:
      return EntityType::kVillage;
  }
  return EntityType::kCounty;
}

std::string_view english_level_word(PlaceLevel level) {
  switch (level) {
    case PlaceLevel::kRegion:
      return "Region";
    case PlaceLevel::kProvince:
      return "Province";
    case PlaceLevel::kCity:
      return "City";
    case PlaceLevel::kSpecialDistrict:
      return "Special District";
    case PlaceLevel::kCounty:
      return "County";
    case PlaceLevel::kDistrict:
      return "District";
    case PlaceLevel::kVillage:
      return "Village";
  }
  return "";
}

std::string slug(std::string_view text) {
  std::string result;
  bool dash = false;
  for (char c : text) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    const bool upper = c >= 'A' && c <= 'Z';
    if (alnum || upper) {
      if (dash && !result.empty()) result += '-';
      result += upper ? static_cast<char>(c - 'A' + 'a') : c;
      dash = false;
    } else {
      dash = true;
    }
  }
  return result;
}

Entity place_entity(const GazetteerPlace& place, const Gazetteer& gazetteer, CalendarDate date) {
  Entity entity;
  entity.key = EntityKey::gazetteer_place(place.id);
  entity.type = entity_type_of(place.level);
  const std::string_view level_word = english_level_word(place.level);
  entity.label_en = place.name_en;
  if (!level_word.empty() && !place.name_en.ends_with(level_word)) {
    entity.label_en += " " + std::string(level_word);
  }
  entity.label_zh = place.name_zh;
  entity.pinyin = place.pinyin;
  entity.gazetteer_id = place.id;
  if (const GazetteerPlace* parent = gazetteer.parent_on(place.id, date)) {
    entity.located_in = EntityKey::gazetteer_place(parent->id);
  }
  return entity;
}

Entity unlisted_place_entity(EntityType type, std::string_view romanised) {
  Entity entity;
  entity.type = type;
  entity.key = EntityKey::unlisted_place(type, romanised);
  return entity;
}

const GazetteerPlace* choose_place(const std::vector<const GazetteerPlace*>& candidates,
                                   CalendarDate date, std::optional<PlaceLevel> stated_level) {
  std::vector<const GazetteerPlace*> existing;
  for (const GazetteerPlace* place : candidates) {
    if (place->exists_on(date)) existing.push_back(place);
  }
  if (existing.empty()) existing = candidates;  // a name used before or after its unit
  if (stated_level) {
    for (const GazetteerPlace* place : existing) {
      if (place->level == *stated_level) return place;
    }
  }
  const auto largest = std::min_element(existing.begin(), existing.end(), [](auto* a, auto* b) {
    return place_level_rank(a->level) < place_level_rank(b->level);
  });
  return largest == existing.end() ? nullptr : *largest;
}

}  // namespace coopgraph::extract
