#include "graph/engine/engine_query.h"

#include <spdlog/spdlog.h>

#include <algorithm>

#include "graph/engine/engine_error.h"
#include "graph/engine/query_rewrite.h"
#include "graph/graph_error.h"
#include "graph/sparql_endpoint.h"

namespace coopgraph::graph::engine {
namespace {

constexpr long kNotAcceptable = 406;

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
// lowercased, xsd:decimal without its fraction ("6.0" comes back "6"), and its streamed rows
// (kStreamedResults) write xsd:double and xsd:float 6 as "6", infinity as "inf", and an
// xsd:boolean as its word followed by its number ("true1", "false0"). The usual forms, which
// the store holds, are put back: the same values, spelt as the export spells them.
void restore_literal_form(Term& term) {
  static constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";
  if (!term.language.empty()) {
    term.language = canonical_language_tag(term.language);
    return;
  }
  if (!term.datatype.starts_with(kXsd)) return;
  const std::string_view type = std::string_view(term.datatype).substr(kXsd.size());
  std::string& value = term.value;
  const bool integral =
      !value.empty() && value.find_first_not_of("-+0123456789") == std::string::npos;
  if (type == "decimal") {
    if (integral) value += ".0";
  } else if (type == "double" || type == "float") {
    if (integral) {
      value += ".0";
    } else if (value == "inf" || value == "+inf") {
      value = "INF";
    } else if (value == "-inf") {
      value = "-INF";
    } else if (value == "nan" || value == "-nan") {
      value = "NaN";
    }
  } else if (type == "boolean") {
    if (value == "true1") value = "true";
    if (value == "false0") value = "false";
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
  EngineAnswer answer;
  try {
    try {
      answer = answer_of(endpoint.url, rewrite_query(sparql, endpoint.dataset), timeout, true);
    } catch (const EndpointRejected& rejected) {
      // A query Virtuoso finds empty before running it (FILTER(false), VALUES with no rows,
      // only FROM NAMED) gets, streamed, the end of a document alone as text/html, which
      // it then refuses to send as results (406). Asked for whole, it answers right, at no
      // cost since nothing runs.
      if (rejected.status() != kNotAcceptable) throw;
      spdlog::debug("asking again for the whole answer: {}", rejected.what());
      answer =
          answer_of(endpoint.url, rewrite_query(sparql, endpoint.dataset, ResultsTransport::kWhole),
                    timeout, true);
    }
    for (auto& row : answer.table.rows) {
      for (auto& value : row) {
        if (value) restore_literal_form(*value);
      }
    }
    fill_sums_over_no_rows(answer.table, zero_over_no_rows(sparql));
    const AnswerOrder order = order_after_answer(sparql);
    order_solutions(answer.table, order.conditions);
    remove_columns(answer.table, order.hidden_columns, order.distinct);
  } catch (const EndpointTimeout&) {
    throw;
  } catch (const EndpointRejected& error) {
    throw QueryError("the SPARQL engine rejected the query: " + engine_message(error.what()));
  } catch (const EndpointError& error) {
    // No answer, or one cut off with no message: the engine is gone.
    throw EngineError("the SPARQL engine stopped while answering (" + std::string(error.what()) +
                      ")");
  }
  return answer;
}

}  // namespace coopgraph::graph::engine
