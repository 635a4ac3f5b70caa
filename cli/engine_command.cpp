// coopgraph stop: stops the store's engine; and the hidden engine-supervise, which the
// commands that query start in the background to run the engine.
#include "cli/engine_command.h"

#include <cstdlib>
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_codes.h"

namespace coopgraph::cli {
namespace {

constexpr long kDefaultIdleSeconds = 600;

long default_idle_seconds() {
  const char* value = std::getenv("COOPGRAPH_ENGINE_IDLE");
  if (value == nullptr) return kDefaultIdleSeconds;
  char* end = nullptr;
  const long seconds = std::strtol(value, &end, 10);
  return end != value && *end == '\0' && seconds > 0 ? seconds : kDefaultIdleSeconds;
}

struct SuperviseOptions {
  std::filesystem::path store;
  long idle = kDefaultIdleSeconds;
};

}  // namespace

void add_engine_idle_option(CLI::App& command, long& seconds) {
  seconds = default_idle_seconds();
  command
      .add_option("--engine-idle", seconds,
                  "Seconds with no query after which the store's engine stops (also "
                  "COOPGRAPH_ENGINE_IDLE)")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
}

graph::engine::EngineSettings engine_settings(long idle_seconds) {
  std::error_code error;
  std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
  if (error) self = "coopgraph";
  return {{self.string(), "engine-supervise"}, std::chrono::seconds(idle_seconds)};
}

Command add_stop_command(CLI::App& app) {
  auto options = std::make_shared<StoreOption>();
  CLI::App* command = app.add_subcommand(
      "stop", "Stop the store's SPARQL engine (it also stops by itself when idle)");
  add_store_option(*command, *options);
  return {command, [options] {
            const bool stopped = graph::engine::stop_engine(options->folder);
            std::cout << (stopped ? "Stopped the engine of '" : "No engine runs for '")
                      << options->folder.string() << "'\n";
            return kExitOk;
          }};
}

Command add_engine_supervise_command(CLI::App& app) {
  auto options = std::make_shared<SuperviseOptions>();
  CLI::App* command = app.add_subcommand("engine-supervise", "");  // internal: no help line
  command->group("");
  command->add_option("--store", options->store)->required();
  command->add_option("--idle", options->idle)->required();
  return {command, [options] {
            return graph::engine::supervise(options->store, std::chrono::seconds(options->idle));
          }};
}

}  // namespace coopgraph::cli
