#include "extract/gazetteer/gazetteer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "extract/data_files/tsv_table.h"
#include "extract/entities/place_entities.h"
#include "extract/resources.h"
#include "tests/test_support.h"

namespace coopgraph::extract {
namespace {

CalendarDate day(int y, int m, int d) {
  return {y, m, d};
}

Gazetteer small_gazetteer() {
  std::vector<GazetteerPlace> places{
      {"southwest",
       "region",
       PlaceLevel::kRegion,
       "西南区",
       "西南",
       "Southwest",
       "Xīnán Qū",
       {},
       {},
       day(1954, 11, 15)},
      {"sichuan",
       "province",
       PlaceLevel::kProvince,
       "四川省",
       "四川",
       "Sichuan",
       "Sìchuān Shěng",
       {"Szechwan"},
       {},
       {}},
      {"chongqing",
       "municipality",
       PlaceLevel::kCity,
       "重庆市",
       "重庆",
       "Chongqing",
       "Chóngqìng Shì",
       {"Chungking"},
       {},
       {}},
      {"chongqing-county",
       "county",
       PlaceLevel::kCounty,
       "崇庆县",
       "崇庆",
       "Chongqing",
       "Chóngqìng Xiàn",
       {},
       {},
       {}},
  };
  std::vector<GazetteerLink> links{
      {"sichuan", "southwest", {}, day(1954, 11, 15)},
      {"chongqing", "southwest", {}, day(1954, 6, 30)},
      {"chongqing", "sichuan", day(1954, 7, 1), {}},
      {"chongqing-county", "sichuan", {}, {}},
  };
  return Gazetteer::from_records(std::move(places), std::move(links));
}

TEST(GazetteerTest, ParentsChangeWithTheDate) {
  const Gazetteer gazetteer = small_gazetteer();
  EXPECT_EQ(gazetteer.parent_on("chongqing", day(1954, 6, 1))->id, "southwest");
  EXPECT_EQ(gazetteer.parent_on("chongqing", day(1955, 1, 1))->id, "sichuan");
  const auto ancestors = gazetteer.ancestors_on("chongqing-county", day(1954, 1, 1));
  ASSERT_EQ(ancestors.size(), 2u);
  EXPECT_EQ(ancestors[1]->id, "southwest");
  EXPECT_EQ(gazetteer.ancestors_on("chongqing-county", day(1956, 1, 1)).size(), 1u);
}

TEST(GazetteerTest, NamesThatRomaniseAlikeStayApart) {
  const Gazetteer gazetteer = small_gazetteer();
  EXPECT_EQ(gazetteer.by_english_name("chongqing").size(), 2u);
  EXPECT_EQ(gazetteer.by_english_name("Chungking").size(), 1u);
  ASSERT_EQ(gazetteer.by_chinese_name("崇庆").size(), 1u);
  EXPECT_EQ(gazetteer.by_chinese_name("崇庆")[0]->id, "chongqing-county");
  const auto both = gazetteer.by_english_name("Chongqing");
  EXPECT_EQ(choose_place(both, day(1954, 1, 1), std::nullopt)->id, "chongqing");
  EXPECT_EQ(choose_place(both, day(1954, 1, 1), PlaceLevel::kCounty)->id, "chongqing-county");
}

TEST(GazetteerTest, UnitsExistBetweenTheirDates) {
  const Gazetteer gazetteer = small_gazetteer();
  EXPECT_TRUE(gazetteer.find("southwest")->exists_on(day(1954, 6, 1)));
  EXPECT_FALSE(gazetteer.find("southwest")->exists_on(day(1955, 1, 1)));
}

TEST(GazetteerTest, TheBundledGazetteerCoversThePeriod) {
  const Gazetteer gazetteer = Gazetteer::load(default_data_dir() / "gazetteer");
  EXPECT_GT(gazetteer.size(), 2000u);
  const GazetteerPlace* xikang = gazetteer.find("xikang");
  ASSERT_NE(xikang, nullptr);
  EXPECT_TRUE(xikang->exists_on(day(1954, 6, 22)));
  EXPECT_FALSE(xikang->exists_on(day(1956, 1, 1)));
  EXPECT_EQ(gazetteer.parent_on("yangquan", day(1954, 11, 20))->id, "shanxi");
  EXPECT_EQ(gazetteer.parent_on("chongqing", day(1954, 6, 22))->id, "southwest");
  EXPECT_EQ(gazetteer.parent_on("chongqing", day(1955, 6, 1))->id, "sichuan");
  EXPECT_NE(gazetteer.find("chongqing-county"), nullptr);
  for (const char* province : {"hebei", "shandong", "jiangsu", "zhejiang", "guangdong", "hunan",
                               "henan", "liaoning", "shaanxi", "gansu", "fujian", "anhui"}) {
    EXPECT_NE(gazetteer.find(province), nullptr) << province;
  }
}

// Two units above the county with one English name would be one place to an English reader
// and in every English label: 陕西 is Shaanxi, its official spelling, because 山西 is Shanxi.
TEST(GazetteerTest, UnitsAboveTheCountyHaveEnglishNamesOfTheirOwn) {
  const Gazetteer gazetteer = Gazetteer::load(default_data_dir() / "gazetteer");
  EXPECT_EQ(gazetteer.find("shaanxi")->name_en, "Shaanxi");
  EXPECT_EQ(gazetteer.find("shanxi")->name_en, "Shanxi");
  std::map<std::string, std::string> seen;  // English name and level → id
  for (const char* id : {"shanxi", "shaanxi"}) {
    const GazetteerPlace* place = gazetteer.find(id);
    ASSERT_NE(place, nullptr);
    const auto [it, fresh] = seen.emplace(place->name_en, place->id);
    EXPECT_TRUE(fresh) << place->id << " and " << it->second << " are both " << place->name_en;
  }
  // The rule for all provinces: by_english_name gives one province for each province's name.
  for (const char* id : {"hebei", "shanxi", "shaanxi", "shandong", "jiangsu", "zhejiang",
                         "guangdong", "guangxi", "hunan", "hubei", "henan", "gansu", "sichuan"}) {
    const GazetteerPlace* place = gazetteer.find(id);
    ASSERT_NE(place, nullptr) << id;
    int provinces = 0;
    for (const GazetteerPlace* named : gazetteer.by_english_name(place->name_en)) {
      if (named->level == PlaceLevel::kProvince) ++provinces;
    }
    EXPECT_EQ(provinces, 1) << place->name_en;
  }
}

TEST(GazetteerTest, ABadRowIsAnErrorWithItsLine) {
  coopgraph::testing::TempDir dir;
  coopgraph::testing::write_file(
      dir.path() / "places.tsv",
      "id\ttype\tname_zh\tshort_zh\tname_en\tpinyin\talt_names\tvalid_from\tvalid_to\n"
      "x\tcounty\t某县\t某\tMou\tMǒu Xiàn\t\t1954-13-01\t\n");
  coopgraph::testing::write_file(dir.path() / "place_parents.tsv",
                                 "child_id\tparent_id\tvalid_from\tvalid_to\n");
  try {
    Gazetteer::load(dir.path());
    FAIL() << "accepted a bad date";
  } catch (const DataFileError& error) {
    EXPECT_NE(std::string(error.what()).find("places.tsv:2:"), std::string::npos) << error.what();
  }
}

TEST(GazetteerTest, NameLengthsListOnlyTheLengthsOfNamesThatCanStartText) {
  NameLengths lengths;
  lengths.add("甲乙");
  lengths.add("甲乙丙丁");
  lengths.add("甲乙丙丁");  // listed once
  lengths.add("丙丁戊");
  lengths.add("ab");  // shorter than one Han character: not counted
  const auto at = lengths.at("甲乙丙丁戊");
  EXPECT_EQ(std::vector<std::size_t>(at.begin(), at.end()), (std::vector<std::size_t>{12, 6}));
  EXPECT_TRUE(lengths.at("戊己").empty());
  EXPECT_TRUE(lengths.at("ab").empty());
  EXPECT_TRUE(lengths.at("").empty());
}

TEST(GazetteerTest, EveryChineseNameIsFoundThroughItsLength) {
  const Gazetteer gazetteer = small_gazetteer();
  const auto lengths = gazetteer.chinese_name_lengths_at("崇庆县");
  EXPECT_NE(std::find(lengths.begin(), lengths.end(), std::string_view("崇庆").size()),
            lengths.end());
}

}  // namespace
}  // namespace coopgraph::extract
