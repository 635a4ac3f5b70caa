// The private engine of one store, shared by every command that queries it: the first
// `query` or `serve` starts a supervisor process (detached, in a session of its own) that
// runs virtuoso-t on the store's database, publishes its port in STORE/virtuoso/instance,
// and stops it once no query came for the idle time, when asked (`coopgraph stop`), or when
// it dies. A lock file in the store folder makes concurrent commands start one instance.
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "graph/engine/query_rewrite.h"

namespace coopgraph::graph::engine {

struct EngineSettings {
  // The command that runs supervise() for a store folder (given after it, as "--store DIR").
  std::vector<std::string> supervisor_command;
  std::chrono::seconds idle{600};
};

struct EngineEndpoint {
  std::string url;  // the engine's SPARQL endpoint, on loopback
  EngineDataset dataset;
};

// The running instance of the store, started when there is none or it stopped answering.
// Marks the store as queried now. Throws EngineError naming what to install or the log.
EngineEndpoint ensure_engine(const std::filesystem::path& store_folder,
                             const EngineSettings& settings);

// Whether the store's engine still runs (after a failed request: was it killed?).
bool engine_running(const std::filesystem::path& store_folder);

// Stops the store's instance if one runs; true when there was one.
bool stop_engine(const std::filesystem::path& store_folder);

// Stops the store's instance if one runs, then runs action (given whether one ran) before
// any command can start the engine again: a build swaps the new store in there, so that no
// query starts an engine on the old store between the stop and the swap, to go on answering
// the old graph after it.
void stop_engine_while(const std::filesystem::path& store_folder,
                       const std::function<void(bool was_running)>& action);

// The supervisor itself: runs the engine until idle, stopped or dead. Returns an exit code.
int supervise(const std::filesystem::path& store_folder, std::chrono::seconds idle);

}  // namespace coopgraph::graph::engine
