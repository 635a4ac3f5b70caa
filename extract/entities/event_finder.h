// Events: a sentence that names a kind of event (a conference, a rectification, an
// exhibition, a training, a contract signing) is a mention of one, placed where the
// sentence says or in the article's focus, dated by the sentence's time expression, with
// the cooperatives and organisations the sentence names taking part.
#pragma once

#include <vector>

#include "extract/entities/chinese_entities.h"
#include "extract/observations/observation_finder.h"

namespace coopgraph::extract {

std::vector<EntityMention> find_events(const LanguageContext& context, Language language,
                                       const std::vector<EntityMention>& mentions,
                                       const ArticleFocus& focus);

}  // namespace coopgraph::extract
