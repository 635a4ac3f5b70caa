#include "server/static_files.h"

#include <gtest/gtest.h>

#include "tests/test_support.h"

namespace coopgraph::server {
namespace {

using coopgraph::testing::TempDir;
using coopgraph::testing::write_file;

class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::filesystem::create_directories(root() / "assets" / "deep");
    write_file(root() / "assets" / "page.css", "body{}");
    write_file(root() / "assets" / "deep" / "x.js", "1");
    write_file(scratch_.path() / "secret.txt", "secret");
    std::filesystem::create_symlink(scratch_.path() / "secret.txt", root() / "assets" / "leak");
  }
  std::filesystem::path root() const { return scratch_.path() / "web"; }
  TempDir scratch_;
};

TEST_F(StaticFilesTest, FindsFilesBelowTheRoot) {
  EXPECT_TRUE(resolve_static_file(root(), "assets/page.css"));
  EXPECT_TRUE(resolve_static_file(root() / "assets", "deep/x.js"));
  EXPECT_EQ(static_media_type(root() / "assets" / "page.css"), "text/css; charset=utf-8");
  EXPECT_EQ(static_media_type("x.unknown"), "application/octet-stream");
}

TEST_F(StaticFilesTest, NeverLeavesTheRoot) {
  for (const std::string& path : std::vector<std::string>{
           "../secret.txt", "assets/../../secret.txt", "/etc/passwd", "assets/leak", "",
           "assets\\..\\..\\secret.txt", std::string("assets/page.css\0x", 17), "assets",
           "assets/./page.css", "assets/missing.css"}) {
    EXPECT_FALSE(resolve_static_file(root(), path)) << path;
  }
}

}  // namespace
}  // namespace coopgraph::server
