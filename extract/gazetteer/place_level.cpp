#include "extract/gazetteer/place_level.h"

#include <array>
#include <utility>

namespace coopgraph::extract {

std::optional<PlaceLevel> place_level_of_type(std::string_view type) {
  static constexpr std::array<std::pair<std::string_view, PlaceLevel>, 15> kTypes{{
      {"region", PlaceLevel::kRegion},
      {"province", PlaceLevel::kProvince},
      {"autonomous_region", PlaceLevel::kProvince},
      {"administrative_region", PlaceLevel::kProvince},
      {"municipality", PlaceLevel::kCity},
      {"city", PlaceLevel::kCity},
      {"special_district", PlaceLevel::kSpecialDistrict},
      {"autonomous_prefecture", PlaceLevel::kSpecialDistrict},
      {"league", PlaceLevel::kSpecialDistrict},
      {"county", PlaceLevel::kCounty},
      {"autonomous_county", PlaceLevel::kCounty},
      {"banner", PlaceLevel::kCounty},
      {"district", PlaceLevel::kDistrict},
      {"village", PlaceLevel::kVillage},
      {"town", PlaceLevel::kVillage},
  }};
  for (const auto& [name, level] : kTypes) {
    if (name == type) return level;
  }
  return std::nullopt;
}

std::string_view place_level_name(PlaceLevel level) {
  switch (level) {
    case PlaceLevel::kRegion:
      return "region";
    case PlaceLevel::kProvince:
      return "province";
    case PlaceLevel::kCity:
      return "city";
    case PlaceLevel::kSpecialDistrict:
      return "special-district";
    case PlaceLevel::kCounty:
      return "county";
    case PlaceLevel::kDistrict:
      return "district";
    case PlaceLevel::kVillage:
      return "village";
  }
  return "place";
}

int place_level_rank(PlaceLevel level) {
  return static_cast<int>(level);
}

}  // namespace coopgraph::extract
