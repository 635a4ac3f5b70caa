#include "graph/redland/rdf_file_parser.h"

#include <exception>
#include <memory>
#include <string>

#include "graph/redland/nodes.h"

namespace coopgraph::graph::redland {
namespace {

struct ParsedStatements {
  raptor_parser* parser;
  std::string default_graph;
  std::vector<Quad> statements;
  std::exception_ptr failure;  // thrown inside the handler, rethrown once Raptor returns
};

// Raptor's own statement handler, which sees the graph of an N-Quads statement (librdf's
// parser stream drops it). librdf_node is raptor_term, so Redland's conversions apply.
// No exception may cross into Raptor: the first one stops the parse and is kept.
void keep_statement(void* user_data, raptor_statement* statement) noexcept {
  auto* parsed = static_cast<ParsedStatements*>(user_data);
  if (parsed->failure) return;
  try {
    parsed->statements.push_back(
        {{to_term(statement->subject), to_term(statement->predicate), to_term(statement->object)},
         statement->graph != nullptr ? to_term(statement->graph).value : parsed->default_graph});
  } catch (...) {
    parsed->failure = std::current_exception();
    raptor_parser_parse_abort(parsed->parser);
  }
}

const char* syntax_of(const std::filesystem::path& path) {
  const std::string extension = path.extension().string();
  return extension == ".nt"    ? "ntriples"
         : extension == ".nq"  ? "nquads"
         : extension == ".rdf" ? "rdfxml"
                               : "turtle";
}

}  // namespace

std::vector<Quad> parse_rdf_file(World& world, const std::filesystem::path& path,
                                 std::string_view named_graph) {
  const char* syntax = syntax_of(path);
  world.clear_messages();
  raptor_world* raptor = librdf_world_get_raptor(world.get());
  std::unique_ptr<raptor_parser, decltype(&raptor_free_parser)> parser(
      raptor_new_parser(raptor, syntax), &raptor_free_parser);
  world.check(parser != nullptr, std::string("cannot create the ") + syntax + " parser");
  const std::string uri_text = "file://" + std::filesystem::absolute(path).string();
  std::unique_ptr<raptor_uri, decltype(&raptor_free_uri)> uri(
      raptor_new_uri(raptor, reinterpret_cast<const unsigned char*>(uri_text.c_str())),
      &raptor_free_uri);
  world.check(uri != nullptr, "invalid file name " + path.string());
  ParsedStatements parsed{parser.get(), std::string(named_graph), {}, {}};
  raptor_parser_set_statement_handler(parser.get(), &parsed, &keep_statement);
  const int failed = raptor_parser_parse_file(parser.get(), uri.get(), uri.get());
  if (parsed.failure) std::rethrow_exception(parsed.failure);
  world.check(failed == 0 && !world.has_messages(), path.string());
  return std::move(parsed.statements);
}

}  // namespace coopgraph::graph::redland
