// ORDER BY through the command line, on the store's engine: rows come in SPARQL's order
// (section 15.1). Virtuoso 7.2 alone orders strings longer than 20 bytes by their first 20
// (the labels below share "Sangzhi County Third ") and puts them in the order it stored
// them, which here is the wrong one; the query path orders such answers itself
// (graph/solution_order.h). One store and engine for the suite.
#include <gtest/gtest.h>

#include "tests/e2e/command_runner.h"

namespace coopgraph::testing {
namespace {

constexpr const char* kLabels = R"(@prefix : <http://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
:c1 :label "Sangzhi County Third Embroidery Production Cooperative"@en ; :n 10 .
:c2 :label "Sangzhi County Third Drawnwork Production Cooperative"@en ; :n 9.5 .
:c3 :label "Sangzhi County Third Carpentry Production Cooperative"@en ; :n "1.5E1"^^xsd:double .
:c4 :label "Sangzhi County Third Bamboo Production Cooperative"@en ; :n -2 .
:c5 :label "Sangzhi County Second Smithy"@en .
:c6 :label "Sangzhi County Third Weaving Production Cooperative"@en ; :n 100 .
:c7 :label "Sangzhi County Third weaving Production Cooperative"@en ; :n 0.25 .
)";

constexpr const char* kPrefixes = "PREFIX : <http://example.org/> ";

class OrderTest : public TurtleStoreTest<OrderTest> {
 public:
  static constexpr const char* kData = kLabels;

 protected:
  // The subjects' local names, in the order the query answers them.
  static std::vector<std::string> subjects(const std::string& sparql) {
    const CommandResult result = query_tsv(kPrefixes + sparql);
    EXPECT_EQ(result.status, 0) << sparql << "\n" << result.err;
    std::vector<std::string> names;
    std::vector<std::string> lines = lines_of(result.out);
    for (std::size_t i = 1; i < lines.size(); ++i) {
      const std::string& line = lines[i];
      const std::size_t end = line.find_first_of(">\t");
      names.push_back(line.starts_with("<http://example.org/") ? line.substr(20, end - 20) : line);
    }
    return names;
  }
};

struct OrderCase {
  const char* query;
  std::vector<std::string> subjects;
};

TEST_F(OrderTest, RowsComeInSparqlsOrder) {
  ASSERT_EQ(built_, 0);
  const OrderCase cases[] = {
      {"SELECT ?c ?l { ?c :label ?l } ORDER BY ?l", {"c5", "c4", "c3", "c2", "c1", "c6", "c7"}},
      {"SELECT ?c ?l { ?c :label ?l } ORDER BY DESC(?l)",
       {"c7", "c6", "c1", "c2", "c3", "c4", "c5"}},
      {"SELECT * { ?c :label ?l } ORDER BY ?l", {"c5", "c4", "c3", "c2", "c1", "c6", "c7"}},
      // Numbers by value whatever their type; unbound first.
      {"SELECT ?c ?n { ?c :label ?l OPTIONAL { ?c :n ?n } } ORDER BY ?n",
       {"c5", "c4", "c7", "c2", "c1", "c3", "c6"}},
      {"SELECT ?c ?n { ?c :n ?n } ORDER BY DESC(?n)", {"c6", "c3", "c1", "c2", "c7", "c4"}},
      // By a variable it does not answer with; with DISTINCT, each subject where it first
      // comes in that order (the numbers come before the labels).
      {"SELECT ?c { ?c :label ?l } ORDER BY ?l", {"c5", "c4", "c3", "c2", "c1", "c6", "c7"}},
      {"SELECT DISTINCT ?c { ?c ?p ?v } ORDER BY DESC(?v)",
       {"c7", "c6", "c1", "c2", "c3", "c4", "c5"}},
      {"SELECT DISTINCT ?p { ?c ?p ?v } ORDER BY ?v", {"n", "label"}},
      {"SELECT DISTINCT ?p { ?c ?p ?v } ORDER BY DESC(?v)", {"label", "n"}},
      // With LIMIT the engine orders, and it orders right.
      {"SELECT ?c ?l { ?c :label ?l } ORDER BY ?l LIMIT 3", {"c5", "c4", "c3"}},
      {"SELECT ?c ?l { ?c :label ?l } ORDER BY STR(?l)",
       {"c5", "c4", "c3", "c2", "c1", "c6", "c7"}},
  };
  for (const OrderCase& c : cases) {
    SCOPED_TRACE(c.query);
    EXPECT_EQ(subjects(c.query), c.subjects);
  }
}

}  // namespace
}  // namespace coopgraph::testing
