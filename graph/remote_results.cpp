#include "graph/remote_results.h"

#include <cstdlib>
#include <cstring>

#include "graph/graph_error.h"
#include "graph/redland/nodes.h"
#include "graph/redland/serializers.h"
#include "graph/results_writer.h"

namespace coopgraph::graph {
namespace {

constexpr std::string_view kResultsNamespace = "http://www.w3.org/2005/sparql-results#";

// "Application/SPARQL-Results+XML; charset=UTF-8" is application/sparql-results+xml.
std::string media_type(std::string_view content_type) {
  std::string type(content_type.substr(0, content_type.find(';')));
  while (!type.empty() && (type.back() == ' ' || type.back() == '\t'))
    type.pop_back();
  for (char& c : type)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return type;
}

std::string trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return "";
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

// An ASK answer has a <boolean> element where a SELECT answer has <results>. Rasqal's XML
// reader reads only variable bindings, so the boolean is read here. Markup cannot occur
// inside a bound value (it would be escaped), so finding the element's text is exact.
std::optional<bool> boolean_answer(const std::string& document, const std::string& source) {
  const std::size_t open = document.find("<boolean");
  if (open == std::string::npos || document.find("<results") != std::string::npos)
    return std::nullopt;
  const std::size_t start = document.find('>', open);
  const std::size_t end = document.find("</boolean>", open);
  if (start == std::string::npos || end == std::string::npos || end < start)
    throw QueryError(source + ": the <boolean> element of the answer is not closed");
  const std::string value = trimmed(std::string_view(document).substr(start + 1, end - start - 1));
  if (value == "true") return true;
  if (value == "false") return false;
  throw QueryError(source + ": the answer's <boolean> is '" + value + "', not true or false");
}

const char* formatter_name(ResultsFormat format) {
  switch (format) {
    case ResultsFormat::kCsv:
      return "csv";
    case ResultsFormat::kTsv:
      return "tsv";
    case ResultsFormat::kJson:
      return "json";
    case ResultsFormat::kXml:
      return "xml";
  }
  return "xml";
}

std::string uri_text(raptor_uri* uri) {
  if (uri == nullptr) return {};
  std::size_t length = 0;
  const unsigned char* text = raptor_uri_as_counted_string(uri, &length);
  return text == nullptr ? std::string() : std::string(reinterpret_cast<const char*>(text), length);
}

// Reads a value that the results lend (they keep ownership).
Term to_term(rasqal_literal* literal) {
  // As an RDF term: an IRI, a blank node or a literal with its lexical form, datatype and
  // language, whatever Rasqal made of it internally.
  redland::RasqalLiteralPtr node(rasqal_literal_as_node(literal));
  if (!node) return Term::literal("");
  const auto text = [&] {
    return node->string == nullptr
               ? std::string()
               : std::string(reinterpret_cast<const char*>(node->string), node->string_len);
  };
  switch (node->type) {
    case RASQAL_LITERAL_URI:
      return Term::iri(uri_text(node->value.uri));
    case RASQAL_LITERAL_BLANK:
      return Term::blank(text());
    default: {
      Term term = Term::literal(text(), node->language != nullptr ? node->language : "");
      term.datatype = uri_text(node->datatype);
      return term;
    }
  }
}

}  // namespace

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
  if (document.find(kResultsNamespace) == std::string::npos) {
    throw QueryError(source + ": the answer is not SPARQL XML results (no <sparql> in " +
                     std::string(kResultsNamespace) + ")");
  }
  if (const std::optional<bool> answer = boolean_answer(document, source)) {
    results.kind_ = Kind::kBoolean;
    results.boolean_ = *answer;
    return results;
  }
  results.read_bindings(document, url);
  return results;
}

void RemoteResults::read_bindings(const std::string& document, std::string_view url) {
  world_ = std::make_unique<redland::World>();
  rasqal_world* rasqal = librdf_world_get_rasqal(world_->get());
  raptor_world* raptor = librdf_world_get_raptor(world_->get());
  const std::string context = "<" + std::string(url) + ">: cannot read the SPARQL XML results";

  results_.reset(rasqal_new_query_results2(rasqal, nullptr, RASQAL_QUERY_RESULTS_BINDINGS));
  world_->check<QueryError>(results_ != nullptr, context);
  redland::RasqalFormatterPtr reader(rasqal_new_query_results_formatter(
      rasqal, formatter_name(ResultsFormat::kXml), nullptr, nullptr));
  world_->check<QueryError>(reader != nullptr, context);
  redland::RaptorIostreamPtr in(
      raptor_new_iostream_from_string(raptor, const_cast<char*>(document.data()), document.size()));
  world_->check<QueryError>(in != nullptr, context);
  const std::string base_text(url);
  redland::RaptorUriPtr base(
      raptor_new_uri(raptor, reinterpret_cast<const unsigned char*>(base_text.c_str())));
  world_->clear_messages();
  // The reader reads the whole document here; it returns success even on malformed XML and
  // only logs, so the logged errors decide.
  const int failed = rasqal_query_results_formatter_read(rasqal, in.get(), reader.get(),
                                                         results_.get(), base.get());
  world_->check<QueryError>(failed == 0 && !world_->has_messages(), context);
  // On an element it does not know (such as the <unbound/> of an old draft) the reader only
  // prints a line and drops the whole answer, so an answer that lost its variables is an
  // error here rather than an empty table.
  // An answer with no rows at all gets no variables from the reader either: they are read
  // from the head here.
  std::size_t declared = 0;
  for (std::size_t at = document.find("<variable"); at != std::string::npos;
       at = document.find("<variable", at + 1)) {
    ++declared;
    const std::size_t name = document.find("name=\"", at);
    const std::size_t end = name == std::string::npos ? name : document.find('"', name + 6);
    if (end != std::string::npos) declared_.push_back(document.substr(name + 6, end - name - 6));
  }
  const int read = rasqal_query_results_get_bindings_count(results_.get());
  const bool no_rows = document.find("<result>") == std::string::npos &&
                       document.find("<result ") == std::string::npos;
  if (no_rows && read == 0) return;
  if (read < 0 || static_cast<std::size_t>(read) != declared) {
    throw QueryError(context + ": it declares " + std::to_string(declared) +
                     " variables, of which Rasqal's reader read " + std::to_string(read));
  }
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
  ResultTable table;
  const int count = rasqal_query_results_get_bindings_count(results_.get());
  if (count == 0) {
    table.variables = declared_;
    return table;
  }
  for (int i = 0; i < count; ++i) {
    const unsigned char* name = rasqal_query_results_get_binding_name(results_.get(), i);
    table.variables.emplace_back(name != nullptr ? reinterpret_cast<const char*>(name) : "");
  }
  while (!rasqal_query_results_finished(results_.get())) {
    std::vector<std::optional<Term>> row;
    for (int i = 0; i < count; ++i) {
      rasqal_literal* value = rasqal_query_results_get_binding_value(results_.get(), i);  // lent
      row.push_back(value != nullptr ? std::optional<Term>(to_term(value)) : std::nullopt);
    }
    table.rows.push_back(std::move(row));
    rasqal_query_results_next(results_.get());
  }
  return table;
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
