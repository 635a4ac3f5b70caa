// Finds numbers in Chinese article text: numerals (一万六千九百, 五十四亿八千多万), ASCII and
// full-width digits, 百分之 percentages, ranges (三四百, 两、三次), ordinals (第四), years read
// digit by digit (一九五三年), months and days (六月四日). Does not attach counters or units,
// and does not read fractions other than powers of ten (三分之一 gives nothing).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/numbers/number_mention.h"

namespace coopgraph::extract {

// Lines of a cue list such as extract/data/cues/zh_non_numbers.txt: one word per line,
// '#' starts a comment, surrounding blanks are dropped, lines that are not valid UTF-8 are
// skipped.
std::vector<std::string> parse_word_list(std::string_view list_text);

// Immutable after construction, so one scanner can serve any number of threads.
class ChineseNumberScanner {
 public:
  // Words that contain a numeral or a number cue but do not mean a number (一般, 统一, 十分,
  // 节约, 四川). Each is skipped whole, unless a number read from the same place is longer
  // (一点 is skipped, 一点五 is 1.5).
  explicit ChineseNumberScanner(const std::vector<std::string>& non_number_words);

  static ChineseNumberScanner from_list_text(std::string_view list_text);
  // nullopt when the file cannot be read.
  static std::optional<ChineseNumberScanner> from_file(const std::string& path);

  // Never throws on malformed input: bytes that are not valid UTF-8 are stepped over one at
  // a time. Numbers too large for a Decimal give a mention with overflow set.
  std::vector<NumberMention> scan(std::string_view text) const;

  std::size_t non_number_word_count() const { return word_count_; }
  // Length in bytes of the longest listed word starting at offset, or 0.
  std::size_t match_non_number_word(std::string_view text, std::size_t offset) const;

 private:
  // Keyed by first code point; each list longest first.
  std::unordered_map<char32_t, std::vector<std::string>> words_by_first_;
  std::size_t word_count_ = 0;
};

std::vector<NumberMention> find_chinese_numbers(std::string_view text,
                                                const ChineseNumberScanner& scanner);

// The one reading of Chinese numeral characters, which the period finder shares so that a date
// written in financial (大写) or traditional forms (貳拾壹日, 壹玖伍肆年) reads as the everyday
// one (二十一日, 一九五四年).

// The digit a character writes: 〇 零 一 … 九 and their financial and traditional forms (壹 貳
// 贰 叁 參 …). Not ASCII or full-width digits, not 两.
std::optional<int> chinese_digit_value(char32_t c);

// Whether a character can be part of a Chinese numeral: a digit, 两 / 兩, or a unit (十 拾 百
// 佰 千 仟 万 萬 亿 億).
bool is_chinese_numeral_char(char32_t c);

struct SmallNumeral {
  int value = 0;
  std::size_t length = 0;  // characters
};

// A whole number from 1 to 99 at the start of chars, as days, months and counts of years are
// written: 四, 十二, 二十一, 廿五, 卅一, 貳拾壹, 12, １２. 两 / 兩 read as 2 only when allow_liang
// (两年来, but not 两日). Nothing for 0, for 零 or 〇 first, or for three digits in a row.
std::optional<SmallNumeral> read_small_numeral(std::u32string_view chars, bool allow_liang);

}  // namespace coopgraph::extract
