// English labels for entities found in the Chinese text alone, made the way the paper's
// translators wrote them ("Datong Cloth Shoe Production Cooperative", "Wang Ming"), so that
// every entity has an English label even in the many articles never translated.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/facts/facts.h"
#include "extract/gazetteer/gazetteer.h"
#include "extract/lexicon/lexicon.h"
#include "extract/text/pinyin.h"

namespace coopgraph::extract {

// How a place is written inside a name: cities bare ("Datong"), counties with "County".
std::string place_name_in_label(const GazetteerPlace& place);

// head_kind: the cooperative head's kind ("production", "supply-marketing", "united-society").
// name_words: the trades' name_en words where they have them ("Iron", not "Ironware"), for
// the alternative label translators write.
std::string cooperative_label_en(const std::string& place, std::optional<int> ordinal,
                                 const std::vector<std::string>& trade_ids,
                                 const ConceptScheme& trades, std::string_view head_kind,
                                 bool name_words = false);

// The cooperative's label with its trades' name words, when it differs from its label.
void add_name_word_label(EntityDescription& cooperative, const std::string& place,
                         const ConceptScheme& trades, std::string_view head_kind);

// "Wang Ming" for 王明: surname, then the given name as one word.
std::string person_label_en(std::string_view han, const PinyinTransliterator& pinyin);

std::string ordinal_word(int ordinal);

// A trade named in the text is its concept in the trades vocabulary.
Entity trade_entity(const Concept& trade);

}  // namespace coopgraph::extract
