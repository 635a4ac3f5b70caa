#include "server/sparql_request.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>

#include "server/media_types.h"

namespace coopgraph::server {
namespace {

constexpr const char* kReadOnly =
    "this endpoint is read-only: SPARQL Update (INSERT, DELETE, LOAD, CLEAR, DROP, ...) is "
    "not accepted";

// SPARQL Protocol 2.1.4: the dataset comes from the query or the service, and this service
// has one dataset, so a request to choose another is refused rather than ignored.
bool names_a_dataset(const std::multimap<std::string, std::string>& params) {
  return params.count("default-graph-uri") > 0 || params.count("named-graph-uri") > 0;
}

SparqlRequest from_params(const std::multimap<std::string, std::string>& params) {
  if (params.count("update") > 0 || params.count("using-graph-uri") > 0 ||
      params.count("using-named-graph-uri") > 0) {
    return HttpError{403, kReadOnly};
  }
  const std::size_t queries = params.count("query");
  if (queries == 0) {
    if (names_a_dataset(params)) return HttpError{400, "a dataset was given but no query"};
    return ServiceDescriptionRequest{};
  }
  if (queries > 1)
    return HttpError{400, "give one query parameter, not " + std::to_string(queries)};
  if (names_a_dataset(params)) {
    return HttpError{400,
                     "default-graph-uri and named-graph-uri are not supported: this service "
                     "has one dataset; use FROM / FROM NAMED or GRAPH in the query instead"};
  }
  const std::string& query = params.find("query")->second;
  if (query.empty()) return HttpError{400, "the query parameter is empty"};
  if (is_sparql_update(query)) return HttpError{403, kReadOnly};
  return SparqlQueryRequest{query};
}

}  // namespace

bool is_sparql_update(const std::string& text) {
  // Skips comments, then BASE and PREFIX declarations, then reads the first keyword.
  static const re2::RE2 prologue(
      R"((?is)^(?:\s+|#[^\n]*\n?|BASE\s*<[^>]*>|PREFIX\s+[^\s:]*:\s*<[^>]*>)*)");
  static const re2::RE2 update_keyword(
      R"((?i)^(?:INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b)");
  re2::StringPiece rest(text);
  re2::RE2::Consume(&rest, prologue);
  return re2::RE2::PartialMatch(rest, update_keyword);
}

SparqlRequest parse_sparql_request(const HttpInput& input) {
  if (input.method == "GET" || input.method == "HEAD") return from_params(input.params);
  if (input.method != "POST") {
    return HttpError{405, "use GET or POST for SPARQL queries; " + input.method +
                              " is not allowed on this read-only endpoint"};
  }
  const std::string type = essence(input.content_type);
  if (type == "application/x-www-form-urlencoded") return from_params(input.params);
  if (type == "application/sparql-query") {
    if (input.body.empty()) return HttpError{400, "the request body holds no query"};
    // The body is the query; the URL's parameters (update=, a dataset) are judged as a
    // form's are.
    std::multimap<std::string, std::string> params = input.params;
    params.erase("query");
    params.emplace("query", input.body);
    return from_params(params);
  }
  if (type == "application/sparql-update") return HttpError{403, kReadOnly};
  return HttpError{415,
                   "send the query as application/sparql-query or "
                   "application/x-www-form-urlencoded, not '" +
                       (type.empty() ? std::string("no content type") : type) + "'"};
}

}  // namespace coopgraph::server
