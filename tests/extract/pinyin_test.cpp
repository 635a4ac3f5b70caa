#include "extract/text/pinyin.h"

#include <gtest/gtest.h>

#include "extract/align/language_merge.h"
#include "extract/entities/entity_labels.h"

namespace coopgraph::extract {
namespace {

TEST(PinyinTest, TransliteratesHanToPinyin) {
  const PinyinTransliterator pinyin;
  EXPECT_EQ(pinyin.with_tones("阳泉"), "yáng quán");
  EXPECT_EQ(pinyin.toneless("阳泉"), "yang quan");
  EXPECT_EQ(pinyin.compact("阳泉市"), "yangquanshi");
  EXPECT_EQ(compact_latin("Yang-quan"), "yangquan");
  EXPECT_EQ(person_label_en("滕春风", pinyin), "Teng Chunfeng");
  EXPECT_EQ(person_label_en("邓洁", pinyin), "Deng Jie");
}

TEST(PinyinTest, RomanisationsThatDifferByAPolyphoneStillMeet) {
  const PinyinTransliterator pinyin;
  // ICU reads 都 as dōu; the translator wrote dū: one edit apart.
  EXPECT_LE(bounded_edit_distance("sanducun", pinyin.compact("三都村"), 1), 1u);
  EXPECT_GT(bounded_edit_distance("kunming", "guiyang", 2), 2u);
  EXPECT_EQ(bounded_edit_distance("", "abc", 5), 3u);
}

TEST(PinyinTest, ACloneAndARepeatedCallGiveTheSameAnswers) {
  const PinyinTransliterator pinyin;
  const auto clone = pinyin.clone();
  for (int round = 0; round < 2; ++round) {
    EXPECT_EQ(pinyin.with_tones("阳泉"), "yáng quán");
    EXPECT_EQ(clone->with_tones("阳泉"), "yáng quán");
    EXPECT_EQ(clone->toneless("阳泉"), "yang quan");
    EXPECT_EQ(clone->compact("阳泉市"), "yangquanshi");
  }
}

TEST(BoundedMemoTest, ComputesEachKeyOnceAndEmptiesWhenFull) {
  BoundedMemo memo(2);
  int calls = 0;
  auto exclaim = [&](std::string_view key) {
    ++calls;
    return std::string(key) + "!";
  };
  EXPECT_EQ(memo.get("a", exclaim), "a!");
  EXPECT_EQ(memo.get("a", exclaim), "a!");
  EXPECT_EQ(calls, 1);
  memo.get("b", exclaim);
  memo.get("c", exclaim);  // full: emptied before c goes in
  EXPECT_EQ(memo.get("a", exclaim), "a!");
  EXPECT_EQ(calls, 4);
}

}  // namespace
}  // namespace coopgraph::extract
