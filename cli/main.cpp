// coopgraph: builds a knowledge graph of 1950s handicraft cooperatives from newspaper
// articles, and queries and exports it.
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <exception>
#include <vector>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "graph/http_client.h"

namespace {

void configure_logging(int verbosity) {
  auto logger = spdlog::stderr_color_mt("coopgraph");
  logger->set_pattern("coopgraph: %^%l%$: %v");
  logger->set_level(verbosity >= 2   ? spdlog::level::debug
                    : verbosity == 1 ? spdlog::level::info
                                     : spdlog::level::warn);
  spdlog::set_default_logger(logger);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace coopgraph::cli;
  CLI::App app{
      "coopgraph: a knowledge graph of China's handicraft production cooperatives, "
      "built from 1950s People's Daily articles"};
  app.require_subcommand(1);
  int verbosity = 0;
  app.add_flag("-v,--verbose", verbosity, "More log messages (-vv for debugging)");

  const std::vector<Command> commands{add_build_command(app),   add_query_command(app),
                                      add_queries_command(app), add_export_command(app),
                                      add_check_command(app),   add_extract_command(app),
                                      add_serve_command(app),   add_serve_worker_command(app),
                                      add_stop_command(app),    add_engine_supervise_command(app)};

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int status = app.exit(error);
    return status == 0 ? kExitOk : kExitUsage;
  }
  configure_logging(verbosity);
  try {
    // Before any thread starts: query --timeout runs the local query on a second thread.
    const coopgraph::graph::CurlGlobal curl;
    CLI::App* chosen = app.get_subcommands().front();
    for (const Command& command : commands) {
      if (command.app == chosen) return command.run();
    }
    return kExitUsage;
  } catch (const std::exception& error) {
    spdlog::error("{}", error.what());
    return kExitError;
  }
}
