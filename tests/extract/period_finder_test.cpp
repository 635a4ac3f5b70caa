// Time expressions in both languages resolved against the article's date: each example of the
// design brief, sentences from the seed articles, the rules for what the text leaves open, and
// input that must not break the scanner (broken UTF-8, 100 KB sentences, odd anchor dates).
#include "extract/time/period_finder.h"

#include <gtest/gtest.h>

#include <chrono>
#include <climits>
#include <random>
#include <string>
#include <vector>

namespace coopgraph::extract {
namespace {

CalendarDate date(const char* iso) {
  return *parse_iso_date(iso);
}

// "1954-04-01/1954-06-30", with " deadline" appended for deadlines.
std::vector<std::string> describe(const std::vector<Period>& periods) {
  std::vector<std::string> out;
  for (const Period& period : periods)
    out.push_back(to_string(period) + (period.is_deadline ? " deadline" : ""));
  return out;
}

std::vector<std::string> en(std::string_view text, const char* article = "1954-06-07") {
  return describe(find_english_periods(text, date(article)));
}

std::vector<std::string> zh(std::string_view text, const char* article = "1954-06-07") {
  return describe(find_chinese_periods(text, date(article)));
}

using Strings = std::vector<std::string>;

// Every match's raw text is the bytes its span points at.
void expect_spans_consistent(std::string_view text, const std::vector<Period>& periods) {
  std::size_t previous_end = 0;
  for (const Period& period : periods) {
    ASSERT_LE(period.text_begin, period.text_end);
    ASSERT_LE(period.text_end, text.size());
    EXPECT_GE(period.text_begin, previous_end) << "overlap or out of order";
    EXPECT_EQ(period.raw, text.substr(period.text_begin, period.text_end - period.text_begin));
    EXPECT_LE(period.start, period.end);
    previous_end = period.text_end;
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers

TEST(PeriodHelpersTest, LastDayOfMonth) {
  EXPECT_EQ(last_day_of_month(1956, 2)->iso(), "1956-02-29");
  EXPECT_EQ(last_day_of_month(1954, 2)->iso(), "1954-02-28");
  EXPECT_EQ(last_day_of_month(1900, 2)->iso(), "1900-02-28");
  EXPECT_EQ(last_day_of_month(1954, 4)->iso(), "1954-04-30");
  EXPECT_EQ(last_day_of_month(1954, 12)->iso(), "1954-12-31");
  EXPECT_FALSE(last_day_of_month(1954, 13));
  EXPECT_FALSE(last_day_of_month(1954, 0));
}

TEST(PeriodHelpersTest, PreviousDay) {
  EXPECT_EQ(previous_day(date("1954-11-20"))->iso(), "1954-11-19");
  EXPECT_EQ(previous_day(date("1954-01-01"))->iso(), "1953-12-31");
  EXPECT_EQ(previous_day(date("1956-03-01"))->iso(), "1956-02-29");
  EXPECT_FALSE(previous_day(CalendarDate{1, 1, 1}));
  EXPECT_FALSE(previous_day(CalendarDate{1954, 2, 30}));
}

TEST(PeriodHelpersTest, MonthsBefore) {
  EXPECT_EQ(months_before(date("1954-11-20"), 12)->iso(), "1953-11-20");
  EXPECT_EQ(months_before(date("1956-03-31"), 1)->iso(), "1956-02-29");
  EXPECT_EQ(months_before(date("1956-02-29"), 12)->iso(), "1955-02-28");
  EXPECT_EQ(months_before(date("1954-01-15"), 1)->iso(), "1953-12-15");
  EXPECT_FALSE(months_before(date("1954-01-15"), -1));
  EXPECT_FALSE(months_before(CalendarDate{1, 3, 1}, 12));
  EXPECT_FALSE(months_before(CalendarDate{INT_MAX, 1, 1}, 1));
}

TEST(PeriodHelpersTest, DatelineDay) {
  EXPECT_EQ(dateline_day(5, date("1954-06-06"))->iso(), "1954-06-05");
  EXPECT_EQ(dateline_day(6, date("1954-06-06"))->iso(), "1954-06-06");
  EXPECT_EQ(dateline_day(5, date("1954-06-03"))->iso(), "1954-05-05");
  EXPECT_EQ(dateline_day(20, date("1954-01-05"))->iso(), "1953-12-20");
  EXPECT_FALSE(dateline_day(31, date("1954-03-01")));  // no February 31st
  EXPECT_FALSE(dateline_day(0, date("1954-03-01")));
  EXPECT_FALSE(dateline_day(5, CalendarDate{}));
}

TEST(PeriodHelpersTest, ToStringAndGranularityName) {
  Period period;
  period.start = date("1954-04-01");
  period.end = date("1954-06-30");
  EXPECT_EQ(to_string(period), "1954-04-01/1954-06-30");
  EXPECT_EQ(granularity_name(Period::Granularity::kHalfYear), "half-year");
  EXPECT_EQ(granularity_name(Period::Granularity::kRange), "range");
}

// ---------------------------------------------------------------------------------------------
// English, article dated 1954-06-07 unless a test says otherwise

TEST(EnglishPeriodsTest, RelativeAndWrittenYears) {
  EXPECT_EQ(en("Output rose last year."), (Strings{"1953-01-01/1953-12-31"}));
  EXPECT_EQ(en("Output will rise this year."), (Strings{"1954-01-01/1954-12-31"}));
  EXPECT_EQ(en("Output will rise next year."), (Strings{"1955-01-01/1955-12-31"}));
  EXPECT_EQ(en("It was founded in 1953."), (Strings{"1953-01-01/1953-12-31"}));
  EXPECT_EQ(en("the output of 1953 and 1954"),
            (Strings{"1953-01-01/1953-12-31", "1954-01-01/1954-12-31"}));
  EXPECT_EQ(en("an increase of 98% compared to 1953"), (Strings{"1953-01-01/1953-12-31"}));
  EXPECT_EQ(en("a work plan for 1954"), (Strings{"1954-01-01/1954-12-31"}));
}

TEST(EnglishPeriodsTest, WrittenYearRaw) {
  auto periods = find_english_periods("It was founded in 1953.", date("1954-06-07"));
  ASSERT_EQ(periods.size(), 1u);
  EXPECT_EQ(periods[0].raw, "1953");
  EXPECT_EQ(periods[0].granularity, Period::Granularity::kYear);
  EXPECT_FALSE(periods[0].is_deadline);
}

TEST(EnglishPeriodsTest, NumbersThatAreNotYears) {
  EXPECT_EQ(en("It trained 1953 people."), Strings{});  // no date word before it
  EXPECT_EQ(en("a surplus of 1953 yuan"), Strings{});
  EXPECT_EQ(en("a rise of 1953%"), Strings{});
  EXPECT_EQ(en("more than 21,953 members"), Strings{});
  EXPECT_EQ(en("in 1,953 cases and in 0.1953 of them"), Strings{});
  EXPECT_EQ(en("in 2054 and in 1854"), Strings{});  // only 1900-1999
}

TEST(EnglishPeriodsTest, Months) {
  EXPECT_EQ(en("in April, not only was the defective rate reduced"),
            (Strings{"1954-04-01/1954-04-30"}));
  // Later than the article's month: still the article's year.
  EXPECT_EQ(en("The plan will be done in December."), (Strings{"1954-12-01/1954-12-31"}));
  EXPECT_EQ(en("compared to December 1953"), (Strings{"1953-12-01/1953-12-31"}));
  EXPECT_EQ(en("in March this year"), (Strings{"1954-03-01/1954-03-31"}));
  EXPECT_EQ(en("in March of last year"), (Strings{"1953-03-01/1953-03-31"}));
  EXPECT_EQ(en("the losses in January and February alone"), (Strings{"1954-01-01/1954-02-28"}));
  EXPECT_EQ(en("in April, May and June"), (Strings{"1954-04-01/1954-06-30"}));
  // Months that do not follow each other stay apart.
  EXPECT_EQ(en("in January and March"),
            (Strings{"1954-01-01/1954-01-31", "1954-03-01/1954-03-31"}));
}

TEST(EnglishPeriodsTest, MonthNamesMustBeCapitalised) {
  EXPECT_EQ(en("The cooperatives may expand and march on."), Strings{});
}

TEST(EnglishPeriodsTest, TenDayParts) {
  EXPECT_EQ(en("held in late February"), (Strings{"1954-02-21/1954-02-28"}));
  EXPECT_EQ(en("held in late February", "1956-06-07"), (Strings{"1956-02-21/1956-02-29"}));
  EXPECT_EQ(en("in early March"), (Strings{"1954-03-01/1954-03-10"}));
  EXPECT_EQ(en("by mid-May"), (Strings{"1954-05-11/1954-05-20"}));
  EXPECT_EQ(en("in the last ten days of April"), (Strings{"1954-04-21/1954-04-30"}));
}

TEST(EnglishPeriodsTest, QuartersAndHalves) {
  EXPECT_EQ(en("In the first quarter, a total of thirty-nine handicraft production cooperatives"),
            (Strings{"1954-01-01/1954-03-31"}));
  EXPECT_EQ(en("in the first quarter of this year"), (Strings{"1954-01-01/1954-03-31"}));
  EXPECT_EQ(en("in the third quarter of this year"), (Strings{"1954-07-01/1954-09-30"}));
  EXPECT_EQ(en("in the fourth quarter of 1953"), (Strings{"1953-10-01/1953-12-31"}));
  EXPECT_EQ(en("in the first and second quarters"), (Strings{"1954-01-01/1954-06-30"}));
  EXPECT_EQ(en("in the first half of the year"), (Strings{"1954-01-01/1954-06-30"}));
  EXPECT_EQ(en("in the second half of 1953"), (Strings{"1953-07-01/1953-12-31"}));
  auto quarter = find_english_periods("the first quarter", date("1954-06-07"));
  ASSERT_EQ(quarter.size(), 1u);
  EXPECT_EQ(quarter[0].granularity, Period::Granularity::kQuarter);
  EXPECT_EQ(quarter[0].raw, "the first quarter");
}

TEST(EnglishPeriodsTest, HalvesOfAMonthAndFrequenciesAreNotPeriods) {
  EXPECT_EQ(en("holds a group meeting every half month to review the work of the first half of "
               "the month, arrange the work for the second half of the month"),
            Strings{});
  EXPECT_EQ(en("a credit period of up to four or five months"), Strings{});
  EXPECT_EQ(en("three quarters of the members"), Strings{});
}

TEST(EnglishPeriodsTest, Ranges) {
  EXPECT_EQ(en("from April to June"), (Strings{"1954-04-01/1954-06-30"}));
  EXPECT_EQ(en("from January to April this year"), (Strings{"1954-01-01/1954-04-30"}));
  EXPECT_EQ(en("between March and June"), (Strings{"1954-03-01/1954-06-30"}));
  EXPECT_EQ(en("from October to March"), (Strings{"1954-10-01/1955-03-31"}));
  EXPECT_EQ(en("from October 1953 to March"), (Strings{"1953-10-01/1954-03-31"}));
  EXPECT_EQ(en("from 1951 to 1953"), (Strings{"1951-01-01/1953-12-31"}));
  EXPECT_EQ(en("from January to the end of April"), (Strings{"1954-01-01/1954-04-30"}));
  // Not a range of dates.
  EXPECT_EQ(en("decreased from 15% to 9%"), Strings{});
}

TEST(EnglishPeriodsTest, EndsPointsAndDeadlines) {
  // Ahead of the article's date: a deadline running from January 1st.
  EXPECT_EQ(en("can be completed by the end of April", "1954-03-01"),
            (Strings{"1954-01-01/1954-04-30 deadline"}));
  EXPECT_EQ(en("can be completed by the end of June"), (Strings{"1954-01-01/1954-06-30 deadline"}));
  EXPECT_EQ(en("at the end of June"), (Strings{"1954-01-01/1954-06-30 deadline"}));
  EXPECT_EQ(en("can be rectified by the end of the first quarter.", "1957-02-12"),
            (Strings{"1957-01-01/1957-03-31 deadline"}));
  // Already past at the article's date: the state on that day.
  EXPECT_EQ(en("By the end of April, according to incomplete statistics", "1954-06-22"),
            (Strings{"1954-04-30/1954-04-30"}));
  EXPECT_EQ(en("As of the end of April this year, the city already had"),
            (Strings{"1954-04-30/1954-04-30"}));
  EXPECT_EQ(en("as of the end of December", "1954-03-01"), (Strings{"1954-12-31/1954-12-31"}));
  EXPECT_EQ(en("before the end of April"), (Strings{"1954-01-01/1954-04-30 deadline"}));
  EXPECT_EQ(en("within the first quarter", "1957-02-12"),
            (Strings{"1957-01-01/1957-03-31 deadline"}));
  EXPECT_EQ(en("by the end of the year"), (Strings{"1954-01-01/1954-12-31 deadline"}));
  auto point = find_english_periods("As of the end of April this year", date("1954-06-06"));
  ASSERT_EQ(point.size(), 1u);
  EXPECT_EQ(point[0].raw, "As of the end of April this year");
  EXPECT_EQ(point[0].granularity, Period::Granularity::kDay);
}

TEST(EnglishPeriodsTest, Days) {
  EXPECT_EQ(en("Xinhua News Agency, June 5th:", "1954-06-06"), (Strings{"1954-06-05/1954-06-05"}));
  EXPECT_EQ(en("convened on June 4th and 5th.", "1954-06-06"), (Strings{"1954-06-04/1954-06-05"}));
  EXPECT_EQ(en("on June 5, 1953"), (Strings{"1953-06-05/1953-06-05"}));
  EXPECT_EQ(en("on the 5th of June"), (Strings{"1954-06-05/1954-06-05"}));
  EXPECT_EQ(en("on February 30th"), Strings{});  // no such day
}

TEST(EnglishPeriodsTest, SpansBeforeTheArticle) {
  EXPECT_EQ(en("in the past year", "1954-11-20"), (Strings{"1953-11-20/1954-11-19"}));
  EXPECT_EQ(en("over the past year"), (Strings{"1953-06-07/1954-06-06"}));
  EXPECT_EQ(en("80% of the surplus of the past two years"), (Strings{"1952-01-01/1953-12-31"}));
  EXPECT_EQ(en("in the past three months"), (Strings{"1954-03-07/1954-06-06"}));
  EXPECT_EQ(en("last month"), (Strings{"1954-05-01/1954-05-31"}));
}

TEST(EnglishPeriodsTest, VagueSpansAreSkipped) {
  EXPECT_EQ(en("In recent years, Beijing's handicraft production cooperatives have developed"),
            Strings{});
  EXPECT_EQ(en("in the past few years"), Strings{});
}

TEST(EnglishPeriodsTest, BareMonthFollowsTheSentencesYear) {
  // Said last year outside a comparison: that year.
  EXPECT_EQ(en("Last year the cooperative was founded, and in April it had 20 members."),
            (Strings{"1953-01-01/1953-12-31", "1953-04-01/1953-04-30"}));
  EXPECT_EQ(en("In April it had 20 members, as it had last year."),
            (Strings{"1953-04-01/1953-04-30", "1953-01-01/1953-12-31"}));
  // A comparison base does not move it.
  EXPECT_EQ(en("In April output rose by 20% compared to last year."),
            (Strings{"1954-04-01/1954-04-30", "1953-01-01/1953-12-31"}));
  EXPECT_EQ(en("In April output was higher than last year."),
            (Strings{"1954-04-01/1954-04-30", "1953-01-01/1953-12-31"}));
  // A written year before it.
  EXPECT_EQ(en("In 1953, output in December was the highest."),
            (Strings{"1953-01-01/1953-12-31", "1953-12-01/1953-12-31"}));
  // "the same year" follows the year before it.
  EXPECT_EQ(en("In 1953, output reached 260 billion yuan, 25% of the total in the same year."),
            (Strings{"1953-01-01/1953-12-31", "1953-01-01/1953-12-31"}));
}

TEST(EnglishPeriodsTest, LongestMatchWins) {
  auto periods = find_english_periods("in March this year", date("1954-06-22"));
  ASSERT_EQ(periods.size(), 1u);
  EXPECT_EQ(periods[0].raw, "March this year");
  EXPECT_EQ(periods[0].granularity, Period::Granularity::kMonth);
  auto range = find_english_periods("From April to June, it gained", date("1954-11-20"));
  ASSERT_EQ(range.size(), 1u);
  EXPECT_EQ(range[0].raw, "From April to June");
  EXPECT_EQ(range[0].granularity, Period::Granularity::kRange);
}

// ---------------------------------------------------------------------------------------------
// Chinese, article dated 1954-06-07 unless a test says otherwise

TEST(ChinesePeriodsTest, Years) {
  EXPECT_EQ(zh("去年"), (Strings{"1953-01-01/1953-12-31"}));
  EXPECT_EQ(zh("今年"), (Strings{"1954-01-01/1954-12-31"}));
  EXPECT_EQ(zh("明年"), (Strings{"1955-01-01/1955-12-31"}));
  EXPECT_EQ(zh("一九五三年"), (Strings{"1953-01-01/1953-12-31"}));
  EXPECT_EQ(zh("一九五〇年和一九五零年"),
            (Strings{"1950-01-01/1950-12-31", "1950-01-01/1950-12-31"}));
  EXPECT_EQ(zh("1953年"), (Strings{"1953-01-01/1953-12-31"}));
  EXPECT_EQ(zh("１９５３年"), (Strings{"1953-01-01/1953-12-31"}));
  EXPECT_EQ(zh("制订了一九五四年的工作计划"), (Strings{"1954-01-01/1954-12-31"}));
  EXPECT_EQ(zh("本年度"), (Strings{"1954-01-01/1954-12-31"}));
}

TEST(ChinesePeriodsTest, WordsThatAreNotPeriods) {
  EXPECT_EQ(zh("年产总值应比上年增加；说明年产量"), Strings{});
  EXPECT_EQ(zh("每半月召开一次小组会，检查上半月工作，布置下半月工作"), Strings{});
  EXPECT_EQ(zh("赊期长达四、五个月；三年内；每年底；十二个手工业生产合作社"), Strings{});
  EXPECT_EQ(zh("第二批；第四铁业生产合作社；二十一种；百分之三十一；不同年龄"), Strings{});
}

TEST(ChinesePeriodsTest, Months) {
  EXPECT_EQ(zh("四月份"), (Strings{"1954-04-01/1954-04-30"}));
  EXPECT_EQ(zh("在四月份不但使次品率降低到百分之六"), (Strings{"1954-04-01/1954-04-30"}));
  EXPECT_EQ(zh("四月"), (Strings{"1954-04-01/1954-04-30"}));
  EXPECT_EQ(zh("十二月份"), (Strings{"1954-12-01/1954-12-31"}));
  EXPECT_EQ(zh("十一月"), (Strings{"1954-11-01/1954-11-30"}));
  EXPECT_EQ(zh("6月"), (Strings{"1954-06-01/1954-06-30"}));
  EXPECT_EQ(zh("１２月"), (Strings{"1954-12-01/1954-12-31"}));
  EXPECT_EQ(zh("今年三月份"), (Strings{"1954-03-01/1954-03-31"}));
  EXPECT_EQ(zh("一九五三年十二月份"), (Strings{"1953-12-01/1953-12-31"}));
  EXPECT_EQ(zh("一月间"), (Strings{"1954-01-01/1954-01-31"}));
  EXPECT_EQ(zh("十三月"), Strings{});
}

TEST(ChinesePeriodsTest, MonthLists) {
  EXPECT_EQ(zh("一、二两月份"), (Strings{"1954-01-01/1954-02-28"}));
  EXPECT_EQ(zh("一、二月份"), (Strings{"1954-01-01/1954-02-28"}));
  EXPECT_EQ(zh("四、五、六三个月"), (Strings{"1954-04-01/1954-06-30"}));
  EXPECT_EQ(zh("一至四月份"), (Strings{"1954-01-01/1954-04-30"}));
}

TEST(ChinesePeriodsTest, TenDayParts) {
  EXPECT_EQ(zh("二月下旬召开的湖北省手工业工作会议"), (Strings{"1954-02-21/1954-02-28"}));
  EXPECT_EQ(zh("二月下旬", "1956-06-07"), (Strings{"1956-02-21/1956-02-29"}));
  EXPECT_EQ(zh("三月上旬"), (Strings{"1954-03-01/1954-03-10"}));
  EXPECT_EQ(zh("五月中旬"), (Strings{"1954-05-11/1954-05-20"}));
  EXPECT_EQ(zh("四月初"), (Strings{"1954-04-01/1954-04-10"}));
}

TEST(ChinesePeriodsTest, QuartersAndHalves) {
  EXPECT_EQ(zh("第一季度"), (Strings{"1954-01-01/1954-03-31"}));
  EXPECT_EQ(zh("在第一季度，全省各地共新建了"), (Strings{"1954-01-01/1954-03-31"}));
  EXPECT_EQ(zh("今年第三季度"), (Strings{"1954-07-01/1954-09-30"}));
  EXPECT_EQ(zh("一九五三年第四季度"), (Strings{"1953-10-01/1953-12-31"}));
  EXPECT_EQ(zh("一季度"), (Strings{"1954-01-01/1954-03-31"}));
  EXPECT_EQ(zh("第一、二季度"), (Strings{"1954-01-01/1954-06-30"}));
  EXPECT_EQ(zh("第一季度内"), (Strings{"1954-01-01/1954-03-31 deadline"}));
  EXPECT_EQ(zh("上半年"), (Strings{"1954-01-01/1954-06-30"}));
  EXPECT_EQ(zh("下半年"), (Strings{"1954-07-01/1954-12-31"}));
  EXPECT_EQ(zh("去年下半年"), (Strings{"1953-07-01/1953-12-31"}));
  EXPECT_EQ(zh("四季如春"), Strings{});
}

TEST(ChinesePeriodsTest, Ranges) {
  EXPECT_EQ(zh("从四月到六月"), (Strings{"1954-04-01/1954-06-30"}));
  EXPECT_EQ(zh("今年一月份到四月份"), (Strings{"1954-01-01/1954-04-30"}));
  EXPECT_EQ(zh("从去年十月到今年三月"), (Strings{"1953-10-01/1954-03-31"}));
  EXPECT_EQ(zh("十月至三月"), (Strings{"1954-10-01/1955-03-31"}));
  EXPECT_EQ(zh("二月下旬至三月上旬"), (Strings{"1954-02-21/1954-03-10"}));
  EXPECT_EQ(zh("由百分之十五降低到百分之九"), Strings{});
  auto range = find_chinese_periods("从四月到六月，", date("1954-11-20"));
  ASSERT_EQ(range.size(), 1u);
  EXPECT_EQ(range[0].raw, "从四月到六月");
  EXPECT_EQ(range[0].granularity, Period::Granularity::kRange);
}

TEST(ChinesePeriodsTest, EndsPointsAndDeadlines) {
  EXPECT_EQ(zh("四月底", "1954-06-22"), (Strings{"1954-04-30/1954-04-30"}));
  EXPECT_EQ(zh("四月底", "1954-03-01"), (Strings{"1954-01-01/1954-04-30 deadline"}));
  EXPECT_EQ(zh("四月底止", "1954-03-01"), (Strings{"1954-04-30/1954-04-30"}));
  EXPECT_EQ(zh("到四月底止，据不完全的统计", "1954-06-22"), (Strings{"1954-04-30/1954-04-30"}));
  EXPECT_EQ(zh("截至今年四月底止", "1954-06-06"), (Strings{"1954-04-30/1954-04-30"}));
  EXPECT_EQ(zh("截至四月二十日"), (Strings{"1954-04-20/1954-04-20"}));
  EXPECT_EQ(zh("四月底前完成"), (Strings{"1954-01-01/1954-04-30 deadline"}));
  EXPECT_EQ(zh("六月底可以完成"), (Strings{"1954-01-01/1954-06-30 deadline"}));
  EXPECT_EQ(zh("到六月底可以完成"), (Strings{"1954-01-01/1954-06-30 deadline"}));
  EXPECT_EQ(zh("去年底"), (Strings{"1953-12-31/1953-12-31"}));
  EXPECT_EQ(zh("今年年底以前"), (Strings{"1954-01-01/1954-12-31 deadline"}));
  EXPECT_EQ(zh("年底"), (Strings{"1954-01-01/1954-12-31 deadline"}));
  EXPECT_EQ(zh("今年内"), (Strings{"1954-01-01/1954-12-31 deadline"}));
  auto point = find_chinese_periods("截至今年四月底止，", date("1954-06-06"));
  ASSERT_EQ(point.size(), 1u);
  EXPECT_EQ(point[0].raw, "截至今年四月底止");
  EXPECT_EQ(point[0].granularity, Period::Granularity::kDay);
  EXPECT_FALSE(point[0].is_deadline);
}

TEST(ChinesePeriodsTest, Days) {
  EXPECT_EQ(zh("在六月四日和五日召开了", "1954-06-06"), (Strings{"1954-06-04/1954-06-05"}));
  EXPECT_EQ(zh("六月五日"), (Strings{"1954-06-05/1954-06-05"}));
  EXPECT_EQ(zh("三月十五日至二十日"), (Strings{"1954-03-15/1954-03-20"}));
  EXPECT_EQ(zh("六月四、五日"), (Strings{"1954-06-04/1954-06-05"}));
  EXPECT_EQ(zh("6月4日"), (Strings{"1954-06-04/1954-06-04"}));
  EXPECT_EQ(zh("二月三十日"), Strings{});
}

// Dates written with the financial (大写) or traditional numerals read as the everyday ones:
// the period finder reads numerals with the number finder's characters.
TEST(ChinesePeriodsTest, FinancialNumeralsReadAsEverydayOnes) {
  struct Case {
    std::string_view financial;
    std::string_view everyday;
  };
  const Case cases[] = {
      {"壹玖伍肆年", "一九五四年"}, {"壹玖伍肆年貳月", "一九五四年二月"},
      {"叁月拾伍日", "三月十五日"}, {"拾貳月", "十二月"},
      {"貳拾壹日讯", "二十一日讯"}, {"第壹季度", "第一季度"},
      {"陸月底", "六月底"},         {"兩年来", "两年来"},
  };
  for (const Case& c : cases) {
    const Strings everyday = zh(c.everyday);
    EXPECT_FALSE(everyday.empty()) << c.everyday;
    EXPECT_EQ(zh(c.financial), everyday) << c.financial;
  }
}

TEST(ChinesePeriodsTest, Datelines) {
  EXPECT_EQ(zh("【新华社五日讯】北京市手工业生产合作社", "1954-06-06"),
            (Strings{"1954-06-05/1954-06-05"}));
  EXPECT_EQ(zh("新华社北京二十日电", "1954-06-07"), (Strings{"1954-05-20/1954-05-20"}));
  auto dateline = find_chinese_periods("【新华社五日讯】", date("1954-06-06"));
  ASSERT_EQ(dateline.size(), 1u);
  EXPECT_EQ(dateline[0].raw, "五日");
  // Five days, not the fifth.
  EXPECT_EQ(zh("开会五日"), Strings{});
}

TEST(ChinesePeriodsTest, SpansBeforeTheArticle) {
  EXPECT_EQ(zh("一年来还有重点地轮训了", "1954-11-20"), (Strings{"1953-11-20/1954-11-19"}));
  EXPECT_EQ(zh("两年以来"), (Strings{"1952-06-07/1954-06-06"}));
  EXPECT_EQ(zh("三个月来"), (Strings{"1954-03-07/1954-06-06"}));
  EXPECT_EQ(zh("相当于过去两年盈余的百分之八十", "1954-06-22"), (Strings{"1952-01-01/1953-12-31"}));
  EXPECT_EQ(zh("过去的一年"), (Strings{"1953-01-01/1953-12-31"}));
  EXPECT_EQ(zh("本月"), (Strings{"1954-06-01/1954-06-30"}));
  EXPECT_EQ(zh("上个月"), (Strings{"1954-05-01/1954-05-31"}));
}

TEST(ChinesePeriodsTest, VagueSpansAreSkipped) {
  EXPECT_EQ(zh("几年来，北京市手工业生产合作社有相当的发展"), Strings{});
  EXPECT_EQ(zh("近年来；多年来；十几年来；过去几年"), Strings{});
}

TEST(ChinesePeriodsTest, BareMonthFollowsTheSentencesYear) {
  EXPECT_EQ(zh("去年产量很高，四月份又增加了"),
            (Strings{"1953-01-01/1953-12-31", "1953-04-01/1953-04-30"}));
  EXPECT_EQ(zh("四月份又增加了，去年也很高"),
            (Strings{"1953-04-01/1953-04-30", "1953-01-01/1953-12-31"}));
  EXPECT_EQ(zh("四月份产量比去年提高了"),
            (Strings{"1954-04-01/1954-04-30", "1953-01-01/1953-12-31"}));
  EXPECT_EQ(zh("一九五三年产值很高，十二月份最高"),
            (Strings{"1953-01-01/1953-12-31", "1953-12-01/1953-12-31"}));
  EXPECT_EQ(zh("产值比一九五三年高，十二月份最高"),
            (Strings{"1953-01-01/1953-12-31", "1954-12-01/1954-12-31"}));
  EXPECT_EQ(zh("一九五三年手工业生产合作社工业总产值达二千六百亿元，占同年全市个体手工业总产值",
               "1954-06-06"),
            (Strings{"1953-01-01/1953-12-31", "1953-01-01/1953-12-31"}));
}

// ---------------------------------------------------------------------------------------------
// Sentences from the seed articles

TEST(SeedArticlePeriodsTest, Yangquan19541120) {
  const char* day = "1954-11-20";
  EXPECT_EQ(zh("如三都村铁业生产合作社由于管理不善，曾经发生了原材料浪费，次品增加的现象，"
               "仅一、二两月份就赔了二千三百多万元。",
               day),
            (Strings{"1954-01-01/1954-02-28"}));
  EXPECT_EQ(zh("从四月到六月，除补起一、二月份的亏欠外，还盈余五千四百多万元；"
               "铁板次品也由百分之十五降低到百分之九。",
               day),
            (Strings{"1954-04-01/1954-06-30", "1954-01-01/1954-02-28"}));
  EXPECT_EQ(zh("另外，阳泉市手工业生产合作社联合社一年来还有重点地轮训了手工业生产合作社主任、"
               "副主任、会计、闷炉技工、架子锅技工、内燃机工人等二百八十七人。",
               day),
            (Strings{"1953-11-20/1954-11-19"}));
  EXPECT_EQ(zh("各手工业生产合作社以重点社为核心，每半月召开一次小组会（几个社的联席会），"
               "检查上半月工作，布置下半月工作，解决生产中一般性的问题，互相交流生产经验。",
               day),
            Strings{});
  EXPECT_EQ(en("From April to June, in addition to making up for the losses in January and "
               "February, it also had a surplus of more than 54 million yuan; the defective rate "
               "of iron plates also decreased from 15% to 9%.",
               day),
            (Strings{"1954-04-01/1954-06-30", "1954-01-01/1954-02-28"}));
  EXPECT_EQ(en("In addition, the Yangquan City Handicraft Production Cooperative United Society "
               "has also focused on training 287 people in the past year.",
               day),
            (Strings{"1953-11-20/1954-11-19"}));
  EXPECT_EQ(en("Each handicraft production cooperative holds a group meeting every half month to "
               "review the work of the first half of the month.",
               day),
            Strings{});
}

TEST(SeedArticlePeriodsTest, Hubei19540607) {
  const char* day = "1954-06-07";
  EXPECT_EQ(zh("预计全省整顿手工业生产合作社的工作，六月底可以完成。", day),
            (Strings{"1954-01-01/1954-06-30 deadline"}));
  EXPECT_EQ(zh("二月下旬召开的湖北省手工业工作会议，曾根据有些手工业生产合作社社员觉悟不高、"
               "经营管理和财务会计制度混乱等情况，决定对原有的手工业生产合作社加以整顿。",
               day),
            (Strings{"1954-02-21/1954-02-28"}));
  EXPECT_EQ(
      zh("在第一季度，全省各地共新建了三十九个手工业生产合作社和五百三十七个手工业生产小组。", day),
      (Strings{"1954-01-01/1954-03-31"}));
  EXPECT_EQ(zh("鄂城县犁头生产合作社过去常将百分之八十的产品赊销给私商，赊期长达四、五个月，"
               "财务制度非常混乱。",
               day),
            Strings{});
  EXPECT_EQ(en("In the first quarter, a total of thirty-nine handicraft production cooperatives "
               "and five hundred and thirty-seven handicraft production teams were newly "
               "established throughout the province.",
               day),
            (Strings{"1954-01-01/1954-03-31"}));
  EXPECT_EQ(en("After the rectification, in April, not only was the defective rate reduced to 6%, "
               "but the production plan was also overfulfilled.",
               day),
            (Strings{"1954-04-01/1954-04-30"}));
  EXPECT_EQ(en("It is estimated that the rectification of handicraft production cooperatives "
               "throughout the province can be completed by the end of June.",
               day),
            (Strings{"1954-01-01/1954-06-30 deadline"}));
  EXPECT_EQ(en("The Hubei Provincial Handicraft Work Conference, held in late February, decided "
               "to rectify the existing handicraft production cooperatives.",
               day),
            (Strings{"1954-02-21/1954-02-28"}));
}

TEST(SeedArticlePeriodsTest, Kunming19570212) {
  const char* day = "1957-02-12";
  EXPECT_EQ(zh("在去年合作化高潮中，全市手工业者曾合并组成为一百六十七个合作社。", day),
            (Strings{"1956-01-01/1956-12-31"}));
  EXPECT_EQ(zh("目前，第一批四十八个社已经整顿结束，第二批整社工作也已经开始，"
               "预计在第一季度内全部手工业生产合作社可以整顿完毕。",
               day),
            (Strings{"1957-01-01/1957-03-31 deadline"}));
  EXPECT_EQ(en("During the high tide of cooperativization last year, handicraftsmen in the city "
               "merged to form 167 cooperatives.",
               day),
            (Strings{"1956-01-01/1956-12-31"}));
  EXPECT_EQ(en("It is expected that all handicraft production cooperatives can be rectified by "
               "the end of the first quarter.",
               day),
            (Strings{"1957-01-01/1957-03-31 deadline"}));
}

TEST(SeedArticlePeriodsTest, Beijing19540606) {
  const char* day = "1954-06-06";
  EXPECT_EQ(zh("【新华社五日讯】北京市手工业生产合作社联合总社筹备委员会在六月四日和五日召开了"
               "全市手工业生产合作社第一届第一次社员代表大会。",
               day),
            (Strings{"1954-06-05/1954-06-05", "1954-06-04/1954-06-05"}));
  EXPECT_EQ(zh("截至今年四月底止，全市已有手工业生产合作社一百七十九个。", day),
            (Strings{"1954-04-30/1954-04-30"}));
  EXPECT_EQ(zh("一九五三年手工业生产合作社工业总产值达二千六百亿元。", day),
            (Strings{"1953-01-01/1953-12-31"}));
  EXPECT_EQ(zh("大会提出一九五四年新发展社员应比一九五三年增加百分之九十八；"
               "年产总值应比一九五三年增加百分之一百五十。",
               day),
            (Strings{"1954-01-01/1954-12-31", "1953-01-01/1953-12-31", "1953-01-01/1953-12-31"}));
  EXPECT_EQ(zh("几年来，北京市手工业生产合作社有相当的发展。", day), Strings{});
  EXPECT_EQ(en("As of the end of April this year, the city already had 179 handicraft production "
               "cooperatives.",
               day),
            (Strings{"1954-04-30/1954-04-30"}));
  EXPECT_EQ(en("Xinhua News Agency, June 5th: The preparatory committee convened the first "
               "meeting on June 4th and 5th.",
               day),
            (Strings{"1954-06-05/1954-06-05", "1954-06-04/1954-06-05"}));
  EXPECT_EQ(en("In 1953, the total industrial output value of handicraft production cooperatives "
               "reached 260 billion yuan, accounting for approximately 25% of the city's total "
               "individual handicraft output value in the same year.",
               day),
            (Strings{"1953-01-01/1953-12-31", "1953-01-01/1953-12-31"}));
  EXPECT_EQ(en("The assembly proposed that the number of new members developed in 1954 should "
               "increase by 98% compared to 1953; the total annual output value should increase "
               "by 150% compared to 1953.",
               day),
            (Strings{"1954-01-01/1954-12-31", "1953-01-01/1953-12-31", "1953-01-01/1953-12-31"}));
  EXPECT_EQ(en("In recent years, Beijing's handicraft production cooperatives have developed "
               "considerably.",
               day),
            Strings{});
}

TEST(SeedArticlePeriodsTest, Southwest19540622) {
  const char* day = "1954-06-22";
  EXPECT_EQ(
      zh("从一月间西南区召开第一次手工业工作会议以后，云南各地广泛召开了手工业者代表会。", day),
      (Strings{"1954-01-01/1954-01-31"}));
  EXPECT_EQ(zh("贵阳市皮革生产合作社经过整顿，今年一月份到四月份盈余一亿余元，"
               "相当于过去两年盈余的百分之八十。",
               day),
            (Strings{"1954-01-01/1954-04-30", "1952-01-01/1953-12-31"}));
  EXPECT_EQ(zh("重庆市皮革生产合作社今年三月份的产量比一九五三年十二月份提高了百分之三十一", day),
            (Strings{"1954-03-01/1954-03-31", "1953-12-01/1953-12-31"}));
  EXPECT_EQ(zh("如成都市布鞋生产合作社现在平均月产量比去年提高了百分之十六点四", day),
            (Strings{"1953-01-01/1953-12-31"}));
  EXPECT_EQ(zh("这一调查工作，将于今年第三季度大体完成。", day),
            (Strings{"1954-07-01/1954-09-30"}));
  EXPECT_EQ(zh("到四月底止，据不完全的统计，全区已有手工业生产合作社三百六十九个。", day),
            (Strings{"1954-04-30/1954-04-30"}));
  EXPECT_EQ(zh("手工业合作组织今年第一季度的生产总值，有八百七十多亿元。", day),
            (Strings{"1954-01-01/1954-03-31"}));
  EXPECT_EQ(en("The output of the Chongqing Leather Production Cooperative in March this year "
               "increased by 31% compared to December 1953.",
               day),
            (Strings{"1954-03-01/1954-03-31", "1953-12-01/1953-12-31"}));
  EXPECT_EQ(en("The Guiyang Leather Production Cooperative, after rectification, had a surplus of "
               "over 100 million yuan from January to April this year, equivalent to 80% of the "
               "surplus of the past two years.",
               day),
            (Strings{"1954-01-01/1954-04-30", "1952-01-01/1953-12-31"}));
  EXPECT_EQ(
      en("This survey work will be largely completed in the third quarter of this year.", day),
      (Strings{"1954-07-01/1954-09-30"}));
  EXPECT_EQ(en("Since the Southwest District held its first handicraft work conference in "
               "January, various places in Yunnan have widely convened meetings.",
               day),
            (Strings{"1954-01-01/1954-01-31"}));
  EXPECT_EQ(en("For example, the average monthly output of the Chengdu Cloth Shoe Production "
               "Cooperative has increased by 16.4% compared to last year.",
               day),
            (Strings{"1953-01-01/1953-12-31"}));
  EXPECT_EQ(en("By the end of April, according to incomplete statistics, there were 369 "
               "handicraft production cooperatives in the entire region.",
               day),
            (Strings{"1954-04-30/1954-04-30"}));
}

// The seed corpus through both finders: spans always point at their raw text, in order.
TEST(SeedArticlePeriodsTest, SpansPointAtRawText) {
  const std::string english =
      "From April to June, in addition to making up for the losses in January and February, "
      "it also had a surplus; As of the end of April this year, in March this year compared to "
      "December 1953, by the end of the first quarter, in the past year.";
  const std::string chinese =
      "【新华社五日讯】在六月四日和五日召开了，截至今年四月底止，从四月到六月，除补起一、二月份"
      "的亏欠外，一年来，今年一月份到四月份，过去两年，今年第三季度，第一季度内。";
  auto english_periods = find_english_periods(english, date("1954-06-06"));
  auto chinese_periods = find_chinese_periods(chinese, date("1954-06-06"));
  EXPECT_EQ(english_periods.size(), 7u);
  EXPECT_EQ(chinese_periods.size(), 10u);
  expect_spans_consistent(english, english_periods);
  expect_spans_consistent(chinese, chinese_periods);
}

// ---------------------------------------------------------------------------------------------
// Input that must not break the scanners

TEST(PeriodRobustnessTest, EmptyAndTimeless) {
  EXPECT_TRUE(find_english_periods("", date("1954-06-07")).empty());
  EXPECT_TRUE(find_chinese_periods("", date("1954-06-07")).empty());
  EXPECT_EQ(en("The cooperative signed contracts worth 90 million yuan."), Strings{});
  EXPECT_EQ(zh("和全县六个供销合作社订立了九千万元的销货合同"), Strings{});
}

TEST(PeriodRobustnessTest, InvalidUtf8IsSkipped) {
  const std::string chinese = std::string("\xFF\xFE四月\xC3\x28份") + "\xE5\x9B" + "今年" +
                              "\xED\xA0\x80" + "第一季度" + "\xF0\x9F\x98";
  EXPECT_EQ(zh(chinese),
            (Strings{"1954-04-01/1954-04-30", "1954-01-01/1954-12-31", "1954-01-01/1954-03-31"}));
  // A truncated character at the very end, right after an expression.
  EXPECT_EQ(zh(std::string("四月底") + "\xE5"), (Strings{"1954-04-30/1954-04-30"}));
  EXPECT_EQ(zh(std::string("一九五") + "\xE5\x9B"), Strings{});
  const std::string english =
      std::string("in \xFF\xC0 April \x80 and in 1953\xE5 this year\xF0 and 19\xFF");
  EXPECT_EQ(en(english),
            (Strings{"1954-04-01/1954-04-30", "1953-01-01/1953-12-31", "1954-01-01/1954-12-31"}));
  auto periods = find_chinese_periods(chinese, date("1954-06-07"));
  expect_spans_consistent(chinese, periods);
}

TEST(PeriodRobustnessTest, EveryPrefixOfASentence) {
  // Cutting a sentence anywhere, even inside a character, must not read past the end.
  const std::string chinese = "截至今年四月底止，从四月到六月，一、二两月份，【新华社五日讯】";
  for (std::size_t length = 0; length <= chinese.size(); ++length) {
    const std::string cut = chinese.substr(0, length);
    expect_spans_consistent(cut, find_chinese_periods(cut, date("1954-06-06")));
  }
  const std::string english = "As of the end of April this year, from January to April 1954";
  for (std::size_t length = 0; length <= english.size(); ++length) {
    const std::string cut = english.substr(0, length);
    expect_spans_consistent(cut, find_english_periods(cut, date("1954-06-06")));
  }
}

TEST(PeriodRobustnessTest, RandomFragmentsAndBytes) {
  // Pieces of real expressions glued in random order with stray bytes between them.
  const std::vector<std::string> pieces{
      "四月",  "底",   "止",   "截至",   "从",      "到",   "一、",       "二",
      "两",    "月份", "第一", "季度",   "内",      "去年", "一九五",     "三年",
      "十",    "日",   "讯",   "上半年", "旬",      "下",   "过去",       "年来",
      "个月",  "\xE5", "\x9B", "\xFF",   "April",   " ",    "the end of", "by",
      "1953",  "from", "to",   "June",   "5th",     "and",  "last year",  "quarter",
      "first", "-",    "mid",  ",",      "half of", "past"};
  std::mt19937 random(12345);
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(0, 12);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    for (int k = length(random); k > 0; --k)
      text += pieces[pick(random)];
    expect_spans_consistent(text, find_chinese_periods(text, date("1954-06-07")));
    expect_spans_consistent(text, find_english_periods(text, date("1954-01-01")));
  }
}

TEST(PeriodRobustnessTest, OddAnchorDates) {
  // No usable article date: written years still resolve, and so does a month after one;
  // relative expressions and months with no year before them give nothing.
  EXPECT_EQ(describe(find_chinese_periods("去年，四月，一九五三年，十二月", CalendarDate{})),
            (Strings{"1953-01-01/1953-12-31", "1953-12-01/1953-12-31"}));
  EXPECT_EQ(describe(find_english_periods("last year, in 1953", CalendarDate{1954, 2, 30})),
            (Strings{"1953-01-01/1953-12-31"}));
  EXPECT_TRUE(
      find_chinese_periods("明年，一年来，本月，五日讯", CalendarDate{INT_MAX, 12, 31}).empty());
  EXPECT_TRUE(
      find_english_periods("next year, the past year", CalendarDate{INT_MAX, 12, 31}).empty());
  EXPECT_EQ(describe(find_chinese_periods("去年", CalendarDate{1, 1, 1})), Strings{});
}

TEST(PeriodRobustnessTest, VeryLongInputFinishesFast) {
  std::string chinese;
  while (chinese.size() < 100 * 1024)
    chinese += "一、二、三、四、五、六、七、八、九、十、十一、十二、十三";
  std::string english;
  while (english.size() < 100 * 1024)
    english += "from the end of the first and second half of January, February and March 1953 ";
  std::string mixed;
  while (mixed.size() < 100 * 1024)
    mixed += "四月底止\xFF第一季度内从去年十月到今年三月年年年年";
  const auto start = std::chrono::steady_clock::now();
  auto chinese_periods = find_chinese_periods(chinese, date("1954-06-07"));
  auto english_periods = find_english_periods(english, date("1954-06-07"));
  auto mixed_periods = find_chinese_periods(mixed, date("1954-06-07"));
  const auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_LT(elapsed, std::chrono::seconds(5));
  EXPECT_TRUE(chinese_periods.empty());
  EXPECT_FALSE(english_periods.empty());
  EXPECT_FALSE(mixed_periods.empty());
  expect_spans_consistent(mixed, mixed_periods);
}

}  // namespace
}  // namespace coopgraph::extract
