#include "extract/article/calendar_date.h"

#include <gtest/gtest.h>

namespace coopgraph::extract {
namespace {

TEST(CalendarDateTest, ParsesRealDays) {
  auto date = parse_iso_date("1954-06-07");
  ASSERT_TRUE(date);
  EXPECT_EQ(date->year, 1954);
  EXPECT_EQ(date->month, 6);
  EXPECT_EQ(date->day, 7);
  EXPECT_EQ(date->iso(), "1954-06-07");
  EXPECT_TRUE(parse_iso_date("1956-02-29"));  // leap year
  EXPECT_TRUE(parse_iso_date("2000-02-29"));
}

TEST(CalendarDateTest, RejectsWhatIsNotADay) {
  for (const char* text :
       {"1955-02-29", "1900-02-29", "1954-13-01", "1954-00-10", "1954-04-31", "1954-6-7",
        "54-06-07", "1954/06/07", "", "1954-06-07 ", "June 1954", "0000-01-01", "1954-06-0x"}) {
    EXPECT_FALSE(parse_iso_date(text)) << text;
  }
}

TEST(CalendarDateTest, OrdersByTime) {
  EXPECT_LT(*parse_iso_date("1954-06-07"), *parse_iso_date("1954-11-20"));
  EXPECT_LT(*parse_iso_date("1954-12-31"), *parse_iso_date("1955-01-01"));
}

}  // namespace
}  // namespace coopgraph::extract
