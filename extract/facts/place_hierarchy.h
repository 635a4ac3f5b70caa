// Fills in where every entity of an article lies, all the way up (the closure of
// cg:locatedIn), and the province and greater region of each entity and observation, as
// they were on the article's date. SPARQL in Rasqal has no property paths, so what queries
// group by is computed here once.
#pragma once

#include "extract/facts/facts.h"
#include "extract/gazetteer/gazetteer.h"

namespace coopgraph::extract {

void resolve_place_hierarchy(ArticleFacts& facts, const Gazetteer& gazetteer, CalendarDate date);

}  // namespace coopgraph::extract
