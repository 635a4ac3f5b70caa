// Brings the English and the Chinese findings of one article together: entities named in
// both become one (same key, or same type with matching romanisation or position), numbers
// found in both become one observation with evidence in both languages, and what does not
// match is reported as a disagreement rather than hidden.
#pragma once

#include <set>
#include <vector>

#include "extract/facts/facts.h"
#include "extract/text/pinyin.h"

namespace coopgraph::extract {

struct LanguageFindings {
  std::vector<Entity> entities;
  std::vector<Observation> observations;
};

ArticleFacts merge_languages(LanguageFindings english, LanguageFindings chinese,
                             const std::vector<std::set<std::size_t>>& sentence_alignment,
                             const PinyinTransliterator& pinyin);

// Edit distance between two ASCII strings, capped at limit + 1.
std::size_t bounded_edit_distance(std::string_view a, std::string_view b, std::size_t limit);

}  // namespace coopgraph::extract
