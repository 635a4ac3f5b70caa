#include "graph/sparql_endpoint.h"

#include <spdlog/spdlog.h>

#include "graph/graph_error.h"
#include "graph/http_client.h"

namespace coopgraph::graph {
namespace {

// Enough of a server's error page to say what went wrong, not a whole HTML page.
constexpr std::size_t kMessageLimit = 2000;

std::string server_message(const std::string& body) {
  std::string message = body.substr(0, kMessageLimit);
  while (!message.empty() && std::isspace(static_cast<unsigned char>(message.back())))
    message.pop_back();
  if (body.size() > kMessageLimit) message += " [...]";
  return message.empty() ? "(no message)" : message;
}

}  // namespace

SparqlEndpoint::SparqlEndpoint(std::string url, std::chrono::milliseconds timeout)
    : url_(std::move(url)), timeout_(timeout) {}

RemoteResults SparqlEndpoint::query(std::string_view sparql) const {
  return query(sparql, {});
}

RemoteResults SparqlEndpoint::query(
    std::string_view sparql, const std::vector<std::pair<std::string, std::string>>& fields) const {
  HttpRequest request;
  request.url = url_;
  request.form = {{"query", std::string(sparql)}};
  request.form.insert(request.form.end(), fields.begin(), fields.end());
  request.capture_headers = {"X-SQL-State"};
  // Bindings and booleans as SPARQL XML, graphs as RDF/XML; the server picks by the query.
  // Virtuoso 7.2 answers a CONSTRUCT with 406 when text/turtle follows the results type here
  // (it does not weigh q-values), but does offer RDF/XML, which any endpoint can write.
  request.accept = std::string(kSparqlResultsXml) + ", " + std::string(kRdfXml) + ";q=0.9";
  request.timeout = timeout_;
  HttpResponse response = post_form(request);
  if (response.status < 200 || response.status >= 300) {
    throw EndpointError("the SPARQL endpoint <" + url_ + "> answered HTTP " +
                        std::to_string(response.status) + ": " + server_message(response.body));
  }
  for (const auto& [name, value] : response.headers) {
    if (name == "X-SQL-State" && value == "S1TAT") {
      throw EndpointTimeout("the SPARQL endpoint <" + url_ +
                            "> stopped the query at its time limit");
    }
  }
  return RemoteResults::parse(std::move(response.body), response.content_type, url_);
}

}  // namespace coopgraph::graph
