// Finds calendar expressions in one sentence of an article (English translation or Chinese
// original) and resolves them against the article's date into explicit day intervals. Durations
// ("four or five months", 半月), frequencies ("every half month", 每半月), annual rates (年产)
// and vague spans ("in recent years", 几年来) are not periods and give nothing.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "extract/article/calendar_date.h"
#include "extract/time/period.h"

namespace coopgraph::extract {

// Both finders return non-overlapping matches in text order; at each position the longest
// expression wins ("March this year" over "March", "从四月到六月" over "四月"). They never throw
// and skip bytes that are not valid UTF-8. Rules for what the text leaves open:
//  - last year / 去年 is the article's year - 1, this year / 今年 its year, next year / 明年 + 1.
//  - A month, quarter or half-year written without a year takes the nearest year written before
//    it in the sentence (1953, 去年, "this year"), skipping comparison bases (比去年, "compared
//    to 1953", "than last year"). With none before it, it is last year if the sentence says last
//    year / 去年 outside a comparison, and otherwise the article's year, even when that month is
//    still ahead of the article's date ("in December" in a June article is December of that
//    year).
//  - "from October to March" without years runs into the following year.
//  - "the end of X" / X底 / X末: the state on X's last day (a point, start == end) if that day is
//    before the article's date, else a deadline. "as of", 截至 and 止 always make a point;
//    "before the end of" and 底前 always a deadline; "within" and 内 make the unit a deadline.
//  - "the past year" / 一年来 / N年来 / "the past N months": rolling, from the same day N years
//    (or months) before the article's date up to the day before it (1954-11-20 gives
//    1953-11-20/1954-11-19). "the past N years" (N >= 2) and 过去N年 are whole calendar years
//    before the article's year (过去两年 in 1954 gives 1952-01-01/1953-12-31).
//  - A dateline day alone (【新华社五日讯】) is that day of the article's month, or of the month
//    before when the day is later than the article's day.
//  - English years are four digits from 1900 to 1999 after a word that makes them dates ("in",
//    "of", "for", "to", "than", "since", a month name, ...); month names must be capitalised, so
//    the verb "may" is not May.
std::vector<Period> find_english_periods(std::string_view sentence, CalendarDate article_date);
std::vector<Period> find_chinese_periods(std::string_view sentence, CalendarDate article_date);

// The last day of a month; nothing for a month that does not exist.
std::optional<CalendarDate> last_day_of_month(int year, int month);

// Nothing for an invalid date or for the first day of year 1.
std::optional<CalendarDate> previous_day(CalendarDate date);

// The same day `months` months earlier, moved to the month's last day when that month is shorter
// (1956-03-31 less one month is 1956-02-29). Nothing for an invalid date or a negative count.
std::optional<CalendarDate> months_before(CalendarDate date, int months);

// The day a dateline names when it gives only the day (【新华社五日讯】): see the rules above.
std::optional<CalendarDate> dateline_day(int day, CalendarDate article_date);

}  // namespace coopgraph::extract
