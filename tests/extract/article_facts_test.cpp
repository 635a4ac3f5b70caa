// Extraction on small articles written for the test: each finder's rules, one at a time,
// in Chinese alone, in English alone, and in both.
#include "extract/article_facts.h"

#include <gtest/gtest.h>

#include "extract/article/article_reader.h"
#include "extract/observations/observation_finder.h"
#include "tests/extract/entity_lookup.h"

namespace coopgraph::extract {
namespace {

const ExtractionResources& resources() {
  static const auto loaded = ExtractionResources::load(default_data_dir());
  return *loaded;
}

std::string chinese_article(const std::string& date, const std::string& title,
                            const std::string& body) {
  return "Title:\nDate: " + date + "\nPage: 2\n\n<hr />\nOriginal:\n### " + title + "\n\n" + date +
         "\n第2版()\n专栏：\n    " + body + "\n";
}

ArticleFacts facts_of(const std::string& content) {
  return extract_facts(parse_article(content, "test.txt"), resources());
}

const Observation* find(const ArticleFacts& facts, const std::string& value) {
  for (const Observation& observation : facts.observations) {
    if (observation.value.to_string() == value) return &observation;
  }
  return nullptr;
}

TEST(ArticleFactsTest, ChineseCooperativeWithPlaceOrdinalAndTrade) {
  const auto facts = facts_of(chinese_article("1955-06-10", "保定市手工业生产合作社整顿有成绩",
                                              "河北省保定市第三铁器生产合作社今年一月份到四月份盈余"
                                              "三万多元，次品率由百分之十二降低到百分之五。"));
  const Entity* cooperative =
      entity_with_key(facts, "coop:place:baoding/production-cooperative/3/ironware");
  ASSERT_NE(cooperative, nullptr) << facts.entities.size();
  EXPECT_EQ(cooperative->label_zh, "保定市第三铁器生产合作社");
  EXPECT_EQ(cooperative->label_en, "Baoding Third Ironware Production Cooperative");
  EXPECT_EQ(cooperative->located_in.text(), "place:baoding");
  const Entity* city = entity_with_key(facts, "place:baoding");
  ASSERT_NE(city, nullptr);
  EXPECT_EQ(city->located_in.text(), "place:hebei");

  const Observation* surplus = find(facts, "30000");
  ASSERT_NE(surplus, nullptr);
  EXPECT_EQ(surplus->measure, "surplus");
  EXPECT_EQ(surplus->about, cooperative->key);
  EXPECT_TRUE(surplus->lower_bound);
  ASSERT_TRUE(surplus->value_new_yuan);
  EXPECT_EQ(surplus->value_new_yuan->to_string(), "30000");  // new yuan after 1955-03-01
  ASSERT_TRUE(surplus->period);
  EXPECT_EQ(surplus->period->start.iso(), "1955-01-01");
  EXPECT_EQ(surplus->period->end.iso(), "1955-04-30");
  ASSERT_TRUE(surplus->chinese);
  EXPECT_FALSE(surplus->english);

  const Observation* before = find(facts, "12");
  const Observation* after = find(facts, "5");
  ASSERT_NE(before, nullptr);
  ASSERT_NE(after, nullptr);
  EXPECT_EQ(before->measure, "defect-rate");
  EXPECT_EQ(before->qualifier, ObservationQualifier::kBefore);
  EXPECT_EQ(after->qualifier, ObservationQualifier::kAfter);
}

TEST(ArticleFactsTest, PlansEstimatesAndTheWholeProvince) {
  const auto facts =
      facts_of(chinese_article("1956-03-01", "湖南省手工业合作化",
                               "湖南省今年手工业总产值应比一九五五年增加百分之六十。预计全省整顿工"
                               "作六月底可以完成，全省已有手工业生产合作社四百二十个。"));
  const Observation* plan = find(facts, "60");
  ASSERT_NE(plan, nullptr);
  EXPECT_EQ(plan->status, ObservationStatus::kPlan);
  EXPECT_EQ(plan->qualifier, ObservationQualifier::kRelativeChange);
  EXPECT_EQ(plan->measure, "output-value");
  const Observation* count = find(facts, "420");
  ASSERT_NE(count, nullptr);
  EXPECT_EQ(count->about.text(), "place:hunan");
  EXPECT_EQ(count->measure, "cooperative-count");
  EXPECT_EQ(count->unit, "cooperative");
}

// A plan or estimate cue outside the number's clause counts only when it opens the sentence:
// "It is estimated that ..." does, "Its estimated ..." does not (the words before the cue are a
// prefix, not a set of letters).
TEST(ArticleFactsTest, EstimateCueOpeningTheSentence) {
  struct Case {
    std::string sentence;
    std::string value;
    ObservationStatus status;
  };
  const std::vector<Case> cases{
      {"It is estimated that, this year, the county will have 120 cooperatives.", "120",
       ObservationStatus::kEstimate},
      {"Its estimated share was small, but this year the county has 130 cooperatives.", "130",
       ObservationStatus::kAchieved},
      {"Is it estimated? This year the county has 140 cooperatives.", "140",
       ObservationStatus::kAchieved},
  };
  for (const Case& c : cases) {
    const auto facts =
        facts_of("Title: County Cooperatives\nDate: 1956-05-04\nPage: 2\n\n" + c.sentence + "\n");
    const Observation* observation = find(facts, c.value);
    ASSERT_NE(observation, nullptr) << c.sentence;
    EXPECT_EQ(observation->status, c.status) << c.sentence;
  }
}

TEST(ArticleFactsTest, OldYuanBeforeTheRedenomination) {
  EXPECT_EQ(in_new_yuan(Decimal::from_int(23000000), {1954, 11, 20})->to_string(), "2300");
  EXPECT_EQ(in_new_yuan(Decimal::from_int(23000000), {1955, 2, 28})->to_string(), "2300");
  EXPECT_EQ(in_new_yuan(Decimal::from_int(50), {1955, 3, 1})->to_string(), "50");
}

TEST(ArticleFactsTest, EnglishOnlyArticle) {
  const auto facts = facts_of(
      "Title: Wuxi Cooperatives Grow\nDate: 1956-05-04\nPage: 2\n\n"
      "The Wuxi City Second Knitting Production Cooperative, in Jiangsu Province, reduced its "
      "defective rate from 12% to 3.5% in the first quarter. Its output increased by 40%.\n");
  const Entity* cooperative =
      entity_with_key(facts, "coop:place:wuxi/production-cooperative/2/knitting");
  ASSERT_NE(cooperative, nullptr);
  EXPECT_EQ(cooperative->label_en, "Wuxi City Second Knitting Production Cooperative");
  const Observation* after = find(facts, "3.5");
  ASSERT_NE(after, nullptr);
  EXPECT_EQ(after->qualifier, ObservationQualifier::kAfter);
  EXPECT_EQ(after->about, cooperative->key);
  ASSERT_TRUE(after->period);
  EXPECT_EQ(after->period->end.iso(), "1956-03-31");
  const Observation* change = find(facts, "40");
  ASSERT_NE(change, nullptr);
  EXPECT_EQ(change->qualifier, ObservationQualifier::kRelativeChange);
  EXPECT_EQ(change->about, cooperative->key);  // "Its": the cooperative of the sentence before
}

TEST(ArticleFactsTest, BilingualNumbersMeetAndDisagreementsAreReported) {
  const std::string content =
      "Title: Chongqing County Bamboo Cooperative\nDate: 1956-08-01\nPage: 2\n\n"
      "The Chongqing County Bamboo Weaving Production Cooperative in Sichuan Province made more "
      "than 23,000 baskets this year, and its members' income increased by 30%.\n\n<hr />\n\n"
      "Original:\n\n### 崇庆县竹编生产合作社\n\n1956-08-01\n第2版()\n专栏：\n\n"
      "    四川省崇庆县竹编生产合作社今年生产了二万三千件竹器，社员收入增加了百分之三十五。\n";
  const auto facts = facts_of(content);
  const Observation* baskets = find(facts, "23000");
  ASSERT_NE(baskets, nullptr);
  EXPECT_TRUE(baskets->english && baskets->chinese);
  // 崇庆县 is Chongqing County, not the city of Chongqing (重庆).
  EXPECT_NE(entity_with_key(facts, "place:chongqing-county"), nullptr);
  EXPECT_EQ(entity_with_key(facts, "place:chongqing"), nullptr);
  auto has = [&](const std::string& kind) {
    return std::any_of(facts.disagreements.begin(), facts.disagreements.end(),
                       [&](const Disagreement& d) { return d.kind == kind; });
  };
  EXPECT_TRUE(has("lower-bound"));             // more than 23,000 / 二万三千
  EXPECT_TRUE(has("number-only-in-english"));  // 30% / 百分之三十五
  EXPECT_TRUE(has("number-only-in-chinese"));
}

}  // namespace
}  // namespace coopgraph::extract
