// One number found in article text, in the single shape that both the English and the
// Chinese scanners return, so later stages (fact builders, date normalisers) never re-read
// raw text. Carries no unit or counted noun: attaching "yuan" or 个社 is the caller's job.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "extract/numbers/decimal.h"

namespace coopgraph::extract {

enum class Language : std::uint8_t { kEnglish, kChinese };

// Month and day are separate from ordinal so that a date normaliser can pick them out
// without re-reading the surrounding words.
enum class NumberKind : std::uint8_t { kQuantity, kPercent, kOrdinal, kYear, kMonth, kDay };

struct NumberMention {
  // Byte span [begin, end) in the scanned text. It covers the qualifiers and markers that
  // change the meaning ("more than", 约, 第, 百分之, %, 多, 左右, 年/月/日) but not counters
  // or units (个, 元, "yuan").
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string text;  // the bytes of the span

  // The value, or the bottom of a range ("three or four hundred" -> 300, high 400).
  // For percentages the number before the sign (16.4 for 16.4%), not the ratio.
  Decimal low;
  std::optional<Decimal> high;

  NumberKind kind = NumberKind::kQuantity;
  Language language = Language::kEnglish;

  bool lower_bound = false;  // more than, over, at least, 多, 余, 以上, 超过
  bool upper_bound = false;  // less than, up to, nearly, 不到, 以下, 将近
  bool approximate = false;  // about, approximately, nearly, 约, 左右, 几
  // The digits did not fit a Decimal (see decimal.h). The span is still reported so that
  // nothing re-reads it, but low is zero, high is empty and the value must not be used.
  bool overflow = false;
  // The reading itself says the number is money (一角八分 is 0.18 yuan), whatever follows it.
  bool money = false;

  bool is_range() const { return high.has_value(); }
  bool is_percent() const { return kind == NumberKind::kPercent; }
  bool is_year() const { return kind == NumberKind::kYear; }
  // Months and days are positions in a sequence too (六月 is the sixth month).
  bool is_ordinal() const {
    return kind == NumberKind::kOrdinal || kind == NumberKind::kMonth || kind == NumberKind::kDay;
  }
};

constexpr std::string_view language_tag(Language language) {
  return language == Language::kEnglish ? "en" : "zh";
}

constexpr std::string_view kind_name(NumberKind kind) {
  switch (kind) {
    case NumberKind::kQuantity:
      return "quantity";
    case NumberKind::kPercent:
      return "percent";
    case NumberKind::kOrdinal:
      return "ordinal";
    case NumberKind::kYear:
      return "year";
    case NumberKind::kMonth:
      return "month";
    case NumberKind::kDay:
      return "day";
  }
  return "quantity";
}

}  // namespace coopgraph::extract
