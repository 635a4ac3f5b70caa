#include "extract/article/utf8.h"

#include <gtest/gtest.h>

namespace coopgraph::extract {
namespace {

TEST(Utf8Test, AcceptsWellFormedText) {
  EXPECT_FALSE(find_invalid_utf8(""));
  EXPECT_FALSE(find_invalid_utf8("plain ASCII"));
  EXPECT_FALSE(find_invalid_utf8("阳泉市 ％ １２ 😀"));
  EXPECT_FALSE(find_invalid_utf8("\xF4\x8F\xBF\xBF"));  // U+10FFFF
}

TEST(Utf8Test, FindsTheFirstBadByte) {
  EXPECT_EQ(find_invalid_utf8("ab\xFF"), 2u);
  EXPECT_EQ(find_invalid_utf8("\xC0\xAF"), 0u);          // overlong '/'
  EXPECT_EQ(find_invalid_utf8("x\xE0\x80\xAF"), 1u);     // overlong
  EXPECT_EQ(find_invalid_utf8("\xED\xA0\x80"), 0u);      // surrogate
  EXPECT_EQ(find_invalid_utf8("\xF4\x90\x80\x80"), 0u);  // past U+10FFFF
  EXPECT_EQ(find_invalid_utf8("阳\xE6\xB3"), 3u);        // cut short at the end
  EXPECT_EQ(find_invalid_utf8("\x80"), 0u);              // lone continuation
  EXPECT_EQ(find_invalid_utf8("\xE6\xB3x"), 0u);
}

TEST(Utf8Test, MeasuresSequences) {
  const std::string_view text = "a阳😀";
  EXPECT_EQ(utf8_sequence_length(text, 0), 1u);
  EXPECT_EQ(utf8_sequence_length(text, 1), 3u);
  EXPECT_EQ(utf8_sequence_length(text, 4), 4u);
  EXPECT_EQ(utf8_sequence_length(text, 8), 0u);
}

}  // namespace
}  // namespace coopgraph::extract
