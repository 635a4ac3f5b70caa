// Turns every quantity in a sentence into an observation: the measure it is a value of
// (from the cue words around it and its unit), the entity it is about (the nearest one
// named before it, or the article's focus), whether it is a lower bound, the period it
// refers to, whether it is achieved, planned or estimated, and whether it is a level, one
// end of a from-to change, or a relative change. One language at a time.
#pragma once

#include <vector>

#include "extract/entities/chinese_entities.h"
#include "extract/lexicon/lexicon.h"

namespace coopgraph::extract {

// The places an article is mostly about, one per level; numbers with no entity named
// near them are about the smallest of these.
struct ArticleFocus {
  EntityKey main;  // the place the headline names, else the most named place
  EntityKey region;
  EntityKey province;
  EntityKey special_district;
  EntityKey city;
  EntityKey county;
  // The one production cooperative the article names, when it names exactly one: numbers in a
  // paragraph that names nothing (打大锹本来应当钉五十三只铁钉) are about it, not its place.
  EntityKey cooperative;
  EntityKey smallest() const;
};

std::vector<Observation> find_observations(const LanguageContext& context, Language language,
                                           const std::vector<EntityMention>& mentions,
                                           const ArticleFocus& focus,
                                           const ConceptScheme& qualifier_cues);

// Money in the currency of the day (before 1955-03-01, old yuan) in new yuan.
std::optional<Decimal> in_new_yuan(const Decimal& value, CalendarDate date);

}  // namespace coopgraph::extract
