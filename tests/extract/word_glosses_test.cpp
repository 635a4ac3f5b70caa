// The CC-CEDICT table: senses read as nouns or verbs, and a missing or malformed file is one
// error naming the file and the line.
#include "extract/lexicon/word_glosses.h"

#include <gtest/gtest.h>

#include <fstream>

#include "extract/data_files/tsv_table.h"

namespace coopgraph::extract {
namespace {

struct SenseCase {
  std::vector<std::string> senses;
  bool verb_first;
  std::string noun;
  bool classifier;
};

const std::vector<SenseCase> kSenses{
    {{"worker"}, false, "worker", false},
    {{"to form", "to organize", "group", "team", "classifier for sets"}, true, "group", true},
    {{"(classifier used before a noun)", "(bound form) individual"}, false, "individual", true},
    {{"farm implements", "farm tools"}, false, "farm implements", false},
    {{"catty", "(PRC) weight equal to 500 g"}, false, "catty", false},
    {{"stove; furnace"}, false, "stove", false},
};

TEST(WordGlossesTest, SensesAsNounsAndVerbs) {
  for (const SenseCase& c : kSenses) {
    const WordGloss gloss{"x1", c.senses};
    EXPECT_EQ(gloss.verb_first(), c.verb_first) << c.senses.front();
    EXPECT_EQ(gloss.noun_sense(), c.noun) << c.senses.front();
    EXPECT_EQ(gloss.is_classifier(), c.classifier) << c.senses.front();
  }
}

std::filesystem::path write(const std::string& name, const std::string& content) {
  const auto path = std::filesystem::temp_directory_path() / name;
  std::ofstream(path) << content;
  return path;
}

struct BadTable {
  std::string name;
  std::string content;  // empty: no file at all
  std::string where;    // ":<line>" expected after the path
};

const std::vector<BadTable> kBad{
    {"coopgraph_cedict_missing.tsv", "", ":0"},
    {"coopgraph_cedict_short_row.tsv", "# c\nsimplified\tpinyin\tsenses\n工人\tgong1 ren2\n", ":3"},
    {"coopgraph_cedict_no_reading.tsv", "simplified\tpinyin\tsenses\n工人\t\tworker\n", ":2"},
    {"coopgraph_cedict_no_header.tsv", "工人\tgong1 ren2\tworker\n", ":1"},
};

TEST(WordGlossesTest, AMissingOrMalformedTableNamesTheFileAndLine) {
  for (const BadTable& bad : kBad) {
    const auto path = std::filesystem::temp_directory_path() / bad.name;
    std::filesystem::remove(path);
    if (!bad.content.empty()) write(bad.name, bad.content);
    try {
      WordGlosses::load(path);
      ADD_FAILURE() << bad.name << " was accepted";
    } catch (const DataFileError& error) {
      EXPECT_NE(std::string(error.what()).find(path.string() + bad.where), std::string::npos)
          << error.what();
    }
    std::filesystem::remove(path);
  }
}

TEST(WordGlossesTest, ReadsAWellFormedTable) {
  const auto path = write("coopgraph_cedict_good.tsv",
                          "# CC-CEDICT\nsimplified\tpinyin\tsenses\n工人\tgong1 ren2\tworker\n"
                          "组\tzu3\tto form|group\n");
  const WordGlosses glosses = WordGlosses::load(path);
  ASSERT_NE(glosses.find("工人"), nullptr);
  EXPECT_EQ(glosses.find("工人")->noun_sense(), "worker");
  EXPECT_EQ(glosses.find("组")->senses.size(), 2u);
  EXPECT_EQ(glosses.find("农民"), nullptr);
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace coopgraph::extract
