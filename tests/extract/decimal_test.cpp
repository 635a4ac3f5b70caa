#include "extract/numbers/decimal.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <string>
#include <vector>

namespace coopgraph::extract {
namespace {

Decimal dec(std::string_view text) {
  const auto value = Decimal::parse(text);
  EXPECT_TRUE(value.has_value()) << text;
  return value.value_or(Decimal{});
}

TEST(DecimalTest, DefaultIsZero) {
  EXPECT_TRUE(Decimal{}.is_zero());
  EXPECT_EQ(Decimal{}.to_string(), "0");
  EXPECT_EQ(Decimal{}, Decimal::from_int(0));
}

TEST(DecimalTest, CanonicalStrings) {
  EXPECT_EQ(Decimal::from_int(5480000000).to_string(), "5480000000");
  EXPECT_EQ(dec("16.4").to_string(), "16.4");
  EXPECT_EQ(dec("0.5").to_string(), "0.5");
  EXPECT_EQ(dec("-3").to_string(), "-3");
  EXPECT_EQ(dec("-0.05").to_string(), "-0.05");
  EXPECT_EQ(dec("29.92").to_string(), "29.92");
  EXPECT_EQ(dec("0.000000000000000001").to_string(), "0.000000000000000001");
}

TEST(DecimalTest, ParseDropsRedundantZeros) {
  EXPECT_EQ(dec("16.40").to_string(), "16.4");
  EXPECT_EQ(dec("0.500").to_string(), "0.5");
  EXPECT_EQ(dec("007").to_string(), "7");
  EXPECT_EQ(dec("-0").to_string(), "0");
  EXPECT_EQ(dec("-0.000").to_string(), "0");
  EXPECT_EQ(dec("3.000").scale(), 0);
  EXPECT_EQ(dec("1." + std::string(40, '0')).to_string(), "1");
  EXPECT_EQ(dec(std::string(5000, '0') + "1").to_string(), "1");
}

TEST(DecimalTest, ParseRejectsNonCanonicalSyntax) {
  for (const char* bad :
       {"", "-", ".5", "5.", "1e5", "+1", "1,000", " 1", "1 ", "--1", "1.2.3", "0x10", "１２"}) {
    EXPECT_FALSE(Decimal::parse(bad).has_value()) << bad;
  }
}

TEST(DecimalTest, ParseDetectsOverflow) {
  EXPECT_EQ(dec("9223372036854775807").mantissa(), INT64_MAX);
  EXPECT_EQ(dec("-9223372036854775808").mantissa(), INT64_MIN);
  EXPECT_EQ(dec("-9223372036854775808").to_string(), "-9223372036854775808");
  EXPECT_FALSE(Decimal::parse("9223372036854775808").has_value());
  EXPECT_FALSE(Decimal::parse("-9223372036854775809").has_value());
  EXPECT_FALSE(Decimal::parse(std::string(1000, '9')).has_value());
  EXPECT_FALSE(Decimal::parse("0.0000000000000000001").has_value());  // 19 fractional digits
  EXPECT_FALSE(Decimal::parse("92233720368547758.08").has_value());   // mantissa too large
  EXPECT_FALSE(Decimal::parse("9223372036854775808.0").has_value());
}

TEST(DecimalTest, FromPartsNormalisesAndChecks) {
  EXPECT_EQ(Decimal::from_parts(1500, 3)->to_string(), "1.5");
  EXPECT_EQ(Decimal::from_parts(1500, 3)->scale(), 1);
  EXPECT_EQ(Decimal::from_parts(5, -2)->to_string(), "500");
  EXPECT_EQ(Decimal::from_parts(1, 18)->to_string(), "0.000000000000000001");
  EXPECT_EQ(Decimal::from_parts(10, 19)->to_string(), "0.000000000000000001");
  EXPECT_FALSE(Decimal::from_parts(1, 19).has_value());
  EXPECT_FALSE(Decimal::from_parts(1, -19).has_value());
  EXPECT_FALSE(Decimal::from_parts(INT64_MAX, -1).has_value());
  EXPECT_FALSE(Decimal::from_parts(7, INT_MIN).has_value());
  EXPECT_FALSE(Decimal::from_parts(7, INT_MAX).has_value());
  EXPECT_TRUE(Decimal::from_parts(0, INT_MIN)->is_zero());
  EXPECT_TRUE(Decimal::from_parts(0, INT_MAX)->is_zero());
}

TEST(DecimalTest, ScaledByPowerOfTen) {
  EXPECT_EQ(dec("5.48").scaled_by_pow10(9)->to_string(), "5480000000");
  EXPECT_EQ(dec("16.4").scaled_by_pow10(-1)->to_string(), "1.64");
  EXPECT_EQ(dec("1.5").scaled_by_pow10(4)->to_string(), "15000");
  EXPECT_EQ(Decimal::from_int(1).scaled_by_pow10(18)->to_string(), "1000000000000000000");
  EXPECT_FALSE(Decimal::from_int(1).scaled_by_pow10(19).has_value());
  EXPECT_FALSE(Decimal::from_int(INT64_MAX).scaled_by_pow10(1).has_value());
  EXPECT_FALSE(Decimal::from_int(1).scaled_by_pow10(INT_MAX).has_value());
  EXPECT_FALSE(Decimal::from_int(1).scaled_by_pow10(INT_MIN).has_value());
  EXPECT_FALSE(Decimal::from_int(1).scaled_by_pow10(-19).has_value());
  EXPECT_EQ(Decimal::from_int(1000).scaled_by_pow10(-21)->to_string(), "0.000000000000000001");
  EXPECT_TRUE(Decimal{}.scaled_by_pow10(INT_MAX)->is_zero());
}

TEST(DecimalTest, Plus) {
  EXPECT_EQ(dec("0.5").plus(dec("0.25"))->to_string(), "0.75");
  EXPECT_EQ(dec("0.5").plus(dec("0.5"))->to_string(), "1");
  EXPECT_EQ(dec("0.5").plus(dec("0.5"))->scale(), 0);
  EXPECT_EQ(dec("-1.5").plus(dec("1.5"))->to_string(), "0");
  EXPECT_FALSE(Decimal::from_int(INT64_MAX).plus(Decimal::from_int(1)).has_value());
  EXPECT_FALSE(Decimal::from_int(INT64_MIN).plus(Decimal::from_int(-1)).has_value());
  // Aligning 10^18 to one fractional digit does not fit.
  EXPECT_FALSE(Decimal::from_int(1000000000000000000).plus(dec("0.1")).has_value());
}

TEST(DecimalTest, Times) {
  EXPECT_EQ(dec("1.5").times(Decimal::from_int(2))->to_string(), "3");
  EXPECT_EQ(dec("0.1").times(dec("0.1"))->to_string(), "0.01");
  EXPECT_EQ(dec("-2.5").times(dec("4"))->to_string(), "-10");
  EXPECT_FALSE(Decimal::from_int(INT64_MAX).times(Decimal::from_int(2)).has_value());
  EXPECT_FALSE(Decimal::from_int(INT64_MIN).times(Decimal::from_int(-1)).has_value());
  EXPECT_FALSE(dec("0.000000001").times(dec("0.0000000001")).has_value());  // 19 digits
}

TEST(DecimalTest, ToInt64) {
  EXPECT_EQ(Decimal::from_int(42).to_int64(), 42);
  EXPECT_EQ(dec("42.0").to_int64(), 42);
  EXPECT_FALSE(dec("42.5").to_int64().has_value());
}

TEST(DecimalTest, Comparison) {
  EXPECT_LT(dec("0.5"), dec("1"));
  EXPECT_LT(dec("1.05"), dec("1.5"));
  EXPECT_LT(dec("9.99"), dec("10"));
  EXPECT_LT(dec("-1.5"), dec("-1.2"));
  EXPECT_LT(dec("-2"), dec("-1.5"));
  EXPECT_LT(dec("-0.5"), dec("0.3"));
  EXPECT_GT(dec("0.000000000000000001"), Decimal{});
  EXPECT_LT(Decimal::from_int(INT64_MIN), Decimal::from_int(INT64_MAX));
  EXPECT_LT(dec("0.123456789012345678"), dec("9223372036854775807"));
  EXPECT_EQ(dec("16.40"), dec("16.4"));
  EXPECT_NE(dec("16.41"), dec("16.4"));
  EXPECT_EQ(dec("1.5") <=> dec("1.50"), std::strong_ordering::equal);

  std::vector<Decimal> values = {dec("3"), dec("-0.25"), dec("2.5"), dec("0"), dec("-7")};
  std::sort(values.begin(), values.end());
  std::vector<std::string> sorted;
  for (const Decimal& v : values)
    sorted.push_back(v.to_string());
  EXPECT_EQ(sorted, (std::vector<std::string>{"-7", "-0.25", "0", "2.5", "3"}));
}

TEST(DecimalLiteralTest, GroupedDigits) {
  const DecimalLiteral literal = scan_decimal_literal("16,900 members", 0);
  EXPECT_EQ(literal.length, 6u);
  EXPECT_TRUE(literal.grouped);
  EXPECT_EQ(literal.integer_digits, 5u);
  EXPECT_EQ(literal.value->to_string(), "16900");
  EXPECT_EQ(scan_decimal_literal("1,000,000.5", 0).value->to_string(), "1000000.5");
  EXPECT_EQ(scan_decimal_literal("x 15,350.", 2).value->to_string(), "15350");
}

TEST(DecimalLiteralTest, CommasThatDoNotGroup) {
  EXPECT_EQ(scan_decimal_literal("1954, 1955", 0).length, 4u);
  EXPECT_EQ(scan_decimal_literal("1954,000", 0).length, 4u);
  EXPECT_EQ(scan_decimal_literal("1,23", 0).length, 1u);
  EXPECT_EQ(scan_decimal_literal("1,2345", 0).length, 1u);
  EXPECT_EQ(scan_decimal_literal("1,", 0).length, 1u);
}

TEST(DecimalLiteralTest, Fractions) {
  const DecimalLiteral literal = scan_decimal_literal("29.92%", 0);
  EXPECT_EQ(literal.length, 5u);
  EXPECT_TRUE(literal.has_point);
  EXPECT_EQ(literal.value->to_string(), "29.92");
  EXPECT_EQ(scan_decimal_literal("5.", 0).length, 1u);
  EXPECT_EQ(scan_decimal_literal("in 1954.", 3).length, 4u);
}

TEST(DecimalLiteralTest, FullWidthDigits) {
  const DecimalLiteral literal = scan_decimal_literal("１２３", 0);
  EXPECT_EQ(literal.length, 9u);
  EXPECT_EQ(literal.value->to_string(), "123");
  EXPECT_EQ(scan_decimal_literal("２０．６％", 0).value->to_string(), "20.6");
}

TEST(DecimalLiteralTest, NoDigitOrPastTheEnd) {
  EXPECT_EQ(scan_decimal_literal("abc", 0).length, 0u);
  EXPECT_EQ(scan_decimal_literal("", 0).length, 0u);
  EXPECT_EQ(scan_decimal_literal("12", 2).length, 0u);
  EXPECT_EQ(scan_decimal_literal("12", 99).length, 0u);
  EXPECT_EQ(scan_decimal_literal("\xEF\xBC", 0).length, 0u);  // truncated full-width digit
}

TEST(DecimalLiteralTest, VeryLongRunOverflowsWithoutFailing) {
  const std::string digits(100000, '7');
  const DecimalLiteral literal = scan_decimal_literal(digits, 0);
  EXPECT_EQ(literal.length, digits.size());
  EXPECT_FALSE(literal.value.has_value());
}

}  // namespace
}  // namespace coopgraph::extract
