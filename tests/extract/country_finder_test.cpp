// National figures are about the country: 全国, 我国, "the entire country" name it, a cue
// inside another name does not.
#include "extract/entities/country_finder.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "extract/data_files/tsv_table.h"
#include "extract/resources.h"

namespace coopgraph::extract {
namespace {

const Country& country() {
  static const Country loaded = Country::load(default_data_dir() / "cues" / "country.tsv");
  return loaded;
}

struct CountryCase {
  std::string sentence;
  bool chinese;
  std::string other_name;  // a name another finder found in the sentence, or empty
  std::vector<std::string> found;
};

const std::vector<CountryCase> kCases{
    {"全国共有手工业者五百八十五万五千人", true, "", {"全国"}},
    {"我国手工业的产值", true, "", {"我国"}},
    {"全国各地都建立了合作社", true, "", {"全国各地"}},
    {"全国合作总社召开会议", true, "全国合作总社", {}},
    {"more than 8,300,000 mutual aid teams in the entire country",
     false,
     "",
     {"the entire country"}},
    {"handicraft output in China grew", false, "", {"China"}},
    {"the North China region", false, "North China", {}},
    {"the All-China Federation of Cooperatives", false, "", {}},
};

TEST(CountryFinderTest, FindsTheCountryOutsideOtherNames) {
  EXPECT_EQ(country().entity.key.text(), "place:china");
  EXPECT_EQ(country().entity.label_zh, "中华人民共和国");
  EXPECT_EQ(country().entity.type, EntityType::kCountry);
  for (const CountryCase& c : kCases) {
    const std::vector<Sentence> sentences{{c.sentence, 0, 0, {0, c.sentence.size()}, 0}};
    std::vector<EntityMention> others;
    if (!c.other_name.empty()) {
      const std::size_t at = c.sentence.find(c.other_name);
      others.push_back({Entity{}, 0, at, at + c.other_name.size()});
    }
    std::vector<std::string> found;
    for (const EntityMention& mention : find_country(country(), sentences, c.chinese, others))
      found.push_back(c.sentence.substr(mention.begin, mention.end - mention.begin));
    EXPECT_EQ(found, c.found) << c.sentence;
  }
}

TEST(CountryFinderTest, AFileWithTwoRowsIsAnErrorNamingTheFile) {
  const auto path = std::filesystem::temp_directory_path() / "coopgraph_country_two_rows.tsv";
  {
    std::ofstream out(path);
    out << "key\tlabel_en\tlabel_zh\tpinyin\talt_labels_en\talt_labels_zh\tcues_en\tcues_zh\n"
        << "place:a\tA\t甲\tjiǎ\t\t\ta\t甲\n"
        << "place:b\tB\t乙\tyǐ\t\t\tb\t乙\n";
  }
  try {
    Country::load(path);
    ADD_FAILURE() << "two countries were accepted";
  } catch (const DataFileError& error) {
    EXPECT_NE(std::string(error.what()).find(path.string() + ":3"), std::string::npos)
        << error.what();
  }
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace coopgraph::extract
