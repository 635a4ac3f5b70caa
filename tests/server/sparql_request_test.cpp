#include "server/sparql_request.h"

#include <gtest/gtest.h>

namespace coopgraph::server {
namespace {

HttpInput get(std::multimap<std::string, std::string> params) {
  return {"GET", "", "", std::move(params)};
}

int status_of(const SparqlRequest& request) {
  const auto* error = std::get_if<HttpError>(&request);
  return error ? error->status : 200;
}

TEST(SparqlRequest, ReadsTheQueryFromGetAndForms) {
  const auto from_get = parse_sparql_request(get({{"query", "SELECT * WHERE {?s ?p ?o}"}}));
  ASSERT_TRUE(std::holds_alternative<SparqlQueryRequest>(from_get));
  EXPECT_EQ(std::get<SparqlQueryRequest>(from_get).query, "SELECT * WHERE {?s ?p ?o}");
  const auto from_form = parse_sparql_request(
      {"POST", "application/x-www-form-urlencoded; charset=UTF-8", "", {{"query", "ASK {}"}}});
  EXPECT_EQ(std::get<SparqlQueryRequest>(from_form).query, "ASK {}");
}

TEST(SparqlRequest, ReadsTheQueryFromAPostBody) {
  const auto request = parse_sparql_request({"POST", "application/sparql-query", "ASK {}", {}});
  EXPECT_EQ(std::get<SparqlQueryRequest>(request).query, "ASK {}");
}

TEST(SparqlRequest, WithoutAQueryAsksForTheServiceDescription) {
  EXPECT_TRUE(std::holds_alternative<ServiceDescriptionRequest>(parse_sparql_request(get({}))));
}

TEST(SparqlRequest, RefusesUpdatesInEveryForm) {
  EXPECT_EQ(status_of(parse_sparql_request(get({{"update", "CLEAR ALL"}}))), 403);
  EXPECT_EQ(status_of(parse_sparql_request(
                {"POST", "application/sparql-update", "INSERT DATA {<a> <b> <c>}", {}})),
            403);
  EXPECT_EQ(status_of(parse_sparql_request(get({{"query", "DROP ALL"}}))), 403);
  EXPECT_EQ(status_of(parse_sparql_request(
                {"POST", "application/sparql-query", "# hi\nPREFIX a: <x>\nload <y>", {}})),
            403);
}

TEST(SparqlRequest, RefusesMalformedRequests) {
  EXPECT_EQ(status_of(parse_sparql_request(get({{"query", "ASK {}"}, {"query", "ASK {}"}}))), 400);
  EXPECT_EQ(status_of(parse_sparql_request(get({{"query", ""}}))), 400);
  EXPECT_EQ(
      status_of(parse_sparql_request(get({{"query", "ASK {}"}, {"default-graph-uri", "urn:g"}}))),
      400);
  EXPECT_EQ(status_of(parse_sparql_request({"POST", "text/plain", "ASK {}", {}})), 415);
  EXPECT_EQ(status_of(parse_sparql_request({"PUT", "", "", {}})), 405);
  EXPECT_EQ(status_of(parse_sparql_request({"POST", "application/sparql-query", "", {}})), 400);
}

TEST(IsSparqlUpdate, LooksPastThePrologue) {
  EXPECT_TRUE(
      is_sparql_update("BASE <http://x/>\nPREFIX : <y#>\n# comment\n  insert { } where {}"));
  EXPECT_TRUE(is_sparql_update("WITH <g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }"));
  EXPECT_FALSE(is_sparql_update("SELECT ?insert WHERE { ?insert ?p ?o }"));
  EXPECT_FALSE(is_sparql_update("PREFIX drop: <x#> SELECT * WHERE { ?s drop:p ?o }"));
  EXPECT_FALSE(is_sparql_update("# DELETE\nASK {}"));
}

}  // namespace
}  // namespace coopgraph::server
