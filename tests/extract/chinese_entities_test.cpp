// The rules that find names in Chinese text, one table each: a sentence in, the entities it
// must give (type, Chinese label, English label, where it lies) and those it must not.
#include "extract/entities/chinese_entities.h"

#include <gtest/gtest.h>

#include <chrono>
#include <iostream>
#include <string>
#include <vector>

#include "extract/article/article_reader.h"
#include "extract/article_facts.h"

namespace coopgraph::extract {
namespace {

const ExtractionResources& resources() {
  static const auto loaded = ExtractionResources::load(default_data_dir());
  return *loaded;
}

ArticleFacts facts_of(const std::string& date, const std::string& body) {
  const std::string content = "Title:\nDate: " + date +
                              "\nPage: 2\n\n<hr />\nOriginal:\n### 标题\n\n" + date +
                              "\n第2版()\n专栏：\n    " + body + "\n";
  return extract_facts(parse_article(content, "test.txt"), resources());
}

// "type|label_zh|label_en|located_in label_en": what a test says of an entity; empty parts
// are not compared.
struct Expected {
  std::string type;
  std::string label_zh;
  std::string label_en;
  std::string located_in;  // English label of the place it lies in
};

const Entity* find_by_zh(const ArticleFacts& facts, const std::string& label_zh) {
  for (const Entity& entity : facts.entities) {
    if (entity.label_zh == label_zh) return &entity;
  }
  return nullptr;
}

std::string listing(const ArticleFacts& facts) {
  std::string out;
  for (const Entity& entity : facts.entities) {
    if (entity.type == EntityType::kTrade) continue;
    out += std::string(entity_type_name(entity.type)) + " " + entity.label_zh + " (" +
           entity.label_en + ") in " + entity.located_in.text() + "\n";
  }
  return out;
}

struct EntityCase {
  const char* date;
  const char* sentence;
  std::vector<Expected> found;
  std::vector<std::string> not_found;  // Chinese labels no entity may have
};

void check(const std::vector<EntityCase>& cases) {
  for (const EntityCase& c : cases) {
    const ArticleFacts facts = facts_of(c.date, c.sentence);
    for (const Expected& expected : c.found) {
      const Entity* entity = find_by_zh(facts, expected.label_zh);
      if (entity == nullptr) {
        ADD_FAILURE() << c.sentence << "\nmissing " << expected.label_zh << "\nfound:\n"
                      << listing(facts);
        continue;
      }
      EXPECT_EQ(entity_type_name(entity->type), expected.type) << c.sentence;
      if (!expected.label_en.empty()) {
        EXPECT_EQ(entity->label_en, expected.label_en) << c.sentence;
      }
      if (!expected.located_in.empty()) {
        const Entity* place = facts.entity(entity->located_in);
        EXPECT_EQ(place != nullptr ? place->label_en : entity->located_in.text(),
                  expected.located_in)
            << c.sentence << " " << expected.label_zh;
      }
    }
    for (const std::string& label : c.not_found) {
      EXPECT_EQ(find_by_zh(facts, label), nullptr)
          << c.sentence << "\ninvented " << label << "\nfound:\n"
          << listing(facts);
    }
  }
}

TEST(ChineseEntitiesTest, NamesMatchWholeWordsOnly) {
  check({
      // 的农村 "of the countryside" is no village 的农.
      {"1954-05-01",
       "山西阳泉市的农村手工业发展很快。",
       {{"city", "阳泉市", "", ""}},
       {"的农村", "的农"}},
      // A county whose name is a common word (互助 "mutual aid") is that word inside 互助组.
      {"1954-05-01", "农民组织了互助组和农业生产合作社。", {}, {"互助", "互助县"}},
      // A direction after a place is a direction, not the South-West region.
      {"1954-05-01",
       "阳泉市西南的一个山村有一个铁业生产合作社。",
       {{"city", "阳泉市", "", ""}},
       {"西南", "西南区", "山村"}},
      // With its level word the region is the region.
      {"1954-05-01", "西南区手工业生产合作社发展很快。", {{"region", "西南区", "", ""}}, {}},
  });
}

TEST(ChineseEntitiesTest, ACooperativeNameTakesTheLongestTradeWordAndThePlaceBeforeIt) {
  check({
      // Seed 004: 布鞋 (cloth shoes) is one trade word; 鞋 alone left 成都市布 out of the name.
      {"1954-06-22",
       "如成都市布鞋生产合作社现在平均月产量比去年提高了百分之十六点四。",
       {{"production-cooperative", "成都市布鞋生产合作社", "", "Chengdu City"}},
       {"鞋生产合作社"}},
      {"1958-01-09",
       "昌化县铁业社先后派出五十二个有生产经验的社员。",
       {{"production-cooperative", "昌化县铁业社", "", "Changhua County"}},
       {}},
  });
}

TEST(ChineseEntitiesTest, TheLevelWordAfterAListSaysWhatItsNamesAre) {
  check({
      // 绍兴 alone would be the city; 等…县 makes every name of the list a county.
      {"1958-01-09",
       "兰溪、义乌、绍兴、嵊县等十多个县的手工业社社员下了水库工地。",
       {{"county", "绍兴县", "Shaoxing County", ""}, {"county", "义乌县", "", ""}},
       {}},
  });
}

TEST(ChineseEntitiesTest, ProvincesCarryTheirOwnEnglishNames) {
  check({
      {"1954-05-01",
       "陕西省和山西省的手工业生产合作社都有发展。",
       {{"province", "陕西省", "Shaanxi Province", ""},
        {"province", "山西省", "Shanxi Province", ""}},
       {}},
  });
}

TEST(ChineseEntitiesTest, PlacesBelowTheCountyAndTheirCooperatives) {
  check({
      // A name right after a city, before a trade and a cooperative: a village of the city.
      {"1952-09-08",
       "山西阳泉市任家峪（共三百户）铁业生产合作社在去年九月成立。",
       {{"village", "任家峪", "Renjiayu", "Yangquan City"},
        {"production-cooperative", "任家峪铁业生产合作社", "", "Renjiayu"}},
       {"（共三百户）铁业生产合作社"}},
      // One suffix shared by a list of as many places as the number says.
      {"1958-01-09",
       "汤溪县城关、罗埠、古方、洋埠四个篾业社派出了五十个社员。",
       {{"production-cooperative", "城关篾业社", "", "Tangxi County"},
        {"production-cooperative", "罗埠篾业社", "", "Luobu"},
        {"production-cooperative", "洋埠篾业社", "", "Yangbu"},
        {"village", "古方", "Gufang", "Tangxi County"}},
       {"四个篾业社"}},
      // Between a place and a cooperative, a phrase is no village (济南、潍县等地的…).
      {"1953-12-16",
       "济南、青岛、潍县等地的手工业生产合作社已经发展起来。",
       {},
       {"地的", "等地的"}},
      {"1955-07-12", "辽宁省沈阳市的手工业生产合作社今年发展很快。", {}, {"市的", "阳市的"}},
      // Named again by its trade alone, it is the same cooperative, in the same village.
      {"1952-09-08",
       "阳泉市任家峪铁业生产合作社成立了。由于全体社员的努力，铁业生产社日益壮大。",
       {{"production-cooperative", "任家峪铁业生产合作社", "", "Renjiayu"}},
       {"铁业生产社"}},
      // The number and the list disagree: no cooperative is made up.
      {"1958-01-09", "汤溪县罗埠、古方三个篾业社派出了社员。", {}, {"罗埠篾业社", "古方篾业社"}},
      // Villages and market towns with their level word.
      {"1955-04-01",
       "浙江兰溪县马涧镇和三都村的手工业者都组织起来了。",
       {{"village", "马涧镇", "Majian", "Lanxi County"}, {"village", "三都村", "", ""}},
       {}},
      {"1955-04-01", "这个村的农民到邻村去了，本乡的干部也来了。", {}, {"这个村", "邻村", "本乡"}},
      // A district of the county written right before it; 山区 is no district.
      {"1957-12-24",
       "江苏盐城县尚庄区八个木匠到山区去了。",
       {{"district", "尚庄区", "Shangzhuang", "Yancheng County"}},
       {"到山区", "山区"}},
  });
}

TEST(ChineseEntitiesTest, PeopleFromTheirSurnameGivenNameAndContext) {
  check({
      {"1954-05-01",
       "在共产党员张宝山、李德明等发起下，成立了铁业生产合作社。",
       {{"person", "张宝山", "Zhang Baoshan", ""}, {"person", "李德明", "Li Deming", ""}},
       {}},
      {"1954-01-31",
       "合作社理事会主任徐增魁说：“成立合作社以后，真是摸到了明路。”",
       {{"person", "徐增魁", "Xu Zengkui", ""}},
       {}},
      {"1957-12-24", "社员胥中华说：单干工资多。", {{"person", "胥中华", "Xu Zhonghua", ""}}, {}},
      {"1957-12-24",
       "那时社里有两个社员，一个叫陈德宽、一个叫谭贵宜。",
       {{"person", "陈德宽", "Chen Dekuan", ""}, {"person", "谭贵宜", "Tan Guiyi", ""}},
       {}},
      {"1957-12-24", "本报记者 文英", {{"person", "文英", "Wen Ying", ""}}, {}},
      {"1957-12-24", "王芳同志在会上讲了话。", {{"person", "王芳", "Wang Fang", ""}}, {}},
      // Surnames inside ordinary words are no people.
      {"1957-12-24",
       "社员们说，大家都很高兴；社员代表大会通过了方案。",
       {},
       {"社员们", "代表大", "高兴", "方案"}},
  });
}

TEST(ChineseEntitiesTest, BadInputIsReadInBoundedTimeWithoutInventedEntities) {
  // Characters the dictionary does not know, a name of 20 characters, a list of 200 items.
  std::string unknown;
  for (int i = 0; i < 3000; ++i)
    unknown += "\u9fa5";  // 龥: in no word
  std::string long_name = "社员";
  for (int i = 0; i < 20; ++i)
    long_name += "张";
  long_name += "说。";
  std::string list = "在共产党员";
  for (int i = 0; i < 200; ++i)
    list += std::string(i ? "、" : "") + "高兴";  // a surname starting an ordinary word
  list += "等发起下，";
  std::string villages;
  for (int i = 0; i < 200; ++i)
    villages += "罗埠、";
  villages += "古方二百个篾业社成立了。";
  const auto started = std::chrono::steady_clock::now();
  for (const std::string& body : {unknown, long_name, list, villages}) {
    const ArticleFacts facts = facts_of("1955-04-01", body);
    for (const Entity& entity : facts.entities) {
      EXPECT_NE(entity.type, EntityType::kPerson) << entity.label_zh;
      EXPECT_LE(entity.label_zh.size(), 60u) << entity.label_zh;
      EXPECT_NE(entity.label_zh, "罗埠篾业社");  // 201 places, not the 200 the number says
    }
  }
  // Not a timing assertion (they are flaky): the figure is printed for whoever runs it.
  std::cout << "bad input: "
            << std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count()
            << " s\n";
}

// The words translators put in a cooperative's name (trades.tsv name_en) give an alternative
// English label when they differ from the trade's label; none when they do not.
TEST(ChineseEntitiesTest, CooperativesHaveTheirTradesNameWordsAsAlternativeLabel) {
  struct Case {
    const char* sentence;
    const char* label_zh;
    std::vector<std::string> alt_labels_en;
  };
  const std::vector<Case> cases{
      {"河北定县铁业生产合作社发展很快。",
       "定县铁业生产合作社",
       {"Dingxian County Iron Production Cooperative"}},
      {"河北定县农具生产合作社发展很快。",
       "定县农具生产合作社",
       {"Dingxian County Farm Tool Production Cooperative"}},
      {"河北定县纺织生产合作社发展很快。", "定县纺织生产合作社", {}},
  };
  for (const Case& c : cases) {
    const ArticleFacts facts = facts_of("1954-03-13", c.sentence);
    const Entity* cooperative = find_by_zh(facts, c.label_zh);
    ASSERT_NE(cooperative, nullptr) << c.sentence << "\n" << listing(facts);
    EXPECT_EQ(cooperative->alt_labels_en, c.alt_labels_en) << c.sentence;
  }
}

}  // namespace
}  // namespace coopgraph::extract
