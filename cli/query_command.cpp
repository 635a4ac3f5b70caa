// coopgraph query: runs one SPARQL query on the store's engine (started when none runs), or
// on a remote SPARQL endpoint with --endpoint — given as an argument, in a file, on standard input,
// or by name from queries/ — and prints the answer as a table for people or in a W3C results format
// for programs, the same way for both. coopgraph queries lists the named ones.
#include <spdlog/spdlog.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "cli/commands.h"
#include "cli/engine_command.h"
#include "cli/exit_codes.h"
#include "cli/named_queries.h"
#include "cli/term_display.h"
#include "cli/text_table.h"
#include "graph/engine/engine_query.h"
#include "graph/graph_error.h"
#include "graph/query_error_position.h"
#include "graph/results_writer.h"
#include "graph/staged_store.h"
#include "graph/vocab.h"

namespace coopgraph::cli {
namespace {

struct QueryOptions {
  std::string sparql;
  std::filesystem::path file;
  std::string named;
  std::vector<std::string> parameters;  // name=value
  std::filesystem::path queries = COOPGRAPH_QUERIES_DIR;
  std::string base{graph::vocab::kDefaultIdBase};
  std::string format = "table";
  double timeout_seconds = 30;
  std::string endpoint;  // empty: the local store
  StoreOption store;
  long engine_idle_seconds = 600;
};

std::string read_stream(std::istream& in) {
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string read_query_text(const QueryOptions& options) {
  const int sources = !options.sparql.empty() + !options.file.empty() + !options.named.empty();
  if (sources > 1) throw std::runtime_error("give one query: an argument, -f FILE or --named NAME");
  if (!options.named.empty()) {
    std::map<std::string, std::string> values;
    for (const std::string& parameter : options.parameters) {
      const std::size_t equals = parameter.find('=');
      if (equals == std::string::npos)
        throw std::runtime_error("--param takes NAME=VALUE, not '" + parameter + "'");
      values[parameter.substr(0, equals)] = parameter.substr(equals + 1);
    }
    for (const NamedQuery& query : load_named_queries(options.queries)) {
      if (query.name == options.named) return bind_parameters(query, values, options.base);
    }
    throw std::runtime_error("no named query '" + options.named + "' in " +
                             options.queries.string() + ": 'coopgraph queries' lists them");
  }
  if (!options.parameters.empty()) throw std::runtime_error("--param goes with --named");
  if (!options.file.empty()) {
    std::ifstream in(options.file, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read the query file '" + options.file.string() + "'");
    return read_stream(in);
  }
  if (options.sparql.empty() || options.sparql == "-") return read_stream(std::cin);
  return options.sparql;
}

void print_table(const graph::ResultTable& table, std::ostream& out) {
  std::vector<std::vector<std::string>> rows;
  rows.reserve(table.rows.size());
  for (const auto& row : table.rows) {
    std::vector<std::string> cells;
    for (const auto& value : row)
      cells.push_back(display_term(value));
    rows.push_back(std::move(cells));
  }
  out << render_table(table.variables, rows);
  out << "(" << rows.size() << (rows.size() == 1 ? " row" : " rows") << ")\n";
}

void print_answer(const graph::engine::EngineAnswer& answer, const std::string& format,
                  std::ostream& out) {
  using Kind = graph::AnswerKind;
  if (answer.kind == Kind::kGraph) {
    out << answer.turtle;
    return;
  }
  if (format == "table") {
    if (answer.kind == Kind::kBoolean) {
      out << (answer.boolean ? "true" : "false") << "\n";
    } else {
      print_table(answer.table, out);
    }
    return;
  }
  static const std::map<std::string, graph::ResultsFormat> kFormats{
      {"csv", graph::ResultsFormat::kCsv},
      {"tsv", graph::ResultsFormat::kTsv},
      {"json", graph::ResultsFormat::kJson},
      {"xml", graph::ResultsFormat::kXml}};
  const graph::ResultsFormat chosen = kFormats.at(format);
  out << (answer.kind == Kind::kBoolean ? graph::write_boolean(answer.boolean, chosen)
                                        : graph::write_results(answer.table, chosen));
}

// A remote endpoint gets the query as written; the store's own engine gets it through the
// project's rewrite (graph/engine/query_rewrite.h).
int run_query(const QueryOptions& options) {
  const std::string sparql = read_query_text(options);
  const auto timeout = std::chrono::milliseconds(static_cast<long>(options.timeout_seconds * 1000));
  graph::engine::EngineEndpoint endpoint{options.endpoint, {}};
  if (options.endpoint.empty()) {
    graph::open_built_store(options.store.folder);  // undoes an interrupted swap; says if none
    endpoint = graph::engine::ensure_engine(options.store.folder,
                                            engine_settings(options.engine_idle_seconds));
  }
  try {
    const graph::engine::EngineAnswer answer =
        options.endpoint.empty() ? graph::engine::run_engine_query(endpoint, sparql, timeout)
                                 : graph::engine::run_remote_query(endpoint.url, sparql, timeout);
    std::ostringstream out;
    print_answer(answer, options.format, out);
    std::cout << out.str();
  } catch (const graph::EndpointTimeout&) {
    spdlog::error("the query ran past --timeout {} s and was stopped", options.timeout_seconds);
    return kExitTimeout;
  } catch (const graph::QueryError& error) {
    throw graph::QueryError(graph::with_query_position(error.what(), sparql));
  }
  return kExitOk;
}

int run_list(const QueryOptions& options) {
  // --show prints the text that query --named would run, for other SPARQL engines.
  if (!options.named.empty()) {
    std::cout << read_query_text(options);
    return kExitOk;
  }
  for (const NamedQuery& query : load_named_queries(options.queries)) {
    std::cout << query.name << "\n  " << query.title << "\n";
    if (!query.description.empty()) std::cout << "  " << query.description << "\n";
    for (const QueryParameter& parameter : query.parameters) {
      std::cout << "  --param " << parameter.name << "=<" << parameter.type << ">"
                << (parameter.default_value.empty() ? ""
                                                    : " (default " + parameter.default_value + ")")
                << (parameter.description.empty() ? "" : ": " + parameter.description) << "\n";
    }
  }
  return kExitOk;
}

}  // namespace

Command add_query_command(CLI::App& app) {
  auto options = std::make_shared<QueryOptions>();
  CLI::App* command = app.add_subcommand("query", "Run a SPARQL query on the graph");
  command->add_option("sparql", options->sparql,
                      "The query; - or nothing reads it from standard input");
  command->add_option("-f,--file", options->file, "Read the query from this file")
      ->check(CLI::ExistingFile);
  command->add_option("--named", options->named,
                      "Run a named query from queries/ (see 'coopgraph queries')");
  command->add_option("--param", options->parameters, "NAME=VALUE for a named query's parameter");
  command->add_option("--queries", options->queries, "Folder of the named queries")
      ->capture_default_str();
  command->add_option("--base", options->base, "Base IRI the graph was built with")
      ->capture_default_str();
  command->add_option("--format", options->format, "Output: table, csv, tsv, json or xml")
      ->check(CLI::IsMember({"table", "csv", "tsv", "json", "xml"}))
      ->capture_default_str();
  command
      ->add_option("--timeout", options->timeout_seconds, "Stop a query that runs longer (seconds)")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  add_store_option(*command, options->store);
  add_engine_idle_option(*command, options->engine_idle_seconds);
  command
      ->add_option("--endpoint", options->endpoint,
                   "Run the query on this SPARQL endpoint (SPARQL 1.1 Protocol) instead of the "
                   "store, e.g. a Virtuoso started by scripts/virtuoso")
      ->excludes(command->get_option("--store"));
  return {command, [options] { return run_query(*options); }};
}

Command add_queries_command(CLI::App& app) {
  auto options = std::make_shared<QueryOptions>();
  CLI::App* command = app.add_subcommand("queries", "List the named queries with their parameters");
  command->add_option("--queries", options->queries, "Folder of the named queries")
      ->capture_default_str();
  CLI::Option* show = command->add_option(
      "--show", options->named,
      "Print the query NAME with its parameters replaced (defaults unless --param is given)");
  command->add_option("--param", options->parameters, "NAME=VALUE for the shown query")
      ->needs(show);
  command->add_option("--base", options->base, "Base IRI the graph was built with")
      ->capture_default_str();
  return {command, [options] { return run_list(*options); }};
}

}  // namespace coopgraph::cli
