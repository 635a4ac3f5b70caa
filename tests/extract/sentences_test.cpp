#include "extract/text/sentences.h"

#include <gtest/gtest.h>

namespace coopgraph::extract {
namespace {

std::vector<Sentence> sentences_of(const std::string& text, Script script) {
  const auto lines = split_lines(text);
  return split_sentences(split_paragraphs(lines, script), script);
}

TEST(SentencesTest, EnglishEndsAtFullStopsBeforeCapitals) {
  const auto sentences = sentences_of(
      "Costs fell by 16.6 percent. Mr. Wang said so. The end came in No. 4 shop. It grew.",
      Script::kLatin);
  ASSERT_EQ(sentences.size(), 4u);
  EXPECT_EQ(sentences[0].text, "Costs fell by 16.6 percent.");
  EXPECT_EQ(sentences[1].text, "Mr. Wang said so.");
  EXPECT_EQ(sentences[2].text, "The end came in No. 4 shop.");
  EXPECT_EQ(sentences[2].span.begin, 46u);
}

TEST(SentencesTest, ChineseEndsAfterTheFullStopAndItsClosingQuote) {
  const auto sentences =
      sentences_of("    他说：“产量提高了。”次品减少；成本降低。\n", Script::kHan);
  ASSERT_EQ(sentences.size(), 2u);
  EXPECT_EQ(sentences[0].text, "他说：“产量提高了。”");
  EXPECT_EQ(sentences[1].text, "次品减少；成本降低。");
  EXPECT_EQ(sentences[0].line, 1u);
}

TEST(SentencesTest, SpansFollowWrappedLines) {
  const std::string text = "One sentence\ncontinues here. Another\nstarts.\n";
  const auto sentences = sentences_of(text, Script::kLatin);
  ASSERT_EQ(sentences.size(), 2u);
  EXPECT_EQ(sentences[1].text, "Another starts.");
  EXPECT_EQ(text.substr(sentences[1].span.begin, sentences[1].span.end - sentences[1].span.begin),
            "Another\nstarts.");
  EXPECT_EQ(sentences[1].line, 2u);
}

}  // namespace
}  // namespace coopgraph::extract
