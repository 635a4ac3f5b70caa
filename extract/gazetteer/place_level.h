// The kinds of administrative unit the gazetteer knows, folded into the levels the
// ontology distinguishes (Region, Province, City, SpecialDistrict, County, District, Village).
#pragma once

#include <optional>
#include <string_view>

namespace coopgraph::extract {

enum class PlaceLevel { kRegion, kProvince, kCity, kSpecialDistrict, kCounty, kDistrict, kVillage };

// The gazetteer's type names (province, municipality, autonomous_region, banner, ...).
std::optional<PlaceLevel> place_level_of_type(std::string_view gazetteer_type);

std::string_view place_level_name(PlaceLevel level);  // "province", "special-district", ...

// Higher units contain lower ones; a lower rank is a larger unit.
int place_level_rank(PlaceLevel level);

}  // namespace coopgraph::extract
