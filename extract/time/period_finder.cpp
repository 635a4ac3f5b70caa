#include "extract/time/period_finder.h"

#include <algorithm>

#include "extract/time/chinese_period_scanner.h"
#include "extract/time/english_period_scanner.h"
#include "extract/time/period_match.h"

namespace coopgraph::extract {

using periods::kMaxYear;
using periods::usable_anchor;

std::optional<CalendarDate> last_day_of_month(int year, int month) {
  for (int day = 31; day >= 28; --day) {
    if (is_valid_date(year, month, day)) return CalendarDate{year, month, day};
  }
  return std::nullopt;
}

std::optional<CalendarDate> previous_day(CalendarDate date) {
  if (!is_valid_date(date.year, date.month, date.day)) return std::nullopt;
  if (date.day > 1) return CalendarDate{date.year, date.month, date.day - 1};
  if (date.month > 1) return last_day_of_month(date.year, date.month - 1);
  return last_day_of_month(date.year - 1, 12);
}

std::optional<CalendarDate> months_before(CalendarDate date, int months) {
  if (!is_valid_date(date.year, date.month, date.day) || date.year > kMaxYear || months < 0 ||
      months > 12 * kMaxYear) {
    return std::nullopt;
  }
  const int total = date.year * 12 + (date.month - 1) - months;
  if (total < 12) return std::nullopt;
  const int year = total / 12;
  const int month = total % 12 + 1;
  auto last = last_day_of_month(year, month);
  if (!last) return std::nullopt;
  return CalendarDate{year, month, std::min(date.day, last->day)};
}

std::optional<CalendarDate> dateline_day(int day, CalendarDate article_date) {
  if (!usable_anchor(article_date) || day < 1 || day > 31) return std::nullopt;
  int year = article_date.year;
  int month = article_date.month;
  if (day > article_date.day && --month == 0) {
    month = 12;
    --year;
  }
  if (!is_valid_date(year, month, day)) return std::nullopt;
  return CalendarDate{year, month, day};
}

std::vector<Period> find_english_periods(std::string_view sentence, CalendarDate article_date) {
  return periods::resolve(periods::scan_english_periods(sentence, article_date), sentence,
                          article_date, usable_anchor(article_date));
}

std::vector<Period> find_chinese_periods(std::string_view sentence, CalendarDate article_date) {
  return periods::resolve(periods::scan_chinese_periods(sentence, article_date), sentence,
                          article_date, usable_anchor(article_date));
}

}  // namespace coopgraph::extract
