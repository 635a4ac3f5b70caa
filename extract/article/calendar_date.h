// A proleptic Gregorian calendar date, parsed strictly from ISO "YYYY-MM-DD".
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace coopgraph::extract {

struct CalendarDate {
  int year = 0;
  int month = 0;
  int day = 0;

  std::string iso() const;
  auto operator<=>(const CalendarDate&) const = default;
};

bool is_valid_date(int year, int month, int day);

// Accepts exactly four digits, '-', two digits, '-', two digits, naming a real day.
std::optional<CalendarDate> parse_iso_date(std::string_view text);

}  // namespace coopgraph::extract
