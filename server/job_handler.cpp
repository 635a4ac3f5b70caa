#include "server/job_handler.h"

#include <spdlog/spdlog.h>

#include <fstream>
#include <sstream>

#include "graph/dataset_description.h"
#include "graph/engine/engine_error.h"
#include "graph/engine/engine_query.h"
#include "graph/graph_error.h"
#include "graph/iris.h"
#include "graph/query_error_position.h"
#include "graph/results_writer.h"
#include "graph/triples_writer.h"
#include "graph/vocab.h"
#include "server/media_types.h"
#include "server/ontology_page.h"
#include "server/rdf_media_types.h"
#include "server/resource_page.h"
#include "server/resource_view.h"
#include "server/service_description.h"

namespace coopgraph::server {
namespace {

constexpr const char* kText = "text/plain; charset=utf-8";
constexpr const char* kHtml = "text/html; charset=utf-8";

Reply text_reply(int status, std::string message) {
  if (!message.empty() && message.back() != '\n') message += '\n';
  return {status, kText, std::move(message)};
}

Reply not_acceptable(const std::vector<std::string>& offered) {
  std::string message = "none of the media types in Accept can be given here; offered:";
  for (const std::string& type : offered)
    message += " " + type;
  return text_reply(406, message);
}

std::string with_charset(const std::string& media_type) {
  return media_type.starts_with("text/") ? media_type + "; charset=utf-8" : media_type;
}

std::vector<std::string> with_html(std::vector<std::string> offered) {
  offered.insert(offered.begin() + 3, "text/html");
  return offered;
}

Reply rdf_reply(const std::vector<graph::Triple>& triples, const std::string& accept) {
  const auto chosen = negotiate(accept, rdf_media_types());
  if (!chosen) return not_acceptable(rdf_media_types());
  return {200, with_charset(*chosen), graph::write_triples(triples, *rdf_format_for(*chosen))};
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw graph::GraphError("cannot read " + path.string());
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string site_of(const std::string& endpoint) {
  const std::size_t slash = endpoint.rfind('/');
  return slash == std::string::npos ? endpoint : endpoint.substr(0, slash + 1);
}

}  // namespace

JobHandler::JobHandler(const WorkerSettings& settings)
    : settings_(settings),
      store_(std::make_unique<graph::StoreReader>(settings.store)),
      ontology_(graph::Store::in_memory()),
      links_(settings.base, std::string(graph::vocab::kOntologyNamespace)) {
  if (!settings.ontology_file.empty()) {
    ontology_turtle_ = read_file(settings.ontology_file);
    ontology_->load_file(settings.ontology_file, "urn:x-coopgraph:ontology");
  }
}

Reply JobHandler::handle(const Job& job) {
  try {
    switch (job.kind) {
      case JobKind::kPing:
        return text_reply(200, "ready");
      case JobKind::kQuery:
        return answer_query(job);
      case JobKind::kResource:
        return answer_resource(job);
      case JobKind::kOntology:
        return answer_ontology(job);
      case JobKind::kDatasetDescription:
        return answer_dataset_description(job);
      case JobKind::kServiceDescription:
        return answer_service_description(job);
      case JobKind::kDump:
        return answer_dump(job);
    }
    return text_reply(500, "unknown job");
  } catch (const graph::ResultTooLargeError& error) {
    return text_reply(422, std::string(error.what()) +
                               "; add LIMIT to the query, or start the server with a larger "
                               "--max-rows");
  } catch (const graph::QueryError& error) {
    return text_reply(400, graph::with_query_position(error.what(), job.target));
  } catch (const graph::EndpointTimeout&) {
    return text_reply(504, "the query ran past the server's time limit");
  } catch (const graph::engine::EngineError& error) {
    return text_reply(503,
                      std::string(error.what()) + "; it is started again for the next request");
  } catch (const std::exception& error) {
    spdlog::error("{}", error.what());
    return text_reply(500, error.what());
  }
}

// Each query first makes sure the store's engine runs: one killed since the last query is
// started again, so the next request is answered.
Reply JobHandler::answer_query(const Job& job) {
  graph::engine::EngineEndpoint endpoint;
  try {
    endpoint = graph::engine::ensure_engine(settings_.store, settings_.engine);
  } catch (const graph::engine::EngineError& error) {
    return text_reply(503, error.what());
  }
  graph::engine::EngineAnswer answer;
  try {
    answer = graph::engine::run_engine_query(endpoint, job.target, settings_.engine_timeout);
  } catch (const graph::EndpointTimeout&) {
    return text_reply(504, "the query ran past the server's time limit");
  } catch (const graph::engine::EngineError& error) {
    return text_reply(503, std::string(error.what()) + "; it is started again for the next query");
  }
  if (answer.kind == graph::AnswerKind::kGraph) {
    const auto chosen = negotiate(job.accept, rdf_media_types());
    if (!chosen) return not_acceptable(rdf_media_types());
    if (answer.triples.size() > settings_.max_rows) {
      throw graph::ResultTooLargeError("the answer has more than " +
                                       std::to_string(settings_.max_rows) + " triples");
    }
    return {200, with_charset(*chosen),
            graph::write_triples(answer.triples, *rdf_format_for(*chosen))};
  }
  const auto chosen = negotiate(job.accept, results_media_types());
  if (!chosen) return not_acceptable(results_media_types());
  const graph::ResultsFormat format = *results_format_for(*chosen);
  if (answer.table.rows.size() > settings_.max_rows) {
    throw graph::ResultTooLargeError("the answer has more than " +
                                     std::to_string(settings_.max_rows) + " rows");
  }
  std::string body = answer.kind == graph::AnswerKind::kBoolean
                         ? graph::write_boolean(answer.boolean, format)
                         : graph::write_results(answer.table, format);
  return {200, with_charset(graph::results_media_type(format)), std::move(body)};
}

// Pages, entity descriptions and the dataset description read the graph as /sparql does:
// through the store's engine, started again if it stopped.
graph::SelectQuery JobHandler::engine_select() const {
  const graph::engine::EngineEndpoint endpoint =
      graph::engine::ensure_engine(settings_.store, settings_.engine);
  return [endpoint, timeout = settings_.engine_timeout](const std::string& sparql) {
    graph::engine::EngineAnswer answer = graph::engine::run_engine_query(endpoint, sparql, timeout);
    if (answer.kind != graph::AnswerKind::kBindings) {
      throw graph::GraphError("the engine did not answer a SELECT with rows");
    }
    return std::move(answer.table);
  };
}

Reply JobHandler::answer_resource(const Job& job) {
  const std::vector<std::string> offered = with_html(rdf_media_types());
  const auto chosen = negotiate(job.accept, offered);
  if (!chosen) return not_acceptable(offered);
  if (*chosen == "text/html") {
    const auto view = view_resource(engine_select(), *ontology_, job.target, settings_.page_limit);
    if (!view) {
      return {404, kHtml,
              html_page("Not found", "<h1>Not found</h1><p>The graph says nothing about <code>" +
                                         escape_html(job.target) + "</code>.</p>")};
    }
    return {200, kHtml, resource_page(*view, links_)};
  }
  const std::vector<graph::Triple> triples =
      describe_resource(engine_select(), job.target, settings_.max_rows);
  if (triples.empty()) return text_reply(404, "the graph says nothing about <" + job.target + ">");
  return rdf_reply(triples, *chosen);
}

Reply JobHandler::answer_ontology(const Job& job) {
  const std::vector<std::string> offered = with_html(rdf_media_types());
  const auto chosen = negotiate(job.accept, offered);
  if (!chosen) return not_acceptable(offered);
  if (*chosen == "text/html") return {200, kHtml, ontology_page(*ontology_, links_)};
  if (*chosen == "text/turtle") return {200, with_charset(*chosen), ontology_turtle_};
  std::vector<graph::Triple> triples = ontology_->find({}, {}, {});
  return rdf_reply(triples, *chosen);
}

Reply JobHandler::answer_dataset_description(const Job& job) {
  const graph::IriMinter iris(settings_.base);
  const graph::PublicationPlaces places{job.target, site_of(job.target)};
  return rdf_reply(
      graph::dataset_description(graph::dataset_contents(engine_select()), iris, places),
      job.accept);
}

Reply JobHandler::answer_service_description(const Job& job) {
  return rdf_reply(service_description(job.target, site_of(job.target)), job.accept);
}

Reply JobHandler::answer_dump(const Job& job) {
  const bool quads = job.accept == "application/n-quads";
  std::ostringstream out;
  store_->serialize(quads ? graph::RdfFormat::kNQuads : graph::RdfFormat::kTurtle, out);
  return {200, quads ? "application/n-quads" : "text/turtle; charset=utf-8", out.str()};
}

int serve_jobs(JobHandler& handler, int in_fd, int out_fd) {
  while (true) {
    FrameRead frame = read_frame(in_fd, 64 * 1024 * 1024, std::nullopt);
    if (frame.status != FrameStatus::kOk) return frame.status == FrameStatus::kClosed ? 0 : 1;
    const std::optional<Job> job = decode_job(frame.bytes);
    const Reply reply = job ? handler.handle(*job) : text_reply(500, "malformed job");
    if (!write_frame(out_fd, encode(reply))) return 1;
  }
}

}  // namespace coopgraph::server
