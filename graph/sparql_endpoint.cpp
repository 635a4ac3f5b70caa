#include "graph/sparql_endpoint.h"

#include <spdlog/spdlog.h>

#include <algorithm>

#include "graph/graph_error.h"
#include "graph/http_client.h"
#include "graph/sparql_xml_reader.h"

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

// Enough of a streamed answer's end to hold the message a server writes there.
constexpr std::size_t kTailKept = std::size_t{64} << 10;

// A server that streams its results (Virtuoso asked for output:format "HTTP+XML ...") has
// sent 200 before it knows whether the query will fail; when it does, it writes its error
// message where the rest of the document should be. A document cut off with no message is
// an answer that stopped (the server died); both must not be read as a short answer.
// end: the document's last bytes (its last kTailKept at least); size: all of it.
void check_results_document_ends(std::string_view end, std::size_t size, const std::string& url) {
  std::string_view body = end;
  while (!body.empty() && std::isspace(static_cast<unsigned char>(body.back())))
    body.remove_suffix(1);
  if (body.ends_with("</sparql>")) return;
  // The message follows the last row written (the message may quote the query, so not
  // just the last '>').
  std::size_t rows_end = 0;
  for (const std::string_view tag : {"</result>", "<results>", "</head>"}) {
    const std::size_t at = body.rfind(tag);
    if (at != std::string_view::npos) rows_end = std::max(rows_end, at + tag.size());
  }
  const std::string_view after = body.substr(rows_end);
  const std::size_t text = after.find_first_not_of(" \t\r\n");
  // Markup there is the document cut off part-way through a row.
  if (text == std::string_view::npos || after[text] == '<') {
    throw EndpointError("the SPARQL endpoint <" + url + "> broke off its answer after " +
                        std::to_string(size) + " bytes");
  }
  throw EndpointRejected("the SPARQL endpoint <" + url +
                             "> failed while answering: " + server_message(std::string(after)),
                         200);
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
  // SPARQL XML results are read as they arrive; the end of the document is kept to tell,
  // should it not read, what ended it.
  SparqlXmlStream stream("<" + url_ + ">");
  std::string tail;
  std::size_t streamed_size = 0;
  request.stream_if = [](std::string_view content_type) {
    return media_type(content_type) == kSparqlResultsXml;
  };
  request.stream_to = [&](std::string_view piece) {
    stream.feed(piece);
    streamed_size += piece.size();
    tail.append(piece);
    if (tail.size() > 2 * kTailKept) tail.erase(0, tail.size() - kTailKept);
  };
  HttpResponse response = post_form(request);
  if (response.status < 200 || response.status >= 300) {
    throw EndpointRejected("the SPARQL endpoint <" + url_ + "> answered HTTP " +
                               std::to_string(response.status) + ": " +
                               server_message(response.body),
                           response.status);
  }
  for (const auto& [name, value] : response.headers) {
    if (name == "X-SQL-State" && value == "S1TAT") {
      throw EndpointTimeout("the SPARQL endpoint <" + url_ +
                            "> stopped the query at its time limit");
    }
  }
  if (!response.streamed)
    return RemoteResults::parse(std::move(response.body), response.content_type, url_);
  try {
    return RemoteResults::from_sparql_xml(stream.finish());
  } catch (const QueryError&) {
    // A document that does not read may be one the server broke off: then that is the error.
    check_results_document_ends(tail, streamed_size, url_);
    throw;
  }
}

}  // namespace coopgraph::graph
