#include "extract/lexicon/lexicon.h"

#include <gtest/gtest.h>

#include "extract/resources.h"

namespace coopgraph::extract {
namespace {

ConceptScheme scheme() {
  Concept director{"director", "director", "主任", "",           "",      "",
                   "",         "",         false,  {"director"}, {"主任"}};
  Concept deputy{"deputy-director",   "deputy director", "副主任", "", "", "", "", "", false,
                 {"deputy director"}, {"副主任"}};
  return ConceptScheme({director, deputy});
}

TEST(LexiconTest, LongestCueWinsAndEnglishMatchesWholeWords) {
  const ConceptScheme roles = scheme();
  const auto chinese = roles.find_cues("副主任邓洁和主任", true);
  ASSERT_EQ(chinese.size(), 2u);
  EXPECT_EQ(chinese[0].concept_->id, "deputy-director");
  EXPECT_EQ(chinese[1].concept_->id, "director");
  const auto english = roles.find_cues("Deng Jie, Deputy Director; directors", false);
  ASSERT_EQ(english.size(), 1u);  // "directors" is another word
  EXPECT_EQ(english[0].concept_->id, "deputy-director");
  EXPECT_EQ(english[0].begin, 10u);
}

TEST(LexiconTest, TheBundledVocabulariesLoad) {
  const Lexicon lexicon = Lexicon::load(default_data_dir() / "cues");
  EXPECT_GE(lexicon.trades.concepts().size(), 40u);
  ASSERT_NE(lexicon.measures.find("defect-rate"), nullptr);
  EXPECT_EQ(lexicon.measures.find("member-count")->count_unit, "person");
  ASSERT_NE(lexicon.units.find("yuan"), nullptr);
  ASSERT_NE(lexicon.roles.find("expert"), nullptr);
  EXPECT_TRUE(lexicon.roles.find("expert")->precedes_name);
  EXPECT_FALSE(lexicon.qualifiers.find_cues("预计六月底可以完成", true).empty());
}

}  // namespace
}  // namespace coopgraph::extract
