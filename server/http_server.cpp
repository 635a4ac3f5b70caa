#include "server/http_server.h"

#include <httplib.h>
#include <pthread.h>
#include <signal.h>
#include <spdlog/spdlog.h>

#include <fstream>
#include <sstream>
#include <thread>

#include "graph/results_writer.h"
#include "server/html.h"
#include "server/media_types.h"
#include "server/rdf_media_types.h"
#include "server/sparql_request.h"
#include "server/static_files.h"

namespace coopgraph::server {
namespace {

constexpr const char* kText = "text/plain; charset=utf-8";

std::string reason_text(int status) {
  switch (status) {
    case 400:
      return "bad request";
    case 403:
      return "forbidden";
    case 404:
      return "not found";
    case 405:
      return "method not allowed";
    case 406:
      return "not acceptable";
    case 413:
      return "the request is larger than this server accepts";
    case 414:
      return "the request URI is longer than this server accepts";
    case 415:
      return "unsupported media type";
    case 503:
      return "busy";
    case 504:
      return "the query ran past the time limit";
    default:
      return "error";
  }
}

// The URL that the client used to reach this server, from its Host header.
std::string site_url(const httplib::Request& request, const std::string& fallback) {
  const std::string host = request.get_header_value("Host");
  return host.empty() ? fallback : "http://" + host + "/";
}

std::string accept_of(const httplib::Request& request) {
  if (request.has_param("format")) {
    const std::string chosen = media_type_for_format_parameter(request.get_param_value("format"));
    if (!chosen.empty()) return chosen;
  }
  return request.get_header_value("Accept");
}

class Routes {
 public:
  Routes(const ServerSettings& settings, WorkerPool& pool, std::string fallback_url)
      : settings_(settings),
        pool_(pool),
        fallback_url_(std::move(fallback_url)),
        links_(settings.base, "") {}

  void install(httplib::Server& server) {
    server.set_pre_routing_handler([](const httplib::Request&, httplib::Response& response) {
      response.set_header("Access-Control-Allow-Origin", "*");
      response.set_header("Access-Control-Expose-Headers", "Content-Type, Retry-After");
      return httplib::Server::HandlerResponse::Unhandled;
    });
    server.Options(R"(.*)", [](const httplib::Request&, httplib::Response& response) {
      response.status = 204;
      response.set_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
      response.set_header("Access-Control-Allow-Headers", "Content-Type, Accept");
      response.set_header("Access-Control-Max-Age", "86400");
    });
    const auto sparql = [this](const httplib::Request& request, httplib::Response& response) {
      answer_sparql(request, response);
    };
    server.Get("/sparql", sparql);
    server.Post("/sparql", sparql);
    const auto not_allowed = [](const httplib::Request& request, httplib::Response& response) {
      response.status = 405;
      response.set_header("Allow", "GET, POST, OPTIONS");
      response.set_content(request.method + " is not allowed: this endpoint is read-only\n", kText);
    };
    server.Put(R"(.*)", not_allowed);
    server.Delete(R"(.*)", not_allowed);
    server.Patch(R"(.*)", not_allowed);
    server.Get(R"(/id/(.+))", [this](const httplib::Request& request, httplib::Response& response) {
      run_job(
          {JobKind::kResource, links_.iri_for_path(request.matches[1].str()), accept_of(request)},
          response);
      response.set_header("Vary", "Accept");
    });
    server.Get("/ontology", [this](const httplib::Request& request, httplib::Response& response) {
      run_job({JobKind::kOntology, {}, accept_of(request)}, response);
      response.set_header("Vary", "Accept");
    });
    server.Get("/void", [this](const httplib::Request& request, httplib::Response& response) {
      run_job({JobKind::kDatasetDescription, site_url(request, fallback_url_) + "sparql",
               accept_of(request)},
              response);
    });
    server.Get("/dump.ttl", [this](const httplib::Request&, httplib::Response& response) {
      run_job({JobKind::kDump, {}, "text/turtle"}, response, std::chrono::minutes(30));
    });
    server.Get("/dump.nq", [this](const httplib::Request&, httplib::Response& response) {
      run_job({JobKind::kDump, {}, "application/n-quads"}, response, std::chrono::minutes(30));
    });
    server.Get("/queries.json", [this](const httplib::Request&, httplib::Response& response) {
      response.set_content(examples_json(), "application/json");
    });
    server.Get("/favicon.ico",
               [](const httplib::Request&, httplib::Response& response) { response.status = 204; });
    server.Get("/", [this](const httplib::Request&, httplib::Response& response) {
      send_file(settings_.web_root, "index.html", response);
    });
    serve_folder(server, "/assets/", settings_.web_root / "assets");
    serve_folder(server, "/vendor/yasgui/",
                 settings_.web_root / "node_modules" / "@zazuko" / "yasgui" / "build");
    serve_folder(server, "/vendor/chart.js/",
                 settings_.web_root / "node_modules" / "chart.js" / "dist");
    server.set_error_handler(httplib::Server::HandlerWithResponse(
        [](const httplib::Request&, httplib::Response& response) {
          if (response.body.empty()) {
            response.set_content(
                std::to_string(response.status) + " " + reason_text(response.status) + "\n", kText);
          }
          return httplib::Server::HandlerResponse::Handled;
        }));
    server.set_exception_handler(
        [](const httplib::Request&, httplib::Response& response, std::exception_ptr error) {
          std::string message = "internal error";
          try {
            if (error) std::rethrow_exception(error);
          } catch (const std::exception& caught) {
            message = caught.what();
          } catch (...) {
          }
          spdlog::error("{}", message);
          response.status = 500;
          response.set_content(message + "\n", kText);
        });
    server.set_logger([](const httplib::Request& request, const httplib::Response& response) {
      spdlog::debug("{} {} -> {}", request.method, request.path, response.status);
    });
  }

 private:
  void answer_sparql(const httplib::Request& request, httplib::Response& response) {
    HttpInput input{request.method, request.get_header_value("Content-Type"), request.body, {}};
    for (const auto& [name, value] : request.params)
      input.params.emplace(name, value);
    const SparqlRequest parsed = parse_sparql_request(input);
    if (const auto* error = std::get_if<HttpError>(&parsed)) {
      response.status = error->status;
      if (error->status == 405) response.set_header("Allow", "GET, POST, OPTIONS");
      response.set_content(error->message + "\n", kText);
      return;
    }
    const std::string accept = accept_of(request);
    if (std::holds_alternative<ServiceDescriptionRequest>(parsed)) {
      // A person who opens the endpoint in a browser wants the page that queries it.
      const auto chosen = negotiate(accept, {"text/turtle", "text/html"});
      if (chosen == "text/html") {
        response.set_redirect("/", 303);
        return;
      }
      run_job({JobKind::kServiceDescription, site_url(request, fallback_url_) + "sparql", accept},
              response);
      return;
    }
    run_job({JobKind::kQuery, std::get<SparqlQueryRequest>(parsed).query, accept}, response);
    response.set_header("Vary", "Accept");
  }

  void run_job(const Job& job, httplib::Response& response,
               std::optional<std::chrono::milliseconds> deadline = std::nullopt) {
    JobResult result =
        pool_.run(job, settings_.wait_for_worker, deadline.value_or(settings_.query_timeout));
    switch (result.outcome) {
      case JobOutcome::kDone:
        response.status = result.reply.status;
        response.set_content(std::move(result.reply.body), result.reply.media_type.c_str());
        return;
      case JobOutcome::kBusy:
        response.status = 503;
        response.set_header("Retry-After", "2");
        response.set_content("all " + std::to_string(pool_.size()) +
                                 " query workers are busy; try again in a few seconds\n",
                             kText);
        return;
      case JobOutcome::kTimedOut:
        response.status = 504;
        response.set_content(
            fmt::format("the query ran past the time limit of {:g} s and was "
                        "stopped; narrow it, or ask for a longer --timeout\n",
                        static_cast<double>(settings_.query_timeout.count()) / 1000),
            kText);
        return;
      case JobOutcome::kReplyTooLarge:
        response.status = 422;
        response.set_content("the answer is larger than " +
                                 std::to_string(settings_.workers.max_reply_bytes) +
                                 " bytes; add LIMIT to the query\n",
                             kText);
        return;
      case JobOutcome::kWorkerFailed:
        response.status = 500;
        response.set_content("the query could not be answered: " + result.message + "\n", kText);
        return;
    }
  }

  static void send_file(const std::filesystem::path& root, std::string_view path,
                        httplib::Response& response) {
    const auto file = resolve_static_file(root, path);
    if (!file) {
      response.status = 404;
      return;
    }
    std::ifstream in(*file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    response.set_content(bytes.str(), static_media_type(*file).c_str());
    response.set_header("Cache-Control", "public, max-age=3600");
  }

  static void serve_folder(httplib::Server& server, const std::string& prefix,
                           const std::filesystem::path& root) {
    server.Get(prefix + "(.*)",
               [root](const httplib::Request& request, httplib::Response& response) {
                 send_file(root, request.matches[1].str(), response);
               });
  }

  std::string examples_json() const {
    std::string out = "{\"base\": " + graph::json_quoted(settings_.base) + ", \"queries\": [";
    for (std::size_t i = 0; i < settings_.examples.size(); ++i) {
      const QueryExample& example = settings_.examples[i];
      out += (i == 0 ? "\n" : ",\n");
      out += "{\"name\": " + graph::json_quoted(example.name) +
             ", \"title\": " + graph::json_quoted(example.title) +
             ", \"description\": " + graph::json_quoted(example.description) +
             ", \"sparql\": " + graph::json_quoted(example.sparql) + "}";
    }
    return out + "\n]}\n";
  }

  const ServerSettings& settings_;
  WorkerPool& pool_;
  std::string fallback_url_;
  LocalLinks links_;
};

// Blocks SIGINT and SIGTERM in every thread the server starts, and waits for them in one.
class StopOnSignal {
 public:
  explicit StopOnSignal(httplib::Server& server) {
    sigemptyset(&signals_);
    sigaddset(&signals_, SIGINT);
    sigaddset(&signals_, SIGTERM);
    sigaddset(&signals_, SIGUSR1);
    pthread_sigmask(SIG_BLOCK, &signals_, &previous_);
    waiter_ = std::thread([this, &server] {
      int received = 0;
      sigwait(&signals_, &received);
      if (received != SIGUSR1) spdlog::info("stopping on signal {}", received);
      server.stop();
    });
  }
  ~StopOnSignal() {
    pthread_kill(waiter_.native_handle(), SIGUSR1);
    waiter_.join();
    pthread_sigmask(SIG_SETMASK, &previous_, nullptr);
  }
  StopOnSignal(const StopOnSignal&) = delete;
  StopOnSignal& operator=(const StopOnSignal&) = delete;

 private:
  sigset_t signals_;
  sigset_t previous_;
  std::thread waiter_;
};

}  // namespace

void run_server(const ServerSettings& settings,
                const std::function<void(const std::string& url)>& on_ready) {
  // A client that hangs up, or a worker that ends, must not end the server.
  signal(SIGPIPE, SIG_IGN);
  httplib::Server server;
  StopOnSignal stop_on_signal(server);
  WorkerPool pool(settings.workers);
  const std::size_t threads = std::max<std::size_t>(settings.http_threads, 2);
  server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  server.set_payload_max_length(settings.max_request_bytes);
  server.set_read_timeout(std::chrono::seconds(10));
  server.set_write_timeout(std::chrono::seconds(60));
  int port = settings.port;
  if (port == 0) {
    port = server.bind_to_any_port(settings.host);
  } else if (!server.bind_to_port(settings.host, port)) {
    port = -1;
  }
  if (port < 0) {
    throw std::runtime_error("cannot listen on " + settings.host + ":" +
                             std::to_string(settings.port) + " (in use, or not an address here)");
  }
  const std::string url = "http://" + settings.host + ":" + std::to_string(port) + "/";
  Routes routes(settings, pool, url);
  routes.install(server);
  on_ready(url);
  server.listen_after_bind();
}

}  // namespace coopgraph::server
