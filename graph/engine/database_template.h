// A pristine empty engine database, made once per user, virtuoso-t version and database
// settings, and copied into each new store: Virtuoso takes about 4 s to create a database
// (most of a small store's build), a copy a fraction of a second. It lives in the user's cache
// folder ($XDG_CACHE_HOME or ~/.cache, under coopgraph/), appears there whole or not at all
// (made in a folder of its own, then renamed), and two builds that make it at once both
// succeed: the first rename wins, the other build uses the winner's.
#pragma once

#include "graph/engine/virtuoso_server.h"

namespace coopgraph::graph::engine {

class DatabaseTemplate {
 public:
  // Copies the template into folder.database(), making it first when there is none.
  // False when there is none to be had (no cache folder, no room, the engine would not make
  // one): the engine then creates the database in the store itself.
  bool copy_into(const EngineFolder& folder);
  // The copied template would not start: removes it so that the next build makes it again.
  void discard();

 private:
  std::filesystem::path location_;  // set by copy_into
};

}  // namespace coopgraph::graph::engine
