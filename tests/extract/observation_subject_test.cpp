// Whom a number is about, on whole Chinese-only articles: sentence in, expected subject and
// measure out. The places are from the gazetteer; the sentences are made up in the shape of
// real ones.
#include <gtest/gtest.h>

#include "extract/article/article_reader.h"
#include "extract/article_facts.h"

namespace coopgraph::extract {
namespace {

const ExtractionResources& resources() {
  static const auto loaded = ExtractionResources::load(default_data_dir());
  return *loaded;
}

struct SubjectCase {
  std::string name;
  std::string body;            // paragraphs of the original, one per line
  std::string value;           // the observation's value
  std::string about;           // expected subject key
  std::string measure_prefix;  // expected measure id, or its start for open measures
};

const std::vector<SubjectCase> kCases{
    // A count of counties is about the province, not the county named before.
    {"county_count",
     "黑龙江省肇东县合作社联合社准备了农具。据三十五个县的统计，已掌握货源的生产资料有一百三十八种"
     "。",
     "35", "place:heilongjiang", "county-count"},
    // 全专区: the whole special district the article names.
    {"whole_special_district",
     "江苏省徐州专区的供销合作社推广新犁。根据统计，全专区供应的双轮双铧犁有一百九十二部。", "192",
     "place:xuzhou-special-district", "count-"},
    // National figures are about the country.
    {"national", "全国共有手工业从业人员七百三十六万四千人。", "7364000", "place:china", ""},
    // 全省 with only a city of the province named: the city's province.
    {"province_of_the_city", "阳泉市的手工业合作社发展很快。全省共有四百三十六个手工业生产合作社。",
     "436", "place:shanxi", "cooperative-count"},
    // A number right after a list counts the list: about the place named before the list,
    // or the place its items lie in.
    {"list_after_a_place", "汤溪县城关、罗埠、古方、洋埠四个篾业社派出了五十个社员。", "4",
     "place:tangxi", ""},
    {"list_of_counties", "兰溪、汤溪、义乌、嵊县等十多个县的手工业社社员下水库工地。", "10",
     "place:zhejiang", "county-count"},
    // An example inside a sentence does not carry over to the next sentence.
    {"example_does_not_carry",
     "全省社员占手工业劳动者的百分之十六点五，其中最多的地区，如阳泉市已占百分之五十八。这些合作社"
     "共有股金九十七亿八千五百万元。",
     "9785000000", "place:shanxi", ""},
    // 该村 points back to the village named before, not the city around it.
    {"village_anaphor",
     "河北保定市王家庄铁业生产合作社发展很快。\n    "
     "该村在一九四九年就有六十个铁匠，以九盘铁炉为中心"
     "组织起来。",
     "60", "place:village/wangjiazhuang", "count-"},
    // Those who formed a cooperative are counted as its founders; 社里 is that cooperative; a
    // paragraph that names nothing is about the one cooperative the article names.
    {"founders", "一九五二年春天，河北定县七个木匠组织了一个农具生产社。", "7",
     "coop:place:dingxian/production-cooperative/farm-tools", ""},
    {"in_the_cooperative",
     "一九五二年春天，河北定县七个木匠组织了一个农具生产社。\n    当时社里很苦，五间破屋当工场。",
     "5", "coop:place:dingxian/production-cooperative/farm-tools", ""},
    {"sole_cooperative",
     "一九五二年春天，河北定县七个木匠组织了一个农具生产社。\n    打一把锄头本来应当用三斤铁。",
     "3", "coop:place:dingxian/production-cooperative/farm-tools", "quantity-"},
    // Two cooperatives named: nothing to fall back on but the place; 这个社员 is a member.
    {"two_cooperatives",
     "河北定县铁业生产合作社和木业生产合作社都很好。\n    "
     "打一把锄头本来应当用三斤铁，这个社员只用两斤。",
     "3", "place:dingxian", "quantity-"},
};

TEST(ObservationSubjectTest, NumbersAreAboutWhatTheSentenceSaysTheyAreAbout) {
  for (const SubjectCase& c : kCases) {
    const std::string content =
        "Title: \nDate: 1954-03-13\nPage: 2\n\n<hr />\n\nOriginal:\n\n### " + std::string("标题") +
        "\n\n    " + c.body + "\n";
    const ArticleFacts facts = extract_facts(parse_article(content, c.name + ".txt"), resources());
    const Observation* found = nullptr;
    for (const Observation& observation : facts.observations) {
      if (observation.value.to_string() == c.value) found = &observation;
    }
    ASSERT_NE(found, nullptr) << c.name;
    EXPECT_EQ(found->about.text(), c.about) << c.name;
    EXPECT_TRUE(found->measure.starts_with(c.measure_prefix)) << c.name << ": " << found->measure;
  }
}

}  // namespace
}  // namespace coopgraph::extract
