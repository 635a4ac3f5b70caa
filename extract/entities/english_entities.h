// Finds entity mentions in the English translation: places, cooperatives and federations,
// organisations, people with their posts, and trades. Identity keys are built the same way
// as for the Chinese text, so that the same thing named in both languages meets.
#pragma once

#include <vector>

#include "extract/entities/chinese_entities.h"

namespace coopgraph::extract {

std::vector<FoundMention> find_english_entities(const LanguageContext& context);

}  // namespace coopgraph::extract
