#include "graph/remote_results.h"

#include <cctype>

#include "graph/graph_error.h"
#include "graph/redland/nodes.h"
#include "graph/redland/serializers.h"
#include "graph/results_writer.h"
#include "graph/sparql_xml_reader.h"

namespace coopgraph::graph {
std::string media_type(std::string_view content_type) {
  std::string type(content_type.substr(0, content_type.find(';')));
  while (!type.empty() && (type.back() == ' ' || type.back() == '\t'))
    type.pop_back();
  for (char& c : type)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return type;
}

RemoteResults RemoteResults::parse(std::string document, std::string_view content_type,
                                   std::string_view url) {
  RemoteResults results;
  const std::string source = "<" + std::string(url) + ">";
  const std::string type = media_type(content_type);
  // Raptor's parser names for the graph answers.
  const char* syntax = type == kRdfXml     ? "rdfxml"
                       : type == kTurtle   ? "turtle"
                       : type == kNTriples ? "ntriples"
                                           : nullptr;
  if (syntax != nullptr) {
    results.kind_ = Kind::kGraph;
    results.read_graph(document, syntax, url);
    return results;
  }
  if (type != kSparqlResultsXml) {
    throw QueryError(source + ": the answer is '" + (type.empty() ? "of no stated type" : type) +
                     "', not " + std::string(kSparqlResultsXml) + ", " + std::string(kRdfXml) +
                     ", " + std::string(kTurtle) + " or " + std::string(kNTriples));
  }
  return from_sparql_xml(read_sparql_xml(document, source));
}

RemoteResults RemoteResults::from_sparql_xml(SparqlXmlAnswer answer) {
  RemoteResults results;
  results.kind_ = answer.kind;
  results.boolean_ = answer.boolean;
  results.table_ = std::move(answer.table);
  return results;
}

void RemoteResults::read_graph(const std::string& document, const char* syntax,
                               std::string_view url) {
  world_ = std::make_unique<redland::World>();
  const std::string context = "<" + std::string(url) + ">: cannot read the graph in the answer";
  redland::StoragePtr storage(librdf_new_storage(world_->get(), "memory", nullptr, nullptr));
  world_->check<QueryError>(storage != nullptr, context);
  redland::ModelPtr model(librdf_new_model(world_->get(), storage.get(), nullptr));
  world_->check<QueryError>(model != nullptr, context);
  redland::ParserPtr parser(librdf_new_parser(world_->get(), syntax, nullptr, nullptr));
  world_->check<QueryError>(parser != nullptr, context);
  const redland::UriPtr base = world_->uri(url);
  world_->clear_messages();
  const int failed = librdf_parser_parse_counted_string_into_model(
      parser.get(), reinterpret_cast<const unsigned char*>(document.data()), document.size(),
      base.get(), model.get());
  world_->check<QueryError>(failed == 0 && !world_->has_messages(), context);
  redland::SerializerPtr serializer = redland::new_serializer(*world_, "turtle");
  std::size_t length = 0;
  redland::MemoryPtr text(librdf_serializer_serialize_model_to_counted_string(
      serializer.get(), nullptr, model.get(), &length));
  world_->check<QueryError>(text != nullptr, context);
  turtle_.assign(reinterpret_cast<const char*>(text.get()), length);
  redland::StreamPtr stream(librdf_model_as_stream(model.get()));
  world_->check<QueryError>(stream != nullptr, context);
  for (; !librdf_stream_end(stream.get()); librdf_stream_next(stream.get())) {
    librdf_statement* statement = librdf_stream_get_object(stream.get());  // lent
    triples_.push_back({redland::to_term(librdf_statement_get_subject(statement)),
                        redland::to_term(librdf_statement_get_predicate(statement)),
                        redland::to_term(librdf_statement_get_object(statement))});
  }
}

ResultTable RemoteResults::table() {
  if (kind_ != Kind::kBindings) throw QueryError("the query does not return variable bindings");
  return std::move(table_);
}

bool RemoteResults::boolean() {
  if (kind_ != Kind::kBoolean) throw QueryError("the query is not an ASK query");
  return boolean_;
}

std::string RemoteResults::format(ResultsFormat format) {
  if (kind_ == Kind::kGraph) throw QueryError("graph results are written as Turtle");
  // The writer the local store's answers go through, so both come out alike.
  if (kind_ == Kind::kBoolean) return write_boolean(boolean_, format);
  return write_results(table(), format);
}

std::string RemoteResults::graph_as_turtle() {
  if (kind_ != Kind::kGraph) throw QueryError("the query does not return a graph");
  return turtle_;
}

}  // namespace coopgraph::graph
