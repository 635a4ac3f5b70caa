#include "extract/entities/country_finder.h"

#include <algorithm>

#include "extract/data_files/tsv_table.h"

namespace coopgraph::extract {

Country Country::load(const std::filesystem::path& path) {
  const TsvTable table =
      TsvTable::read(path, {"key", "label_en", "label_zh", "pinyin", "alt_labels_en",
                            "alt_labels_zh", "cues_en", "cues_zh"});
  if (table.rows().size() != 1) {
    throw DataFileError(path, table.rows().empty() ? 0 : table.rows()[1].line(),
                        "expected exactly one row (the country)");
  }
  const TsvRow& row = table.rows().front();
  const auto key = EntityKey::place_from_text(row.at("key"));
  if (!key) row.fail("key must start with 'place:'");
  Entity entity;
  entity.key = *key;
  entity.type = EntityType::kCountry;
  entity.label_en = row.at("label_en");
  entity.label_zh = row.at("label_zh");
  entity.pinyin = row.at("pinyin");
  entity.alt_labels_en = row.list("alt_labels_en");
  entity.alt_labels_zh = row.list("alt_labels_zh");
  Concept cues;
  cues.id = "country";
  cues.cues_en = row.list("cues_en");
  cues.cues_zh = row.list("cues_zh");
  return Country{std::move(entity), ConceptScheme({std::move(cues)})};
}

std::vector<EntityMention> find_country(const Country& country,
                                        const std::vector<Sentence>& sentences, bool chinese,
                                        const std::vector<EntityMention>& others) {
  std::vector<EntityMention> found;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    for (const CueMatch& cue : country.cues.find_cues(sentences[s].text, chinese)) {
      const bool inside_other =
          std::any_of(others.begin(), others.end(), [&](const EntityMention& other) {
            return other.sentence == s && cue.begin < other.end && other.begin < cue.end;
          });
      if (inside_other) continue;
      found.push_back({country.entity, s, cue.begin, cue.end});
    }
  }
  return found;
}

}  // namespace coopgraph::extract
