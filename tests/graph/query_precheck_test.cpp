#include "graph/query_precheck.h"

#include <gtest/gtest.h>

namespace coopgraph::graph {
namespace {

TEST(QueryPrecheckTest, AcceptsWhatRasqalRuns) {
  for (const char* query : {
           "SELECT * WHERE { ?s ?p ?o }",
           "SELECT ?x WHERE { ?x a <http://e/C> ; <http://e/p> \"a/b+c|d\" . FILTER(?n / 2 > 1) }",
           "SELECT (COUNT(*) AS ?n) WHERE { ?s cg:value ?v FILTER(?v > 10 || ?v < -3) }",
           "SELECT ?s WHERE { ?s cg:label \"x\"^^xsd:string } # cg:locatedIn+ in a comment",
           "ASK { ?s <http://e/a+b> ?o }",
       }) {
    const PrecheckResult result = precheck_query(query);
    EXPECT_TRUE(result.errors.empty()) << query << ": " << result.errors.front().message;
  }
}

TEST(QueryPrecheckTest, PointsAtPropertyPathsAndNamesTheMaterialisedProperty) {
  const PrecheckResult result = precheck_query(
      "PREFIX cg: <https://w3id.org/coopgraph/ontology#>\nSELECT ?x WHERE {\n"
      "  ?x cg:locatedIn+ ?p .\n}");
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(result.errors[0].line, 3u);
  EXPECT_EQ(result.errors[0].column, 18u);  // the "+"
  EXPECT_NE(result.errors[0].message.find("cg:inProvince"), std::string::npos);
  for (const char* query :
       {"SELECT * { ?x cg:about/cg:locatedIn ?p }", "SELECT * { ?x ^cg:about ?o }",
        "SELECT * { ?x a/rdfs:subClassOf* cg:Place }", "SELECT * { ?x cg:a|cg:b ?o }",
        "SELECT * { ?x cg:locatedIn* ?o }", "SELECT * { ?x cg:locatedIn? ?o }"}) {
    EXPECT_FALSE(precheck_query(query).errors.empty()) << query;
  }
}

TEST(QueryPrecheckTest, ExistsNotExistsAndMinusNameTheOptionalPattern) {
  const PrecheckResult result =
      precheck_query("SELECT ?x WHERE { ?x a cg:City FILTER NOT EXISTS { ?x cg:trade ?t } }");
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(result.errors[0].column, 39u);  // "NOT"
  EXPECT_NE(result.errors[0].message.find("NOT EXISTS"), std::string::npos);
  EXPECT_NE(result.errors[0].message.find("FILTER(!BOUND(?v))"), std::string::npos);
  EXPECT_FALSE(precheck_query("SELECT * { ?x ?p ?o MINUS { ?x a cg:City } }").errors.empty());
  EXPECT_FALSE(
      precheck_query("SELECT * { ?x ?p ?o FILTER exists { ?x a cg:City } }").errors.empty());
}

TEST(QueryPrecheckTest, WarnsAboutWhatRasqalGetsWrong) {
  const PrecheckResult result = precheck_query(
      "SELECT (GROUP_CONCAT(?l; SEPARATOR=\", \") AS ?ls) (YEAR(?d) AS ?y) WHERE { ?x ?p ?l }");
  EXPECT_TRUE(result.errors.empty());
  ASSERT_EQ(result.warnings.size(), 2u);
  EXPECT_NE(result.warnings[1].message.find("SUBSTR(STR(?date), 1, 4)"), std::string::npos);
}

TEST(QueryPrecheckTest, SurvivesUnfinishedInput) {
  for (const char* query :
       {"", "\"unterminated", "<http://unterminated", "SELECT ?", "#", "'''x"}) {
    EXPECT_NO_THROW(precheck_query(query)) << query;
  }
}

}  // namespace
}  // namespace coopgraph::graph
