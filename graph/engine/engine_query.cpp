#include "graph/engine/engine_query.h"

#include <algorithm>

#include "graph/engine/engine_error.h"
#include "graph/engine/query_rewrite.h"
#include "graph/graph_error.h"
#include "graph/sparql_endpoint.h"

namespace coopgraph::graph::engine {
namespace {

// Virtuoso answers a query it rejects with HTTP 400 or 500 and its message as plain text:
// "Virtuoso 37000 Error SP030: SPARQL compiler, line 3: syntax error ...". The text
// after "SPARQL query:" is our rewritten query, which the user never wrote.
std::string engine_message(const std::string& error) {
  std::string message = error;
  const std::size_t virtuoso = message.find("Virtuoso ");
  if (virtuoso != std::string::npos) message = message.substr(virtuoso);
  const std::size_t echoed = message.find("SPARQL query:");
  if (echoed != std::string::npos) message = message.substr(0, echoed);
  while (!message.empty() && std::isspace(static_cast<unsigned char>(message.back())))
    message.pop_back();
  return message;
}

EngineAnswer answer_of(const std::string& url, std::string_view sparql,
                       std::chrono::milliseconds timeout, bool engine_limit) {
  // The engine gets the same limit, so that it stops a query nobody waits for any more; a
  // little later than the client, which then reports the timeout itself.
  const SparqlEndpoint client(url, timeout);
  EngineAnswer answer;
  RemoteResults results =
      engine_limit ? client.query(sparql, {{"timeout", std::to_string(timeout.count() + 500)}})
                   : client.query(sparql);
  answer.kind = results.kind();
  switch (answer.kind) {
    case AnswerKind::kBindings:
      answer.table = results.table();
      break;
    case AnswerKind::kBoolean:
      answer.boolean = results.boolean();
      break;
    case AnswerKind::kGraph:
      answer.turtle = results.graph_as_turtle();
      answer.triples = results.graph();
      break;
  }
  return answer;
}

// Virtuoso keeps literals by value and writes them back in its own spelling: language tags
// lowercased, xsd:decimal without its fraction ("6.0" comes back "6"). The usual forms, which
// the store holds, are put back: the same values, spelt as the export spells them.
void restore_literal_form(Term& term) {
  static constexpr std::string_view kDecimal = "http://www.w3.org/2001/XMLSchema#decimal";
  if (!term.language.empty()) term.language = canonical_language_tag(term.language);
  if (term.datatype == kDecimal && !term.value.empty() &&
      term.value.find_first_not_of("-+0123456789") == std::string::npos) {
    term.value += ".0";
  }
}

// SPARQL's SUM and AVG over no rows are 0; Virtuoso leaves them unbound. The rewrite added
// the number of rows aggregated (kRowCountColumn), which tells that case from an error.
void fill_sums_over_no_rows(ResultTable& table, const std::vector<std::string>& zero_columns) {
  const auto count_at = std::find(table.variables.begin(), table.variables.end(), kRowCountColumn);
  if (count_at == table.variables.end()) return;
  const auto count = static_cast<std::size_t>(count_at - table.variables.begin());
  std::vector<std::size_t> columns;
  for (std::size_t i = 0; i < table.variables.size(); ++i) {
    if (std::find(zero_columns.begin(), zero_columns.end(), table.variables[i]) !=
        zero_columns.end())
      columns.push_back(i);
  }
  for (auto& row : table.rows) {
    if (count < row.size() && row[count] && row[count]->value == "0") {
      for (std::size_t column : columns) {
        if (column < row.size() && !row[column])
          row[column] = Term::typed("0", "http://www.w3.org/2001/XMLSchema#integer");
      }
    }
    if (count < row.size()) row.erase(row.begin() + static_cast<std::ptrdiff_t>(count));
  }
  table.variables.erase(count_at);
}

}  // namespace

EngineAnswer run_remote_query(const std::string& url, std::string_view sparql,
                              std::chrono::milliseconds timeout) {
  return answer_of(url, sparql, timeout, false);
}

EngineAnswer run_engine_query(const EngineEndpoint& endpoint, std::string_view sparql,
                              std::chrono::milliseconds timeout) {
  const std::string rewritten = rewrite_query(sparql, endpoint.dataset);
  EngineAnswer answer;
  try {
    answer = answer_of(endpoint.url, rewritten, timeout, true);
    for (auto& row : answer.table.rows) {
      for (auto& value : row) {
        if (value) restore_literal_form(*value);
      }
    }
    fill_sums_over_no_rows(answer.table, zero_over_no_rows(sparql));
  } catch (const EndpointTimeout&) {
    throw;
  } catch (const EndpointError& error) {
    const std::string what = error.what();
    // An HTTP answer is the engine's verdict on the query; no answer means it is gone.
    if (what.find("answered HTTP") != std::string::npos) {
      throw QueryError("the SPARQL engine rejected the query: " + engine_message(what));
    }
    throw EngineError("the SPARQL engine stopped while answering (" + what + ")");
  }
  return answer;
}

}  // namespace coopgraph::graph::engine
