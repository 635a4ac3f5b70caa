// SPARQL 1.1's ORDER BY (section 15.1) on rows already answered: the query path orders an
// answer itself when the engine would take longer to. Virtuoso 7.2 spent 1.6 s of 2.6 s
// ordering the 62,836 rows of a query at 10,000 articles by a date and two strings.
//
// The order is SPARQL's: unbound first, then blank nodes, IRIs (by code point), literals.
// Literals that SPARQL's '<' compares are ordered by it: numbers by value, strings by code
// point, booleans, and dates and times by the instant they name (one without a time zone
// taken as UTC). The order of other literals is the implementation's choice; here, by kind
// (numbers, strings, language-tagged strings, booleans, dateTimes, dates, other datatypes),
// then lexical form, then language tag or datatype. DESC reverses it. Rows the conditions
// find equal keep the order they came in.
#pragma once

#include <string>
#include <vector>

#include "graph/query_results.h"
#include "graph/term.h"

namespace coopgraph::graph {

struct OrderCondition {
  std::string variable;  // without its '?'
  bool descending = false;
  bool operator==(const OrderCondition&) const = default;
};

// Negative, zero or positive as a sorts before, with or after b in ascending order; nullopt
// is unbound.
int compare_for_order(const std::optional<Term>& a, const std::optional<Term>& b);

// Sorts the rows, stably. A condition on a variable the table lacks finds every row equal.
void order_solutions(ResultTable& table, const std::vector<OrderCondition>& conditions);

// Takes the columns out of the table (those it has); with distinct, also every row equal to
// one before it then, as SPARQL's DISTINCT after ORDER BY and the projection does.
void remove_columns(ResultTable& table, const std::vector<std::string>& columns, bool distinct);

}  // namespace coopgraph::graph
