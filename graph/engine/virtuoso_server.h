// One virtuoso-t (Debian's virtuoso-opensource) on a folder of the store: its database,
// configuration, log and load files. The configuration is written again at every start,
// with the folder's present path and two free loopback ports, so that a store folder that
// was moved or copied starts as well as the original, and a system-wide Virtuoso is left
// alone. SQL goes through isql-vt on the loopback SQL port.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "graph/engine/child_process.h"

namespace coopgraph::graph::engine {

// The files of the engine inside a store folder.
struct EngineFolder {
  std::filesystem::path root;  // STORE/virtuoso

  std::filesystem::path config() const { return root / "virtuoso.ini"; }
  std::filesystem::path database() const { return root / "db"; }
  std::filesystem::path log() const { return root / "virtuoso.log"; }
  std::filesystem::path load() const { return root / "load"; }
  std::filesystem::path sql_output() const { return root / "isql.out"; }
  // "SUPERVISOR-PID HTTP-PORT": written once the engine answers, removed when it stops.
  std::filesystem::path instance() const { return root / "instance"; }
  std::filesystem::path lock() const { return root / "instance.lock"; }
  // Touched by every query; the supervisor stops the engine when it grows old.
  std::filesystem::path activity() const { return root / "last-query"; }
  // The graphs hidden from GRAPH ?g, one IRI a line (the engine's own).
  std::filesystem::path excluded_graphs() const { return root / "excluded-graphs"; }
};

// Throws EngineError naming the package when virtuoso-t or isql-vt is missing.
void require_engine_installed();

class VirtuosoServer {
 public:
  // Starts it and waits until it answers SPARQL; a new database when there is none. The
  // triples Virtuoso adds at every start are taken out again (remove_startup_triples).
  // Throws EngineError naming the log when it does not come up.
  explicit VirtuosoServer(EngineFolder folder);
  VirtuosoServer(const VirtuosoServer&) = delete;
  VirtuosoServer& operator=(const VirtuosoServer&) = delete;
  ~VirtuosoServer();

  std::string sparql_url() const;
  int http_port() const { return http_port_; }
  ChildProcess& process() { return process_; }
  // Runs SQL as dba; throws EngineError with Virtuoso's message.
  std::string sql(const std::string& statements);
  // A clean shutdown (checkpoint included), then waits for the process to end.
  void shutdown();

 private:
  static ChildProcess spawn(const EngineFolder& folder, int sql_port, int http_port);
  void remove_startup_triples();
  ChildProcess start();

  EngineFolder folder_;
  int sql_port_ = 0;
  int http_port_ = 0;
  ChildProcess process_;
};

// The configuration's settings that shape the database file Virtuoso creates.
std::string database_shape();

// What `virtuoso-t -?` says of its edition and version; output_file is its scratch file.
// Throws EngineError when it says no version.
std::string engine_version(const std::filesystem::path& output_file);

// A free TCP port on 127.0.0.1, below the kernel's ephemeral range when one is free there.
int free_loopback_port();

// Bulk-loads the N-Quads files (*.nq) in folder.load() into their graphs; then makes a
// checkpoint so that the data is in the database files.
void bulk_load(VirtuosoServer& server, const EngineFolder& folder);

// Every graph the engine holds.
std::vector<std::string> engine_graphs(VirtuosoServer& server);

}  // namespace coopgraph::graph::engine
