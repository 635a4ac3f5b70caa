#include "cli/named_queries.h"

#include <gtest/gtest.h>

#include "tests/test_support.h"

namespace coopgraph::cli {
namespace {

using coopgraph::testing::TempDir;
using coopgraph::testing::write_file;

TEST(NamedQueriesTest, ReadsHeadersAndBindsParameters) {
  TempDir dir;
  write_file(dir.path() / "profile.rq",
             "# title: A place\n# description: Its things.\n"
             "# param: place place hubei -- The place\n# param: year integer -- A year\n"
             "SELECT * WHERE { ?x ?p $place . ?x ?q $placeholder . FILTER(?y = $year) }\n");
  const auto queries = load_named_queries(dir.path());
  ASSERT_EQ(queries.size(), 1u);
  const NamedQuery& query = queries[0];
  EXPECT_EQ(query.name, "profile");
  EXPECT_EQ(query.title, "A place");
  ASSERT_EQ(query.parameters.size(), 2u);
  EXPECT_EQ(query.parameters[0].default_value, "hubei");
  const std::string bound =
      bind_parameters(query, {{"year", "1954"}}, "https://w3id.org/coopgraph/id/");
  EXPECT_NE(bound.find("?p <https://w3id.org/coopgraph/id/place/hubei> ."), std::string::npos)
      << bound;
  EXPECT_NE(bound.find("$placeholder"), std::string::npos);  // another variable
  EXPECT_NE(bound.find("?y = 1954"), std::string::npos);
  EXPECT_NE(bind_parameters(query, {{"year", "1954"}, {"place", "http://e.org/p"}}, "https://x/")
                .find("<http://e.org/p>"),
            std::string::npos);
}

TEST(NamedQueriesTest, RefusesBadParameters) {
  TempDir dir;
  write_file(dir.path() / "q.rq",
             "# title: Q\n# param: year integer -- A year\nSELECT * { ?s ?p $year }\n");
  const NamedQuery query = load_named_queries(dir.path()).at(0);
  EXPECT_THROW(bind_parameters(query, {}, "https://x/"), std::runtime_error);  // required
  EXPECT_THROW(bind_parameters(query, {{"year", "1954 } DROP"}}, "https://x/"), std::runtime_error);
  EXPECT_THROW(bind_parameters(query, {{"year", "1954"}, {"other", "1"}}, "https://x/"),
               std::runtime_error);
  write_file(dir.path() / "bad.rq", "# title: B\n# param: x nonsense\nSELECT * {}\n");
  EXPECT_THROW(load_named_queries(dir.path()), std::runtime_error);
}

TEST(NamedQueriesTest, EveryBundledQueryHasATitleAndADescription) {
  const auto queries = load_named_queries(coopgraph::testing::source_dir() / "queries");
  EXPECT_GE(queries.size(), 6u);
  for (const NamedQuery& query : queries) {
    EXPECT_FALSE(query.description.empty()) << query.name;
  }
}

}  // namespace
}  // namespace coopgraph::cli
