// Finds entity mentions in the Chinese text: places (gazetteer names, numbered districts,
// villages), cooperatives and federations, organisations, people with their posts, and
// trades. Works on the Chinese version alone; alignment with English happens later.
#pragma once

#include <vector>

#include "extract/entities/entity_mention.h"
#include "extract/resources.h"

namespace coopgraph::extract {

struct LanguageContext {
  const ExtractionResources& resources;
  CalendarDate date;
  const std::vector<Sentence>& sentences;
  const std::vector<Paragraph>& paragraphs;
  bool dated = true;  // false: `date` only places places; nothing is dated relative to it
};

std::vector<FoundMention> find_chinese_entities(const LanguageContext& context);

}  // namespace coopgraph::extract
