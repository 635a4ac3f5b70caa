// What a number counts when the vocabulary has no measure for it: sentence in, expected
// open measure out (RE2 search_test.cc style tables). The glosses are a small table made
// here, so that the rules are tested apart from CC-CEDICT's wording.
#include "extract/observations/counted_thing.h"

#include <gtest/gtest.h>

#include "extract/resources.h"

namespace coopgraph::extract {
namespace {

const Lexicon& lexicon() {
  static const Lexicon loaded = Lexicon::load(default_data_dir() / "cues");
  return loaded;
}

const PinyinTransliterator& pinyin() {
  static const PinyinTransliterator transliterator;
  return transliterator;
}

const WordGlosses& glosses() {
  static const WordGlosses table = WordGlosses::from_rows({
      {"炼铁", {"lian4 tie3", {"smelting iron"}}},
      {"工人", {"gong1 ren2", {"worker"}}},
      {"参加", {"can1 jia1", {"to participate", "to take part"}}},
      {"小米", {"xiao3 mi3", {"millet"}}},
      {"山村", {"shan1 cun1", {"mountain village"}}},
      {"土炉", {"tu3 lu2", {"native furnace"}}},
      {"户", {"hu4", {"household", "classifier for households"}}},
      {"农具", {"nong2 ju4", {"farm implements", "farm tools"}}},
      {"修理", {"xiu1 li3", {"to repair"}}},
      {"畚箕", {"ben3 ji1", {"dustpan"}}},
      {"双", {"shuang1", {"two", "double", "pair", "both"}}},
      {"水泵", {"shui3 beng4", {"water pump"}}},
      {"增", {"zeng1", {"(bound form) to increase; to add"}}},
      {"人", {"ren2", {"person", "people"}}},
      {"市", {"shi4", {"market", "city"}}},
      {"式", {"shi4", {"type", "form", "pattern"}}},
  });
  return table;
}

struct ChineseCase {
  std::string text;
  std::string number;  // where the number is: its text, found in `text`
  std::string unit;    // a unit of weight right after the number, or empty
  std::string id;      // expected open measure id, empty for none
  std::string label_en;
  std::string label_zh;
  std::string counted_unit;
};

const std::vector<ChineseCase> kChinese{
    {"有六十多个炼铁工人参加了劳动。", "六十多", "", "count-liantiegongren", "smelting iron worker",
     "炼铁工人", ""},
    {"借给社员两万多斤小米。", "两万多", "斤", "quantity-xiaomi", "millet", "小米", ""},
    {"全村共三百户。", "三百", "", "count-hu", "household", "户", "household"},
    {"修了五百多件农具，", "五百多", "", "count-nongju", "farm implements", "农具", ""},
    // Nothing after the counter: the noun before the number names it.
    {"修补了畚箕一万双和锄头。", "一万", "", "count-benji", "dustpan", "畚箕", "pair"},
    {"水泵二千一百台；", "二千一百", "", "count-shuibeng", "water pump", "水泵", ""},
    // A verb right after the counter names no thing.
    {"共三个参加了。", "三", "", "", "", "", ""},
    // A particle ends the noun before it starts.
    {"有三个的。", "三", "", "", "", "", ""},
};

TEST(CountedThingTest, ChineseNounAfterTheCounter) {
  for (const ChineseCase& c : kChinese) {
    const std::size_t at = c.text.find(c.number);
    ASSERT_NE(at, std::string::npos) << c.text;
    const std::size_t end = at + c.number.size();
    const std::size_t unit_end = c.unit.empty() ? std::string_view::npos : end + c.unit.size();
    const auto thing =
        chinese_counted_thing(c.text, at, end, unit_end, lexicon(), glosses(), pinyin());
    if (c.id.empty()) {
      EXPECT_FALSE(thing) << c.text << " gave " << (thing ? thing->id : "");
      continue;
    }
    ASSERT_TRUE(thing) << c.text;
    EXPECT_TRUE(thing->id.starts_with(c.id + "-")) << c.text << ": " << thing->id;
    EXPECT_EQ(thing->id.size(), c.id.size() + 7) << thing->id;  // and six hex digits
    EXPECT_EQ(thing->label_en, c.label_en) << c.text;
    EXPECT_EQ(thing->label_zh, c.label_zh) << c.text;
    EXPECT_EQ(thing->unit, c.counted_unit) << c.text;
    EXPECT_EQ(open_measure_kind_name(thing->kind), c.unit.empty() ? "count" : "quantity") << c.text;
  }
}

struct EnglishCase {
  std::string text;
  std::string number;
  std::string id;
  std::string label_en;
};

const std::vector<EnglishCase> kEnglish{
    {"There were 2,219 state farms in 1958.", "2,219", "count-state-farms", "state farms"},
    {"more than 8,300,000 mutual aid teams in the entire country", "8,300,000",
     "count-mutual-aid-teams", "mutual aid teams"},
    {"It had 40 in Beijing.", "40", "", ""},
    {"a total of 12.", "12", "", ""},
};

TEST(CountedThingTest, AVerbInABoundFormEndsTheNounAndHomophonesStayApart) {
  const std::string people = "八十四人增至";
  const auto person = chinese_counted_thing(people, 0, std::string("八十四").size(),
                                            std::string_view::npos, lexicon(), glosses(), pinyin());
  ASSERT_TRUE(person);
  EXPECT_EQ(person->label_zh, "人");
  const std::string cities = "九十七个市";
  const std::string types = "九十七个式";
  const std::size_t end = std::string("九十七").size();
  const auto city =
      chinese_counted_thing(cities, 0, end, std::string_view::npos, lexicon(), glosses(), pinyin());
  const auto type =
      chinese_counted_thing(types, 0, end, std::string_view::npos, lexicon(), glosses(), pinyin());
  ASSERT_TRUE(city && type);
  EXPECT_NE(city->id, type->id);
}

TEST(CountedThingTest, EnglishWordsAfterTheNumber) {
  for (const EnglishCase& c : kEnglish) {
    const std::size_t end = c.text.find(c.number) + c.number.size();
    const auto thing = english_counted_thing(c.text, end, std::string_view::npos, lexicon());
    if (c.id.empty()) {
      EXPECT_FALSE(thing) << c.text;
      continue;
    }
    ASSERT_TRUE(thing) << c.text;
    EXPECT_EQ(thing->id, c.id) << c.text;
    EXPECT_EQ(thing->label_en, c.label_en) << c.text;
  }
}

struct DeterminerCase {
  std::string text;
  std::string number;
  bool determiner;
};

const std::vector<DeterminerCase> kDeterminers{
    {"某市西南的一个山村", "一", true},     {"于是大家组织了一个生产社", "一", true},
    {"它是在一条曲折的道路上", "一", true}, {"互助组当时就买了一部。", "一", false},
    {"共有一个合作社", "一", false},        {"有一百个工人", "一百", false},
};

TEST(CountedThingTest, OneBeforeACounterIsTheArticleUnlessCounted) {
  for (const DeterminerCase& c : kDeterminers) {
    const std::size_t at = c.text.find(c.number);
    EXPECT_EQ(is_chinese_determiner(c.text, at, at + c.number.size(), lexicon()), c.determiner)
        << c.text;
  }
}

struct RateCase {
  std::string text;
  std::string number;
  bool chinese;
  std::vector<std::string> per;
};

const std::vector<RateCase> kRates{
    {"工资是每人每日三斤小米", "三", true, {"person", "day"}},
    {"平均每月五十元", "五十", true, {"month"}},
    {"共三斤小米", "三", true, {}},
    {"a wage of 3 jin of millet per person per day", "3", false, {"person", "day"}},
};

TEST(CountedThingTest, RatesKeepTheirDenominators) {
  for (const RateCase& c : kRates) {
    const std::size_t at = c.text.find(c.number);
    EXPECT_EQ(
        rate_denominators(c.text, at, at + c.number.size(), c.chinese, lexicon().rate_denominators),
        c.per)
        << c.text;
  }
}

TEST(CountedThingTest, ThirtyCountersAfterANumberTakeBoundedWorkAndInventNothing) {
  std::string text = "三";
  for (int i = 0; i < 30; ++i)
    text += "个";
  const auto thing = chinese_counted_thing(text, 0, std::string("三").size(),
                                           std::string_view::npos, lexicon(), glosses(), pinyin());
  EXPECT_FALSE(thing);  // one counter is read, the next is no noun
}

}  // namespace
}  // namespace coopgraph::extract
