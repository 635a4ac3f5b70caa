#include "extract/numbers/decimal.h"

#include <algorithm>
#include <array>
#include <ostream>

namespace coopgraph::extract {
namespace {

constexpr std::array<std::int64_t, 19> kPow10 = {1,
                                                 10,
                                                 100,
                                                 1000,
                                                 10000,
                                                 100000,
                                                 1000000,
                                                 10000000,
                                                 100000000,
                                                 1000000000,
                                                 10000000000,
                                                 100000000000,
                                                 1000000000000,
                                                 10000000000000,
                                                 100000000000000,
                                                 1000000000000000,
                                                 10000000000000000,
                                                 100000000000000000,
                                                 1000000000000000000};

std::optional<std::int64_t> times_pow10(std::int64_t value, std::int64_t exponent) {
  if (value == 0) return 0;
  if (exponent < 0 || exponent >= static_cast<std::int64_t>(kPow10.size())) return std::nullopt;
  std::int64_t result = 0;
  if (__builtin_mul_overflow(value, kPow10[static_cast<std::size_t>(exponent)], &result)) {
    return std::nullopt;
  }
  return result;
}

// Scale in int64 so callers can add or subtract exponents without int overflow.
std::optional<Decimal> make(std::int64_t mantissa, std::int64_t scale) {
  if (mantissa == 0) return Decimal{};
  if (scale < 0) {
    const auto scaled = times_pow10(mantissa, -scale);
    if (!scaled) return std::nullopt;
    return Decimal::from_int(*scaled);
  }
  while (scale > 0 && mantissa % 10 == 0) {
    mantissa /= 10;
    --scale;
  }
  if (scale > Decimal::kMaxScale) return std::nullopt;
  return Decimal::from_parts(mantissa, static_cast<int>(scale));
}

bool is_ascii_digit(char c) {
  return c >= '0' && c <= '9';
}

// Digit value and byte length of an ASCII or full-width (U+FF10..U+FF19) digit.
bool digit_at(std::string_view text, std::size_t pos, char* digit, std::size_t* length) {
  if (pos >= text.size()) return false;
  if (is_ascii_digit(text[pos])) {
    *digit = text[pos];
    *length = 1;
    return true;
  }
  if (text.size() - pos >= 3 && static_cast<unsigned char>(text[pos]) == 0xEF &&
      static_cast<unsigned char>(text[pos + 1]) == 0xBC) {
    const auto last = static_cast<unsigned char>(text[pos + 2]);
    if (last >= 0x90 && last <= 0x99) {
      *digit = static_cast<char>('0' + (last - 0x90));
      *length = 3;
      return true;
    }
  }
  return false;
}

std::size_t point_length(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return 0;
  if (text[pos] == '.') return 1;
  if (text.substr(pos, 3) == "\xEF\xBC\x8E") return 3;  // full-width full stop
  return 0;
}

}  // namespace

std::optional<Decimal> Decimal::from_parts(std::int64_t mantissa, int scale) {
  if (scale < 0 || mantissa == 0 || (scale > 0 && mantissa % 10 == 0) || scale > kMaxScale) {
    return make(mantissa, scale);
  }
  Decimal result;
  result.mantissa_ = mantissa;
  result.scale_ = scale;
  return result;
}

std::optional<Decimal> Decimal::parse(std::string_view text) {
  std::size_t pos = 0;
  const bool negative = !text.empty() && text[0] == '-';
  if (negative) pos = 1;
  const std::size_t int_begin = pos;
  while (pos < text.size() && is_ascii_digit(text[pos]))
    ++pos;
  const std::size_t int_end = pos;
  if (int_end == int_begin) return std::nullopt;
  std::size_t frac_begin = pos;
  std::size_t frac_end = pos;
  if (pos < text.size() && text[pos] == '.') {
    frac_begin = ++pos;
    while (pos < text.size() && is_ascii_digit(text[pos]))
      ++pos;
    frac_end = pos;
    if (frac_end == frac_begin) return std::nullopt;
  }
  if (pos != text.size()) return std::nullopt;
  while (frac_end > frac_begin && text[frac_end - 1] == '0')
    --frac_end;

  // Accumulate negatively so that INT64_MIN is representable.
  std::int64_t mantissa = 0;
  const auto push_digit = [&mantissa](char c) {
    return !__builtin_mul_overflow(mantissa, 10, &mantissa) &&
           !__builtin_sub_overflow(mantissa, c - '0', &mantissa);
  };
  for (std::size_t i = int_begin; i < int_end; ++i) {
    if (!push_digit(text[i])) return std::nullopt;
  }
  for (std::size_t i = frac_begin; i < frac_end; ++i) {
    if (!push_digit(text[i])) return std::nullopt;
  }
  if (!negative) {
    if (mantissa == INT64_MIN) return std::nullopt;
    mantissa = -mantissa;
  }
  return make(mantissa, static_cast<std::int64_t>(frac_end - frac_begin));
}

std::optional<std::int64_t> Decimal::to_int64() const {
  if (scale_ != 0) return std::nullopt;
  return mantissa_;
}

std::optional<Decimal> Decimal::scaled_by_pow10(int exponent) const {
  if (mantissa_ == 0) return *this;
  const std::int64_t scale = static_cast<std::int64_t>(scale_) - exponent;
  // A non-zero int64 has at most 18 trailing zeros to give back.
  if (scale > kMaxScale + 18) return std::nullopt;
  return make(mantissa_, scale);
}

std::optional<Decimal> Decimal::plus(const Decimal& other) const {
  const int scale = std::max(scale_, other.scale_);
  const auto a = times_pow10(mantissa_, scale - scale_);
  const auto b = times_pow10(other.mantissa_, scale - other.scale_);
  std::int64_t sum = 0;
  if (!a || !b || __builtin_add_overflow(*a, *b, &sum)) return std::nullopt;
  return make(sum, scale);
}

std::optional<Decimal> Decimal::times(const Decimal& other) const {
  std::int64_t product = 0;
  if (__builtin_mul_overflow(mantissa_, other.mantissa_, &product)) return std::nullopt;
  return make(product, static_cast<std::int64_t>(scale_) + other.scale_);
}

std::string Decimal::to_string() const {
  // Unsigned magnitude, because negating INT64_MIN is undefined.
  const std::uint64_t magnitude = mantissa_ < 0 ? 0 - static_cast<std::uint64_t>(mantissa_)
                                                : static_cast<std::uint64_t>(mantissa_);
  std::string digits = std::to_string(magnitude);
  const auto scale = static_cast<std::size_t>(scale_);
  if (scale > 0) {
    if (digits.size() <= scale) digits.insert(0, scale + 1 - digits.size(), '0');
    digits.insert(digits.size() - scale, 1, '.');
  }
  if (mantissa_ < 0) digits.insert(0, 1, '-');
  return digits;
}

std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) {
  if (a.scale_ == b.scale_) return a.mantissa_ <=> b.mantissa_;
  // Integer parts first, then fractions brought to a common scale; neither step can
  // overflow, unlike aligning the whole mantissas.
  const std::int64_t a_unit = kPow10[static_cast<std::size_t>(a.scale_)];
  const std::int64_t b_unit = kPow10[static_cast<std::size_t>(b.scale_)];
  const std::int64_t a_int = a.mantissa_ / a_unit;
  const std::int64_t b_int = b.mantissa_ / b_unit;
  if (a_int != b_int) return a_int <=> b_int;
  const int scale = std::max(a.scale_, b.scale_);
  const std::int64_t a_frac =
      (a.mantissa_ % a_unit) * kPow10[static_cast<std::size_t>(scale - a.scale_)];
  const std::int64_t b_frac =
      (b.mantissa_ % b_unit) * kPow10[static_cast<std::size_t>(scale - b.scale_)];
  return a_frac <=> b_frac;
}

std::ostream& operator<<(std::ostream& out, const Decimal& value) {
  return out << value.to_string();
}

DecimalLiteral scan_decimal_literal(std::string_view text, std::size_t offset) {
  DecimalLiteral literal;
  std::string digits;
  std::size_t pos = offset;
  char digit = 0;
  std::size_t length = 0;
  while (digit_at(text, pos, &digit, &length)) {
    digits.push_back(digit);
    pos += length;
  }
  if (digits.empty()) return literal;
  literal.integer_digits = digits.size();

  // A comma groups only when it is followed by exactly three digits, and a first group
  // longer than three digits ("1954, 1955") is a list, not a grouped number.
  while (pos < text.size() && text[pos] == ',' && (literal.grouped || digits.size() <= 3)) {
    std::string group;
    std::size_t probe = pos + 1;
    while (group.size() < 4 && digit_at(text, probe, &digit, &length)) {
      group.push_back(digit);
      probe += length;
    }
    if (group.size() != 3) break;
    digits += group;
    literal.integer_digits += 3;
    literal.grouped = true;
    pos = probe;
  }

  const std::size_t point = point_length(text, pos);
  if (point > 0 && digit_at(text, pos + point, &digit, &length)) {
    literal.has_point = true;
    digits.push_back('.');
    pos += point;
    while (digit_at(text, pos, &digit, &length)) {
      digits.push_back(digit);
      pos += length;
    }
  }
  literal.length = pos - offset;
  literal.value = Decimal::parse(digits);
  return literal;
}

}  // namespace coopgraph::extract
