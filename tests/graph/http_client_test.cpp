#include "graph/http_client.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

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

 private:
  int socket_;
  int port_ = 0;
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

TEST_F(HttpClientTest, OnlyHttpAndHttps) {
  HttpRequest request;
  request.url = "file:///etc/passwd";
  request.accept = "*/*";
  EXPECT_THROW(post_form(request), EndpointError);
}

}  // namespace
}  // namespace coopgraph::graph
