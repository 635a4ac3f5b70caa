// The rewrite of queries for Virtuoso: query in, query out (or a refusal), table-driven.
#include "graph/engine/query_rewrite.h"

#include <gtest/gtest.h>

#include "graph/graph_error.h"

namespace coopgraph::graph::engine {
namespace {

const EngineDataset kDataset{"urn:x-default", {"urn:x-hidden"}};
const std::string kDefines = "define input:default-graph-uri <urn:x-default> ";

struct RewriteCase {
  const char* query;
  const char* expected;  // after the defines
};

TEST(QueryRewrite, RewritesWhatVirtuosoGetsWrong) {
  const RewriteCase cases[] = {
      {"SELECT * { ?s ?p ?o }", "SELECT * { ?s ?p ?o }"},
      {"SELECT (GROUP_CONCAT(?l) AS ?c) { ?s ?p ?l }",
       "SELECT (GROUP_CONCAT(?l; SEPARATOR=\" \") AS ?c) { ?s ?p ?l }"},
      {"SELECT (group_concat(DISTINCT STR(?l); separator=\", \") AS ?c) {}",
       "SELECT (group_concat(DISTINCT STR(?l); separator=\", \") AS ?c) {}"},
      {"SELECT * { ?s ?p ?l FILTER(lang(?l) = \"zh-Latn-pinyin\") }",
       "SELECT * { ?s ?p ?l FILTER(lang(?l) = \"zh-latn-pinyin\") }"},
      {"SELECT * { ?s ?p ?l FILTER(\"EN\" != LANG(?l)) }",
       "SELECT * { ?s ?p ?l FILTER(\"en\" != LANG(?l)) }"},
      {"SELECT * { ?s ?p ?l FILTER(lang(?l) IN (\"zh-Hans\", \"EN\")) }",
       "SELECT * { ?s ?p ?l FILTER(lang(?l) IN (\"zh-hans\", \"en\")) }"},
      {"SELECT * { ?s ?p ?l FILTER(langMatches(lang(?l), \"zh-Latn\")) }",
       "SELECT * { ?s ?p ?l FILTER(langMatches(lang(?l), \"zh-Latn\")) }"},
      {"SELECT ?b { <urn:a> <urn:in>+ ?b }",
       "SELECT ?b { { SELECT DISTINCT ?b WHERE { <urn:a> <urn:in>+ ?b } } }"},
      {"SELECT * { ?a a :T . ?a cg:locatedIn+ ?b . }",
       "SELECT * { ?a a :T . { SELECT DISTINCT ?a ?b WHERE { ?a cg:locatedIn ?_cg_path_seed0 . "
       "?a cg:locatedIn+ ?b } } . }"},
      {"SELECT ?a { ?a cg:locatedIn* <urn:p> }",
       "SELECT ?a { { SELECT DISTINCT ?a WHERE { ?a cg:locatedIn* <urn:p> } } }"},
      {"SELECT ?x { ?x cg:value ?v FILTER(?v+1 > 2) }",
       "SELECT ?x { ?x cg:value ?v FILTER(?v+1 > 2) }"},
      {"SELECT ?x { ?x cg:a/cg:b ?y }", "SELECT ?x { ?x cg:a/cg:b ?y }"},
      {"SELECT ?g { GRAPH ?g { ?s ?p ?o } }",
       "SELECT ?g { GRAPH ?g { ?s ?p ?o  FILTER(?g NOT IN (<urn:x-hidden>)) } }"},
      {"SELECT ?s { GRAPH <urn:g> { ?s ?p ?o } }", "SELECT ?s { GRAPH <urn:g> { ?s ?p ?o } }"},
  };
  for (const RewriteCase& test : cases) {
    EXPECT_EQ(rewrite_query(test.query, kDataset), kDefines + test.expected) << test.query;
  }
}

TEST(QueryRewrite, AQueryWithFromKeepsItsOwnDefaultGraph) {
  EXPECT_EQ(rewrite_query("SELECT * FROM <urn:g> { ?s ?p ?o }", kDataset),
            "SELECT * FROM <urn:g> { ?s ?p ?o }");
}

TEST(QueryRewrite, RefusesPathsItCannotAnswerWithTheirPosition) {
  const char* cases[] = {
      "SELECT * {\n  ?a cg:type ?t ; cg:locatedIn+ ?b }",
      "SELECT * { ?a cg:locatedIn* ?b }",
      "SELECT * { ?a (cg:x|cg:y)+ ?b . ?a cg:locatedIn+ [] }",
  };
  for (const char* query : cases) {
    try {
      rewrite_query(query, kDataset);
      ADD_FAILURE() << "not refused: " << query;
    } catch (const QueryError& error) {
      EXPECT_TRUE(std::string(error.what()).starts_with("query:")) << error.what();
    }
  }
}

TEST(QueryRewrite, LanguageTagsGetTheirUsualCase) {
  EXPECT_EQ(canonical_language_tag("zh-latn-pinyin"), "zh-Latn-pinyin");
  EXPECT_EQ(canonical_language_tag("en-gb"), "en-GB");
  EXPECT_EQ(canonical_language_tag("EN"), "en");
  EXPECT_EQ(canonical_language_tag("zh-hans-cn"), "zh-Hans-CN");
  EXPECT_EQ(canonical_language_tag("en-x-ab"), "en-x-ab");
}

}  // namespace
}  // namespace coopgraph::graph::engine
