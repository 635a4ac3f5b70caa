#include "extract/numbers/english_numbers.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "tests/extract/number_test_support.h"

namespace coopgraph::extract {
namespace {

std::vector<NumberMention> scan(std::string_view text) {
  std::vector<NumberMention> mentions = find_english_numbers(text);
  testing::expect_well_formed(text, mentions, Language::kEnglish);
  return mentions;
}

NumberMention one(std::string_view text) {
  return testing::only_mention(text, scan(text));
}

using testing::high;
using testing::low;

TEST(EnglishNumbersTest, EmptyAndNumberFreeText) {
  EXPECT_TRUE(scan("").empty());
  EXPECT_TRUE(scan("   \n\t").empty());
  EXPECT_TRUE(scan("The cooperative was rectified.").empty());
}

TEST(EnglishNumbersTest, DigitsWithSeparatorsAndDecimals) {
  EXPECT_EQ(low(one("with more than 16,900 members")), "16900");
  EXPECT_EQ(low(one("15,350 contracts")), "15350");
  EXPECT_EQ(low(one("cost decreased by 16.6 points")), "16.6");
  EXPECT_EQ(low(one("3,793 groups")), "3793");
  const NumberMention m = one("reduced by 1,000 yuan.");
  EXPECT_EQ(low(m), "1000");
  EXPECT_EQ(m.text, "1,000");
  EXPECT_EQ(m.kind, NumberKind::kQuantity);
}

TEST(EnglishNumbersTest, ScaleWords) {
  EXPECT_EQ(low(one("losing more than 23 million yuan")), "23000000");
  EXPECT_EQ(low(one("a total product value of 5.48 billion yuan")), "5480000000");
  EXPECT_EQ(low(one("reached 260 billion yuan")), "260000000000");
  EXPECT_EQ(low(one("a hundred people")), "100");
  EXPECT_EQ(one("a hundred people").text, "a hundred");
  EXPECT_EQ(low(one("a million yuan")), "1000000");
  EXPECT_EQ(low(one("5 hundred thousand")), "500000");
  EXPECT_EQ(low(one("one hundred members")), "100");
  EXPECT_EQ(low(one("two thousand five hundred")), "2500");
  EXPECT_EQ(low(one("one million two hundred thousand")), "1200000");
}

TEST(EnglishNumbersTest, NumberWords) {
  EXPECT_EQ(low(one("organized ninety-four handicraft production cooperatives")), "94");
  EXPECT_EQ(low(one("five hundred and thirty-seven handicraft production teams")), "537");
  EXPECT_EQ(one("five hundred and thirty-seven teams").text, "five hundred and thirty-seven");
  EXPECT_EQ(low(one("twenty-one different industries")), "21");
  EXPECT_EQ(low(one("selected twelve cooperatives")), "12");
  EXPECT_EQ(low(one("thirty-nine cooperatives")), "39");
  EXPECT_EQ(low(one("a dozen cooperatives")), "12");
  EXPECT_EQ(low(one("two dozen cooperatives")), "24");
  EXPECT_EQ(low(one("zero defects")), "0");
}

TEST(EnglishNumbersTest, CaseInsensitive) {
  EXPECT_EQ(low(one("NINETY-FOUR cooperatives")), "94");
  EXPECT_EQ(low(one("Ten counties and cities")), "10");
  EXPECT_EQ(low(one("MORE THAN 80 counties")), "80");
  EXPECT_TRUE(one("MORE THAN 80 counties").lower_bound);
  EXPECT_EQ(one("72 PERCENT").kind, NumberKind::kPercent);
}

TEST(EnglishNumbersTest, Ranges) {
  NumberMention m = one("clothing cooperatives with three or four hundred people");
  EXPECT_EQ(low(m), "300");
  EXPECT_EQ(high(m), "400");
  EXPECT_EQ(m.text, "three or four hundred");
  EXPECT_TRUE(m.is_range());

  m = one("a credit period of up to four or five months");
  EXPECT_EQ(low(m), "4");
  EXPECT_EQ(high(m), "5");
  EXPECT_TRUE(m.upper_bound);

  m = one("held two or three such meetings");
  EXPECT_EQ(low(m), "2");
  EXPECT_EQ(high(m), "3");

  m = one("20 to 30 cooperatives");
  EXPECT_EQ(low(m), "20");
  EXPECT_EQ(high(m), "30");

  m = one("20 to 30 million yuan");
  EXPECT_EQ(low(m), "20000000");
  EXPECT_EQ(high(m), "30000000");

  m = one("two or three hundred thousand");
  EXPECT_EQ(low(m), "200000");
  EXPECT_EQ(high(m), "300000");

  m = one("one or two members");
  EXPECT_EQ(low(m), "1");
  EXPECT_EQ(high(m), "2");

  m = one("between 20 and 30 people");
  EXPECT_EQ(low(m), "20");
  EXPECT_EQ(high(m), "30");
  EXPECT_EQ(m.text, "between 20 and 30");

  m = one("20-30% of members");
  EXPECT_EQ(low(m), "20");
  EXPECT_EQ(high(m), "30");
  EXPECT_EQ(m.kind, NumberKind::kPercent);
  EXPECT_EQ(m.text, "20-30%");
  EXPECT_EQ(scan("1953-1957").size(), 2u);  // two years, not a range
  EXPECT_EQ(scan("20 - 30").size(), 2u);    // spaced hyphens are dashes

  m = one("twenty-odd cooperatives");
  EXPECT_EQ(low(m), "20");
  EXPECT_TRUE(m.lower_bound);

  m = one("increased by 20 to 30 percent");
  EXPECT_EQ(m.kind, NumberKind::kPercent);
  EXPECT_EQ(low(m), "20");
  EXPECT_EQ(high(m), "30");
}

TEST(EnglishNumbersTest, FromToIsAChangeNotARange) {
  const auto mentions = scan("the defective rate decreased from 15% to 9%.");
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(low(mentions[0]), "15");
  EXPECT_FALSE(mentions[0].is_range());
  EXPECT_EQ(low(mentions[1]), "9");
  EXPECT_EQ(mentions[1].kind, NumberKind::kPercent);

  const auto wages = scan("increased from 42 yuan to more than 50 yuan");
  ASSERT_EQ(wages.size(), 2u);
  EXPECT_EQ(low(wages[0]), "42");
  EXPECT_TRUE(wages[1].lower_bound);

  const auto falling = scan("fell 30 to 20");  // a range must go up
  ASSERT_EQ(falling.size(), 2u);
  EXPECT_FALSE(falling[0].is_range());

  const auto years = scan("from 1953 to 1957 and 1953 to 1957");
  ASSERT_EQ(years.size(), 4u);
  for (const NumberMention& m : years)
    EXPECT_EQ(m.kind, NumberKind::kYear);
}

TEST(EnglishNumbersTest, Ordinals) {
  EXPECT_EQ(one("the first quarter").kind, NumberKind::kOrdinal);
  EXPECT_EQ(low(one("the first quarter")), "1");
  EXPECT_EQ(low(one("the second batch")), "2");
  EXPECT_EQ(low(one("The Fourth Ironware Production Cooperative")), "4");
  EXPECT_EQ(low(one("the Fifth Spinning Production Cooperative")), "5");
  EXPECT_EQ(low(one("the twenty-first session")), "21");
  EXPECT_EQ(low(one("the hundredth meeting")), "100");
  EXPECT_EQ(low(one("the 4th district")), "4");
  EXPECT_EQ(one("the 4th district").kind, NumberKind::kOrdinal);
  EXPECT_EQ(one("the 4th district").text, "4th");
  EXPECT_EQ(low(one("the 21st and")), "21");
  EXPECT_EQ(low(one("the 2ND time")), "2");

  const auto both = scan("in the sixth and seventh districts");
  ASSERT_EQ(both.size(), 2u);
  EXPECT_EQ(low(both[0]), "6");
  EXPECT_EQ(low(both[1]), "7");
  EXPECT_TRUE(both[0].is_ordinal());
  EXPECT_TRUE(both[1].is_ordinal());
}

TEST(EnglishNumbersTest, SecondAsUnitOfTimeIsNotOrdinal) {
  EXPECT_TRUE(scan("ten per second").size() == 1u);
  const auto mentions = scan("30 second intervals");
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(low(mentions[0]), "30");
}

TEST(EnglishNumbersTest, Percentages) {
  NumberMention m = one("decreased from 15%");
  EXPECT_EQ(m.kind, NumberKind::kPercent);
  EXPECT_TRUE(m.is_percent());
  EXPECT_EQ(m.text, "15%");
  EXPECT_EQ(low(one("output increased by 72 percent")), "72");
  EXPECT_EQ(one("output increased by 72 percent").text, "72 percent");
  EXPECT_EQ(one("72 per cent").kind, NumberKind::kPercent);
  EXPECT_EQ(one("72 per cent").text, "72 per cent");
  EXPECT_EQ(low(one("increased by 29.92%.")), "29.92");
  EXPECT_EQ(one("seventy-two percent").kind, NumberKind::kPercent);
  EXPECT_EQ(one("50 %").kind, NumberKind::kPercent);
}

TEST(EnglishNumbersTest, Qualifiers) {
  NumberMention m = one("losing more than 23 million yuan");
  EXPECT_TRUE(m.lower_bound);
  EXPECT_EQ(m.text, "more than 23 million");

  m = one("as well as over 600 guests");
  EXPECT_TRUE(m.lower_bound);
  EXPECT_EQ(low(m), "600");

  m = one("accounting for approximately 20% of");
  EXPECT_TRUE(m.approximate);
  EXPECT_EQ(m.kind, NumberKind::kPercent);
  EXPECT_EQ(m.text, "approximately 20%");

  m = one("nearly 100 members");
  EXPECT_TRUE(m.approximate);
  EXPECT_TRUE(m.upper_bound);

  m = one("about 50 cooperatives");
  EXPECT_TRUE(m.approximate);
  EXPECT_FALSE(m.lower_bound);

  m = one("at least 3 meetings");
  EXPECT_TRUE(m.lower_bound);
  m = one("less than 5 yuan");
  EXPECT_TRUE(m.upper_bound);
  m = one("above 90%");
  EXPECT_TRUE(m.lower_bound);
  m = one("20 or more");
  EXPECT_TRUE(m.lower_bound);
  EXPECT_EQ(m.text, "20 or more");
  EXPECT_FALSE(m.is_range());
  m = one("20 or so");
  EXPECT_TRUE(m.approximate);

  EXPECT_TRUE(scan("over the past year").empty());
  EXPECT_TRUE(scan("more than enough").empty());
}

TEST(EnglishNumbersTest, WordOneOnlyAsACount) {
  EXPECT_TRUE(scan("one another").empty());
  EXPECT_TRUE(scan("one of the most concentrated cities").empty());
  EXPECT_TRUE(scan("no one objected").empty());
  EXPECT_TRUE(scan("established one after another").empty());
  EXPECT_TRUE(scan("this one is larger").empty());
  EXPECT_TRUE(scan("One should note").empty());
  EXPECT_TRUE(scan("someone and anyone").empty());

  EXPECT_EQ(low(one("in one year")), "1");
  EXPECT_EQ(low(one("a one-year plan")), "1");
  EXPECT_EQ(low(one("one hundred")), "100");
  EXPECT_EQ(low(one("one percent")), "1");
  EXPECT_EQ(low(one("twenty-one")), "21");
  EXPECT_EQ(low(one("one or two")), "1");
}

TEST(EnglishNumbersTest, FractionsAreNotRead) {
  EXPECT_TRUE(scan("two-thirds of the members").empty());
  EXPECT_TRUE(scan("one-third of the output").empty());
  EXPECT_TRUE(scan("three quarters").empty());
  EXPECT_TRUE(scan("one half").empty());
}

TEST(EnglishNumbersTest, Years) {
  NumberMention m = one("In 1953, the total output");
  EXPECT_EQ(m.kind, NumberKind::kYear);
  EXPECT_TRUE(m.is_year());
  EXPECT_EQ(low(m), "1953");
  EXPECT_EQ(one("a work plan for 1954").kind, NumberKind::kYear);
  EXPECT_EQ(one("1,953 members").kind, NumberKind::kQuantity);
  EXPECT_EQ(one("more than 1953 members").kind, NumberKind::kQuantity);
  EXPECT_EQ(one("1953%").kind, NumberKind::kPercent);
  EXPECT_EQ(one("1000 yuan").kind, NumberKind::kQuantity);
  m = one("in the 1950s");
  EXPECT_EQ(m.kind, NumberKind::kYear);
  EXPECT_TRUE(m.approximate);
  EXPECT_EQ(m.text, "1950s");
}

TEST(EnglishNumbersTest, Dates) {
  auto mentions = scan("Xinhua News Agency, June 5th: the meeting on June 4th and 5th.");
  ASSERT_EQ(mentions.size(), 5u);
  EXPECT_EQ(mentions[0].kind, NumberKind::kMonth);
  EXPECT_EQ(low(mentions[0]), "6");
  EXPECT_EQ(mentions[0].text, "June");
  EXPECT_EQ(mentions[1].kind, NumberKind::kDay);
  EXPECT_EQ(low(mentions[1]), "5");
  EXPECT_EQ(mentions[2].kind, NumberKind::kMonth);
  EXPECT_EQ(mentions[3].kind, NumberKind::kDay);
  EXPECT_EQ(low(mentions[3]), "4");
  EXPECT_EQ(mentions[4].kind, NumberKind::kDay);
  EXPECT_EQ(low(mentions[4]), "5");
  EXPECT_TRUE(mentions[4].is_ordinal());

  mentions = scan("compared to December 1953");
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(mentions[0].kind, NumberKind::kMonth);
  EXPECT_EQ(low(mentions[0]), "12");
  EXPECT_EQ(mentions[1].kind, NumberKind::kYear);

  mentions = scan("on 4 June and the 5th of July");
  ASSERT_EQ(mentions.size(), 4u);
  EXPECT_EQ(mentions[0].kind, NumberKind::kDay);
  EXPECT_EQ(mentions[1].kind, NumberKind::kMonth);
  EXPECT_EQ(mentions[2].kind, NumberKind::kDay);
  EXPECT_EQ(mentions[3].kind, NumberKind::kMonth);
  EXPECT_EQ(low(mentions[3]), "7");

  EXPECT_TRUE(scan("From April to June, in January and February").empty());
  EXPECT_EQ(one("we may 5 times").kind, NumberKind::kQuantity);  // "may" is not a month
}

TEST(EnglishNumbersTest, IsoDateHeader) {
  const auto mentions = scan("Date: 1954-11-20\nPage: 2");
  ASSERT_EQ(mentions.size(), 4u);
  EXPECT_EQ(mentions[0].kind, NumberKind::kYear);
  EXPECT_EQ(low(mentions[0]), "1954");
  EXPECT_EQ(mentions[1].kind, NumberKind::kMonth);
  EXPECT_EQ(low(mentions[1]), "11");
  EXPECT_EQ(mentions[2].kind, NumberKind::kDay);
  EXPECT_EQ(low(mentions[2]), "20");
  EXPECT_EQ(mentions[3].kind, NumberKind::kQuantity);
}

TEST(EnglishNumbersTest, LabelsAreNotNumbers) {
  EXPECT_TRUE(scan("model B52 and section 1.2.3").empty());
}

TEST(EnglishNumbersTest, OverflowGivesFlaggedMention) {
  NumberMention m = one("99999999999999999999 yuan");
  EXPECT_TRUE(m.overflow);
  EXPECT_TRUE(m.low.is_zero());
  EXPECT_FALSE(m.high.has_value());
  EXPECT_EQ(m.text, "99999999999999999999");

  m = one("99999999999 billion yuan");
  EXPECT_TRUE(m.overflow);
  EXPECT_EQ(m.text, "99999999999 billion");

  m = one("more than 99999999999999999999");
  EXPECT_TRUE(m.overflow);
  EXPECT_TRUE(m.lower_bound);
}

TEST(EnglishNumbersTest, VeryLongDigitRun) {
  const std::string text = "about " + std::string(200000, '9') + " members";
  const NumberMention m = one(text);
  EXPECT_TRUE(m.overflow);
  EXPECT_EQ(m.end - m.begin, 200000u + 6u);
}

TEST(EnglishNumbersTest, InvalidUtf8IsSkipped) {
  const std::string text = "\xFF\xFE 23 \xE4\xB8 million \xC0\x80 ninety-four\xE4";
  const auto mentions = scan(text);
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(low(mentions[0]), "23");
  EXPECT_EQ(low(mentions[1]), "94");
  EXPECT_TRUE(scan("\xE4").empty());
  EXPECT_TRUE(scan(std::string(1, '\0')).empty());
}

TEST(EnglishNumbersTest, RandomBytesNeverBreakTheScanner) {
  std::mt19937 random(12345);
  const std::string alphabet = "0123456789,.%- onetwhrfuivsxyandmoreth\xE4\xB8\x80\xFF";
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const std::size_t length = random() % 40;
    for (std::size_t k = 0; k < length; ++k)
      text.push_back(alphabet[random() % alphabet.size()]);
    scan(text);
  }
}

TEST(EnglishNumbersTest, ArticleParagraph) {
  const std::string text =
      "In Wanxian Special District of Sichuan Province alone, supply and marketing "
      "cooperatives signed more than 15,350 contracts with handicraft workers, with a total "
      "product value of 5.48 billion yuan. Supply and marketing cooperatives in more than 80 "
      "counties in Yunnan Province established business relationships with more than 23,000 "
      "handicraft workers.";
  const auto mentions = scan(text);
  ASSERT_EQ(mentions.size(), 4u);
  EXPECT_EQ(mentions[0].text, "more than 15,350");
  EXPECT_EQ(low(mentions[1]), "5480000000");
  EXPECT_FALSE(mentions[1].lower_bound);
  EXPECT_EQ(low(mentions[2]), "80");
  EXPECT_EQ(low(mentions[3]), "23000");
}

}  // namespace
}  // namespace coopgraph::extract
