#include "extract/time/period_match.h"

#include <string>
#include <utility>

#include "extract/time/period_finder.h"

namespace coopgraph::extract::periods {
namespace {

std::optional<CalendarDate> make_date(int year, int month, int day) {
  if (year < 1 || year > kMaxYear) return std::nullopt;
  if (day == 0) return last_day_of_month(year, month);
  if (!is_valid_date(year, month, day)) return std::nullopt;
  return CalendarDate{year, month, day};
}

std::optional<Period> build(const Match& match, int year, CalendarDate article, bool anchor_ok) {
  const Spec& spec = match.found.spec;
  if (year < 1 || year > kMaxYear) return std::nullopt;
  auto start = make_date(year + spec.start_year_offset, spec.start_month, spec.start_day);
  auto end = make_date(year + spec.end_year_offset, spec.end_month, spec.end_day);
  if (!start || !end || *end < *start) return std::nullopt;
  Period period;
  period.start = *start;
  period.end = *end;
  period.granularity = spec.granularity;
  EndMode mode = match.found.mode;
  if (mode == EndMode::kEndAuto)
    mode = anchor_ok && !(*end < article) ? EndMode::kEndDeadline : EndMode::kEndPoint;
  switch (mode) {
    case EndMode::kNone:
      break;
    case EndMode::kWithin:
      period.is_deadline = true;
      break;
    case EndMode::kEndPoint:
      period.start = period.end;
      period.granularity = Granularity::kDay;
      break;
    case EndMode::kEndDeadline:
    case EndMode::kEndAuto:
      period.start = CalendarDate{period.end.year, 1, 1};
      period.granularity = Granularity::kRange;
      period.is_deadline = true;
      break;
  }
  return period;
}

}  // namespace

void keep_longest(std::optional<Found>& best, std::optional<Found> candidate) {
  if (candidate && (!best || candidate->next > best->next)) best = std::move(candidate);
}

Found range_of(const Found& a, const Found& b) {
  Found found;
  found.spec = combine(a.spec, b.spec);
  found.next = b.next;
  found.named = a.named || b.named;
  found.last_year = a.last_year || b.last_year;
  found.is_range = true;
  return found;
}

bool usable_anchor(CalendarDate date) {
  return is_valid_date(date.year, date.month, date.day) && date.year <= kMaxYear;
}

Spec year_spec(std::optional<int> year) {
  Spec spec;
  spec.year = year;
  spec.granularity = Granularity::kYear;
  return spec;
}

Spec months_spec(int first, int last) {
  Spec spec;
  spec.start_month = first;
  spec.end_month = last;
  spec.granularity = first == last ? Granularity::kMonth : Granularity::kRange;
  return spec;
}

Spec days_spec(int month, int first_day, int last_day, Granularity granularity) {
  Spec spec;
  spec.start_month = month;
  spec.start_day = first_day;
  spec.end_month = month;
  spec.end_day = last_day;
  spec.granularity = granularity;
  return spec;
}

Spec quarters_spec(int first, int last) {
  Spec spec = months_spec(first * 3 - 2, last * 3);
  spec.granularity = first == last ? Granularity::kQuarter : Granularity::kRange;
  return spec;
}

Spec half_spec(int half) {
  Spec spec = months_spec(half == 1 ? 1 : 7, half == 1 ? 6 : 12);
  spec.granularity = Granularity::kHalfYear;
  return spec;
}

Spec fixed_spec(CalendarDate start, CalendarDate end, Granularity granularity) {
  Spec spec;
  spec.year = start.year;
  spec.start_month = start.month;
  spec.start_day = start.day;
  spec.end_year_offset = end.year - start.year;
  spec.end_month = end.month;
  spec.end_day = end.day;
  spec.granularity = granularity;
  return spec;
}

Spec combine(const Spec& a, const Spec& b) {
  Spec spec = a;
  spec.end_year_offset = b.end_year_offset;
  spec.end_month = b.end_month;
  spec.end_day = b.end_day;
  spec.granularity = Granularity::kRange;
  const int a_start = a.start_year_offset * 12 + a.start_month;
  const int b_end = b.end_year_offset * 12 + b.end_month;
  const bool wraps = b_end < a_start;
  if (a.year && b.year) {
    spec.end_year_offset += *b.year - *a.year;
  } else if (a.year) {
    spec.end_year_offset += wraps ? 1 : 0;
  } else if (b.year) {
    spec.year = b.year;
    spec.start_year_offset -= wraps ? 1 : 0;
  } else {
    spec.end_year_offset += wraps ? 1 : 0;
  }
  return spec;
}

std::optional<Spec> rolling_spec(CalendarDate article, int months) {
  auto start = months_before(article, months);
  auto end = previous_day(article);
  if (!start || !end || *end < *start) return std::nullopt;
  return fixed_spec(*start, *end, Granularity::kRange);
}

Spec calendar_years_spec(CalendarDate article, int years) {
  Spec spec = year_spec(article.year);
  spec.start_year_offset = -years;
  spec.end_year_offset = -1;
  spec.granularity = years == 1 ? Granularity::kYear : Granularity::kRange;
  return spec;
}

Spec month_ref_spec(CalendarDate article, int delta) {
  int year = article.year;
  int month = article.month + delta;
  if (month < 1) {
    month = 12;
    --year;
  } else if (month > 12) {
    month = 1;
    ++year;
  }
  Spec spec = months_spec(month, month);
  spec.year = year;
  return spec;
}

std::vector<Period> resolve(const std::vector<Match>& matches, std::string_view text,
                            CalendarDate article, bool anchor_ok) {
  bool says_last_year = false;
  for (const Match& match : matches)
    says_last_year = says_last_year || (match.found.last_year && !match.comparison);
  std::optional<int> context;
  std::vector<Period> periods;
  for (const Match& match : matches) {
    std::optional<int> year = match.found.spec.year;
    if (!year) {
      if (context)
        year = context;
      else if (anchor_ok)
        year = says_last_year ? article.year - 1 : article.year;
    }
    if (match.found.named && !match.comparison) context = match.found.spec.year;
    if (!year) continue;
    auto period = build(match, *year, article, anchor_ok);
    if (!period) continue;
    period->raw = std::string(text.substr(match.begin, match.end - match.begin));
    period->text_begin = match.begin;
    period->text_end = match.end;
    periods.push_back(std::move(*period));
  }
  return periods;
}

}  // namespace coopgraph::extract::periods
