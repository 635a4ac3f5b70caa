// The country as the subject of national figures: 全国, 我国, 全国各地, "China", "the entire
// country" name the People's Republic of China (extract/data/cues/country.tsv). A cue
// inside a name found by the other finders (全国合作总社, "North China") is left to it.
#pragma once

#include <filesystem>
#include <vector>

#include "extract/entities/entity_mention.h"
#include "extract/lexicon/lexicon.h"

namespace coopgraph::extract {

struct Country {
  Entity entity;  // key, type and labels
  ConceptScheme cues;

  // Throws DataFileError naming the file and line; the file has exactly one row.
  static Country load(const std::filesystem::path& path);
};

// Mentions of the country in the sentences, outside the spans of `others`.
std::vector<EntityMention> find_country(const Country& country,
                                        const std::vector<Sentence>& sentences, bool chinese,
                                        const std::vector<EntityMention>& others);

}  // namespace coopgraph::extract
