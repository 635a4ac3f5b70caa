#include "server/media_types.h"

#include <gtest/gtest.h>

namespace coopgraph::server {
namespace {

const std::vector<std::string> kOffered{"application/sparql-results+json",
                                        "application/sparql-results+xml", "text/csv"};

TEST(Negotiate, GivesTheFirstOfferWhenAnythingGoes) {
  EXPECT_EQ(negotiate("", kOffered), "application/sparql-results+json");
  EXPECT_EQ(negotiate("*/*", kOffered), "application/sparql-results+json");
}

TEST(Negotiate, FollowsQualityValues) {
  EXPECT_EQ(negotiate("application/sparql-results+json;q=0.2, text/csv", kOffered), "text/csv");
  EXPECT_EQ(negotiate("text/*;q=0.9, */*;q=0.1", kOffered), "text/csv");
  EXPECT_EQ(negotiate("TEXT/CSV ; charset=utf-8", kOffered), "text/csv");
}

TEST(Negotiate, LetsTheMostSpecificRangeDecide) {
  // text/csv is ruled out by its own range even though */* accepts everything.
  EXPECT_EQ(negotiate("text/csv;q=0, */*;q=0.5", {"text/csv", "text/turtle"}), "text/turtle");
}

TEST(Negotiate, RefusesWhenNothingOfferedIsAccepted) {
  EXPECT_EQ(negotiate("image/png", kOffered), std::nullopt);
  EXPECT_EQ(negotiate("text/csv;q=0", kOffered), std::nullopt);
}

TEST(Negotiate, SurvivesMalformedHeaders) {
  EXPECT_EQ(negotiate(",,;q=,garbage, text/csv;q=abc", kOffered), "text/csv");
  EXPECT_EQ(negotiate(std::string(10'000, ','), kOffered), "application/sparql-results+json");
}

TEST(Essence, DropsParametersAndCase) {
  EXPECT_EQ(essence(" Application/SPARQL-Query; charset=UTF-8"), "application/sparql-query");
}

}  // namespace
}  // namespace coopgraph::server
