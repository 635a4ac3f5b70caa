// coopgraph query: runs one SPARQL query on the store and prints the answer, as a table
// for people or in a W3C results format for programs.
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/term_display.h"
#include "cli/text_table.h"
#include "graph/staged_store.h"

namespace coopgraph::cli {
namespace {

struct QueryOptions {
  std::string sparql;
  std::filesystem::path file;
  std::string format = "table";
  StoreOption store;
};

std::string read_query_text(const QueryOptions& options) {
  if (!options.sparql.empty() && !options.file.empty()) {
    throw std::runtime_error("give the query either as an argument or with -f, not both");
  }
  if (options.file.empty() && options.sparql != "-") {
    if (options.sparql.empty()) throw std::runtime_error("no query: give one, or -f FILE, or -");
    return options.sparql;
  }
  std::ostringstream text;
  if (options.file.empty()) {
    text << std::cin.rdbuf();
  } else {
    std::ifstream in(options.file, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read the query file '" + options.file.string() + "'");
    text << in.rdbuf();
  }
  return text.str();
}

void print_table(graph::QueryResults& results) {
  const graph::ResultTable table = results.table();
  std::vector<std::vector<std::string>> rows;
  rows.reserve(table.rows.size());
  for (const auto& row : table.rows) {
    std::vector<std::string> cells;
    for (const auto& value : row)
      cells.push_back(display_term(value));
    rows.push_back(std::move(cells));
  }
  std::cout << render_table(table.variables, rows);
  std::cout << "(" << rows.size() << (rows.size() == 1 ? " row" : " rows") << ")\n";
}

int run_query(const QueryOptions& options) {
  const std::string sparql = read_query_text(options);
  auto store = graph::open_built_store(options.store.folder);
  graph::QueryResults results = store->query(sparql);
  if (results.kind() == graph::QueryResults::Kind::kGraph) {
    std::cout << results.graph_as_turtle();
    return kExitOk;
  }
  if (options.format == "table") {
    if (results.kind() == graph::QueryResults::Kind::kBoolean) {
      std::cout << (results.boolean() ? "true" : "false") << "\n";
    } else {
      print_table(results);
    }
    return kExitOk;
  }
  static const std::map<std::string, graph::ResultsFormat> kFormats{
      {"csv", graph::ResultsFormat::kCsv},
      {"tsv", graph::ResultsFormat::kTsv},
      {"json", graph::ResultsFormat::kJson},
      {"xml", graph::ResultsFormat::kXml}};
  std::cout << results.format(kFormats.at(options.format));
  return kExitOk;
}

}  // namespace

Command add_query_command(CLI::App& app) {
  auto options = std::make_shared<QueryOptions>();
  CLI::App* command = app.add_subcommand("query", "Run a SPARQL query on the graph");
  command->add_option("sparql", options->sparql, "The query, or - to read it from standard input");
  command->add_option("-f,--file", options->file, "Read the query from this file")
      ->check(CLI::ExistingFile);
  command->add_option("--format", options->format, "Output: table, csv, tsv, json or xml")
      ->check(CLI::IsMember({"table", "csv", "tsv", "json", "xml"}))
      ->capture_default_str();
  add_store_option(*command, options->store);
  return {command, [options] { return run_query(*options); }};
}

}  // namespace coopgraph::cli
