#include "extract/text/han.h"

#include <gtest/gtest.h>

namespace coopgraph::extract {
namespace {

// One table for the one test of "is a Chinese character".
TEST(HanTest, IsHan) {
  struct Case {
    char32_t c;
    bool han;
  };
  const Case cases[] = {
      {U'社', true},   {U'一', true},    {U'〇', true},    {U'㐀', true},  // Ext A
      {U'鿿', true},  {U'豈', true},    {U'𠀀', true},    {0x2A6DF, true},
      {0x2A700, true}, {0x2B820, true},  {0x2F800, true},  {0x30000, true},
      {U'a', false},   {U'5', false},    {U'，', false},   {U'。', false},
      {U'、', false},  {U'５', false},   {U'⺀', false},   {0x4DC0, false},  // ䷀ hexagram
      {0xFFFD, false}, {0x2FA20, false}, {0x31350, false}, {0, false},
  };
  for (const Case& c : cases)
    EXPECT_EQ(is_han(c.c), c.han) << std::hex << static_cast<unsigned>(c.c);
}

TEST(HanTest, CodePointAtReadsBrokenBytesAsOneReplacement) {
  std::size_t length = 0;
  EXPECT_EQ(code_point_at("社", 0, &length), U'社');
  EXPECT_EQ(length, 3u);
  EXPECT_EQ(code_point_at("\xE7\xA4", 0, &length), 0xFFFDu);
  EXPECT_EQ(length, 1u);
  EXPECT_EQ(code_point_at("a", 1, &length), 0xFFFDu);  // the end
  EXPECT_EQ(length, 1u);
}

TEST(HanTest, HanRunBefore) {
  const std::string_view text = "ab铁业社c";
  EXPECT_EQ(han_run_before(text, 11, 5), 9u);
  EXPECT_EQ(han_run_before(text, 11, 2), 6u);
  EXPECT_EQ(han_run_before(text, 2, 5), 0u);
}

}  // namespace
}  // namespace coopgraph::extract
