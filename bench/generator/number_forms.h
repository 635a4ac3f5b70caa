// Numbers written the ways the articles write them, in English (1,234; ninety-four; more
// than 23 million; 16.4%) and in Chinese (二千三百多万, 一万四千六百余, 百分之十六点四, 三四百,
// 一元八角五分, full-width １２０), so that a generated corpus exercises every number reader.
#pragma once

#include <cstdint>
#include <string>

namespace coopgraph::bench {

// 一万四千六百, 十五, 一千零五十亿; 0 is 零.
std::string chinese_numeral(std::uint64_t value);
// Digit by digit, as years are read: 一九五三.
std::string chinese_digits(std::uint64_t value);
// ASCII digits turned into full-width ones: １２０.
std::string full_width_digits(std::uint64_t value);
// 1,234,567
std::string digits_with_commas(std::uint64_t value);
// "two hundred and eighty-seven", "fourteen thousand six hundred"; value < 1,000,000.
std::string english_words(std::uint64_t value);
// Tenths as "16.4" (tenths = 164); whole numbers without a point.
std::string decimal_tenths(std::uint64_t tenths);
// 十六点四 for 164 tenths.
std::string chinese_decimal_tenths(std::uint64_t tenths);

}  // namespace coopgraph::bench
