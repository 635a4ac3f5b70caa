// coopgraph export: writes the whole graph as Turtle or N-Triples.
#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "graph/staged_store.h"

namespace coopgraph::cli {
namespace {

struct ExportOptions {
  std::string format = "turtle";
  std::filesystem::path output;
  StoreOption store;
};

// Writes to "<path>.partial" and renames, so a failed export never leaves half a file.
void export_to_file(graph::Store& store, graph::RdfFormat format,
                    const std::filesystem::path& path) {
  std::filesystem::path partial = path;
  partial += ".partial";
  {
    std::ofstream out(partial, std::ios::binary | std::ios::trunc);
    if (!out) throw std::runtime_error("cannot write '" + partial.string() + "'");
    store.serialize(format, out);
    out.flush();
    if (!out) {
      std::filesystem::remove(partial);
      throw std::runtime_error("cannot write '" + path.string() + "'");
    }
  }
  std::filesystem::rename(partial, path);
}

int run_export(const ExportOptions& options) {
  const auto format =
      options.format == "turtle" ? graph::RdfFormat::kTurtle : graph::RdfFormat::kNTriples;
  auto store = graph::open_built_store(options.store.folder);
  if (options.output.empty()) {
    store->serialize(format, std::cout);
  } else {
    export_to_file(*store, format, options.output);
  }
  return kExitOk;
}

}  // namespace

Command add_export_command(CLI::App& app) {
  auto options = std::make_shared<ExportOptions>();
  CLI::App* command = app.add_subcommand("export", "Write the graph as RDF");
  command->add_option("--format", options->format, "turtle or ntriples")
      ->check(CLI::IsMember({"turtle", "ntriples"}))
      ->capture_default_str();
  command->add_option("-o,--output", options->output, "Write to this file instead of stdout");
  add_store_option(*command, options->store);
  return {command, [options] { return run_export(*options); }};
}

}  // namespace coopgraph::cli
