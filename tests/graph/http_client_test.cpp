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
// no other process can take it while the test runs.
class RefusingPort {
 public:
  RefusingPort() : socket_(::socket(AF_INET, SOCK_STREAM, 0)) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof(address);
    if (socket_ < 0 || ::bind(socket_, reinterpret_cast<sockaddr*>(&address), length) != 0 ||
        ::getsockname(socket_, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
      throw std::runtime_error("cannot bind a loopback socket");
    }
    port_ = ntohs(address.sin_port);
  }
  RefusingPort(const RefusingPort&) = delete;
  RefusingPort& operator=(const RefusingPort&) = delete;
  ~RefusingPort() {
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
  RefusingPort refusing;
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

TEST_F(HttpClientTest, OnlyHttpAndHttps) {
  HttpRequest request;
  request.url = "file:///etc/passwd";
  request.accept = "*/*";
  EXPECT_THROW(post_form(request), EndpointError);
}

}  // namespace
}  // namespace coopgraph::graph
