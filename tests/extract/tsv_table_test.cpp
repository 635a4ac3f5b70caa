#include "extract/data_files/tsv_table.h"

#include <gtest/gtest.h>

#include "tests/test_support.h"

namespace coopgraph::extract {
namespace {

using coopgraph::testing::TempDir;
using coopgraph::testing::write_file;

TEST(TsvTableTest, ReadsRowsAfterCommentsAndHeader) {
  TempDir dir;
  write_file(dir.path() / "t.tsv", "# a comment\nid\tcues\n\na\tx|y| \nb\n");
  const TsvTable table = TsvTable::read(dir.path() / "t.tsv", {"id"});
  ASSERT_EQ(table.rows().size(), 2u);
  EXPECT_EQ(table.rows()[0].at("id"), "a");
  EXPECT_EQ(table.rows()[0].list("cues"), (std::vector<std::string>{"x", "y"}));
  EXPECT_EQ(table.rows()[1].at("cues"), "");  // trailing empty cells may be left out
  EXPECT_EQ(table.rows()[1].line(), 5u);
}

TEST(TsvTableTest, ErrorsNameFileAndLine) {
  TempDir dir;
  write_file(dir.path() / "wide.tsv", "id\n\nA\tB\n");
  EXPECT_THROW(
      {
        try {
          TsvTable::read(dir.path() / "wide.tsv", {});
        } catch (const DataFileError& error) {
          EXPECT_NE(std::string(error.what()).find("wide.tsv:3: 2 cells"), std::string::npos);
          throw;
        }
      },
      DataFileError);
  write_file(dir.path() / "header.tsv", "name\n");
  EXPECT_THROW(TsvTable::read(dir.path() / "header.tsv", {"id"}), DataFileError);
  write_file(dir.path() / "bytes.tsv", "id\n\xff\n");
  EXPECT_THROW(TsvTable::read(dir.path() / "bytes.tsv", {}), DataFileError);
  EXPECT_THROW(TsvTable::read(dir.path() / "missing.tsv", {}), DataFileError);
}

}  // namespace
}  // namespace coopgraph::extract
