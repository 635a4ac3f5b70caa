#include "extract/text/utf8.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

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

// One reading of every byte sequence: a table of text, offset, and the character read there.
TEST(Utf8Test, DecodesOneCharacter) {
  struct Case {
    std::string_view text;
    std::size_t offset;
    char32_t value;
    std::size_t length;
    bool valid;
  };
  const Case cases[] = {
      {"a", 0, U'a', 1, true},
      {"阳", 0, U'阳', 3, true},
      {"é", 0, U'é', 2, true},
      {"😀", 0, U'😀', 4, true},
      {"\xEF\xBF\xBD", 0, 0xFFFD, 3, true},       // a real U+FFFD is valid
      {"\xFF", 0, 0xFFFD, 1, false},              // never a lead byte
      {"\xC0\xAF", 0, 0xFFFD, 1, false},          // overlong
      {"\xED\xA0\x80", 0, 0xFFFD, 1, false},      // surrogate
      {"\xF4\x90\x80\x80", 0, 0xFFFD, 1, false},  // past U+10FFFF
      {"\xE6\xB3", 0, 0xFFFD, 1, false},          // cut short
      {"\x80", 0, 0xFFFD, 1, false},              // lone continuation
      {"阳", 1, 0xFFFD, 1, false},                // inside a character
      {"ab", 2, 0, 0, false},                     // the end
      {"ab", 7, 0, 0, false},                     // past the end
  };
  for (const Case& c : cases) {
    const Utf8Char got = decode_utf8(c.text, c.offset);
    EXPECT_EQ(got.value, c.value) << c.text << " @" << c.offset;
    EXPECT_EQ(got.length, c.length) << c.text << " @" << c.offset;
    EXPECT_EQ(got.valid, c.valid) << c.text << " @" << c.offset;
  }
}

TEST(Utf8Test, DecodesTheCharacterBefore) {
  const std::string_view text = "a阳😀\x80";
  EXPECT_EQ(decode_utf8_before(text, 0).value, 0u);
  EXPECT_EQ(decode_utf8_before(text, 1).value, U'a');
  EXPECT_EQ(decode_utf8_before(text, 4).value, U'阳');
  EXPECT_EQ(decode_utf8_before(text, 8).value, U'😀');
  EXPECT_FALSE(decode_utf8_before(text, 9).valid);  // a broken byte just before
  EXPECT_FALSE(decode_utf8_before(text, 3).valid);  // inside 阳
}

TEST(Utf8Test, IteratesAndCountsCharacters) {
  const std::string_view text = "1阳\xFF😀";
  std::vector<char32_t> values;
  std::vector<std::size_t> begins;
  for (const CharAt c : Utf8Chars(text)) {
    values.push_back(c.value);
    begins.push_back(c.begin);
  }
  EXPECT_EQ(values, (std::vector<char32_t>{U'1', U'阳', 0xFFFD, U'😀'}));
  EXPECT_EQ(begins, (std::vector<std::size_t>{0, 1, 4, 5}));
  EXPECT_EQ(char_count(text), 4u);
  EXPECT_EQ(char_count(""), 0u);
  EXPECT_EQ(char_count("三个字"), 3u);
  const std::vector<CharAt> all = decode_all(text);
  ASSERT_EQ(all.size(), 4u);
  EXPECT_EQ(all[3].end, text.size());
  EXPECT_FALSE(all[2].valid);
  EXPECT_TRUE(is_valid_utf8("阳泉"));
  EXPECT_FALSE(is_valid_utf8(text));
}

TEST(Utf8Test, EncodesCodePointsAndDecodesThemBack) {
  const struct {
    char32_t code_point;
    const char* bytes;
  } kCases[] = {
      {U'A', "A"},
      {0xE9, "\xC3\xA9"},
      {0x5927, "\xE5\xA4\xA7"},
      {0x20000, "\xF0\xA0\x80\x80"},
      {0x10FFFF, "\xF4\x8F\xBF\xBF"},
  };
  for (const auto& test : kCases) {
    std::string out;
    EXPECT_TRUE(append_utf8(out, test.code_point));
    EXPECT_EQ(out, test.bytes);
    EXPECT_EQ(decode_utf8(out, 0).value, test.code_point);
  }
  std::string out;
  EXPECT_FALSE(append_utf8(out, 0xD800)) << "a surrogate";
  EXPECT_FALSE(append_utf8(out, 0x110000));
  EXPECT_TRUE(out.empty());
}

TEST(Utf8Test, StepsBackOneCharacter) {
  const std::string_view text = "a阳b";
  EXPECT_EQ(previous_char(text, 0), 0u);
  EXPECT_EQ(previous_char(text, 1), 0u);
  EXPECT_EQ(previous_char(text, 4), 1u);
  EXPECT_EQ(previous_char(text, 5), 4u);
  EXPECT_TRUE(starts_char(text, 0));
  EXPECT_TRUE(starts_char(text, 1));
  EXPECT_FALSE(starts_char(text, 2));
  EXPECT_FALSE(starts_char(text, 3));
  EXPECT_TRUE(starts_char(text, 4));
  EXPECT_TRUE(starts_char(text, 5));  // the end
}

}  // namespace
}  // namespace coopgraph::extract
