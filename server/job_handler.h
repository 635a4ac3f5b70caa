// The worker's side: answers one job at a time from its own read-only handle on the
// store, as an HTTP status, media type and body. It knows SPARQL, RDF and our pages;
// it knows nothing of sockets or of the other workers.
#pragma once
#include <filesystem>
#include <memory>
#include <string>

#include "graph/engine/engine_instance.h"
#include "graph/query_results.h"
#include "graph/store.h"
#include "graph/store_reader.h"
#include "server/html.h"
#include "server/worker_protocol.h"

namespace coopgraph::server {

struct WorkerSettings {
  std::filesystem::path store;
  std::filesystem::path ontology_file;
  std::string base;
  std::size_t max_rows = 100'000;        // rows of a SELECT answer, triples of a graph answer
  std::size_t page_limit = 200;          // entries of each list on a resource page
  graph::engine::EngineSettings engine;  // how to start the store's engine
  // How long the engine may take over a query (serve's --timeout).
  std::chrono::milliseconds engine_timeout{600'000};
};

class JobHandler {
 public:
  // Opens the store read-only; throws graph::GraphError when it cannot.
  explicit JobHandler(const WorkerSettings& settings);
  Reply handle(const Job& job);

 private:
  Reply answer_query(const Job& job);
  Reply answer_resource(const Job& job);
  Reply answer_ontology(const Job& job);
  Reply answer_dataset_description(const Job& job);
  Reply answer_service_description(const Job& job);
  Reply answer_dump(const Job& job);
  graph::SelectQuery engine_select() const;

  WorkerSettings settings_;
  std::unique_ptr<graph::StoreReader> store_;
  std::unique_ptr<graph::Store> ontology_;
  std::string ontology_turtle_;
  LocalLinks links_;
};

// Reads jobs from in_fd and writes replies to out_fd until in_fd closes; 0 then.
int serve_jobs(JobHandler& handler, int in_fd, int out_fd);

}  // namespace coopgraph::server
