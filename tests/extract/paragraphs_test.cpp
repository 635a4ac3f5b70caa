#include "extract/article/paragraphs.h"

#include <gtest/gtest.h>

namespace coopgraph::extract {
namespace {

std::vector<Paragraph> paragraphs_of(std::string_view text, Script script) {
  const auto lines = split_lines(text);
  return split_paragraphs(lines, script);
}

TEST(ParagraphsTest, BlankLinesAndIndentsStartParagraphs) {
  const auto english = paragraphs_of("One\ncontinues.\n\nTwo.\n\tThree.\n", Script::kLatin);
  ASSERT_EQ(english.size(), 3u);
  EXPECT_EQ(english[0].text, "One continues.");
  EXPECT_EQ(english[0].span.begin, 0u);
  EXPECT_EQ(english[0].span.end, 14u);
  EXPECT_EQ(english[2].text, "Three.");
  EXPECT_EQ(english[2].line, 5u);
}

TEST(ParagraphsTest, ChineseLinesJoinWithoutSpaces) {
  const auto chinese = paragraphs_of("    第一段\n接着写。\n    第二段。\n", Script::kHan);
  ASSERT_EQ(chinese.size(), 2u);
  EXPECT_EQ(chinese[0].text, "第一段接着写。");
}

TEST(ParagraphsTest, DropsEachPartOfATwoPartHeadline) {
  auto paragraphs = paragraphs_of("    上半标题\n    下半标题\n    正文。\n", Script::kHan);
  drop_repeated_headline(paragraphs, "上半标题  下半标题");
  ASSERT_EQ(paragraphs.size(), 1u);
  EXPECT_EQ(paragraphs[0].text, "正文。");
}

TEST(ParagraphsTest, KeepsAParagraphThatOnlyStartsLikeTheHeadline) {
  auto paragraphs = paragraphs_of("Kunming grows.\n\nKunming grows fast.\n", Script::kLatin);
  drop_repeated_headline(paragraphs, "Kunming grows fast");
  EXPECT_EQ(paragraphs.size(), 2u);
}

TEST(ParagraphsTest, TakesABylineOnItsOwnLine) {
  auto paragraphs = paragraphs_of("Text.\n(Teng Chunfeng)\n", Script::kLatin);
  // "(Teng Chunfeng)" continues the paragraph (no blank line, no indent) yet is a byline.
  auto byline = take_closing_byline(paragraphs);
  ASSERT_TRUE(byline);
  EXPECT_EQ(byline->text, "Teng Chunfeng");
  ASSERT_EQ(paragraphs.size(), 1u);
  EXPECT_EQ(paragraphs[0].text, "Text.");
  EXPECT_EQ(paragraphs[0].span.end, 5u);
  EXPECT_EQ(byline->span.begin, 7u);
  EXPECT_EQ(byline->span.end, 20u);
}

// Found by fuzz/article_reader on a seed article: the byline's line stayed a segment of the
// paragraph, starting past the end of its shortened text.
TEST(ParagraphsTest, AParagraphKeepsNoSegmentOfItsTakenByline) {
  auto paragraphs = paragraphs_of("First line\nends here.\n(Teng Chunfeng)\n", Script::kLatin);
  ASSERT_TRUE(take_closing_byline(paragraphs));
  ASSERT_EQ(paragraphs.size(), 1u);
  EXPECT_EQ(paragraphs[0].text, "First line ends here.");
  ASSERT_EQ(paragraphs[0].segments.size(), 2u);
  for (const TextSegment& segment : paragraphs[0].segments) {
    EXPECT_LE(segment.text_offset, paragraphs[0].text.size());
  }
  EXPECT_EQ(paragraphs[0].line_of(paragraphs[0].text.size()), 2u);
}

TEST(ParagraphsTest, TakesAFullWidthBylineAfterASentence) {
  auto paragraphs = paragraphs_of("    也起了作用。（本报山西记者站）\n", Script::kHan);
  auto byline = take_closing_byline(paragraphs);
  ASSERT_TRUE(byline);
  EXPECT_EQ(byline->text, "本报山西记者站");
  EXPECT_EQ(paragraphs[0].text, "也起了作用。");
}

TEST(ParagraphsTest, LeavesBracketsThatBelongToTheSentence) {
  auto paragraphs = paragraphs_of("Output rose (compared to 1953)\n", Script::kLatin);
  EXPECT_FALSE(take_closing_byline(paragraphs));
  auto chinese = paragraphs_of("    产量提高（与去年比）\n", Script::kHan);
  EXPECT_FALSE(take_closing_byline(chinese));
  std::vector<Paragraph> none;
  EXPECT_FALSE(take_closing_byline(none));
}

}  // namespace
}  // namespace coopgraph::extract
