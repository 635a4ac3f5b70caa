#include "bench/generator/number_forms.h"

#include <array>
#include <string_view>

namespace coopgraph::bench {
namespace {

constexpr std::array<std::string_view, 10> kChineseDigits{"零", "一", "二", "三", "四",
                                                          "五", "六", "七", "八", "九"};
constexpr std::array<std::string_view, 4> kChinesePlaces{"", "十", "百", "千"};
constexpr std::array<std::string_view, 20> kEnglishSmall{
    "zero",     "one",     "two",     "three",     "four",     "five",    "six",
    "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",  "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::array<std::string_view, 10> kEnglishTens{
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

// A group of four digits (1..9999), with 零 for each run of zeros between digits.
std::string chinese_group(unsigned group) {
  std::string text;
  bool pending_zero = false;
  for (int place = 3; place >= 0; --place) {
    unsigned divisor = 1;
    for (int i = 0; i < place; ++i)
      divisor *= 10;
    const unsigned digit = group / divisor % 10;
    if (digit == 0) {
      pending_zero = !text.empty();
      continue;
    }
    if (pending_zero) text += kChineseDigits[0];
    pending_zero = false;
    text += kChineseDigits[digit];
    text += kChinesePlaces[static_cast<std::size_t>(place)];
  }
  return text;
}

std::string english_below_thousand(std::uint64_t value) {
  std::string text;
  if (value >= 100) {
    text = std::string(kEnglishSmall[value / 100]) + " hundred";
    value %= 100;
    if (value == 0) return text;
    text += " and ";
  }
  if (value < 20) return text + std::string(kEnglishSmall[value]);
  text += kEnglishTens[value / 10];
  if (value % 10 != 0) text += "-" + std::string(kEnglishSmall[value % 10]);
  return text;
}

}  // namespace

std::string chinese_numeral(std::uint64_t value) {
  if (value == 0) return std::string(kChineseDigits[0]);
  constexpr std::array<std::string_view, 3> kUnits{"", "万", "亿"};
  std::array<unsigned, 3> groups{static_cast<unsigned>(value % 10000),
                                 static_cast<unsigned>(value / 10000 % 10000),
                                 static_cast<unsigned>(value / 100000000)};
  std::string text;
  for (int index = 2; index >= 0; --index) {
    const unsigned group = groups[static_cast<std::size_t>(index)];
    if (group == 0) continue;
    // A group after a higher one that does not fill its thousands is read with 零.
    if (!text.empty() && group < 1000) text += kChineseDigits[0];
    text += chinese_group(group);
    text += kUnits[static_cast<std::size_t>(index)];
  }
  // 十五, not 一十五, at the start of a number.
  const std::string one_ten = std::string(kChineseDigits[1]) + std::string(kChinesePlaces[1]);
  if (text.starts_with(one_ten)) text.erase(0, kChineseDigits[1].size());
  return text;
}

std::string chinese_digits(std::uint64_t value) {
  std::string text;
  // Years are written with 〇, not 零: 一九五〇.
  for (char digit : std::to_string(value))
    text += digit == '0' ? std::string("〇")
                         : std::string(kChineseDigits[static_cast<std::size_t>(digit - '0')]);
  return text;
}

std::string full_width_digits(std::uint64_t value) {
  std::string text;
  for (char digit : std::to_string(value)) {
    // U+FF10..U+FF19 in UTF-8: EF BC 90..99.
    text += "\xEF\xBC";
    text += static_cast<char>(0x90 + (digit - '0'));
  }
  return text;
}

std::string digits_with_commas(std::uint64_t value) {
  const std::string digits = std::to_string(value);
  std::string text;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) text += ',';
    text += digits[i];
  }
  return text;
}

std::string english_words(std::uint64_t value) {
  if (value < 1000) return english_below_thousand(value);
  std::string text = english_below_thousand(value / 1000) + " thousand";
  if (value % 1000 != 0) text += " " + english_below_thousand(value % 1000);
  return text;
}

std::string decimal_tenths(std::uint64_t tenths) {
  std::string text = std::to_string(tenths / 10);
  if (tenths % 10 != 0) text += "." + std::to_string(tenths % 10);
  return text;
}

std::string chinese_decimal_tenths(std::uint64_t tenths) {
  std::string text = chinese_numeral(tenths / 10);
  if (tenths % 10 != 0) text += "点" + std::string(kChineseDigits[tenths % 10]);
  return text;
}

}  // namespace coopgraph::bench
