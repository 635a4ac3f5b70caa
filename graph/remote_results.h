// The answer of a SPARQL endpoint (the store's engine, or another), read back into plain
// values (graph/query_results.h): SELECT and ASK answers come as SPARQL XML results
// (graph/sparql_xml_reader.h); CONSTRUCT and DESCRIBE as RDF/XML,
// Turtle or N-Triples, parsed and written as Turtle with our prefixes as local graphs are.
// Values are never normalised here: the lexical forms the server sent are the ones shown,
// so differences between stores stay visible.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "graph/query_results.h"
#include "graph/redland/world.h"
#include "graph/sparql_xml_reader.h"

namespace coopgraph::graph {

// Media types of the answers that RemoteResults reads.
inline constexpr std::string_view kSparqlResultsXml = "application/sparql-results+xml";
inline constexpr std::string_view kRdfXml = "application/rdf+xml";
inline constexpr std::string_view kTurtle = "text/turtle";
inline constexpr std::string_view kNTriples = "application/n-triples";

// "Application/SPARQL-Results+XML; charset=UTF-8" is application/sparql-results+xml.
std::string media_type(std::string_view content_type);

class RemoteResults {
 public:
  using Kind = AnswerKind;

  // document: the body as received, with the Content-Type the server gave it; url: where it
  // came from, the base of relative IRIs and named in error messages. Throws QueryError when the
  // document cannot be read as the type it claims, or the type is not one of those above.
  static RemoteResults parse(std::string document, std::string_view content_type,
                             std::string_view url);

  // An answer read as it arrived (SparqlXmlStream).
  static RemoteResults from_sparql_xml(SparqlXmlAnswer answer);

  Kind kind() const { return kind_; }
  ResultTable table();                       // kBindings; the rows can be read once
  bool boolean();                            // kBoolean
  std::string format(ResultsFormat format);  // kBindings and kBoolean
  std::string graph_as_turtle();             // kGraph
  const std::vector<Triple>& graph() const { return triples_; }  // kGraph

 private:
  RemoteResults() = default;
  void read_graph(const std::string& document, const char* syntax, std::string_view url);

  // Owned through a pointer: the World must not move, and results must.
  std::unique_ptr<redland::World> world_;
  ResultTable table_;
  Kind kind_ = Kind::kBindings;
  bool boolean_ = false;
  std::string turtle_;
  std::vector<Triple> triples_;
};

}  // namespace coopgraph::graph
