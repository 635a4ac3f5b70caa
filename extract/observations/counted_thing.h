// What a number counts or weighs when the vocabulary has no measure for it: the noun after
// the counter (六十多个炼铁工人: 炼铁工人, "smelting iron worker"), the commodity after a unit
// of weight (两万多斤小米: 小米, millet), the words after an English number ("2,219 state
// farms"). It names an open measure, glossed from CC-CEDICT. The denominators of a rate
// (每人每日三斤小米: per person, per day) come from extract/data/cues/rate_denominators.tsv.
// Determiners are not counts: 一 + counter is the article "a" (一个山村) unless a word of
// zh_one_as_count.txt comes right before it (买了一部).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/facts/facts.h"
#include "extract/lexicon/lexicon.h"
#include "extract/lexicon/word_glosses.h"
#include "extract/text/pinyin.h"

namespace coopgraph::extract {

struct CountedThing {
  std::string id;  // stable, from the words: "count-liantiegongren", "quantity-xiaomi"
  std::string label_en;
  std::string label_zh;
  std::string pinyin;
  OpenMeasureKind kind = OpenMeasureKind::kCount;
  std::string unit;     // the unit a counter says (名: person), else empty
  std::size_t end = 0;  // where the noun ends in the sentence
};

// The number is [number_begin, at); `unit_end` is where a unit of weight or area right after
// it ends (两万多斤|小米), or npos.
std::optional<CountedThing> chinese_counted_thing(std::string_view text, std::size_t number_begin,
                                                  std::size_t at, std::size_t unit_end,
                                                  const Lexicon& lexicon,
                                                  const WordGlosses& glosses,
                                                  const PinyinTransliterator& pinyin);
// The noun before the number when nothing follows its counter or unit (水泵二千一百台,
// 铁炉由十四盘, 公积金一百二十六亿元): read backwards over a linking word (有, 由, 共;
// zh_number_links.txt) inside the clause.
std::optional<CountedThing> chinese_noun_before(std::string_view text, std::size_t number_begin,
                                                OpenMeasureKind kind, const Lexicon& lexicon,
                                                const WordGlosses& glosses,
                                                const PinyinTransliterator& pinyin);

std::optional<CountedThing> english_counted_thing(std::string_view text, std::size_t at,
                                                  std::size_t unit_end, const Lexicon& lexicon);

// A number before an ordinal counter (七届, 二中全会: the seventh session, the second plenum)
// is a position, not a quantity (counters.tsv, unit `ordinal`).
bool is_chinese_ordinal(std::string_view text, std::size_t number_end, const Lexicon& lexicon);

// 一 + counter used as the article "a" (一个山村, 在一条…路上), not a count of one.
bool is_chinese_determiner(std::string_view text, std::size_t number_begin, std::size_t number_end,
                           const Lexicon& lexicon);

// The units of 每人每日 right before a Chinese number, or of "per person a day" right after
// an English number's noun (from `after`), in the order written.
std::vector<std::string> rate_denominators(std::string_view text, std::size_t number_begin,
                                           std::size_t after, bool chinese,
                                           const ConceptScheme& denominators);

}  // namespace coopgraph::extract
