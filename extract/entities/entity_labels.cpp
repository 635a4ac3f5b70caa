#include "extract/entities/entity_labels.h"

#include <algorithm>
#include <array>

#include "extract/entities/place_entities.h"

namespace coopgraph::extract {
namespace {

std::string capitalised(std::string word) {
  if (!word.empty() && word[0] >= 'a' && word[0] <= 'z')
    word[0] = static_cast<char>(word[0] - 'a' + 'A');
  return word;
}

std::string_view head_label(std::string_view kind) {
  if (kind == "supply-marketing") return "Supply and Marketing Cooperative";
  if (kind == "supply-marketing-production") return "Supply and Marketing Production Cooperative";
  if (kind == "supply-marketing-group") return "Supply and Marketing Production Group";
  if (kind == "group") return "Production Group";
  if (kind == "united-society") return "Handicraft Production Cooperative United Society";
  if (kind == "united-general")
    return "Handicraft Production Cooperative United General Cooperative";
  if (kind == "union") return "Production Cooperative Union";
  return "Production Cooperative";
}

}  // namespace

std::string ordinal_word(int ordinal) {
  static constexpr std::array<std::string_view, 10> kWords{"First", "Second", "Third",   "Fourth",
                                                           "Fifth", "Sixth",  "Seventh", "Eighth",
                                                           "Ninth", "Tenth"};
  if (ordinal >= 1 && ordinal <= 10)
    return std::string(kWords[static_cast<std::size_t>(ordinal - 1)]);
  return "No. " + std::to_string(ordinal);
}

Entity trade_entity(const Concept& trade) {
  Entity entity;
  entity.type = EntityType::kTrade;
  entity.key = EntityKey::trade(trade.id);
  entity.label_en = trade.label_en;
  entity.label_zh = trade.label_zh;
  return entity;
}

std::string place_name_in_label(const GazetteerPlace& place) {
  if (place.level == PlaceLevel::kCounty || place.level == PlaceLevel::kSpecialDistrict) {
    return place.name_en + " " + std::string(english_level_word(place.level));
  }
  return place.name_en;
}

std::string cooperative_label_en(const std::string& place, std::optional<int> ordinal,
                                 const std::vector<std::string>& trade_ids,
                                 const ConceptScheme& trades, std::string_view head_kind,
                                 bool name_words) {
  std::string label = place;
  auto append = [&](const std::string& word) {
    if (word.empty()) return;
    if (!label.empty()) label += ' ';
    label += word;
  };
  if (ordinal) append(ordinal_word(*ordinal));
  std::string trade_words;
  for (const std::string& id : trade_ids) {
    const Concept* trade = trades.find(id);
    if (trade == nullptr) continue;
    if (!trade_words.empty()) trade_words += " and ";
    // "Ironware (iron industry)": the words in brackets explain the concept, not the name.
    trade_words += name_words && !trade->name_en.empty()
                       ? trade->name_en
                       : capitalised(trade->label_en.substr(0, trade->label_en.find(" (")));
  }
  append(trade_words);
  append(std::string(head_label(head_kind)));
  return label;
}

void add_name_word_label(EntityDescription& cooperative, const std::string& place,
                         const ConceptScheme& trades, std::string_view head_kind) {
  std::string alt =
      cooperative_label_en(place, cooperative.ordinal, cooperative.trades, trades, head_kind, true);
  if (alt != cooperative.label_en &&
      std::find(cooperative.alt_labels_en.begin(), cooperative.alt_labels_en.end(), alt) ==
          cooperative.alt_labels_en.end()) {
    cooperative.alt_labels_en.push_back(std::move(alt));
  }
}

std::string person_label_en(std::string_view han, const PinyinTransliterator& pinyin) {
  const std::string syllables = pinyin.toneless(han);  // "deng jie"
  const std::size_t space = syllables.find(' ');
  if (space == std::string::npos) return capitalised(syllables);
  std::string given;
  for (char c : syllables.substr(space + 1)) {
    if (c != ' ') given += c;
  }
  return capitalised(syllables.substr(0, space)) + " " + capitalised(given);
}

}  // namespace coopgraph::extract
