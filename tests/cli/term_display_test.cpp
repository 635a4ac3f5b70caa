#include "cli/term_display.h"

#include <gtest/gtest.h>

namespace coopgraph::cli {
namespace {

using graph::Term;

TEST(TermDisplayTest, ShowsKnownNamespacesAsPrefixedNames) {
  EXPECT_EQ(display_term(Term::iri("https://w3id.org/coopgraph/ontology#Article")), "cg:Article");
  EXPECT_EQ(display_term(Term::iri("http://example.org/x")), "<http://example.org/x>");
  EXPECT_EQ(display_term(Term::literal("阳泉", "zh")), "阳泉");
  EXPECT_EQ(display_term(Term::blank("b1")), "_:b1");
  EXPECT_EQ(display_term(std::nullopt), "");
}

}  // namespace
}  // namespace coopgraph::cli
