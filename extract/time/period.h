// A time expression found in article text, resolved to an explicit inclusive span of days
// ("in April" in a 1954 article -> 1954-04-01/1954-04-30), so later stages compare dates and
// never re-read text. Holds no parsing logic, and vague spans ("in recent years", 几年来) have
// no Period at all rather than an invented one.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "extract/article/calendar_date.h"

namespace coopgraph::extract {

struct Period {
  enum class Granularity { kDay, kMonth, kQuarter, kHalfYear, kYear, kRange };

  CalendarDate start;  // inclusive
  CalendarDate end;    // inclusive
  // The calendar unit the text named. kRange is anything that is not exactly one unit:
  // from-to spans, ten-day parts of a month (下旬, "late February"), rolling spans (一年来),
  // and deadlines. A point in time ("as of the end of April", 四月底止) is a kDay.
  Granularity granularity = Granularity::kDay;
  // The text fixes only the day something is due by ("by the end of June", 六月底可以完成,
  // 第一季度内完成), so only `end` is firm. `start` is January 1 of the deadline's year, or the
  // named unit's first day for "within" (内): it never depends on the article's date, so the
  // English and Chinese versions of one article give the same interval.
  bool is_deadline = false;
  std::string raw;  // the matched text, without plain prepositions such as "in" or 在
  // Byte offsets of `raw` in the scanned sentence, [text_begin, text_end). Not named begin/end
  // because `end` is the last day.
  std::size_t text_begin = 0;
  std::size_t text_end = 0;
};

// "1954-04-01/1954-06-30": the form tests and logs compare.
inline std::string to_string(const Period& period) {
  return period.start.iso() + "/" + period.end.iso();
}

inline std::string_view granularity_name(Period::Granularity granularity) {
  switch (granularity) {
    case Period::Granularity::kDay:
      return "day";
    case Period::Granularity::kMonth:
      return "month";
    case Period::Granularity::kQuarter:
      return "quarter";
    case Period::Granularity::kHalfYear:
      return "half-year";
    case Period::Granularity::kYear:
      return "year";
    case Period::Granularity::kRange:
      return "range";
  }
  return "range";
}

}  // namespace coopgraph::extract
