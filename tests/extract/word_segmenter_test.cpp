#include "extract/text/word_segmenter.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "extract/data_files/tsv_table.h"

namespace coopgraph::extract {
namespace {

// A small dictionary in jieba's format: enough words to show each rule of the cut.
const WordSegmenter& small_dictionary() {
  static const WordSegmenter segmenter = WordSegmenter::from_lines({
      "的 300000 uj",
      "农村 11478 n",
      "村 2000 n",
      "西南 5401 ns",
      "一个 50000 m",
      "山村 600 n",
      "成都市 216 ns",
      "成都 3000 ns",
      "布鞋 116 n",
      "生产 30000 vn",
      "合作社 4000 n",
      "生产合作社 50 n",
      "共产党员 961 n",
      "张 5000 q",
      "市 10000 n",
      "年 20000 m",
      "某 2000 r",
      "某市 30 ns",
      // The rest of a real dictionary: its total makes every cut of a word costly.
      "啊 60000000 y",
  });
  return segmenter;
}

std::string cut(const WordSegmenter& segmenter, std::string_view text) {
  std::string out;
  for (const Word& word : segmenter.segment(text)) {
    if (!out.empty()) out += "/";
    out += text.substr(word.begin, word.end - word.begin);
  }
  return out;
}

struct CutCase {
  const char* text;
  const char* words;
};

TEST(WordSegmenterTest, CutsIntoTheMostProbableWords) {
  const CutCase cases[] = {
      {"的农村", "的/农村"},                             // not 的农 + 村
      {"某市西南的一个山村", "某市/西南/的/一个/山村"},  // a direction word is a word
      {"成都市布鞋生产合作社", "成都市/布鞋/生产合作社"},
      {"1954年", "1954/年"},  // a run of digits is one unit
      {"", ""},
      {"ABC", "ABC"},
      {"鑫鑫鑫", "鑫/鑫/鑫"},  // characters the dictionary lacks stand alone
      {"在共产党员张", "在/共产党员/张"},
  };
  for (const CutCase& c : cases) {
    EXPECT_EQ(cut(small_dictionary(), c.text), c.words) << c.text;
  }
}

TEST(WordSegmenterTest, WordsCarryTheirTags) {
  const std::string_view text = "某市西南的农村";
  const auto words = small_dictionary().segment(text);
  ASSERT_EQ(words.size(), 4u);
  EXPECT_EQ(words[0].tag, WordTag::kPlace);
  EXPECT_EQ(words[1].tag, WordTag::kPlace);
  EXPECT_EQ(words[2].tag, WordTag::kOther);
  EXPECT_EQ(words[3].tag, WordTag::kOther);
  EXPECT_EQ(small_dictionary().tag_of("鑫"), WordTag::kUnknown);
  EXPECT_EQ(small_dictionary().tag_of("成都"), WordTag::kPlace);
  EXPECT_FALSE(small_dictionary().knows("成"));  // a prefix only
  EXPECT_EQ(word_tag_of("nr"), WordTag::kPerson);
  EXPECT_EQ(word_tag_of("nt"), WordTag::kOrganisation);
}

TEST(WordSegmenterTest, LongTextWithNoKnownWordIsCutInLinearTime) {
  std::string text;
  for (int i = 0; i < 20000; ++i)
    text += "鑫";
  const auto words = small_dictionary().segment(text);
  EXPECT_EQ(words.size(), 20000u);
  EXPECT_EQ(words.back().end, text.size());
}

std::filesystem::path write_file(const std::string& name, const std::string& content) {
  const auto path = std::filesystem::temp_directory_path() / name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

struct BadDictionaryCase {
  const char* content;
  const char* message;  // what the error must say, after the file name
};

TEST(WordSegmenterTest, ABadDictionaryIsOneErrorNamingFileAndLine) {
  const BadDictionaryCase cases[] = {
      {"农村 10 n\n村 x n\n", ":2: frequency is not a number"},
      {"农村 10 n\n\n村\n", ":3: expected"},
      {"农村 10 n 额外 多余\n", ":1: expected"},
      {"\xff\xfe 10 n\n", ":1: invalid UTF-8"},
      {"", ":0: no words"},
  };
  for (const BadDictionaryCase& c : cases) {
    const auto path = write_file("coopgraph_bad_dict.txt", c.content);
    try {
      WordSegmenter::load(path);
      ADD_FAILURE() << "accepted: " << c.content;
    } catch (const DataFileError& error) {
      EXPECT_NE(std::string(error.what()).find(path.string() + c.message), std::string::npos)
          << error.what();
    }
    std::filesystem::remove(path);
  }
  EXPECT_THROW(WordSegmenter::load("/nonexistent/dict.txt"), DataFileError);
}

TEST(WordSegmenterTest, TheInstalledDictionaryCutsRealText) {
  const WordSegmenter segmenter = WordSegmenter::load(default_word_dictionary());
  EXPECT_GT(segmenter.size(), 300000u);
  EXPECT_EQ(cut(segmenter, "的农村"), "的/农村");
  EXPECT_EQ(segmenter.tag_of("陕西"), WordTag::kPlace);
}

}  // namespace
}  // namespace coopgraph::extract
