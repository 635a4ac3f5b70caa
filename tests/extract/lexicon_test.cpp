#include "extract/lexicon/lexicon.h"

#include <gtest/gtest.h>

#include "extract/resources.h"

namespace coopgraph::extract {
namespace {

Concept role(std::string id, std::string label_en, std::string label_zh) {
  Concept concept_;
  concept_.id = std::move(id);
  concept_.label_en = label_en;
  concept_.label_zh = label_zh;
  concept_.cues_en = {std::move(label_en)};
  concept_.cues_zh = {std::move(label_zh)};
  return concept_;
}

ConceptScheme scheme() {
  return ConceptScheme(
      {role("director", "director", "主任"), role("deputy-director", "deputy director", "副主任")});
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

TEST(CueIndexTest, FindsEveryOccurrenceOrderedByCueThenOffset) {
  const CueIndex index({"abc", "b", "bc", "", "cab"});
  std::vector<std::pair<std::size_t, std::size_t>> found;
  for (const CueOccurrence& occurrence : index.occurrences("abcabc"))
    found.emplace_back(occurrence.cue, occurrence.at);
  EXPECT_EQ(found, (std::vector<std::pair<std::size_t, std::size_t>>{
                       {0, 0}, {0, 3}, {1, 1}, {1, 4}, {2, 1}, {2, 4}, {4, 2}}));
  EXPECT_TRUE(index.occurrences("").empty());
}

TEST(LexiconTest, ResourcesForAnotherThreadShareTheDataButNotTheTransliterator) {
  const auto resources = ExtractionResources::load(default_data_dir());
  const auto other = resources->for_another_thread();
  EXPECT_EQ(&resources->gazetteer, &other->gazetteer);
  EXPECT_EQ(&resources->lexicon, &other->lexicon);
  EXPECT_NE(&resources->pinyin, &other->pinyin);
  EXPECT_EQ(other->pinyin.with_tones("阳泉"), resources->pinyin.with_tones("阳泉"));
}

}  // namespace
}  // namespace coopgraph::extract
