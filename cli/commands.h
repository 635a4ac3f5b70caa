// The subcommands. Each registers its options on the app and returns the function that
// runs it once the arguments are parsed; errors propagate to main, which reports them.
#pragma once

#include <CLI/CLI.hpp>
#include <filesystem>
#include <functional>

namespace coopgraph::cli {

struct Command {
  CLI::App* app;
  std::function<int()> run;
};

struct StoreOption {
  std::filesystem::path folder = "coopgraph.db";
};

Command add_build_command(CLI::App& app);
Command add_query_command(CLI::App& app);
Command add_queries_command(CLI::App& app);
Command add_export_command(CLI::App& app);
Command add_check_command(CLI::App& app);
Command add_extract_command(CLI::App& app);
Command add_serve_command(CLI::App& app);
Command add_serve_worker_command(CLI::App& app);
Command add_stop_command(CLI::App& app);
Command add_engine_supervise_command(CLI::App& app);

// --store, as every subcommand that reads or writes the graph has it.
void add_store_option(CLI::App& command, StoreOption& option);
// --data, for the subcommands that extract.
void add_data_option(CLI::App& command, std::filesystem::path& data);

}  // namespace coopgraph::cli
