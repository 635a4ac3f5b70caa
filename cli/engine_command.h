// How the commands that query reach the store's engine: the supervisor is this program
// itself (`coopgraph engine-supervise`, hidden), so that nothing else need be installed.
#pragma once

#include <CLI/CLI.hpp>

#include "graph/engine/engine_instance.h"

namespace coopgraph::cli {

// --engine-idle: seconds with no query before the engine stops (default 600, or the
// environment's COOPGRAPH_ENGINE_IDLE).
void add_engine_idle_option(CLI::App& command, long& seconds);
graph::engine::EngineSettings engine_settings(long idle_seconds);

}  // namespace coopgraph::cli
