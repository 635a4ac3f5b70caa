#include "graph/query_error_position.h"

#include <gtest/gtest.h>

namespace coopgraph::graph {
namespace {

TEST(QueryErrorPosition, FindsTheUnexpectedToken) {
  const std::string query = "SELECT ?s\nWHERE { ?s ?p ?o .\n FILTER(?o = ) }";
  const auto position = locate_query_error("line 3: syntax error, unexpected ')'", query);
  EXPECT_EQ(position.line, 3);
  EXPECT_EQ(position.column, 14);
  EXPECT_EQ(with_query_position("line 3: syntax error, unexpected ')'", query),
            "query:3:14: line 3: syntax error, unexpected ')'\n   FILTER(?o = ) }\n"
            "               ^");
}

TEST(QueryErrorPosition, PointsPastTheEndOfAnUnfinishedQuery) {
  const auto position = locate_query_error("line 1: syntax error, unexpected $end", "ASK { ?s");
  EXPECT_EQ(position.line, 1);
  EXPECT_EQ(position.column, 9);
}

TEST(QueryErrorPosition, LeavesOtherMessagesAlone) {
  EXPECT_EQ(with_query_position("something else", "ASK {}"), "something else");
  EXPECT_EQ(locate_query_error("line 9: syntax error, unexpected 'x'", "ASK {}").line, 9);
  EXPECT_EQ(locate_query_error("line 9: syntax error, unexpected 'x'", "ASK {}").column, 0);
}

}  // namespace
}  // namespace coopgraph::graph
