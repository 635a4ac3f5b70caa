// coopgraph's HTTP face: the SPARQL 1.1 Protocol endpoint at /sparql, our IRIs under
// /id/ and the ontology, the dataset description and dumps for linked-data portals, and
// the exploration page. Every store access goes to the worker pool; this layer only
// routes, negotiates, bounds requests and turns outcomes into HTTP statuses.
#pragma once
#include <chrono>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "server/worker_pool.h"

namespace coopgraph::server {

// A query offered on the exploration page (the named queries, with their defaults).
struct QueryExample {
  std::string name;
  std::string title;
  std::string description;
  std::string sparql;
};

struct ServerSettings {
  std::string host = "127.0.0.1";
  int port = 8080;  // 0: any free port
  std::string base;
  WorkerPoolSettings workers;
  std::filesystem::path web_root;  // index.html, assets/, node_modules/ of the page
  std::vector<QueryExample> examples;
  std::chrono::milliseconds query_timeout{30'000};
  std::chrono::milliseconds wait_for_worker{2'000};
  std::size_t max_request_bytes = 1024 * 1024;
  std::size_t http_threads = 16;
};

// Serves until SIGINT or SIGTERM; on_ready gets the root URL once the port is bound.
// Throws std::runtime_error when the port cannot be bound or the workers cannot start.
void run_server(const ServerSettings& settings,
                const std::function<void(const std::string& url)>& on_ready);

}  // namespace coopgraph::server
