// The kinds of the vocabularies are read when the files load: each known name gives its kind,
// and a row naming a kind the code does not know is an error naming the file and the line.
#include "extract/lexicon/concept_kinds.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "extract/data_files/tsv_table.h"
#include "extract/lexicon/lexicon.h"
#include "extract/resources.h"
#include "tests/test_support.h"

namespace coopgraph::extract {
namespace {

TEST(ConceptKindsTest, TheBundledFilesGiveTheirConceptsKinds) {
  const Lexicon lexicon = Lexicon::load(default_data_dir() / "cues");
  struct Case {
    const ConceptScheme& scheme;
    const char* cue;
    bool chinese;
    const char* kind;  // as the file writes it
  };
  const std::vector<Case> cases{
      {lexicon.qualifiers, "提高了", true, "increase"},
      {lexicon.qualifiers, "预计", true, "estimate"},
      {lexicon.quantifiers, "每", true, "each"},
      {lexicon.organisation_cues, "新华社", true, "news-agency"},
      {lexicon.organisation_cues, "人民政府", true, "government"},
  };
  for (const Case& c : cases) {
    const auto found = c.scheme.find_cues(c.cue, c.chinese);
    ASSERT_FALSE(found.empty()) << c.cue;
    const Concept& concept_ = *found.front().concept_;
    std::string kind;
    if (concept_.qualifier_kind) kind = qualifier_kind_name(*concept_.qualifier_kind);
    if (concept_.quantifier_kind) kind = quantifier_kind_name(*concept_.quantifier_kind);
    if (concept_.organisation_kind) kind = organisation_kind_name(*concept_.organisation_kind);
    EXPECT_EQ(kind, c.kind) << c.cue;
  }
  EXPECT_EQ(lexicon.measures.find("defect-rate")->unit_kind, UnitKind::kPercent);
  EXPECT_EQ(lexicon.measures.find("member-count")->unit_kind, UnitKind::kCount);
  EXPECT_EQ(lexicon.units.find("yuan")->unit_kind, UnitKind::kMoney);
  EXPECT_EQ(lexicon.units.find("percent")->unit_kind, UnitKind::kPercent);
  EXPECT_EQ(lexicon.units.find("kilometre")->unit_kind, UnitKind::kDistance);
  EXPECT_EQ(lexicon.units.find("day")->unit_kind, UnitKind::kDuration);
  EXPECT_EQ(lexicon.units.find("piece")->unit_kind, UnitKind::kItem);
  EXPECT_EQ(lexicon.units.find("person")->unit_kind, UnitKind::kNone);
  EXPECT_EQ(lexicon.units.first_of_kind(UnitKind::kMoney), lexicon.units.find("yuan"));
  EXPECT_EQ(lexicon.units.find("jin")->unit_kind, UnitKind::kWeight);
  EXPECT_EQ(lexicon.event_kinds.find("rectification")->lasts, EventLasting::kCampaign);
  EXPECT_EQ(lexicon.event_kinds.find("conference")->lasts, EventLasting::kOccasion);
}

TEST(ConceptKindsTest, NamesAndKindsGoBothWays) {
  for (const char* name :
       {"count", "money", "percent", "ratio", "duration", "distance", "area", "weight", ""}) {
    const auto kind = unit_kind_from_name(name);
    ASSERT_TRUE(kind) << name;
    EXPECT_EQ(unit_kind_name(*kind), name);
  }
  for (const char* name : {"increase", "decrease", "from", "to", "plan", "estimate"})
    EXPECT_EQ(qualifier_kind_name(qualifier_kind_from_name(name).value()), name);
  for (const char* name : {"each", "in-all"})
    EXPECT_EQ(quantifier_kind_name(quantifier_kind_from_name(name).value()), name);
  for (const char* name : {"campaign", "occasion"})
    EXPECT_EQ(event_lasting_name(event_lasting_from_name(name).value()), name);
  for (const char* name : {"national-body", "news-agency", "people's-council", "union"})
    EXPECT_EQ(organisation_kind_name(organisation_kind_from_name(name).value()), name);
  EXPECT_FALSE(qualifier_kind_from_name("Plan"));
  EXPECT_FALSE(organisation_kind_from_name("national body"));
  EXPECT_TRUE(is_national(OrganisationKind::kNewsAgency));
  EXPECT_FALSE(is_national(OrganisationKind::kGovernment));
}

// A copy of the bundled cue files with one row added to one of them.
struct BadRowCase {
  const char* file;
  const char* row;
  const char* message;  // what the error says after "<file>:<line>: "
};

TEST(ConceptKindsTest, AnUnknownKindIsAnErrorNamingTheFileAndLine) {
  const std::vector<BadRowCase> cases{
      {"change_and_status.tsv", "planned\tplanned\t计划\t\n", "unknown kind 'planned'"},
      {"quantifiers.tsv", "every\tevery\t凡\t\n", "unknown kind 'every'"},
      {"organisation_cues.tsv", "national body\tCouncil\t理事会\t\n",
       "unknown kind 'national body'"},
      {"measures.tsv", "bale-count\tbales\t包数\tcounts\t\tbales\t包\t\n",
       "unknown unit_kind 'counts'"},
      {"event_kinds.tsv", "strike\tstrike\t罢工\tstrike\t罢工\tcampaigns\n",
       "unknown lasts 'campaigns'"},
      {"units.tsv", "qing\tqing\t顷\tqing\t顷\t\tarea-measure\n",
       "unknown unit_kind 'area-measure'"},
  };
  for (const BadRowCase& c : cases) {
    testing::TempDir dir;
    std::filesystem::copy(default_data_dir() / "cues", dir.path(),
                          std::filesystem::copy_options::recursive);
    const std::filesystem::path file = dir.path() / c.file;
    std::size_t lines = 0;
    {
      std::ifstream in(file);
      for (std::string line; std::getline(in, line);)
        ++lines;
    }
    std::ofstream(file, std::ios::app) << c.row;
    try {
      Lexicon::load(dir.path());
      ADD_FAILURE() << c.file << ": the row was accepted";
    } catch (const DataFileError& error) {
      EXPECT_EQ(std::string(error.what()),
                file.string() + ":" + std::to_string(lines + 1) + ": " + c.message);
    }
  }
}

}  // namespace
}  // namespace coopgraph::extract
