#include "graph/solution_order.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <numeric>
#include <set>
#include <string_view>
#include <tuple>

#include "graph/vocab.h"

namespace coopgraph::graph {
namespace {

using vocab::ns::kXsd;

// In the order SPARQL gives them (unbound, blank, IRI, literal), literals by kind after.
enum class Kind {
  kUnbound,
  kBlank,
  kIri,
  kNumber,
  kNotANumber,  // '<' is false both ways: after every number, equal to one another
  kString,
  kLanguageString,
  kBoolean,
  kDateTime,
  kDate,
  kOtherLiteral,
};

// A decimal number as written, for exact comparison: digits without leading (integer) or
// trailing (fraction) zeros.
struct Decimal {
  bool negative = false;
  std::string_view integer;
  std::string_view fraction;
  bool is_zero() const { return integer.empty() && fraction.empty(); }
};

struct OrderKey {
  Kind kind = Kind::kUnbound;
  std::string_view text;       // IRI, label, lexical form
  std::string_view qualifier;  // language tag or datatype
  bool exact = false;          // kNumber: decimal holds it
  Decimal decimal;
  long double number = 0;     // kNumber
  std::int64_t seconds = 0;   // kDateTime, kDate: the instant, UTC
  std::string_view fraction;  // of its second, without trailing zeros
  bool boolean = false;
};

constexpr std::array<std::string_view, 16> kNumericTypes = {"integer",
                                                            "decimal",
                                                            "float",
                                                            "double",
                                                            "nonPositiveInteger",
                                                            "negativeInteger",
                                                            "long",
                                                            "int",
                                                            "short",
                                                            "byte",
                                                            "nonNegativeInteger",
                                                            "unsignedLong",
                                                            "unsignedInt",
                                                            "unsignedShort",
                                                            "unsignedByte",
                                                            "positiveInteger"};

bool all_digits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "-12.50" → {negative, "12", "5"}; false for anything but [+-]digits[.digits].
bool read_decimal(std::string_view text, Decimal& decimal) {
  if (!text.empty() && (text.front() == '+' || text.front() == '-')) {
    decimal.negative = text.front() == '-';
    text.remove_prefix(1);
  }
  const std::size_t point = text.find('.');
  std::string_view integer = text.substr(0, point);
  std::string_view fraction =
      point == std::string_view::npos ? std::string_view() : text.substr(point + 1);
  if (integer.empty() && fraction.empty()) return false;
  if ((!integer.empty() && !all_digits(integer)) || (!fraction.empty() && !all_digits(fraction)))
    return false;
  while (!integer.empty() && integer.front() == '0')
    integer.remove_prefix(1);
  while (!fraction.empty() && fraction.back() == '0')
    fraction.remove_suffix(1);
  decimal.integer = integer;
  decimal.fraction = fraction;
  return true;
}

// A double's lexical form: a decimal, an exponent form, INF, -INF, +INF or NaN.
bool read_double(std::string_view text, long double& value) {
  if (text.empty() || text.size() > 128) return false;
  const std::string copy(text);
  if (copy == "INF" || copy == "+INF") {
    value = HUGE_VALL;
    return true;
  }
  if (copy == "-INF") {
    value = -HUGE_VALL;
    return true;
  }
  if (copy == "NaN") {
    value = NAN;
    return true;
  }
  // strtold would also take "inf", "0x1p3" and leading spaces, which XSD does not.
  for (const char c : copy) {
    if (!((c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-'))
      return false;
  }
  char* end = nullptr;
  value = std::strtold(copy.c_str(), &end);
  return end == copy.c_str() + copy.size();
}

// Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil).
std::int64_t days_from_civil(std::int64_t year, unsigned month, unsigned day) {
  year -= month <= 2;
  const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
  const auto year_of_era = static_cast<unsigned>(year - era * 400);
  const unsigned day_of_year = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  const unsigned day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + static_cast<std::int64_t>(day_of_era) - 719468;
}

bool read_number(std::string_view& text, std::size_t digits, int& value) {
  if (text.size() < digits || !all_digits(text.substr(0, digits))) return false;
  value = std::atoi(std::string(text.substr(0, digits)).c_str());
  text.remove_prefix(digits);
  return true;
}

bool expect(std::string_view& text, char c) {
  if (text.empty() || text.front() != c) return false;
  text.remove_prefix(1);
  return true;
}

// xsd:dateTime ("2001-10-26T21:32:52.5+02:00") or, without the time, xsd:date, as seconds
// since 1970 UTC and the second's fraction.
bool read_instant(std::string_view text, bool with_time, OrderKey& key) {
  bool negative_year = false;
  if (!text.empty() && text.front() == '-') {
    negative_year = true;
    text.remove_prefix(1);
  }
  const std::size_t year_digits = text.find('-');
  if (year_digits < 4 || year_digits > 12 || year_digits == std::string_view::npos) return false;
  if (!all_digits(text.substr(0, year_digits))) return false;
  std::int64_t year = std::strtoll(std::string(text.substr(0, year_digits)).c_str(), nullptr, 10);
  if (negative_year) year = -year;
  text.remove_prefix(year_digits);
  int month = 0, day = 0, hour = 0, minute = 0, second = 0;
  if (!expect(text, '-') || !read_number(text, 2, month) || !expect(text, '-') ||
      !read_number(text, 2, day) || month < 1 || month > 12 || day < 1 || day > 31) {
    return false;
  }
  std::string_view fraction;
  if (with_time) {
    if (!expect(text, 'T') || !read_number(text, 2, hour) || !expect(text, ':') ||
        !read_number(text, 2, minute) || !expect(text, ':') || !read_number(text, 2, second) ||
        hour > 24 || minute > 59 || second > 59) {
      return false;
    }
    if (!text.empty() && text.front() == '.') {
      text.remove_prefix(1);
      const std::size_t digits =
          std::find_if(text.begin(), text.end(), [](char c) { return c < '0' || c > '9'; }) -
          text.begin();
      if (digits == 0) return false;
      fraction = text.substr(0, digits);
      text.remove_prefix(digits);
      while (!fraction.empty() && fraction.back() == '0')
        fraction.remove_suffix(1);
    }
  }
  int offset = 0;  // seconds east of UTC
  if (!text.empty() && text.front() == 'Z') {
    text.remove_prefix(1);
  } else if (!text.empty() && (text.front() == '+' || text.front() == '-')) {
    const int sign = text.front() == '-' ? -1 : 1;
    text.remove_prefix(1);
    int tz_hour = 0, tz_minute = 0;
    if (!read_number(text, 2, tz_hour) || !expect(text, ':') || !read_number(text, 2, tz_minute) ||
        tz_hour > 14 || tz_minute > 59) {
      return false;
    }
    offset = sign * (tz_hour * 3600 + tz_minute * 60);
  }
  if (!text.empty()) return false;
  key.seconds =
      days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) * 86400 +
      hour * 3600 + minute * 60 + second - offset;
  key.fraction = fraction;
  return true;
}

OrderKey literal_key(const Term& term) {
  OrderKey key;
  key.text = term.value;
  if (!term.language.empty()) {
    key.kind = Kind::kLanguageString;
    key.qualifier = term.language;
    return key;
  }
  const std::string_view datatype = term.datatype;
  const std::string_view type =
      datatype.starts_with(kXsd) ? datatype.substr(kXsd.size()) : std::string_view();
  if (datatype.empty() || type == "string") {
    key.kind = Kind::kString;  // one kind of term in RDF 1.1
    return key;
  }
  key.qualifier = datatype;
  key.kind = Kind::kOtherLiteral;
  if (type.empty()) return key;
  if (std::find(kNumericTypes.begin(), kNumericTypes.end(), type) != kNumericTypes.end()) {
    const bool floating = type == "double" || type == "float";
    if (read_decimal(term.value, key.decimal)) {
      key.exact = true;
      read_double(term.value, key.number);
      key.kind = Kind::kNumber;
    } else if (floating && read_double(term.value, key.number)) {
      key.kind = std::isnan(key.number) ? Kind::kNotANumber : Kind::kNumber;
    }
  } else if (type == "boolean") {
    if (term.value == "true" || term.value == "1" || term.value == "false" || term.value == "0") {
      key.kind = Kind::kBoolean;
      key.boolean = term.value == "true" || term.value == "1";
    }
  } else if (type == "dateTime") {
    if (read_instant(term.value, true, key)) key.kind = Kind::kDateTime;
  } else if (type == "date") {
    if (read_instant(term.value, false, key)) key.kind = Kind::kDate;
  }
  return key;
}

OrderKey key_of(const std::optional<Term>& term) {
  OrderKey key;
  if (!term) return key;
  switch (term->kind) {
    case Term::Kind::kBlank:
      key.kind = Kind::kBlank;
      key.text = term->value;
      return key;
    case Term::Kind::kIri:
      key.kind = Kind::kIri;
      key.text = term->value;
      return key;
    case Term::Kind::kLiteral:
      return literal_key(*term);
  }
  return key;
}

template <typename T>
int three_way(const T& a, const T& b) {
  return a < b ? -1 : (b < a ? 1 : 0);
}

int compare_texts(std::string_view a, std::string_view b) {
  // char_traits<char> compares as unsigned char: UTF-8 bytes in code point order.
  const int order = a.compare(b);
  return order < 0 ? -1 : (order > 0 ? 1 : 0);
}

int compare_decimals(const Decimal& a, const Decimal& b) {
  if (a.is_zero() && b.is_zero()) return 0;
  const bool a_negative = a.negative && !a.is_zero();
  const bool b_negative = b.negative && !b.is_zero();
  if (a_negative != b_negative) return a_negative ? -1 : 1;
  int magnitude = three_way(a.integer.size(), b.integer.size());
  if (magnitude == 0) magnitude = compare_texts(a.integer, b.integer);
  if (magnitude == 0) magnitude = compare_texts(a.fraction, b.fraction);
  return a_negative ? -magnitude : magnitude;
}

int compare_keys(const OrderKey& a, const OrderKey& b) {
  if (a.kind != b.kind) return three_way(a.kind, b.kind);
  switch (a.kind) {
    case Kind::kUnbound:
    case Kind::kNotANumber:
      return 0;
    case Kind::kNumber:
      return a.exact && b.exact ? compare_decimals(a.decimal, b.decimal)
                                : three_way(a.number, b.number);
    case Kind::kBoolean:
      return three_way(a.boolean, b.boolean);
    case Kind::kDateTime:
    case Kind::kDate: {
      const int instant = three_way(a.seconds, b.seconds);
      return instant != 0 ? instant : compare_texts(a.fraction, b.fraction);
    }
    case Kind::kBlank:
    case Kind::kIri:
    case Kind::kString:
    case Kind::kLanguageString:
    case Kind::kOtherLiteral: {
      const int text = compare_texts(a.text, b.text);
      return text != 0 ? text : compare_texts(a.qualifier, b.qualifier);
    }
  }
  return 0;
}

using Row = std::vector<std::optional<Term>>;

// Rows by their terms as they are, not by value: DISTINCT keeps 1 and 1.0 apart.
struct RowLess {
  bool operator()(const Row* a, const Row* b) const {
    return std::lexicographical_compare(
        a->begin(), a->end(), b->begin(), b->end(),
        [](const std::optional<Term>& x, const std::optional<Term>& y) {
          if (!x || !y) return !x && y;
          return std::tie(x->kind, x->value, x->language, x->datatype) <
                 std::tie(y->kind, y->value, y->language, y->datatype);
        });
  }
};

// Keeps the items whose flag is set, in their order.
template <typename T>
void keep_where(std::vector<T>& items, const std::vector<bool>& kept) {
  std::size_t to = 0;
  for (std::size_t from = 0; from < items.size(); ++from) {
    if (from < kept.size() && !kept[from]) continue;
    if (to != from) items[to] = std::move(items[from]);
    ++to;
  }
  items.resize(to);
}

}  // namespace

int compare_for_order(const std::optional<Term>& a, const std::optional<Term>& b) {
  return compare_keys(key_of(a), key_of(b));
}

void order_solutions(ResultTable& table, const std::vector<OrderCondition>& conditions) {
  if (conditions.empty() || table.rows.size() < 2) return;
  std::vector<std::optional<std::size_t>> columns;
  for (const OrderCondition& condition : conditions) {
    const auto at = std::find(table.variables.begin(), table.variables.end(), condition.variable);
    columns.push_back(at == table.variables.end()
                          ? std::nullopt
                          : std::optional<std::size_t>(at - table.variables.begin()));
  }
  // Each value's key once, not at every comparison.
  const std::size_t width = conditions.size();
  std::vector<OrderKey> keys(table.rows.size() * width);
  for (std::size_t row = 0; row < table.rows.size(); ++row) {
    for (std::size_t k = 0; k < width; ++k) {
      if (columns[k] && *columns[k] < table.rows[row].size())
        keys[row * width + k] = key_of(table.rows[row][*columns[k]]);
    }
  }
  std::vector<std::size_t> order(table.rows.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    for (std::size_t k = 0; k < width; ++k) {
      const int found = compare_keys(keys[a * width + k], keys[b * width + k]);
      if (found != 0) return conditions[k].descending ? found > 0 : found < 0;
    }
    return false;
  });
  keys.clear();  // they view the rows' strings, which move now
  std::vector<Row> sorted;
  sorted.reserve(table.rows.size());
  for (const std::size_t row : order)
    sorted.push_back(std::move(table.rows[row]));
  table.rows = std::move(sorted);
}

void remove_columns(ResultTable& table, const std::vector<std::string>& columns, bool distinct) {
  std::vector<bool> kept(table.variables.size(), true);
  bool any = false;
  for (std::size_t i = 0; i < table.variables.size(); ++i) {
    if (std::find(columns.begin(), columns.end(), table.variables[i]) != columns.end()) {
      kept[i] = false;
      any = true;
    }
  }
  if (!any) return;
  keep_where(table.variables, kept);
  for (Row& row : table.rows)
    keep_where(row, kept);
  if (!distinct) return;
  std::set<const Row*, RowLess> seen;
  std::vector<bool> first(table.rows.size());
  for (std::size_t i = 0; i < table.rows.size(); ++i)
    first[i] = seen.insert(&table.rows[i]).second;
  seen.clear();  // it points at the rows, which move now
  keep_where(table.rows, first);
}

}  // namespace coopgraph::graph
