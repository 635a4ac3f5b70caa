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

}  // namespace
}  // namespace coopgraph::extract
