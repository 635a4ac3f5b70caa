#include "extract/numbers/chinese_numbers.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "tests/extract/number_test_support.h"
#include "tests/test_support.h"

namespace coopgraph::extract {
namespace {

const ChineseNumberScanner& scanner() {
  static const ChineseNumberScanner instance = [] {
    auto loaded = ChineseNumberScanner::from_file(
        (coopgraph::testing::source_dir() / "extract/data/cues/zh_non_numbers.txt").string());
    EXPECT_TRUE(loaded.has_value());
    return loaded.value_or(ChineseNumberScanner({}));
  }();
  return instance;
}

std::vector<NumberMention> scan(std::string_view text) {
  std::vector<NumberMention> mentions = find_chinese_numbers(text, scanner());
  testing::expect_well_formed(text, mentions, Language::kChinese);
  return mentions;
}

NumberMention one(std::string_view text) {
  return testing::only_mention(text, scan(text));
}

using testing::high;
using testing::low;

TEST(ChineseNumbersTest, EmptyAndNumberFreeText) {
  EXPECT_TRUE(scan("").empty());
  EXPECT_TRUE(scan("手工业生产合作社").empty());
}

TEST(ChineseNumbersTest, PlainNumerals) {
  EXPECT_EQ(low(one("组织了九十四个手工业生产合作社")), "94");
  EXPECT_EQ(one("组织了九十四个").text, "九十四");
  EXPECT_EQ(low(one("二百八十七人")), "287");
  EXPECT_EQ(low(one("一万六千九百人")), "16900");
  EXPECT_EQ(low(one("三千七百九十三个")), "3793");
  EXPECT_EQ(low(one("二千六百亿元")), "260000000000");
  EXPECT_EQ(low(one("九千万元")), "90000000");
  EXPECT_EQ(low(one("壹佰贰拾叁元")), "123");
}

TEST(ChineseNumbersTest, TensHundredsAndZero) {
  EXPECT_EQ(low(one("十")), "10");
  EXPECT_EQ(low(one("十五")), "15");
  EXPECT_EQ(low(one("十二个")), "12");
  EXPECT_EQ(low(one("一百零五")), "105");
  EXPECT_EQ(low(one("一千零五十")), "1050");
  EXPECT_EQ(low(one("两千")), "2000");
  EXPECT_EQ(low(one("两个社")), "2");
  EXPECT_EQ(low(one("三万两千")), "32000");
  EXPECT_EQ(low(one("一百一十")), "110");
}

TEST(ChineseNumbersTest, AbbreviatedTrailingUnit) {
  EXPECT_EQ(low(one("一万五")), "15000");
  EXPECT_EQ(low(one("三千五")), "3500");
  EXPECT_EQ(low(one("一百一")), "110");
  EXPECT_EQ(low(one("一亿二")), "120000000");
  EXPECT_EQ(low(one("二十五")), "25");
}

TEST(ChineseNumbersTest, MoreThanInsideNumerals) {
  NumberMention m = one("就赔了二千三百多万元");
  EXPECT_EQ(low(m), "23000000");
  EXPECT_TRUE(m.lower_bound);
  EXPECT_EQ(m.text, "二千三百多万");

  m = one("产品总值达五十四亿八千多万元");
  EXPECT_EQ(low(m), "5480000000");
  EXPECT_TRUE(m.lower_bound);

  m = one("总值三亿二千多万元");
  EXPECT_EQ(low(m), "320000000");
  EXPECT_TRUE(m.lower_bound);

  m = one("盈余一亿余元");
  EXPECT_EQ(low(m), "100000000");
  EXPECT_TRUE(m.lower_bound);
  EXPECT_EQ(m.text, "一亿余");

  m = one("有八百七十多亿元");
  EXPECT_EQ(low(m), "87000000000");
  EXPECT_TRUE(m.lower_bound);

  m = one("签订了一万五千三百五十多件合同");
  EXPECT_EQ(low(m), "15350");
  EXPECT_TRUE(m.lower_bound);

  m = one("相距二十多里");
  EXPECT_EQ(low(m), "20");
  EXPECT_TRUE(m.lower_bound);
}

TEST(ChineseNumbersTest, Percentages) {
  NumberMention m = one("提高了百分之十六点四");
  EXPECT_EQ(m.kind, NumberKind::kPercent);
  EXPECT_EQ(low(m), "16.4");
  EXPECT_EQ(m.text, "百分之十六点四");

  EXPECT_EQ(low(one("增加了百分之二十九点九二")), "29.92");
  EXPECT_EQ(low(one("百分之八十的产品")), "80");
  EXPECT_EQ(low(one("增加百分之一百五十")), "150");

  m = one("百分之二十左右");
  EXPECT_TRUE(m.approximate);
  EXPECT_EQ(m.text, "百分之二十左右");

  m = one("占约百分之二十左右");
  EXPECT_TRUE(m.approximate);
  EXPECT_EQ(m.text, "约百分之二十左右");

  m = one("百分之七八十");
  EXPECT_EQ(low(m), "70");
  EXPECT_EQ(high(m), "80");

  m = one("千分之五");
  EXPECT_EQ(m.kind, NumberKind::kPercent);
  EXPECT_EQ(low(m), "0.5");

  EXPECT_EQ(one("百分之五十以上").lower_bound, true);

  m = one("万分之五");  // 万分 is a listed non-number word, the longer reading wins
  EXPECT_EQ(low(m), "0.05");
  EXPECT_EQ(m.kind, NumberKind::kPercent);
}

TEST(ChineseNumbersTest, DigitsAndFullWidth) {
  NumberMention m = one("返工率一度达到50％。");
  EXPECT_EQ(m.kind, NumberKind::kPercent);
  EXPECT_EQ(low(m), "50");
  EXPECT_EQ(m.text, "50％");

  EXPECT_EQ(low(one("增加20.6％")), "20.6");
  EXPECT_EQ(one("增加20%").kind, NumberKind::kPercent);
  EXPECT_EQ(low(one("１２３个")), "123");
  EXPECT_EQ(low(one("２０．６％")), "20.6");
  EXPECT_EQ(low(one("16,900人")), "16900");
  EXPECT_TRUE(scan("B52型").empty());
  EXPECT_TRUE(scan("H2O").empty());
}

TEST(ChineseNumbersTest, DigitsWithScaleCharacters) {
  EXPECT_EQ(low(one("1.5万元")), "15000");
  NumberMention m = one("3万多人");
  EXPECT_EQ(low(m), "30000");
  EXPECT_TRUE(m.lower_bound);
  EXPECT_EQ(m.text, "3万多");
  EXPECT_EQ(low(one("2600亿元")), "260000000000");
  EXPECT_EQ(low(one("3万5千")), "35000");
  EXPECT_EQ(low(one("50多元")), "50");
  EXPECT_EQ(low(one("一点五万")), "15000");
  EXPECT_EQ(low(one("零点五")), "0.5");
  EXPECT_EQ(low(one("〇点二五")), "0.25");
}

TEST(ChineseNumbersTest, WanOrYiAloneIsNotANumber) {
  EXPECT_TRUE(scan("万人大会").empty());
  EXPECT_TRUE(scan("亿").empty());
  EXPECT_TRUE(scan("千家万户").empty());
  EXPECT_EQ(low(one("3万")), "30000");
  EXPECT_EQ(low(one("十万")), "100000");
}

TEST(ChineseNumbersTest, Ranges) {
  NumberMention m = one("几个拥有三四百人的服装生产合作社");
  EXPECT_EQ(low(m), "300");
  EXPECT_EQ(high(m), "400");
  EXPECT_EQ(m.text, "三四百");

  m = one("还召开过两、三次");
  EXPECT_EQ(low(m), "2");
  EXPECT_EQ(high(m), "3");
  EXPECT_EQ(m.text, "两、三");

  m = one("赊期长达四、五个月");
  EXPECT_EQ(low(m), "4");
  EXPECT_EQ(high(m), "5");
  EXPECT_EQ(m.kind, NumberKind::kQuantity);

  m = one("两、三百万");
  EXPECT_EQ(low(m), "2000000");
  EXPECT_EQ(high(m), "3000000");

  m = one("二三十个");
  EXPECT_EQ(low(m), "20");
  EXPECT_EQ(high(m), "30");

  m = one("十一二岁");
  EXPECT_EQ(low(m), "11");
  EXPECT_EQ(high(m), "12");

  m = one("十几个");
  EXPECT_EQ(low(m), "11");
  EXPECT_EQ(high(m), "19");
  EXPECT_TRUE(m.approximate);

  m = one("几百人");
  EXPECT_EQ(low(m), "100");
  EXPECT_EQ(high(m), "900");
  EXPECT_TRUE(m.approximate);

  EXPECT_TRUE(scan("几个").empty());

  m = one("一两个");
  EXPECT_EQ(low(m), "1");
  EXPECT_EQ(high(m), "2");
  m = one("三两天");
  EXPECT_EQ(low(m), "2");
  EXPECT_EQ(high(m), "3");
  m = one("一两千元");
  EXPECT_EQ(low(m), "1000");
  EXPECT_EQ(high(m), "2000");
}

TEST(ChineseNumbersTest, ListedMonthsAreSeparateMentions) {
  auto mentions = scan("仅一、二两月份就赔了");
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(mentions[0].kind, NumberKind::kMonth);
  EXPECT_EQ(low(mentions[0]), "1");
  EXPECT_EQ(mentions[0].text, "一");
  EXPECT_EQ(mentions[1].kind, NumberKind::kMonth);
  EXPECT_EQ(low(mentions[1]), "2");

  mentions = scan("补起一、二月份的亏欠");
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(mentions[0].kind, NumberKind::kMonth);
  EXPECT_EQ(mentions[1].kind, NumberKind::kMonth);
  EXPECT_EQ(mentions[1].text, "二月");
}

TEST(ChineseNumbersTest, ListedOrdinals) {
  const auto mentions = scan("应城县第六、七两区的供销合作社");
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(mentions[0].kind, NumberKind::kOrdinal);
  EXPECT_EQ(low(mentions[0]), "6");
  EXPECT_EQ(mentions[0].text, "第六");
  EXPECT_EQ(mentions[1].kind, NumberKind::kOrdinal);
  EXPECT_EQ(low(mentions[1]), "7");
  EXPECT_EQ(mentions[1].text, "七");
}

TEST(ChineseNumbersTest, LongerListsAreSeparateQuantities) {
  auto mentions = scan("一、二、三等三个社");
  ASSERT_EQ(mentions.size(), 3u);
  EXPECT_EQ(low(mentions[2]), "3");
  EXPECT_FALSE(mentions[1].is_range());

  mentions = scan("三、五、七");
  ASSERT_EQ(mentions.size(), 3u);
  for (const NumberMention& m : mentions)
    EXPECT_FALSE(m.is_range());
}

TEST(ChineseNumbersTest, UnrelatedListItemsStandAlone) {
  const auto mentions = scan("一百、二百");
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(low(mentions[0]), "100");
  EXPECT_FALSE(mentions[0].is_range());
  EXPECT_EQ(low(mentions[1]), "200");
}

TEST(ChineseNumbersTest, Ordinals) {
  const auto mentions = scan("召开了第一届第一次社员代表大会");
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(mentions[0].kind, NumberKind::kOrdinal);
  EXPECT_EQ(mentions[0].text, "第一");
  EXPECT_EQ(mentions[1].kind, NumberKind::kOrdinal);
  EXPECT_EQ(low(one("第四铁业生产合作社")), "4");
  EXPECT_EQ(one("第2版").kind, NumberKind::kOrdinal);
  EXPECT_EQ(low(one("第二十一")), "21");
  // 一批 is a listed non-number word, but 第 still makes it an ordinal.
  const auto batch = scan("第一批四十八个社");
  ASSERT_EQ(batch.size(), 2u);
  EXPECT_EQ(batch[0].kind, NumberKind::kOrdinal);
  EXPECT_EQ(batch[0].text, "第一");
  EXPECT_EQ(low(batch[1]), "48");
}

TEST(ChineseNumbersTest, Years) {
  NumberMention m = one("一九五三年手工业生产合作社");
  EXPECT_EQ(m.kind, NumberKind::kYear);
  EXPECT_TRUE(m.is_year());
  EXPECT_EQ(low(m), "1953");
  EXPECT_EQ(m.text, "一九五三年");
  EXPECT_EQ(low(one("一九五四年的工作计划")), "1954");
  EXPECT_EQ(one("1954年").kind, NumberKind::kYear);
  EXPECT_EQ(low(one("二〇〇五年")), "2005");
  EXPECT_EQ(one("两年").kind, NumberKind::kQuantity);
  EXPECT_EQ(one("两年").text, "两");
  EXPECT_EQ(one("一年来").kind, NumberKind::kQuantity);
  EXPECT_EQ(one("五年计划").kind, NumberKind::kQuantity);

  const auto mentions = scan("一九五三—一九五七年");
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(mentions[0].kind, NumberKind::kQuantity);  // digit string without 年
  EXPECT_EQ(low(mentions[0]), "1953");
  EXPECT_EQ(mentions[1].kind, NumberKind::kYear);
}

TEST(ChineseNumbersTest, MonthsAndDays) {
  auto mentions = scan("在六月四日和五日召开了");
  ASSERT_EQ(mentions.size(), 3u);
  EXPECT_EQ(mentions[0].kind, NumberKind::kMonth);
  EXPECT_EQ(low(mentions[0]), "6");
  EXPECT_EQ(mentions[0].text, "六月");
  EXPECT_EQ(mentions[1].kind, NumberKind::kDay);
  EXPECT_EQ(low(mentions[1]), "4");
  EXPECT_EQ(mentions[2].kind, NumberKind::kDay);
  EXPECT_EQ(low(mentions[2]), "5");

  NumberMention m = one("【新华社五日讯】");
  EXPECT_EQ(m.kind, NumberKind::kDay);
  EXPECT_EQ(m.text, "五日");
  EXPECT_TRUE(m.is_ordinal());

  EXPECT_EQ(one("十二月份").kind, NumberKind::kMonth);
  EXPECT_EQ(one("四月底").kind, NumberKind::kMonth);
  EXPECT_EQ(one("三个月").kind, NumberKind::kQuantity);
  EXPECT_EQ(one("十三月").kind, NumberKind::kQuantity);

  mentions = scan("1954年6月4日");
  ASSERT_EQ(mentions.size(), 3u);
  EXPECT_EQ(mentions[0].kind, NumberKind::kYear);
  EXPECT_EQ(mentions[1].kind, NumberKind::kMonth);
  EXPECT_EQ(mentions[2].kind, NumberKind::kDay);

  mentions = scan("六月十号");
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(mentions[1].kind, NumberKind::kDay);
  EXPECT_EQ(one("三号").kind, NumberKind::kQuantity);

  m = one("七八月间");
  EXPECT_EQ(m.kind, NumberKind::kMonth);
  EXPECT_EQ(low(m), "7");
  EXPECT_EQ(high(m), "8");
}

TEST(ChineseNumbersTest, IsoDateHeader) {
  const auto mentions = scan("1954-06-06\n第1版()");
  ASSERT_EQ(mentions.size(), 4u);
  EXPECT_EQ(mentions[0].kind, NumberKind::kYear);
  EXPECT_EQ(mentions[1].kind, NumberKind::kMonth);
  EXPECT_EQ(mentions[2].kind, NumberKind::kDay);
  EXPECT_EQ(mentions[3].kind, NumberKind::kOrdinal);
}

TEST(ChineseNumbersTest, NonNumberWords) {
  for (const char* text :
       {"一般", "一批", "统一",     "一起",     "一度",     "进一步", "一样",  "一定",
        "一些", "一直", "单一",     "同一",     "唯一",     "万一",   "一切",  "十分",
        "千万", "两旁", "告一段落", "气象一新", "这一调查", "四川省", "一点儿"}) {
    EXPECT_TRUE(scan(text).empty()) << text;
  }
  // "once" is listed as a non-number in the data file: it counts nothing worth recording.
  EXPECT_TRUE(scan("普遍进行一次整社").empty());
  EXPECT_EQ(low(one("一点五")), "1.5");
  EXPECT_EQ(low(one("十分之一")), "10");
  EXPECT_EQ(one("十分之一").kind, NumberKind::kPercent);
}

TEST(ChineseNumbersTest, NonNumberWordsComeFromTheList) {
  const ChineseNumberScanner bare({});
  EXPECT_EQ(bare.non_number_word_count(), 0u);
  EXPECT_EQ(find_chinese_numbers("一般", bare).size(), 1u);
  const ChineseNumberScanner custom({"一般"});
  EXPECT_TRUE(find_chinese_numbers("一般", custom).empty());
  EXPECT_EQ(find_chinese_numbers("一些", custom).size(), 1u);
}

TEST(ChineseNumbersTest, QualifiersAroundNumbers) {
  NumberMention m = one("约三百人");
  EXPECT_TRUE(m.approximate);
  EXPECT_EQ(m.text, "约三百");
  m = one("超过一万人");
  EXPECT_TRUE(m.lower_bound);
  m = one("不到一年");
  EXPECT_TRUE(m.upper_bound);
  m = one("六百人以上");
  EXPECT_TRUE(m.lower_bound);
  EXPECT_EQ(m.text, "六百人以上");
  m = one("三个月左右");
  EXPECT_TRUE(m.approximate);
  m = one("二十来岁");
  EXPECT_TRUE(m.approximate);
  m = one("将近一万");
  EXPECT_TRUE(m.approximate);
  EXPECT_TRUE(m.upper_bound);

  m = one("节约一万元");  // 节约 is "save", not 约 "about"
  EXPECT_FALSE(m.approximate);
  EXPECT_EQ(m.text, "一万");
}

TEST(ChineseNumbersTest, LiangAfterANumeralIsAWeight) {
  const NumberMention m = one("十两");
  EXPECT_EQ(low(m), "10");
  EXPECT_EQ(m.text, "十");
}

TEST(ChineseNumbersTest, FractionsOtherThanPowersOfTenAreSkipped) {
  EXPECT_TRUE(scan("三分之一的社员").empty());
  EXPECT_TRUE(scan("三分之二").empty());
  EXPECT_TRUE(scan("零售").empty());
}

TEST(ChineseNumbersTest, OverflowGivesFlaggedMention) {
  NumberMention m = one("99999999999999999999元");
  EXPECT_TRUE(m.overflow);
  EXPECT_TRUE(m.low.is_zero());
  m = one("99999999999亿元");
  EXPECT_TRUE(m.overflow);
  EXPECT_EQ(m.text, "99999999999亿");
  m = one("一九五三一九五三一九五三一九五三一九五三");
  EXPECT_TRUE(m.overflow);
  m = one("百分之99999999999999999999");
  EXPECT_TRUE(m.overflow);
  EXPECT_EQ(m.kind, NumberKind::kPercent);
  m = one("九千九百万亿");  // 9.9e15 still fits
  EXPECT_FALSE(m.overflow);
  EXPECT_EQ(low(m), "9900000000000000");
}

TEST(ChineseNumbersTest, VeryLongRuns) {
  const std::string ascii(100000, '8');
  NumberMention m = one(ascii);
  EXPECT_TRUE(m.overflow);
  EXPECT_EQ(m.end, ascii.size());

  std::string chinese;
  for (int k = 0; k < 5000; ++k)
    chinese += "九五";
  m = one(chinese);
  EXPECT_TRUE(m.overflow);
  EXPECT_EQ(m.end, chinese.size());
}

TEST(ChineseNumbersTest, InvalidUtf8IsSkipped) {
  // A truncated 一 (E4 B8) followed by a whole one.
  auto mentions = scan("\xE4\xB8\xE4\xB8\x80");
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(mentions[0].begin, 2u);

  mentions = scan("一\xFF二");
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(low(mentions[0]), "1");
  EXPECT_EQ(low(mentions[1]), "2");

  EXPECT_TRUE(scan("\xE4").empty());
  EXPECT_TRUE(scan("\xE4\xB8").empty());
  EXPECT_TRUE(scan("\x80\x80\x80").empty());
  EXPECT_TRUE(
      scan("\xC0\x80\xED\xA0\x80\xF4\x90\x80\x80").empty());  // overlong, surrogate, >U+10FFFF
  EXPECT_TRUE(scan("百分之\xE4").empty());                    // a bare 百分之 is not a number
}

TEST(ChineseNumbersTest, RandomBytesNeverBreakTheScanner) {
  std::mt19937 random(54321);
  const std::vector<std::string> pieces = {
      "一", "二", "两", "十", "百", "千", "万",     "亿",   "零",   "点",   "多", "余",
      "第", "、", "年", "月", "日", "号", "百分之", "分之", "左右", "以上", "约", "几",
      "来", "5",  ".",  ",",  "％", "１", "\xE4",   "\xB8", "\xFF", "a",    "-"};
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const std::size_t length = random() % 16;
    for (std::size_t k = 0; k < length; ++k)
      text += pieces[random() % pieces.size()];
    scan(text);
  }
}

TEST(ChineseNumbersTest, ArticleParagraph) {
  const std::string text =
      "截至今年四月底止，全市已有手工业生产合作社一百七十九个、手工业供销生产社七个、手工业供销"
      "生产小组十四个，社员一万六千九百多人，占全市个体手工业从业人数约百分之二十左右。";
  const auto mentions = scan(text);
  ASSERT_EQ(mentions.size(), 6u);
  EXPECT_EQ(mentions[0].kind, NumberKind::kMonth);
  EXPECT_EQ(low(mentions[1]), "179");
  EXPECT_EQ(low(mentions[2]), "7");
  EXPECT_EQ(low(mentions[3]), "14");
  EXPECT_EQ(low(mentions[4]), "16900");
  EXPECT_TRUE(mentions[4].lower_bound);
  EXPECT_EQ(mentions[5].kind, NumberKind::kPercent);
  EXPECT_TRUE(mentions[5].approximate);
}

TEST(WordListTest, ParsesCommentsBlanksAndLineEndings) {
  const auto words =
      parse_word_list("\xEF\xBB\xBF# header\n一般\r\n  统一  # trailing\n\n#\n\xFF\xFE\n十分");
  EXPECT_EQ(words, (std::vector<std::string>{"一般", "统一", "十分"}));
  EXPECT_TRUE(parse_word_list("").empty());
}

TEST(WordListTest, LoadsTheShippedList) {
  EXPECT_GT(scanner().non_number_word_count(), 50u);
  EXPECT_FALSE(ChineseNumberScanner::from_file("/nonexistent/zh_non_numbers.txt").has_value());
  const ChineseNumberScanner from_text = ChineseNumberScanner::from_list_text("一般\n一般\n");
  EXPECT_EQ(from_text.non_number_word_count(), 1u);
  EXPECT_EQ(from_text.match_non_number_word("一般性", 0), std::string_view("一般").size());
  EXPECT_EQ(from_text.match_non_number_word("一般", 99), 0u);
}

// The numeral reading shared with the period finder: text in, value and length out.
TEST(ChineseNumeralCharsTest, ReadsSmallNumerals) {
  struct Case {
    std::u32string_view text;
    bool allow_liang;
    int value;  // 0: nothing read
    std::size_t length;
  };
  const Case cases[] = {
      {U"四月", false, 4, 1},    {U"十二月", false, 12, 2}, {U"二十一日", false, 21, 3},
      {U"廿五日", false, 25, 2}, {U"卅一日", false, 31, 2}, {U"貳拾壹日", false, 21, 3},
      {U"拾月", false, 10, 1},   {U"12月", false, 12, 2},   {U"１２月", false, 12, 2},
      {U"5日", false, 5, 1},     {U"123", false, 0, 0},     {U"0日", false, 0, 0},
      {U"零点", false, 0, 0},    {U"〇", false, 0, 0},      {U"两年", false, 0, 0},
      {U"两年", true, 2, 1},     {U"兩年", true, 2, 1},     {U"月", false, 0, 0},
      {U"", false, 0, 0},        {U"二十", false, 20, 2},   {U"十", false, 10, 1},
  };
  for (const Case& c : cases) {
    const auto got = read_small_numeral(c.text, c.allow_liang);
    if (c.value == 0) {
      EXPECT_FALSE(got) << c.value;
      continue;
    }
    ASSERT_TRUE(got) << c.value;
    EXPECT_EQ(got->value, c.value);
    EXPECT_EQ(got->length, c.length);
  }
}

TEST(ChineseNumeralCharsTest, DigitsAndNumeralCharacters) {
  EXPECT_EQ(chinese_digit_value(U'壹'), 1);
  EXPECT_EQ(chinese_digit_value(U'貳'), 2);
  EXPECT_EQ(chinese_digit_value(U'〇'), 0);
  EXPECT_EQ(chinese_digit_value(U'九'), 9);
  EXPECT_FALSE(chinese_digit_value(U'5'));
  EXPECT_FALSE(chinese_digit_value(U'两'));
  EXPECT_TRUE(is_chinese_numeral_char(U'萬'));
  EXPECT_TRUE(is_chinese_numeral_char(U'兩'));
  EXPECT_TRUE(is_chinese_numeral_char(U'佰'));
  EXPECT_FALSE(is_chinese_numeral_char(U'月'));
  EXPECT_FALSE(is_chinese_numeral_char(U'几'));
}

}  // namespace
}  // namespace coopgraph::extract
