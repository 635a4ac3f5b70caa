// Bytes -> what coopgraph serve does with a request before any query runs: the SPARQL
// Protocol reading (method, content type, parameters, body), content negotiation, the
// static-file path check, and the worker protocol's decoding. None may throw or crash; a
// refusal is a 4xx; a negotiated type is one that was offered; a file found is inside the
// root; and whatever the worker protocol accepts survives a round trip.
//
// The input is split at '\n' into: method, content type, Accept, a path under the static
// root, then name=value parameters until an empty line, then the body.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "fuzz/fuzz_check.h"
#include "server/media_types.h"
#include "server/sparql_request.h"
#include "server/static_files.h"
#include "server/worker_protocol.h"

namespace {

using coopgraph::fuzz::check;
namespace server = coopgraph::server;

std::string take_line(std::string_view& rest) {
  const std::size_t end = rest.find('\n');
  std::string line(rest.substr(0, end));
  rest.remove_prefix(end == std::string_view::npos ? rest.size() : end + 1);
  return line;
}

// A folder with one file, made once per process: the static root the paths are tried on.
const std::filesystem::path& static_root() {
  static const std::filesystem::path root = [] {
    const auto folder = std::filesystem::temp_directory_path() / "coopgraph-fuzz-static" / "web";
    std::filesystem::create_directories(folder / "assets");
    std::FILE* file = std::fopen((folder / "assets" / "page.css").c_str(), "w");
    if (file != nullptr) std::fclose(file);
    return std::filesystem::canonical(folder);
  }();
  return root;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view rest = coopgraph::fuzz::as_text(data, size);
  server::HttpInput input;
  input.method = take_line(rest);
  input.content_type = take_line(rest);
  const std::string accept = take_line(rest);
  const std::string path = take_line(rest);
  while (!rest.empty()) {
    const std::string parameter = take_line(rest);
    if (parameter.empty()) break;
    const std::size_t equals = parameter.find('=');
    input.params.emplace(parameter.substr(0, equals),
                         equals == std::string::npos ? "" : parameter.substr(equals + 1));
  }
  input.body = std::string(rest);

  const server::SparqlRequest request = server::parse_sparql_request(input);
  if (const auto* error = std::get_if<server::HttpError>(&request)) {
    check(error->status >= 400 && error->status < 500, "a refused request gets a 4xx");
    check(!error->message.empty(), "a refusal says why");
  } else if (const auto* query = std::get_if<server::SparqlQueryRequest>(&request)) {
    check(!query->query.empty(), "an accepted query is not empty");
    check(!server::is_sparql_update(query->query), "no update is accepted as a query");
  }

  const std::vector<std::string> offered{"application/sparql-results+json", "text/csv",
                                         "text/turtle", "text/html"};
  if (const auto chosen = server::negotiate(accept, offered)) {
    check(std::find(offered.begin(), offered.end(), *chosen) != offered.end(),
          "the negotiated type was offered");
  }

  if (const auto file = server::resolve_static_file(static_root(), path)) {
    const auto [root_end, ignored] =
        std::mismatch(static_root().begin(), static_root().end(), file->begin(), file->end());
    check(root_end == static_root().end(), "a static file lies inside the root");
  }

  const std::string bytes(coopgraph::fuzz::as_text(data, size));
  if (const auto job = server::decode_job(bytes)) {
    const auto again = server::decode_job(server::encode(*job));
    check(again && again->target == job->target && again->accept == job->accept &&
              again->kind == job->kind,
          "a decoded job survives a round trip");
  }
  if (const auto reply = server::decode_reply(bytes)) {
    const auto again = server::decode_reply(server::encode(*reply));
    check(again && again->status == reply->status && again->body == reply->body,
          "a decoded reply survives a round trip");
  }
  return 0;
}
