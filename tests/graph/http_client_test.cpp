#include "graph/http_client.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <string>
#include <thread>

#include "graph/graph_error.h"
#include "graph/sparql_endpoint.h"

namespace coopgraph::graph {
namespace {

// A loopback port that is bound but not listening, so a connection to it is refused and
// no other process can take it while the test runs; or, listening, a server that accepts
// connections (the kernel does, into the backlog) and never answers.
class LoopbackPort {
 public:
  explicit LoopbackPort(bool listening) : socket_(::socket(AF_INET, SOCK_STREAM, 0)) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof(address);
    if (socket_ < 0 || ::bind(socket_, reinterpret_cast<sockaddr*>(&address), length) != 0 ||
        ::getsockname(socket_, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
      throw std::runtime_error("cannot bind a loopback socket");
    }
    if (listening && ::listen(socket_, 4) != 0) throw std::runtime_error("cannot listen");
    port_ = ntohs(address.sin_port);
  }
  LoopbackPort(const LoopbackPort&) = delete;
  LoopbackPort& operator=(const LoopbackPort&) = delete;
  ~LoopbackPort() {
    if (socket_ >= 0) ::close(socket_);
  }
  int port() const { return port_; }
  int socket() const { return socket_; }

 private:
  int socket_;
  int port_ = 0;
};

// A server that answers one request with 200 and the given SPARQL XML body, then closes the
// connection (as Virtuoso does when it streams).
class OneAnswerServer {
 public:
  explicit OneAnswerServer(std::string body) : port_(true), body_(std::move(body)) {
    thread_ = std::thread([this] { serve(); });
  }
  OneAnswerServer(const OneAnswerServer&) = delete;
  OneAnswerServer& operator=(const OneAnswerServer&) = delete;
  ~OneAnswerServer() { thread_.join(); }
  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_.port()) + "/sparql"; }

 private:
  void serve() {
    const int connection = ::accept(port_.socket(), nullptr, nullptr);
    if (connection < 0) return;
    // The request: its head, then as many bytes as its Content-Length says.
    std::string request;
    char buffer[4096];
    std::size_t wanted = std::string::npos;
    while (request.size() < wanted) {
      const ssize_t got = ::recv(connection, buffer, sizeof buffer, 0);
      if (got <= 0) break;
      request.append(buffer, static_cast<std::size_t>(got));
      const std::size_t head_end = request.find("\r\n\r\n");
      const std::size_t length = request.find("Content-Length: ");
      if (head_end != std::string::npos && length != std::string::npos && length < head_end)
        wanted = head_end + 4 + std::stoul(request.substr(length + 16));
    }
    const std::string answer =
        "HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+xml; charset=UTF-8\r\n"
        "Connection: close\r\n\r\n" +
        body_;
    for (std::size_t sent = 0; sent < answer.size();) {
      const ssize_t put = ::send(connection, answer.data() + sent, answer.size() - sent, 0);
      if (put <= 0) break;
      sent += static_cast<std::size_t>(put);
    }
    ::close(connection);
  }

  LoopbackPort port_;
  std::string body_;
  std::thread thread_;
};

class HttpClientTest : public ::testing::Test {
 protected:
  CurlGlobal curl_;
};

TEST_F(HttpClientTest, NoConnectionNamesTheUrl) {
  LoopbackPort refusing(false);
  const std::string url = "http://127.0.0.1:" + std::to_string(refusing.port()) + "/sparql";
  try {
    SparqlEndpoint(url, std::chrono::milliseconds(5000)).query("ASK {}");
    ADD_FAILURE() << "no error";
  } catch (const EndpointError& error) {
    const std::string message = error.what();
    EXPECT_NE(message.find("cannot reach the SPARQL endpoint <" + url + ">"), std::string::npos)
        << message;
  }
}

TEST_F(HttpClientTest, ASilentServerTimesOut) {
  LoopbackPort silent(true);
  HttpRequest request;
  request.url = "http://127.0.0.1:" + std::to_string(silent.port()) + "/sparql";
  request.accept = "*/*";
  request.timeout = std::chrono::milliseconds(300);
  try {
    post_form(request);
    ADD_FAILURE() << "no timeout";
  } catch (const EndpointTimeout& error) {
    EXPECT_NE(std::string(error.what()).find("did not answer within 0.3 s"), std::string::npos)
        << error.what();
  }
}

const std::string kHead =
    "<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\"><head><variable name=\"a\"/>"
    "</head>\n<results>\n<result><binding name=\"a\"><uri>urn:x</uri></binding></result>";

// Read as it arrives, a document is the answer when it is whole, whatever follows it.
TEST_F(HttpClientTest, AStreamedAnswerIsReadAsItArrives) {
  OneAnswerServer server(kHead + "</results></sparql>\n<!-- 1 row -->\n");
  RemoteResults results =
      SparqlEndpoint(server.url(), std::chrono::milliseconds(5000)).query("SELECT ?a {}");
  EXPECT_EQ(results.table().rows.size(), 1u);
}

// Sent 200 before the query failed, the server's message ends the answer: it is the error.
TEST_F(HttpClientTest, AStreamedAnswerEndedByAMessageIsTheServersRejection) {
  OneAnswerServer server(kHead +
                         "Virtuoso 22007 Error Function needs a valid language ID\n\n"
                         "SPARQL query:\nSELECT ?a { <urn:x> ?p ?a }");
  try {
    SparqlEndpoint(server.url(), std::chrono::milliseconds(5000)).query("SELECT ?a {}");
    ADD_FAILURE() << "no error";
  } catch (const EndpointRejected& error) {
    EXPECT_EQ(error.status(), 200);
    EXPECT_NE(std::string(error.what()).find("failed while answering: Virtuoso 22007 Error"),
              std::string::npos)
        << error.what();
  }
}

// Cut off with no message, the answer stopped: not a rejection of the query.
TEST_F(HttpClientTest, AStreamedAnswerCutOffIsAnError) {
  OneAnswerServer server(kHead + "\n<result><binding name=\"a\"><uri>urn:");
  try {
    SparqlEndpoint(server.url(), std::chrono::milliseconds(5000)).query("SELECT ?a {}");
    ADD_FAILURE() << "no error";
  } catch (const EndpointRejected& error) {
    ADD_FAILURE() << "taken for a rejection: " << error.what();
  } catch (const EndpointError& error) {
    EXPECT_NE(std::string(error.what()).find("broke off its answer"), std::string::npos)
        << error.what();
  }
}

TEST_F(HttpClientTest, OnlyHttpAndHttps) {
  HttpRequest request;
  request.url = "file:///etc/passwd";
  request.accept = "*/*";
  EXPECT_THROW(post_form(request), EndpointError);
}

}  // namespace
}  // namespace coopgraph::graph
