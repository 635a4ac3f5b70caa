// HTTP POST of a form, for the SPARQL 1.1 Protocol, over libcurl. It knows nothing of
// SPARQL; the endpoint client above it decides what to send and how to read the answer.
// libcurl stays inside the .cpp: callers see only plain C++ values and EndpointError.
#pragma once

#include <chrono>
#include <functional>
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
  std::string body;          // empty when streamed
  bool streamed = false;     // the body went to HttpRequest::stream_to
  // The values of the headers the request asked for (capture_headers), when present.
  std::vector<std::pair<std::string, std::string>> headers;
};

struct HttpRequest {
  std::string url;
  std::vector<std::pair<std::string, std::string>> form;  // sent URL-encoded, in this order
  std::string accept;
  std::chrono::milliseconds timeout{30000};
  std::vector<std::string> capture_headers;
  // A successful (2xx) answer whose Content-Type stream_if accepts goes to stream_to piece by
  // piece as it arrives, and is not kept: a large answer is read while it is written. What
  // stream_to throws ends the transfer, and post_form throws it.
  std::function<bool(std::string_view content_type)> stream_if;
  std::function<void(std::string_view piece)> stream_to;
};

// Any HTTP status is a response; throws EndpointError naming the URL when no response came
// (no connection, a bad URL, a protocol other than http/https), EndpointTimeout past the
// timeout.
HttpResponse post_form(const HttpRequest& request);

}  // namespace coopgraph::graph
