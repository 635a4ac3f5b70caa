// What the project's query path changes in a query before Virtuoso 7.2 runs it, so that its
// answer is the one SPARQL 1.1 defines over the store's dataset, or a refusal that says why:
//  - the dataset: the default graph is the union of the article and file graphs, each
//    triple in one of them (Virtuoso's own graphs are excluded from it), and GRAPH ?g sees
//    those graphs only;
//  - property paths with + or *: Virtuoso answers once per path, not once per pair, so each
//    such triple pattern becomes a DISTINCT subquery; one it cannot rewrite is refused;
//  - GROUP_CONCAT without SEPARATOR fails inside Virtuoso: the default " " is written out;
//  - a FILTER in a group { ... } of its own on a variable only the outside binds: Virtuoso
//    lets it see the outer binding, SPARQL does not; refused;
//  - SUM and AVG over no rows are 0 in SPARQL and unbound in Virtuoso: a query-wide aggregate
//    gets a hidden row count (kRowCountColumn), and the answer their 0 (zero_over_no_rows);
//  - Virtuoso lowercases language tags, so a string compared with lang() is lowercased
//    (tags compare case-insensitively in RDF); results get their tags' usual case back
//    (see canonical_language_tag);
//  - sorting a whole answer, Virtuoso orders strings longer than 20 bytes by their first 20,
//    and slowly (1.6 s of 2.6 s for a query's 62,836 rows at 10,000 articles): the query's
//    ORDER BY on variables, when no LIMIT or OFFSET follows, is taken out and the answer
//    ordered once it came (order_after_answer, solution_order.h);
//  - SELECT and ASK answers are streamed, row by row, as SPARQL XML (kStreamedResults),
//    but for an ORDER BY the engine keeps over a subquery with an aggregate, whose order
//    Virtuoso would lose;
//  - CONCAT, REPLACE, STRBEFORE and STRAFTER give the tags, no-match values and errors SPARQL
//    defines (see string_function_rewrite.h).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/solution_order.h"

namespace coopgraph::graph::engine {

struct EngineDataset {
  // When set, the default graph is this one graph (it holds every triple once); when empty,
  // the union of the graphs that are not excluded.
  std::string default_graph;
  std::vector<std::string> excluded_graphs;  // the engine's own: not data, never ?g
};

enum class ResultsTransport { kStreamed, kWhole };

// Throws QueryError ("query:LINE:COLUMN: ...") for what it refuses. kWhole leaves out
// kStreamedResults, for the answers Virtuoso cannot stream (see run_engine_query).
std::string rewrite_query(std::string_view sparql, const EngineDataset& dataset,
                          ResultsTransport transport = ResultsTransport::kStreamed);

// The define that makes Virtuoso stream a SELECT's or ASK's SPARQL XML results.
inline constexpr std::string_view kStreamedResults =
    "define output:format \"HTTP+XML application/sparql-results+xml\"";

// What the answer to a query whose ORDER BY the rewrite took out needs: to be ordered by its
// conditions (order_solutions), then to lose the columns the rewrite added for variables it
// orders by but does not answer with, and with them, for SELECT DISTINCT or REDUCED, the
// rows that are then repeated (remove_columns). No conditions: the engine orders.
struct AnswerOrder {
  std::vector<OrderCondition> conditions;
  std::vector<std::string> hidden_columns;
  bool distinct = false;
  bool operator==(const AnswerOrder&) const = default;
};
AnswerOrder order_after_answer(std::string_view sparql);

// The column the rewrite adds to a query-wide aggregate with a bare SUM or AVG: the number of
// rows aggregated, so that the answer can tell no rows from an error. Not part of the answer.
inline constexpr std::string_view kRowCountColumn = "_cg_rows";

// The columns of a query-wide aggregate (a SELECT without GROUP BY) that are a bare
// "(SUM(...) AS ?x)" or "(AVG(...) AS ?x)", without their '?': 0 when no row was aggregated.
std::vector<std::string> zero_over_no_rows(std::string_view sparql);

// BCP 47's usual case: language lowercase, script Titlecase, region UPPERCASE
// ("zh-latn-pinyin" → "zh-Latn-pinyin", "en-gb" → "en-GB").
std::string canonical_language_tag(std::string_view tag);

}  // namespace coopgraph::graph::engine
