// HTTP POST of a form, for the SPARQL 1.1 Protocol, over libcurl. It knows nothing of
// SPARQL; the endpoint client above it decides what to send and how to read the answer.
// libcurl stays inside the .cpp: callers see only plain C++ values and EndpointError.
#pragma once

#include <chrono>
#include <string>
#include <utility>
#include <vector>

namespace coopgraph::graph {

// libcurl's process-wide set-up (curl_global_init), which is not thread-safe and must
// happen before any other thread runs: one guard in main, alive while requests are made.
class CurlGlobal {
 public:
  CurlGlobal();
  CurlGlobal(const CurlGlobal&) = delete;
  CurlGlobal& operator=(const CurlGlobal&) = delete;
  ~CurlGlobal();
};

struct HttpResponse {
  long status = 0;
  std::string content_type;  // as the server sent it, parameters included; may be empty
  std::string body;
  // The values of the headers the request asked for (capture_headers), when present.
  std::vector<std::pair<std::string, std::string>> headers;
};

struct HttpRequest {
  std::string url;
  std::vector<std::pair<std::string, std::string>> form;  // sent URL-encoded, in this order
  std::string accept;
  std::chrono::milliseconds timeout{30000};
  std::vector<std::string> capture_headers;
};

// Any HTTP status is a response; throws EndpointError naming the URL when no response came
// (no connection, a bad URL, a protocol other than http/https), EndpointTimeout past the
// timeout.
HttpResponse post_form(const HttpRequest& request);

}  // namespace coopgraph::graph
