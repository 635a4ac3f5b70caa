// coopgraph serve: the SPARQL endpoint, linked-data pages and exploration page over a
// built store. coopgraph serve-worker is the query worker that serve starts for itself,
// one process per concurrent query; people do not run it.
#include <spdlog/spdlog.h>
#include <sys/resource.h>
#include <unistd.h>

#include <iostream>
#include <thread>

#include "cli/commands.h"
#include "cli/engine_command.h"
#include "cli/exit_codes.h"
#include "cli/named_queries.h"
#include "graph/staged_store.h"
#include "graph/vocab.h"
#include "server/http_server.h"
#include "server/job_handler.h"

namespace coopgraph::cli {
namespace {

struct ServeOptions {
  StoreOption store;
  std::string host = "127.0.0.1";
  int port = 8080;
  std::string base{graph::vocab::kDefaultIdBase};
  std::size_t workers = std::max(2u, std::thread::hardware_concurrency());
  double timeout_seconds = 30;
  double wait_seconds = 2;
  std::size_t max_rows = 100'000;
  std::size_t max_request_bytes = 1024 * 1024;
  std::size_t worker_memory_mb = 4096;
  std::filesystem::path web = COOPGRAPH_WEB_DIR;
  std::filesystem::path queries = COOPGRAPH_QUERIES_DIR;
  long engine_idle_seconds = 600;
};

struct WorkerOptions {
  server::WorkerSettings settings;
  std::size_t memory_mb = 0;
  long engine_idle_seconds = 600;
  double timeout_seconds = 600;
};

std::filesystem::path own_executable() {
  return std::filesystem::read_symlink("/proc/self/exe");
}

std::vector<server::QueryExample> query_examples(const ServeOptions& options) {
  std::vector<server::QueryExample> examples;
  for (const NamedQuery& query : load_named_queries(options.queries)) {
    examples.push_back(
        {query.name, query.title, query.description, bind_parameters(query, {}, options.base)});
  }
  return examples;
}

int run_serve(const ServeOptions& options) {
  // Undoes a swap that a killed build left half done, before read-only workers open it.
  graph::open_built_store(options.store.folder).reset();
  server::ServerSettings settings;
  settings.host = options.host;
  settings.port = options.port;
  settings.base = options.base;
  settings.web_root = options.web;
  settings.examples = query_examples(options);
  settings.query_timeout =
      std::chrono::milliseconds(static_cast<long>(options.timeout_seconds * 1000));
  settings.wait_for_worker =
      std::chrono::milliseconds(static_cast<long>(options.wait_seconds * 1000));
  settings.max_request_bytes = options.max_request_bytes;
  settings.http_threads = options.workers * 2 + 4;
  settings.workers.size = options.workers;
  settings.workers.command = {own_executable().string(),
                              "serve-worker",
                              "--store",
                              std::filesystem::absolute(options.store.folder).string(),
                              "--base",
                              options.base,
                              "--max-rows",
                              std::to_string(options.max_rows),
                              "--memory-mb",
                              std::to_string(options.worker_memory_mb),
                              "--engine-idle",
                              std::to_string(options.engine_idle_seconds),
                              "--timeout",
                              std::to_string(options.timeout_seconds)};
  // Started now rather than by the first request, which would wait for it.
  graph::engine::ensure_engine(options.store.folder, engine_settings(options.engine_idle_seconds));
  if (!std::filesystem::exists(options.web / "node_modules")) {
    spdlog::warn("{} has no node_modules: the exploration page needs 'scripts/install-web' first",
                 options.web.string());
  }
  server::run_server(settings, [&](const std::string& url) {
    std::cout << "Serving " << options.store.folder.string() << " at " << url
              << " (SPARQL endpoint: " << url << "sparql)" << std::endl;
  });
  return kExitOk;
}

void limit_memory(std::size_t megabytes) {
#if defined(__SANITIZE_ADDRESS__)
  // AddressSanitizer reserves far more address space than it uses.
  (void)megabytes;
#else
  if (megabytes == 0) return;
  const rlim_t bytes = static_cast<rlim_t>(megabytes) * 1024 * 1024;
  // The soft limit only: the engine the worker may start raises its own back to the hard one.
  const rlimit limit{bytes, RLIM_INFINITY};
  if (setrlimit(RLIMIT_AS, &limit) != 0) spdlog::warn("cannot limit the worker's memory");
#endif
}

int run_worker(const WorkerOptions& options) {
  limit_memory(options.memory_mb);
  // Replies go on the original standard output; anything a library prints goes to stderr.
  const int replies = dup(STDOUT_FILENO);
  if (replies < 0 || dup2(STDERR_FILENO, STDOUT_FILENO) < 0) return kExitError;
  server::WorkerSettings settings = options.settings;
  settings.engine = engine_settings(options.engine_idle_seconds);
  settings.engine_timeout =
      std::chrono::milliseconds(static_cast<long>(options.timeout_seconds * 1000));
  server::JobHandler handler(settings);
  const int status = server::serve_jobs(handler, STDIN_FILENO, replies);
  close(replies);
  return status == 0 ? kExitOk : kExitError;
}

}  // namespace

Command add_serve_command(CLI::App& app) {
  auto options = std::make_shared<ServeOptions>();
  CLI::App* command = app.add_subcommand(
      "serve", "Serve the graph: SPARQL endpoint, linked-data pages and an exploration page");
  add_store_option(*command, options->store);
  command->add_option("--host", options->host, "Address to listen on")->capture_default_str();
  command->add_option("--port", options->port, "Port to listen on (0: any free port)")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  command->add_option("--base", options->base, "Base IRI the graph was built with")
      ->capture_default_str();
  command
      ->add_option("--workers", options->workers,
                   "Queries answered at once (one worker process each)")
      ->check(CLI::Range(1, 256))
      ->capture_default_str();
  command->add_option("--timeout", options->timeout_seconds, "Stop a query after this (seconds)")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  command
      ->add_option("--queue-wait", options->wait_seconds,
                   "How long a request waits for a free worker before 503 (seconds)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  command->add_option("--max-rows", options->max_rows, "Most rows or triples in one answer")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  command
      ->add_option("--max-request-bytes", options->max_request_bytes,
                   "Largest request body accepted (413 beyond)")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  command
      ->add_option("--worker-memory-mb", options->worker_memory_mb,
                   "Address space of each worker (0: no limit)")
      ->capture_default_str();
  command->add_option("--web", options->web, "Folder of the exploration page")
      ->capture_default_str();
  command->add_option("--queries", options->queries, "Folder of the named queries")
      ->capture_default_str();
  add_engine_idle_option(*command, options->engine_idle_seconds);
  return {command, [options] { return run_serve(*options); }};
}

Command add_serve_worker_command(CLI::App& app) {
  auto options = std::make_shared<WorkerOptions>();
  options->settings.ontology_file = COOPGRAPH_ONTOLOGY_FILE;
  CLI::App* command = app.add_subcommand("serve-worker", "");  // empty: hidden from --help
  command->add_option("--store", options->settings.store)->required();
  command->add_option("--base", options->settings.base)->required();
  command->add_option("--max-rows", options->settings.max_rows);
  command->add_option("--memory-mb", options->memory_mb);
  command->add_option("--ontology", options->settings.ontology_file);
  command->add_option("--engine-idle", options->engine_idle_seconds);
  command->add_option("--timeout", options->timeout_seconds);
  return {command, [options] { return run_worker(*options); }};
}

}  // namespace coopgraph::cli
