#include "extract/article/text_lines.h"

#include <gtest/gtest.h>

namespace coopgraph::extract {
namespace {

TEST(TextLinesTest, SplitsOnEveryKindOfLineEnd) {
  const auto lines = split_lines("a\nb\r\nc\rd", 10);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0].text, "a");
  EXPECT_EQ(lines[1].text, "b");
  EXPECT_EQ(lines[2].text, "c");
  EXPECT_EQ(lines[3].text, "d");
  EXPECT_EQ(lines[1].offset, 12u);
  EXPECT_EQ(lines[3].offset, 17u);
  EXPECT_EQ(lines[3].number, 4u);
}

TEST(TextLinesTest, KeepsEmptyLinesButNotAFinalEmptyOne) {
  const auto lines = split_lines("a\n\nb\n");
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[1].text, "");
  EXPECT_EQ(lines[2].number, 3u);
}

TEST(TextLinesTest, TrimsAsciiAndIdeographicBlanks) {
  EXPECT_EQ(trim_blank(" \t　正文　 "), "正文");
  EXPECT_TRUE(is_blank("　 \t"));
  EXPECT_EQ(leading_blank_bytes("    x"), 4u);
  EXPECT_EQ(trailing_blank_bytes("x　"), 3u);
  const TextLine line = trimmed({"  abc ", 100, 7});
  EXPECT_EQ(line.text, "abc");
  EXPECT_EQ(line.offset, 102u);
  EXPECT_EQ(line.number, 7u);
}

}  // namespace
}  // namespace coopgraph::extract
