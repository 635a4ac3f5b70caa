#include "cli/text_table.h"

#include <gtest/gtest.h>

namespace coopgraph::cli {
namespace {

TEST(TextTableTest, MeasuresDisplayColumns) {
  EXPECT_EQ(display_width("abc"), 3u);
  EXPECT_EQ(display_width("阳泉市"), 6u);
  EXPECT_EQ(display_width("５０％"), 6u);       // full-width forms
  EXPECT_EQ(display_width("Zhu\xCC\x81"), 3u);  // combining acute accent takes no column
  EXPECT_EQ(display_width(""), 0u);
  EXPECT_EQ(display_width("\xFF"), 1u);
}

TEST(TextTableTest, AlignsMixedScripts) {
  const std::string table = render_table({"place", "n"}, {{"阳泉市", "94"}, {"Kunming", "167"}});
  EXPECT_EQ(table,
            "| place   | n   |\n"
            "|---------|-----|\n"
            "| 阳泉市  | 94  |\n"
            "| Kunming | 167 |\n");
}

TEST(TextTableTest, KeepsEachRowOnOneLine) {
  const std::string table = render_table({"text"}, {{"two\nlines"}});
  EXPECT_NE(table.find("| two lines |"), std::string::npos);
}

}  // namespace
}  // namespace coopgraph::cli
