// Golden tests: extraction on the five seed articles and on the nine unseen test articles
// (English only, Chinese only, bilingual) against hand-made answer keys. The floors sit
// just under what the extractors reach today, so that a change that loses facts fails
// with the list of what it lost; coopgraph_evaluate prints the full figures.
#include <gtest/gtest.h>

#include "extract/article/article_reader.h"
#include "extract/article_facts.h"
#include "tests/extract/entity_lookup.h"
#include "tests/golden/evaluation.h"
#include "tests/test_support.h"

namespace coopgraph::testing {
namespace {

const extract::ExtractionResources& resources() {
  static const auto loaded = extract::ExtractionResources::load(extract::default_data_dir());
  return *loaded;
}

std::string misses_of(const std::vector<ArticleScore>& scores) {
  std::string text;
  for (const ArticleScore& score : scores) {
    for (const std::string& miss : score.score.misses) {
      text += score.article.filename().string() + ": " + miss + "\n";
    }
  }
  return text;
}

Score total(const std::vector<ArticleScore>& scores) {
  Score sum;
  for (const ArticleScore& score : scores)
    sum.add(score.score);
  return sum;
}

TEST(GoldenTest, SeedArticlesYieldTheirPlacesCooperativesAndNumbers) {
  const auto scores = evaluate_folder(test_data_dir() / "golden", corpus_dir(), resources());
  ASSERT_EQ(scores.size(), 5u);
  const Score score = total(scores);
  for (const char* type : {"province", "city", "county", "region", "special-district",
                           "production-cooperative", "federation", "person"}) {
    EXPECT_GE(score.entities.at(type).recall(), 0.99) << type << "\n" << misses_of(scores);
  }
  EXPECT_GE(score.entities.at("organisation").recall(), 0.6) << misses_of(scores);
  EXPECT_GE(score.entities.at("event").recall(), 0.9) << misses_of(scores);
  EXPECT_GE(score.observations.recall(), 0.88) << misses_of(scores);
  EXPECT_GE(score.observations.precision(), 0.9);
  EXPECT_GE(score.observation_values.recall(), 0.95) << misses_of(scores);
}

TEST(GoldenTest, UnseenArticlesInEveryLanguageMix) {
  const auto scores =
      evaluate_folder(test_data_dir() / "unseen", test_data_dir() / "unseen", resources());
  ASSERT_EQ(scores.size(), 9u);
  std::map<std::string, Score> by_languages;
  for (const ArticleScore& score : scores)
    by_languages[score.languages].add(score.score);
  ASSERT_EQ(by_languages.size(), 3u);  // en, zh and en+zh
  for (const auto& [languages, score] : by_languages) {
    EXPECT_GE(score.entities.at("city").recall(), 0.99) << languages << "\n" << misses_of(scores);
    EXPECT_GE(score.entities.at("production-cooperative").recall(), 0.85) << languages;
    EXPECT_GE(score.observation_values.recall(), 0.85) << languages << "\n" << misses_of(scores);
    EXPECT_GE(score.observations.recall(), 0.6) << languages << "\n" << misses_of(scores);
  }
}

// What the seeds must yield, fact by fact: the figures a historian would quote.
class SeedFactsTest : public ::testing::Test {
 protected:
  extract::ArticleFacts facts_of(const std::string& file) {
    return extract::extract_facts(extract::read_article(corpus_dir() / file), resources());
  }
  static const extract::Observation* find(const extract::ArticleFacts& facts,
                                          const std::string& measure, const std::string& value) {
    for (const auto& observation : facts.observations) {
      if (observation.measure == measure && observation.value.to_string() == value)
        return &observation;
    }
    return nullptr;
  }
};

TEST_F(SeedFactsTest, YangquanLossSurplusAndDefectRates) {
  const auto facts = facts_of("000_4b03183e8eb21113.txt");
  const extract::Entity* city = entity_with_key(facts, "place:yangquan");
  ASSERT_NE(city, nullptr);
  EXPECT_EQ(city->located_in.text(), "place:shanxi");
  EXPECT_EQ(city->label_zh, "阳泉市");
  EXPECT_EQ(city->pinyin, "Yángquán Shì");

  const auto* loss = find(facts, "loss", "23000000");
  ASSERT_NE(loss, nullptr);
  EXPECT_TRUE(loss->lower_bound);
  EXPECT_EQ(loss->unit, "yuan");
  ASSERT_TRUE(loss->value_new_yuan);
  EXPECT_EQ(loss->value_new_yuan->to_string(), "2300");  // old yuan before 1955-03-01
  ASSERT_TRUE(loss->period);
  EXPECT_EQ(loss->period->start.iso(), "1954-01-01");
  EXPECT_EQ(loss->period->end.iso(), "1954-02-28");
  ASSERT_TRUE(loss->english && loss->chinese);  // the same fact in both languages
  EXPECT_NE(loss->chinese->sentence.find("二千三百多万元"), std::string::npos);
  EXPECT_NE(loss->english->sentence.find("23 million yuan"), std::string::npos);
  const extract::Entity* cooperative = facts.entity(loss->about);
  ASSERT_NE(cooperative, nullptr);
  EXPECT_EQ(cooperative->label_zh, "三都村铁业生产合作社");
  EXPECT_EQ(cooperative->type, extract::EntityType::kProductionCooperative);

  const auto* before = find(facts, "defect-rate", "15");
  const auto* after = find(facts, "defect-rate", "9");
  ASSERT_NE(before, nullptr);
  ASSERT_NE(after, nullptr);
  EXPECT_EQ(before->qualifier, extract::ObservationQualifier::kBefore);
  EXPECT_EQ(after->qualifier, extract::ObservationQualifier::kAfter);
  EXPECT_EQ(after->about, loss->about);
  ASSERT_TRUE(after->period);
  EXPECT_EQ(after->period->start.iso(), "1954-04-01");
}

TEST_F(SeedFactsTest, HubeiRelativeChangesAndTheWholeProvince) {
  const auto facts = facts_of("001_256b4ad3e2a45884.txt");
  const auto* cost = find(facts, "cost", "-16.6");
  ASSERT_NE(cost, nullptr);
  EXPECT_EQ(cost->qualifier, extract::ObservationQualifier::kRelativeChange);
  EXPECT_EQ(cost->unit, "percent");
  const auto* output = find(facts, "output", "72");
  ASSERT_NE(output, nullptr);
  EXPECT_EQ(output->status, extract::ObservationStatus::kAchieved);  // "要求退社" plans nothing
  const auto* groups = find(facts, "production-group-count", "537");
  ASSERT_NE(groups, nullptr);
  EXPECT_EQ(groups->about.text(), "place:hubei");  // 全省各地共新建了...
  ASSERT_TRUE(groups->period);
  EXPECT_EQ(groups->period->end.iso(), "1954-03-31");  // the first quarter
  const extract::Entity* author = entity_with_key(facts, "person:tengchunfeng");
  ASSERT_NE(author, nullptr);
  EXPECT_EQ(author->label_en, "Teng Chunfeng");
  EXPECT_EQ(author->label_zh, "滕春风");
}

TEST_F(SeedFactsTest, KunmingMilesAgainstLiIsADisagreement) {
  const auto facts = facts_of("002_f592bbf81e8bb96a.txt");
  const bool reported =
      std::any_of(facts.disagreements.begin(), facts.disagreements.end(),
                  [](const extract::Disagreement& disagreement) {
                    return disagreement.kind == "unit" &&
                           disagreement.description.find("mile") != std::string::npos &&
                           disagreement.description.find("li") != std::string::npos;
                  });
  EXPECT_TRUE(reported);
  const auto* wage_after = find(facts, "wage", "50");
  ASSERT_NE(wage_after, nullptr);
  EXPECT_TRUE(wage_after->lower_bound);
  ASSERT_TRUE(wage_after->value_new_yuan);
  EXPECT_EQ(wage_after->value_new_yuan->to_string(), "50");  // new yuan in 1957
}

TEST_F(SeedFactsTest, BeijingPeopleAndTheirPosts) {
  const auto facts = facts_of("003_9d60c725edb59898.txt");
  const auto* members_plan = find(facts, "new-member-growth", "98");
  ASSERT_NE(members_plan, nullptr);
  EXPECT_EQ(members_plan->status, extract::ObservationStatus::kPlan);  // 应比一九五三年增加
  const extract::Entity* deng = entity_with_key(facts, "person:dengjie");
  ASSERT_NE(deng, nullptr);
  EXPECT_EQ(deng->label_zh, "邓洁");
  EXPECT_EQ(deng->label_en, "Deng Jie");
  EXPECT_EQ(deng->kind, "deputy-director");
  EXPECT_FALSE(deng->affiliation.empty());
  const bool expert =
      std::any_of(facts.entities.begin(), facts.entities.end(), [](const auto& entity) {
        return entity.type == extract::EntityType::kPerson && entity.kind == "expert" &&
               entity.label_zh == "日诺比斯夫" && entity.label_en == "Zhinobisev";
      });
  EXPECT_TRUE(expert);
}

TEST_F(SeedFactsTest, SouthwestLowerBoundInOneLanguageOnly) {
  const auto facts = facts_of("004_c4c809410bd4e801.txt");
  const bool reported = std::any_of(
      facts.disagreements.begin(), facts.disagreements.end(),
      [](const extract::Disagreement& disagreement) {
        return disagreement.kind == "lower-bound" && disagreement.chinese &&
               disagreement.chinese->sentence.find("五十四亿八千多万") != std::string::npos;
      });
  EXPECT_TRUE(reported);
  const extract::Entity* wanxian = entity_with_key(facts, "place:wanxian-special-district");
  ASSERT_NE(wanxian, nullptr);
  EXPECT_EQ(wanxian->located_in.text(), "place:sichuan");
  const extract::Entity* chongqing = entity_with_key(facts, "place:chongqing");
  ASSERT_NE(chongqing, nullptr);
  EXPECT_EQ(chongqing->located_in.text(), "place:southwest");  // centrally administered in 1954
}

}  // namespace
}  // namespace coopgraph::testing
