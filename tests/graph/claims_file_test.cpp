// The file of the statements a store keeps in another graph gives back exactly the terms
// written (language tags in their case, any bytes in values), and refuses a damaged file.
#include "graph/claims_file.h"

#include <gtest/gtest.h>

#include "graph/graph_error.h"
#include "tests/test_support.h"

namespace coopgraph::graph {
namespace {

TEST(ClaimsFile, GivesBackTheTermsWritten) {
  const std::vector<Claim> claims = {
      {{Term::iri("urn:s"), Term::iri("urn:label"),
        Term::literal("ti\xC4\x9B q\xC3\xAC", "zh-Latn-pinyin")},
       "urn:article/1"},
      {{Term::blank("b0"), Term::iri("urn:p"),
        Term::typed("6.0", "http://www.w3.org/2001/XMLSchema#decimal")},
       "urn:file/a.ttl"},
      {{Term::iri("urn:s"), Term::iri("urn:p"), Term::literal("two\nlines: 12:ab \"q\"")}, ""},
  };
  std::string text;
  for (const auto& [triple, graph] : claims)
    append_claim(text, triple, graph);
  testing::TempDir scratch;
  const auto file = scratch.path() / "claims";
  testing::write_file(file, text);
  EXPECT_EQ(read_claims_file(file), claims);
  testing::write_file(file, text.substr(0, text.size() - 5));
  EXPECT_THROW(read_claims_file(file), GraphError);
  testing::write_file(file, "");
  EXPECT_TRUE(read_claims_file(file).empty());
}

}  // namespace
}  // namespace coopgraph::graph
