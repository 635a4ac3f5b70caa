#include "extract/align/language_merge.h"

#include <algorithm>
#include <map>

namespace coopgraph::extract {
namespace {

bool same_value(const Observation& a, const Observation& b) {
  if ((a.value <=> b.value) != 0) return false;
  if (a.value_high.has_value() != b.value_high.has_value()) return false;
  return !a.value_high || (*a.value_high <=> *b.value_high) == 0;
}

bool aligned(const std::vector<std::set<std::size_t>>& alignment, const Observation& english,
             const Observation& chinese) {
  const std::size_t e = english.english->sentence_index;
  return e < alignment.size() && alignment[e].contains(chinese.chinese->sentence_index);
}

bool entity_aligned(const std::vector<std::set<std::size_t>>& alignment, const Entity& english,
                    const Entity& chinese) {
  for (const Evidence& e : english.mentions) {
    for (const Evidence& c : chinese.mentions) {
      if (e.sentence_index < alignment.size() &&
          alignment[e.sentence_index].contains(c.sentence_index)) {
        return true;
      }
    }
  }
  return false;
}

// Units that say only that something was counted, not what: they never disagree.
bool is_generic_unit(const std::string& unit) {
  return unit == "count" || unit == "piece";
}

std::string describe(const Observation& observation) {
  std::string text = observation.original_text + " (" + observation.measure + ", " +
                     observation.value.to_string() + " " + observation.unit + ")";
  return text;
}

class Merger {
 public:
  Merger(LanguageFindings english, LanguageFindings chinese,
         const std::vector<std::set<std::size_t>>& alignment, const PinyinTransliterator& pinyin)
      : english_(std::move(english)),
        chinese_(std::move(chinese)),
        alignment_(alignment),
        pinyin_(pinyin) {}

  ArticleFacts run() {
    map_entities();
    merge_observations();
    return std::move(facts_);
  }

 private:
  std::string romanised_chinese(const Entity& entity) const {
    return entity.label_zh.empty() ? "" : pinyin_.compact(entity.label_zh);
  }

  // English key -> Chinese key for entities named in both texts.
  void map_entities() {
    std::map<EntityKey, std::size_t> chinese_index;
    for (std::size_t i = 0; i < chinese_.entities.size(); ++i)
      chinese_index[chinese_.entities[i].key] = i;
    std::vector<bool> chinese_used(chinese_.entities.size(), false);
    std::vector<bool> english_done(english_.entities.size(), false);
    for (std::size_t i = 0; i < english_.entities.size(); ++i) {
      auto found = chinese_index.find(english_.entities[i].key);
      if (found == chinese_index.end()) continue;
      key_map_[english_.entities[i].key] = found->first;
      chinese_used[found->second] = true;
      english_done[i] = true;
    }
    // Names that romanise alike (Liujiacun ~ 刘家村), then the one candidate of the same type
    // in aligned sentences (Ivanov ~ 伊万诺夫).
    for (int pass = 0; pass < 2; ++pass) {
      for (std::size_t i = 0; i < english_.entities.size(); ++i) {
        if (english_done[i]) continue;
        const Entity& english = english_.entities[i];
        const std::string latin = compact_latin(english.label_en);
        std::vector<std::size_t> candidates;
        for (std::size_t j = 0; j < chinese_.entities.size(); ++j) {
          const Entity& chinese = chinese_.entities[j];
          if (chinese_used[j] || chinese.type != english.type) continue;
          // Events of different kinds in the same sentence are different events.
          if (english.type == EntityType::kEvent && chinese.kind != english.kind) continue;
          if (pass == 0) {
            const std::string romanised = romanised_chinese(chinese);
            if (romanised.empty() || latin.empty()) continue;
            const std::size_t limit = std::max<std::size_t>(1, latin.size() / 6);
            if (bounded_edit_distance(latin, romanised, limit) <= limit ||
                (romanised.starts_with(latin) && latin.size() >= 4) ||
                (latin.starts_with(romanised) && romanised.size() >= 4)) {
              candidates.push_back(j);
            }
          } else if (english.type != EntityType::kTrade &&
                     entity_aligned(alignment_, english, chinese)) {
            candidates.push_back(j);
          }
        }
        if (candidates.size() != 1) continue;
        key_map_[english.key] = chinese_.entities[candidates[0]].key;
        chinese_used[candidates[0]] = true;
        english_done[i] = true;
      }
    }
    // Merged entities: the Chinese one, completed by the English.
    for (Entity& chinese : chinese_.entities)
      facts_.entities.push_back(std::move(chinese));
    std::map<EntityKey, std::size_t> merged_index;
    for (std::size_t i = 0; i < facts_.entities.size(); ++i)
      merged_index[facts_.entities[i].key] = i;
    for (Entity& english : english_.entities) {
      const EntityKey key = mapped(english.key);
      auto found = merged_index.find(key);
      if (found == merged_index.end()) {
        english.key = key;
        remap_links(english);
        merged_index[key] = facts_.entities.size();
        facts_.entities.push_back(std::move(english));
        continue;
      }
      Entity& merged = facts_.entities[found->second];
      if (merged.label_en.empty() || (merged.gazetteer_id.empty() && !english.label_en.empty())) {
        merged.label_en = english.label_en;
      }
      if (merged.located_in.empty()) merged.located_in = mapped(english.located_in);
      if (merged.affiliation.empty()) merged.affiliation = mapped(english.affiliation);
      if (merged.kind.empty()) merged.kind = english.kind;
      if (!merged.when) merged.when = english.when;
      for (const std::string& trade : english.trades) {
        if (std::find(merged.trades.begin(), merged.trades.end(), trade) == merged.trades.end()) {
          merged.trades.push_back(trade);
        }
      }
      for (Evidence& mention : english.mentions)
        merged.mentions.push_back(std::move(mention));
    }
    for (Entity& entity : facts_.entities)
      remap_links(entity);
  }

  EntityKey mapped(const EntityKey& key) const {
    auto found = key_map_.find(key);
    return found == key_map_.end() ? key : found->second;
  }

  void remap_links(Entity& entity) const {
    entity.located_in = mapped(entity.located_in);
    entity.affiliation = mapped(entity.affiliation);
    for (EntityKey& participant : entity.participants)
      participant = mapped(participant);
  }

  void merge_observations() {
    std::vector<bool> chinese_used(chinese_.observations.size(), false);
    for (Observation& english : english_.observations) {
      english.about = mapped(english.about);
      std::optional<std::size_t> match;
      for (int pass = 0; pass < 2 && !match; ++pass) {
        for (std::size_t j = 0; j < chinese_.observations.size(); ++j) {
          const Observation& chinese = chinese_.observations[j];
          if (chinese_used[j] || !same_value(english, chinese)) continue;
          if (pass == 0 && !aligned(alignment_, english, chinese)) continue;
          match = j;
          break;
        }
      }
      if (!match) {
        facts_.disagreements.push_back({"number-only-in-english",
                                        "the English text has " + describe(english) +
                                            " and the aligned Chinese text has no such number",
                                        english.english, std::nullopt});
        facts_.observations.push_back(std::move(english));
        continue;
      }
      chinese_used[*match] = true;
      Observation merged = std::move(chinese_.observations[*match]);
      // The vocabulary's measure over an open one, the Chinese text's open measure (named by
      // its own noun) over the English one.
      const bool english_in_vocabulary = english.measure != "unclassified" && !english.open_measure;
      if (merged.measure == "unclassified" || (merged.open_measure && english_in_vocabulary)) {
        merged.measure = english.measure;
        merged.open_measure = english.open_measure;
      }
      if (merged.per.empty()) merged.per = english.per;
      if (merged.lower_bound != english.lower_bound) {
        facts_.disagreements.push_back(
            {"lower-bound",
             std::string("the ") + (english.lower_bound ? "English" : "Chinese") + " text gives " +
                 (english.lower_bound ? english.original_text : merged.original_text) +
                 " as a lower bound, the other as an exact number",
             english.english, merged.chinese});
      }
      if (merged.unit != english.unit && !is_generic_unit(merged.unit) &&
          !is_generic_unit(english.unit)) {
        facts_.disagreements.push_back({"unit",
                                        "the English text counts " + english.value.to_string() +
                                            " " + english.unit + ", the Chinese " +
                                            merged.value.to_string() + " " + merged.unit,
                                        english.english, merged.chinese});
      }
      if (is_generic_unit(merged.unit)) merged.unit = english.unit;
      merged.english = std::move(english.english);
      facts_.observations.push_back(std::move(merged));
    }
    for (std::size_t j = 0; j < chinese_.observations.size(); ++j) {
      if (chinese_used[j]) continue;
      facts_.disagreements.push_back({"number-only-in-chinese",
                                      "the Chinese text has " + describe(chinese_.observations[j]) +
                                          " and the aligned English text has no such number",
                                      std::nullopt, chinese_.observations[j].chinese});
      facts_.observations.push_back(std::move(chinese_.observations[j]));
    }
  }

  LanguageFindings english_;
  LanguageFindings chinese_;
  const std::vector<std::set<std::size_t>>& alignment_;
  const PinyinTransliterator& pinyin_;
  std::map<EntityKey, EntityKey> key_map_;
  ArticleFacts facts_;
};

}  // namespace

std::size_t bounded_edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
  if (a.size() > b.size() + limit || b.size() > a.size() + limit) return limit + 1;
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j)
    row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    std::size_t row_min = row[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
      row_min = std::min(row_min, row[j]);
    }
    if (row_min > limit) return limit + 1;
  }
  return std::min(row[b.size()], limit + 1);
}

ArticleFacts merge_languages(LanguageFindings english, LanguageFindings chinese,
                             const std::vector<std::set<std::size_t>>& sentence_alignment,
                             const PinyinTransliterator& pinyin) {
  return Merger(std::move(english), std::move(chinese), sentence_alignment, pinyin).run();
}

}  // namespace coopgraph::extract
