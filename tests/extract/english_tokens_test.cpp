#include "extract/text/english_tokens.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace coopgraph::extract {
namespace {

// "w:May n:5 s:, x:…": each token as its kind and its text.
std::string describe(std::string_view text) {
  std::string out;
  for (const EnglishToken& token : english_tokens(text)) {
    if (!out.empty()) out += ' ';
    switch (token.kind) {
      case EnglishTokenKind::kWord:
        out += "w:";
        break;
      case EnglishTokenKind::kNumber:
        out += "n:";
        break;
      case EnglishTokenKind::kNonAscii:
        out += "x:";
        break;
      case EnglishTokenKind::kSymbol:
        out += "s:";
        break;
      case EnglishTokenKind::kSpace:
        out += "space:";
        break;
    }
    out += token.text;
  }
  return out;
}

TEST(EnglishTokensTest, CutsRunsOfOneKind) {
  struct Case {
    std::string_view text;
    std::string_view tokens;
  };
  const Case cases[] = {
      {"", ""},
      {"  \t\n", ""},
      {"June 5th, 1954", "w:June n:5 w:th s:, n:1954"},
      {"12,000.5 yuan", "n:12 s:, n:000 s:. n:5 w:yuan"},
      {"Tung-kuan People's", "w:Tung s:- w:kuan w:People s:' w:s"},
      {"B52", "w:B n:52"},
      {"“Red Star”", "x:“ w:Red w:Star x:”"},
      {"阳泉 city", "x:阳泉 w:city"},
      {"a\xFF\xFE b", "w:a x:\xFF\xFE w:b"},
      {"40%", "n:40 s:%"},
      {"a\x01z", "w:a s:\x01 w:z"},
  };
  for (const Case& c : cases)
    EXPECT_EQ(describe(c.text), c.tokens) << c.text;
}

TEST(EnglishTokensTest, TokensKnowWhereTheyLieAndTheirCase) {
  const std::string_view text = " March 1st";
  const std::vector<EnglishToken> tokens = english_tokens(text);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0].begin, 1u);
  EXPECT_EQ(tokens[0].end, 6u);
  EXPECT_TRUE(tokens[0].capitalized());
  EXPECT_EQ(tokens[0].lower(), "march");
  EXPECT_FALSE(tokens[2].capitalized());
  EXPECT_FALSE(tokens[1].capitalized());  // a number
  EXPECT_TRUE(english_token_at(text, 0).is(EnglishTokenKind::kSpace));
  EXPECT_EQ(english_token_at(text, 3).text, "rch");
  EXPECT_TRUE(english_token_at("a,b", 1).is_symbol(','));
  EXPECT_FALSE(english_token_at("a,b", 1).is_symbol('.'));
}

}  // namespace
}  // namespace coopgraph::extract
