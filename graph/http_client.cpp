#include "graph/http_client.h"

#include <curl/curl.h>
#include <spdlog/fmt/fmt.h>
#include <spdlog/spdlog.h>

#include <exception>
#include <memory>

#include "graph/c_handle.h"
#include "graph/graph_error.h"

namespace coopgraph::graph {
namespace {

using CurlPtr = CHandle<CURL, curl_easy_cleanup>;
using HeaderListPtr = CHandle<curl_slist, curl_slist_free_all>;
using CurlStringPtr = CHandle<char, curl_free>;

// Where the pieces of a body go: kept in the response, or streamed (HttpRequest::stream_to)
// once the status and Content-Type, known by the first piece, say so.
struct BodyTarget {
  CURL* curl;
  const HttpRequest& request;
  HttpResponse& response;
  bool decided = false;
  std::exception_ptr failure;
};

void decide(BodyTarget& target) {
  target.decided = true;
  if (!target.request.stream_if || !target.request.stream_to) return;
  long status = 0;
  curl_easy_getinfo(target.curl, CURLINFO_RESPONSE_CODE, &status);
  char* content_type = nullptr;  // owned by the handle
  curl_easy_getinfo(target.curl, CURLINFO_CONTENT_TYPE, &content_type);
  target.response.streamed = status >= 200 && status < 300 &&
                             target.request.stream_if(content_type != nullptr ? content_type : "");
}

// libcurl calls this for each piece of the body; no exception may cross it, so a failure is
// kept and reported to libcurl by returning less than it gave, which ends the transfer.
std::size_t take_body(char* data, std::size_t size, std::size_t count, void* target_ptr) noexcept {
  auto& target = *static_cast<BodyTarget*>(target_ptr);
  try {
    if (!target.decided) decide(target);
    if (target.response.streamed) {
      target.request.stream_to(std::string_view(data, size * count));
    } else {
      target.response.body.append(data, size * count);
    }
    return size * count;
  } catch (...) {
    target.failure = std::current_exception();
    return 0;
  }
}

std::string url_encoded(CURL* curl, const std::string& text) {
  CurlStringPtr encoded(curl_easy_escape(curl, text.data(), static_cast<int>(text.size())));
  if (!encoded) throw EndpointError("cannot URL-encode the request");
  return encoded.get();
}

HeaderListPtr append_header(HeaderListPtr list, const std::string& header) {
  curl_slist* longer = curl_slist_append(list.get(), header.c_str());
  if (longer == nullptr) throw EndpointError("out of memory for the request headers");
  list.release();  // now part of longer
  return HeaderListPtr(longer);
}

// Options are set in one place; any that libcurl refuses is a programming error worth
// naming.
template <typename T>
void set(CURL* curl, CURLoption option, T value, const char* name) {
  const CURLcode code = curl_easy_setopt(curl, option, value);
  if (code != CURLE_OK)
    throw EndpointError(std::string("libcurl refused ") + name + ": " + curl_easy_strerror(code));
}

}  // namespace

CurlGlobal::CurlGlobal() {
  if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
    throw EndpointError("cannot initialise libcurl");
}

CurlGlobal::~CurlGlobal() {
  curl_global_cleanup();
}

HttpResponse post_form(const HttpRequest& request) {
  CurlPtr curl(curl_easy_init());
  if (!curl) throw EndpointError("cannot create a libcurl handle for <" + request.url + ">");

  std::string form;
  for (const auto& [name, value] : request.form) {
    if (!form.empty()) form += '&';
    form += url_encoded(curl.get(), name) + "=" + url_encoded(curl.get(), value);
  }
  HeaderListPtr headers;
  headers = append_header(std::move(headers), "Accept: " + request.accept);
  headers = append_header(std::move(headers),
                          "Content-Type: application/x-www-form-urlencoded; charset=utf-8");
  // libcurl would otherwise send "Expect: 100-continue" for large queries and wait for a
  // reply some servers never give.
  headers = append_header(std::move(headers), "Expect:");

  HttpResponse response;
  char error[CURL_ERROR_SIZE] = {};
  set(curl.get(), CURLOPT_URL, request.url.c_str(), "the URL");
  set(curl.get(), CURLOPT_PROTOCOLS_STR, "http,https", "the protocols");
  set(curl.get(), CURLOPT_REDIR_PROTOCOLS_STR, "http,https", "the redirect protocols");
  set(curl.get(), CURLOPT_ERRORBUFFER, error, "the error buffer");
  set(curl.get(), CURLOPT_NOSIGNAL, 1L, "no signals");  // timeouts without SIGALRM
  set(curl.get(), CURLOPT_HTTPHEADER, headers.get(), "the headers");
  set(curl.get(), CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(form.size()),
      "the form size");
  set(curl.get(), CURLOPT_POSTFIELDS, form.c_str(), "the form");
  // An endpoint that moved (http to https, a trailing slash) still gets the POST.
  set(curl.get(), CURLOPT_FOLLOWLOCATION, 1L, "following redirects");
  set(curl.get(), CURLOPT_MAXREDIRS, 5L, "the redirect limit");
  set(curl.get(), CURLOPT_POSTREDIR, static_cast<long>(CURL_REDIR_POST_ALL), "POST on redirect");
  set(curl.get(), CURLOPT_TIMEOUT_MS, static_cast<long>(request.timeout.count()), "the timeout");
  BodyTarget target{curl.get(), request, response, false, nullptr};
  set(curl.get(), CURLOPT_WRITEFUNCTION, &take_body, "the body callback");
  set(curl.get(), CURLOPT_WRITEDATA, &target, "the body");
  // A query may name a huge answer; a compressed transfer costs little here.
  set(curl.get(), CURLOPT_ACCEPT_ENCODING, "", "compression");

  spdlog::debug("POST <{}> ({} bytes)", request.url, form.size());
  const CURLcode code = curl_easy_perform(curl.get());
  if (target.failure) std::rethrow_exception(target.failure);
  if (code == CURLE_OPERATION_TIMEDOUT) {
    throw EndpointTimeout("the SPARQL endpoint <" + request.url + "> did not answer within " +
                          fmt::format("{:g}", request.timeout.count() / 1000.0) + " s");
  }
  if (code != CURLE_OK) {
    throw EndpointError("cannot reach the SPARQL endpoint <" + request.url +
                        ">: " + (error[0] != '\0' ? error : curl_easy_strerror(code)));
  }
  curl_easy_getinfo(curl.get(), CURLINFO_RESPONSE_CODE, &response.status);
  char* content_type = nullptr;  // owned by the handle
  curl_easy_getinfo(curl.get(), CURLINFO_CONTENT_TYPE, &content_type);
  if (content_type != nullptr) response.content_type = content_type;
  for (const std::string& name : request.capture_headers) {
    curl_header* header = nullptr;  // owned by the handle
    if (curl_easy_header(curl.get(), name.c_str(), 0, CURLH_HEADER, -1, &header) == CURLHE_OK)
      response.headers.emplace_back(name, header->value);
  }
  spdlog::debug("HTTP {} {} ({})", response.status, response.content_type,
                response.streamed ? "streamed" : std::to_string(response.body.size()) + " bytes");
  return response;
}

}  // namespace coopgraph::graph
