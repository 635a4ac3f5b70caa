// `check` reads quantifiers: "each" against 共 (in all), and 多 against no "more than".
#include "extract/align/quantifier_check.h"

#include <gtest/gtest.h>

#include "extract/resources.h"

namespace coopgraph::extract {
namespace {

const Lexicon& lexicon() {
  static const Lexicon loaded = Lexicon::load(default_data_dir() / "cues");
  return loaded;
}

struct QuantifierCase {
  std::string sentence;
  std::string number;
  bool chinese;
  Quantifier expected;
};

const std::vector<QuantifierCase> kQuantifiers{
    {"each special district selected twelve handicraft production cooperatives", "twelve", false,
     Quantifier::kEach},
    {"各专区共选择了十二个手工业生产合作社", "十二", true, Quantifier::kInAll},
    {"a total of 600 guests attended", "600", false, Quantifier::kInAll},
    {"每人三斤", "三", true, Quantifier::kEach},
    {"社员共有三百人，每月开会两次", "两", true, Quantifier::kEach},
    {"社员共有三百人，开会两次", "两", true, Quantifier::kNone},  // 共 is in another clause
    {"selected twelve cooperatives", "twelve", false, Quantifier::kNone},
};

TEST(QuantifierCheckTest, TheQuantifierBeforeTheNumberInItsClause) {
  for (const QuantifierCase& c : kQuantifiers) {
    const std::size_t at = c.sentence.find(c.number);
    EXPECT_EQ(quantifier_before(c.sentence, at, c.chinese, lexicon().quantifiers), c.expected)
        << c.sentence;
  }
}

struct MoreThanCase {
  std::string sentence;
  std::string number;
  bool chinese;
  bool more_than;
};

const std::vector<MoreThanCase> kMoreThan{
    {"五十四亿八千多万元", "五十四亿八千多万", true, true},
    {"二万三千余件", "二万三千", true, true},
    {"一千人以上", "一千", true, true},
    {"二万三千件", "二万三千", true, false},
    {"more than 23,000 baskets", "23,000", false, true},
    {"over 600 guests", "600", false, true},
    {"losing more than 23 million yuan", "more than 23 million", false, true},
    {"a total product value of 5.48 billion yuan", "5.48 billion", false, false},
};

TEST(QuantifierCheckTest, MoreThanOnEitherSide) {
  for (const MoreThanCase& c : kMoreThan) {
    const std::size_t at = c.sentence.find(c.number);
    EXPECT_EQ(says_more_than(c.sentence, at, at + c.number.size(), c.chinese), c.more_than)
        << c.sentence;
  }
}

Evidence evidence(Language language, const std::string& sentence, const std::string& number) {
  Evidence e;
  e.language = language;
  e.sentence = sentence;
  e.sentence_span = {100, 100 + sentence.size()};
  const std::size_t at = sentence.find(number);
  e.span = {100 + at, 100 + at + number.size()};
  return e;
}

TEST(QuantifierCheckTest, EachAgainstInAllIsADisagreement) {
  ArticleFacts facts;
  Observation observation;
  observation.original_text = "十二";
  observation.english =
      evidence(Language::kEnglish, "each special district selected twelve cooperatives", "twelve");
  observation.chinese = evidence(Language::kChinese, "各专区共选择了十二个合作社", "十二");
  facts.observations.push_back(observation);
  add_quantifier_disagreements(facts, lexicon().quantifiers);
  ASSERT_EQ(facts.disagreements.size(), 1u);
  EXPECT_EQ(facts.disagreements[0].kind, "quantifier");
}

TEST(QuantifierCheckTest, MoreThanInOneTextOnlyIsReportedOnce) {
  ArticleFacts facts;
  Observation observation;
  observation.original_text = "五十四亿八千多万元";
  observation.english =
      evidence(Language::kEnglish, "a total product value of 5.48 billion yuan", "5.48 billion");
  observation.chinese =
      evidence(Language::kChinese, "产品总值五十四亿八千多万元", "五十四亿八千多万");
  facts.observations.push_back(observation);
  add_quantifier_disagreements(facts, lexicon().quantifiers);
  ASSERT_EQ(facts.disagreements.size(), 1u);
  EXPECT_EQ(facts.disagreements[0].kind, "lower-bound");
  add_quantifier_disagreements(facts, lexicon().quantifiers);
  EXPECT_EQ(facts.disagreements.size(), 1u);  // already reported
}

}  // namespace
}  // namespace coopgraph::extract
