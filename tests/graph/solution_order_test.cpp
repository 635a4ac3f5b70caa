// SPARQL's ORDER BY on answered rows: pairs of terms in, their order out, table-driven.
#include "graph/solution_order.h"

#include <gtest/gtest.h>

namespace coopgraph::graph {
namespace {

const std::string kXsd = "http://www.w3.org/2001/XMLSchema#";

std::optional<Term> typed(const std::string& value, const std::string& type) {
  return Term::typed(value, kXsd + type);
}

struct OrderPair {
  std::optional<Term> lower;
  std::optional<Term> higher;  // nullopt: unbound
  bool equal = false;          // SPARQL finds them equal: neither sorts first
};

TEST(SolutionOrder, OrdersTermsAsSparqlDoes) {
  const OrderPair cases[] = {
      // Unbound, blank nodes, IRIs, literals.
      {std::nullopt, Term::blank("b")},
      {Term::blank("z"), Term::iri("urn:a")},
      {Term::iri("urn:z"), Term::literal("a")},
      {std::nullopt, std::nullopt, true},
      // IRIs and strings by code point, past any prefix length: "City" before "County".
      {Term::iri("urn:a/B"), Term::iri("urn:a/a")},
      {Term::literal("conference, Chongqing City", "en"),
       Term::literal("conference, Chongqing County", "en")},
      {Term::literal("Silk Weaving Production Cooperative"),
       Term::literal("Silk weaving Production Cooperative")},
      {Term::literal("the Chinese text has \u4e09\u5341\u4e03"),
       Term::literal("the Chinese text has \u56db\u5341\u4e8c")},
      {Term::literal("Z"), Term::literal("\u00e9")},
      {Term::literal("abc"), typed("abc", "string"), true},
      // Numbers by value, whatever their type and spelling.
      {typed("9", "integer"), typed("10", "integer")},
      {typed("-10", "integer"), typed("-9", "integer")},
      {typed("-0.5", "decimal"), typed("0", "integer")},
      {typed("6", "integer"), typed("6.0", "decimal"), true},
      {typed("-0.0", "decimal"), typed("0", "integer"), true},
      {typed("0.25", "decimal"), typed("0.5", "decimal")},
      {typed("0.5", "decimal"), typed("0.51", "decimal")},
      {typed("123456789012345678901234567890", "integer"),
       typed("123456789012345678901234567891", "integer")},
      {typed("1.5E2", "double"), typed("151", "integer")},
      {typed("-INF", "double"), typed("-1E308", "double")},
      {typed("1E308", "double"), typed("INF", "double")},
      {typed("INF", "double"), typed("NaN", "double")},
      {typed("NaN", "double"), typed("NaN", "float"), true},
      {typed("12", "nonNegativeInteger"), typed("13", "byte")},
      // Numbers before strings; strings before language-tagged ones, then by tag.
      {typed("99", "integer"), Term::literal("1")},
      {Term::literal("b"), Term::literal("a", "en")},
      {Term::literal("a", "en"), Term::literal("a", "zh")},
      // Booleans, then dateTimes and dates by the instant they name.
      {typed("false", "boolean"), typed("true", "boolean")},
      {typed("0", "boolean"), typed("true", "boolean")},
      {typed("1956-01-01T00:00:00Z", "dateTime"), typed("1956-01-01T00:00:00.5Z", "dateTime")},
      {typed("1956-01-01T10:00:00+02:00", "dateTime"), typed("1956-01-01T09:00:00Z", "dateTime")},
      {typed("1956-01-01T08:00:00Z", "dateTime"), typed("1956-01-01T10:00:00+02:00", "dateTime"),
       true},
      {typed("0999-12-31", "date"), typed("1000-01-01", "date")},
      {typed("-0001-01-01", "date"), typed("0001-01-01", "date")},
      {typed("1955-12-31", "date"), typed("1956-01-01", "date")},
      {typed("1955-02-28", "date"), typed("1955-10-01", "date")},
      {typed("9999-12-31", "date"), typed("10000-01-01", "date")},
      {typed("2000-01-01T00:00:00", "dateTime"), typed("1956-01-01", "date")},
      // Values their type cannot have, and other types: by lexical form, then type.
      {typed("1956-01-01", "date"), typed("1956-13-01", "date")},
      {typed("abc", "integer"), typed("abd", "integer")},
      {typed("x", "gYear"), typed("x", "integer")},
  };
  for (const OrderPair& c : cases) {
    SCOPED_TRACE((c.lower ? c.lower->value : "unbound") + " / " +
                 (c.higher ? c.higher->value : "unbound"));
    if (c.equal) {
      EXPECT_EQ(compare_for_order(c.lower, c.higher), 0);
      EXPECT_EQ(compare_for_order(c.higher, c.lower), 0);
    } else {
      EXPECT_LT(compare_for_order(c.lower, c.higher), 0);
      EXPECT_GT(compare_for_order(c.higher, c.lower), 0);
    }
  }
}

std::vector<std::string> column(const ResultTable& table, std::size_t index) {
  std::vector<std::string> values;
  for (const auto& row : table.rows)
    values.push_back(row[index] ? row[index]->value : "-");
  return values;
}

TEST(SolutionOrder, SortsRowsByEachConditionInTurnKeepingTiesAsTheyCame) {
  ResultTable table;
  table.variables = {"date", "name", "n"};
  const auto row = [](std::optional<Term> date, const char* name, const char* n) {
    return std::vector<std::optional<Term>>{std::move(date), Term::literal(name, "en"),
                                            Term::typed(n, kXsd + "integer")};
  };
  table.rows.push_back(row(typed("1956-01-01", "date"), "b", "1"));
  table.rows.push_back(row(typed("1955-06-01", "date"), "a", "2"));
  table.rows.push_back(row(std::nullopt, "c", "3"));
  table.rows.push_back(row(typed("1956-01-01", "date"), "a", "4"));
  table.rows.push_back(row(typed("1955-06-01", "date"), "a", "5"));

  ResultTable ascending = table;
  order_solutions(ascending, {{"date", false}, {"name", false}});
  EXPECT_EQ(column(ascending, 2), (std::vector<std::string>{"3", "2", "5", "4", "1"}));

  ResultTable descending = table;
  order_solutions(descending, {{"date", true}, {"name", false}});
  EXPECT_EQ(column(descending, 2), (std::vector<std::string>{"4", "1", "2", "5", "3"}));

  ResultTable by_number = table;
  order_solutions(by_number, {{"n", true}});
  EXPECT_EQ(column(by_number, 2), (std::vector<std::string>{"5", "4", "3", "2", "1"}));

  // A variable the answer lacks is unbound in every row: the order stays as it came.
  ResultTable unknown = table;
  order_solutions(unknown, {{"missing", false}});
  EXPECT_EQ(column(unknown, 2), column(table, 2));
}

// ORDER BY ?v with ?v not answered: the rewrite adds the column, and it goes once the rows
// are ordered; for DISTINCT the rows then repeated go too, the first of each staying.
TEST(SolutionOrder, ColumnsAddedForTheOrderAreTakenOutAgain) {
  ResultTable table;
  table.variables = {"p", "v", "q"};
  const auto row = [](const char* p, const char* v, std::optional<Term> q) {
    return std::vector<std::optional<Term>>{Term::iri(p), Term::literal(v), std::move(q)};
  };
  table.rows.push_back(row("urn:b", "1", typed("1", "integer")));
  table.rows.push_back(row("urn:a", "2", std::nullopt));
  table.rows.push_back(row("urn:b", "3", typed("1", "integer")));
  table.rows.push_back(row("urn:b", "4", typed("1.0", "decimal")));
  table.rows.push_back(row("urn:a", "5", std::nullopt));

  ResultTable all = table;
  remove_columns(all, {"v"}, false);
  EXPECT_EQ(all.variables, (std::vector<std::string>{"p", "q"}));
  EXPECT_EQ(column(all, 0),
            (std::vector<std::string>{"urn:b", "urn:a", "urn:b", "urn:b", "urn:a"}));

  ResultTable distinct = table;
  remove_columns(distinct, {"v", "absent"}, true);
  EXPECT_EQ(column(distinct, 0), (std::vector<std::string>{"urn:b", "urn:a", "urn:b"}));
  EXPECT_EQ(column(distinct, 1), (std::vector<std::string>{"1", "-", "1.0"}));

  ResultTable untouched = table;
  remove_columns(untouched, {"absent"}, true);
  EXPECT_EQ(untouched.rows.size(), 5u);
}

}  // namespace
}  // namespace coopgraph::graph
