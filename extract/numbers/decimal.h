// Exact decimal values for numbers read from article text (16.4, 5480000000), kept as an
// int64 mantissa and a count of fractional digits so they reach xsd:decimal unrounded.
// Not arbitrary precision: a value that does not fit is reported as an error (nullopt),
// never rounded and never computed with signed overflow.
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

namespace coopgraph::extract {

class Decimal {
 public:
  static constexpr int kMaxScale = 18;

  constexpr Decimal() = default;
  static constexpr Decimal from_int(std::int64_t value) {
    Decimal result;
    result.mantissa_ = value;
    return result;
  }
  // mantissa * 10^-scale. A negative scale multiplies. Trailing fractional zeros are
  // dropped first, so (1500, 3) is accepted even though it has the same value as (15, 1).
  static std::optional<Decimal> from_parts(std::int64_t mantissa, int scale);
  // Plain ASCII "[-]digits[.digits]": no exponent, no separators, no '+'.
  static std::optional<Decimal> parse(std::string_view text);

  // Always canonical: when scale() > 0 the mantissa is not a multiple of ten.
  constexpr std::int64_t mantissa() const { return mantissa_; }
  constexpr int scale() const { return scale_; }
  constexpr bool is_integer() const { return scale_ == 0; }
  constexpr bool is_zero() const { return mantissa_ == 0; }
  constexpr bool is_negative() const { return mantissa_ < 0; }
  std::optional<std::int64_t> to_int64() const;

  std::optional<Decimal> scaled_by_pow10(int exponent) const;
  std::optional<Decimal> plus(const Decimal& other) const;
  // Conservative: may report overflow when the product of the two mantissas does not fit,
  // even if dropping trailing zeros afterwards would have made the result fit.
  std::optional<Decimal> times(const Decimal& other) const;

  // xsd:decimal canonical form: "5480000000", "16.4", "0.5", "-3"; no exponent.
  std::string to_string() const;

  // The canonical representation makes member-wise equality value equality.
  friend constexpr bool operator==(const Decimal&, const Decimal&) = default;
  friend std::strong_ordering operator<=>(const Decimal& a, const Decimal& b);

 private:
  std::int64_t mantissa_ = 0;
  int scale_ = 0;
};

std::ostream& operator<<(std::ostream& out, const Decimal& value);

// A run of digits at a given offset, as written in running text: ASCII or full-width
// (０-９) digits, optional thousands groups ("16,900") and an optional fraction ("29.92",
// full-width point allowed). No sign: a leading '-' in prose is usually a dash.
struct DecimalLiteral {
  std::size_t length = 0;        // bytes consumed; 0 when no digit starts at the offset
  std::optional<Decimal> value;  // nullopt when too large or too precise for Decimal
  std::size_t integer_digits = 0;
  bool grouped = false;
  bool has_point = false;
};

DecimalLiteral scan_decimal_literal(std::string_view text, std::size_t offset);

}  // namespace coopgraph::extract
