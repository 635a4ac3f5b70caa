// Entities for places: from a gazetteer unit (identity = its id, parent = where it lay on
// the article's date) or from a name the gazetteer lacks (identity = level + romanised name).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/facts/facts.h"
#include "extract/gazetteer/gazetteer.h"

namespace coopgraph::extract {

EntityType entity_type_of(PlaceLevel level);

Entity place_entity(const GazetteerPlace& place, const Gazetteer& gazetteer, CalendarDate date);

// A place the gazetteer does not know; romanised is its name in lower-case ASCII letters.
Entity unlisted_place_entity(EntityType type, std::string_view romanised);

// Of the units a name may mean, the one meant on date: existing then, of the level the text
// says when it says one, else the largest.
const GazetteerPlace* choose_place(const std::vector<const GazetteerPlace*>& candidates,
                                   CalendarDate date, std::optional<PlaceLevel> stated_level);

// "Province", "City", ... as English names write them after the name.
std::string_view english_level_word(PlaceLevel level);

// "baoding-special-district" from "Baoding Special District": keys and IRIs use these.
std::string slug(std::string_view text);

}  // namespace coopgraph::extract
