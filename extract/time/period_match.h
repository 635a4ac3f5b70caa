// The core shared by the English and Chinese period scanners: an expression found in a
// sentence, written relative to a year that may still be unknown, and its resolution against
// the article's date into explicit day intervals (see period_finder.h for the rules).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/article/calendar_date.h"
#include "extract/time/period.h"

namespace coopgraph::extract::periods {

using Granularity = Period::Granularity;

// No 1950s article names a year past this, and keeping years this small keeps year arithmetic
// far from int overflow whatever date the caller passes.
constexpr int kMaxYear = 9999;

enum class EndMode {
  kNone,
  kEndAuto,      // 四月底, "the end of April": a point if already past, else a deadline
  kEndPoint,     // 截至, 四月底止, "as of": the state on that day
  kEndDeadline,  // 四月底前, "before the end of April"
  kWithin,       // 第一季度内, "within the first quarter": the unit itself, as a deadline
};

// A span written relative to a year that may still be unknown: the sentence decides the year of
// a bare 四月 only once every expression in it has been found.
struct Spec {
  std::optional<int> year;  // nothing: the sentence's context year
  int start_year_offset = 0;
  int start_month = 1;
  int start_day = 1;
  int end_year_offset = 0;
  int end_month = 12;
  int end_day = 0;  // 0: the last day of end_month, whatever its length
  Granularity granularity = Granularity::kYear;
};

enum class UnitKind { kMonthish, kQuarter, kHalf, kYear, kSpan };

// An expression recognised at some position, before its year is settled.
struct Found {
  Spec spec;
  EndMode mode = EndMode::kNone;
  UnitKind kind = UnitKind::kSpan;
  std::size_t next = 0;    // index just past the expression (token or code point)
  bool named = false;      // spec.year was written in the text, so later bare months follow it
  bool last_year = false;  // written as 去年 / "last year"
  bool is_range = false;
};

struct Match {
  Found found;
  std::size_t begin = 0;  // bytes
  std::size_t end = 0;
  bool comparison = false;  // 比去年, "compared to 1953": a base, not the sentence's year
};

void keep_longest(std::optional<Found>& best, std::optional<Found> candidate);

// The range from the start of a to the end of b ("from April to June", 四月到六月).
Found range_of(const Found& a, const Found& b);

// The expressions of a sentence cut into units (tokens or characters, each with its begin and
// end in bytes): at each unit the longest expression longest_at(i) finds, left to right, not
// overlapping; is_comparison(i) says whether what stands before unit i makes the expression a
// comparison base (比去年, "than last year").
template <typename Unit, typename LongestAt, typename IsComparison>
std::vector<Match> scan_longest(const std::vector<Unit>& units, LongestAt longest_at,
                                IsComparison is_comparison) {
  std::vector<Match> matches;
  std::size_t i = 0;
  while (i < units.size()) {
    std::optional<Found> best = longest_at(i);
    if (!best) {
      ++i;
      continue;
    }
    Match match;
    match.begin = units[i].begin;
    match.end = units[best->next - 1].end;
    match.comparison = is_comparison(i);
    match.found = std::move(*best);
    i = match.found.next;
    matches.push_back(std::move(match));
  }
  return matches;
}

bool usable_anchor(CalendarDate date);

Spec year_spec(std::optional<int> year);
Spec months_spec(int first, int last);
// Days of one month; last_day 0 means the month's last day.
Spec days_spec(int month, int first_day, int last_day, Granularity granularity);
Spec quarters_spec(int first, int last);
Spec half_spec(int half);
Spec fixed_spec(CalendarDate start, CalendarDate end, Granularity granularity);

// From the start of `a` to the end of `b`. A side without a year takes the other's; with no
// year on either, an end month before the start month is in the following year.
Spec combine(const Spec& a, const Spec& b);

// From the same day `months` months before the article's date up to the day before it.
std::optional<Spec> rolling_spec(CalendarDate article, int months);
// 过去两年: the whole calendar years before the article's year.
Spec calendar_years_spec(CalendarDate article, int years);
// 本月 / 上月 / 下月: the article's month moved by delta (-1, 0 or 1).
Spec month_ref_spec(CalendarDate article, int delta);

// The periods of a sentence's matches, in order: each bare month, quarter or half takes the
// year the sentence gives it (see period_finder.h).
std::vector<Period> resolve(const std::vector<Match>& matches, std::string_view text,
                            CalendarDate article, bool anchor_ok);

}  // namespace coopgraph::extract::periods
