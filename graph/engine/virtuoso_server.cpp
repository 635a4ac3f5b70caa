#include "graph/engine/virtuoso_server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <thread>

#include "graph/engine/engine_error.h"
#include "graph/http_client.h"

namespace coopgraph::graph::engine {
namespace fs = std::filesystem;
namespace {

constexpr const char* kServerProgram = "virtuoso-t";
constexpr const char* kSqlProgram = "isql-vt";
constexpr auto kStartTimeout = std::chrono::seconds(120);

bool on_path(const std::string& program) {
  const char* path = std::getenv("PATH");
  std::stringstream folders(path != nullptr ? path : "/usr/bin:/bin");
  std::string folder;
  while (std::getline(folders, folder, ':')) {
    if (!folder.empty() && ::access((fs::path(folder) / program).c_str(), X_OK) == 0) return true;
  }
  return false;
}

// What a new database file is made with: a database made under other values is not ours to
// copy (see database_template.h).
constexpr const char* kDatabaseShape =
    "FileExtend         = 200\nMaxCheckpointRemap = 2000\nStriping           = 0\n";
constexpr const char* kCaseMode = "CaseMode              = 2\n";

// Small buffers and few threads: a workstation server on a shared machine. The SPARQL
// user is read-only in a new Virtuoso database (no SPARQL_UPDATE), and both ports listen on
// loopback only.
void write_config(const EngineFolder& folder, int sql_port, int http_port) {
  const std::string root = fs::absolute(folder.root).lexically_normal().string();
  const std::string db = (fs::absolute(folder.database())).lexically_normal().string();
  std::ofstream out(folder.config(), std::ios::trunc);
  out << "[Database]\n"
      << "DatabaseFile       = " << db << "/virtuoso.db\n"
      << "ErrorLogFile       = " << root << "/virtuoso.log\n"
      << "LockFile           = " << db << "/virtuoso.lck\n"
      << "TransactionFile    = " << db << "/virtuoso.trx\n"
      << "xa_persistent_file = " << db << "/virtuoso.pxa\n"
      << "ErrorLogLevel      = 7\n"
      << kDatabaseShape << "TempStorage        = TempDatabase\n\n"
      << "[TempDatabase]\n"
      << "DatabaseFile       = " << db << "/virtuoso-temp.db\n"
      << "TransactionFile    = " << db << "/virtuoso-temp.trx\n"
      << "MaxCheckpointRemap = 2000\nStriping           = 0\n\n"
      << "[Parameters]\n"
      << "ServerPort            = 127.0.0.1:" << sql_port << "\n"
      << "DisableUnixSocket     = 1\nDisableTcpSocket      = 0\nMaxClientConnections  = 8\n"
      << "CheckpointInterval    = 0\nO_DIRECT              = 0\n"
      << kCaseMode << "MaxStaticCursorRows   = 5000\nAllowOSCalls          = 0\n"
      << "DirsAllowed           = ., " << root << "/load\n"
      << "NumberOfBuffers       = 60000\nMaxDirtyBuffers       = 40000\n"
      << "MaxQueryMem           = 256M\nThreadsPerQuery       = 2\n"
      << "AsyncQueueMaxThreads  = 2\nThreadCleanupInterval = 0\n"
      << "ResourcesCleanupInterval = 0\n\n"
      << "[HTTPServer]\n"
      << "ServerPort            = 127.0.0.1:" << http_port << "\n"
      << "ServerRoot            = " << root << "/www\n"
      << "MaxClientConnections  = 8\nServerThreads         = 8\nEnabledDavVSP         = 0\n"
      << "HTTPProxyEnabled      = 0\nCharset               = UTF-8\n\n"
      << "[SPARQL]\n"
      << "ResultSetMaxRows           = 10000000\n"
      << "MaxQueryCostEstimationTime = 0\n"
      << "MaxQueryExecutionTime      = 0\n";
  if (!out.flush()) throw EngineError("cannot write " + folder.config().string());
}

bool answers_sparql(int http_port) {
  HttpRequest request;
  request.url = "http://127.0.0.1:" + std::to_string(http_port) + "/sparql";
  request.form = {{"query", "ASK {}"}};
  request.accept = "application/sparql-results+xml";
  request.timeout = std::chrono::seconds(5);
  try {
    return post_form(request).status == 200;
  } catch (const GraphError&) {
    return false;
  }
}

std::string log_tail(const fs::path& log) {
  std::ifstream in(log);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);)
    lines.push_back(line);
  std::string tail;
  for (std::size_t i = lines.size() > 5 ? lines.size() - 5 : 0; i < lines.size(); ++i)
    tail += "\n  " + lines[i];
  return tail;
}

}  // namespace

void require_engine_installed() {
  for (const char* program : {kServerProgram, kSqlProgram}) {
    if (!on_path(program)) {
      throw EngineError(std::string("the SPARQL engine is not installed (no ") + program +
                        " on the PATH): install the Debian package virtuoso-opensource, "
                        "e.g. 'sudo apt-get install virtuoso-opensource' or scripts/install-deps");
    }
  }
}

std::string database_shape() {
  return std::string(kDatabaseShape) + kCaseMode;
}

std::string engine_version(const fs::path& output_file) {
  const auto [status, output] = run_program({kServerProgram, "-?"}, output_file);
  std::error_code ignored;
  fs::remove(output_file, ignored);
  // "Virtuoso Open Source Edition (...)\nVersion 7.2.5.3229-pthreads as of Feb  8 2023 ..."
  const std::size_t version = output.find("Version ");
  if (version == std::string::npos) {
    throw EngineError("cannot tell the version of virtuoso-t (exit status " +
                      std::to_string(status) + ")");
  }
  const std::size_t end = output.find('\n', version);
  return output.substr(0, end);
}

namespace {

bool binds(int port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return false;
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  const bool ok = ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
  ::close(fd);
  return ok;
}

// The lowest port of the kernel's ephemeral range (32768 unless configured).
int ephemeral_low() {
  std::ifstream range("/proc/sys/net/ipv4/ip_local_port_range");
  int low = 0;
  return range >> low && low > 2048 ? low : 32768;
}

// Whether virtuoso-t, stopped while starting, stopped because a port was taken.
bool lost_a_port(const fs::path& log) {
  const std::string tail = log_tail(log);
  return tail.find("listen") != std::string::npos || tail.find("in use") != std::string::npos;
}

}  // namespace

int free_loopback_port() {
  // The kernel gives the ports of its ephemeral range to outgoing connections (every HTTP
  // request on the machine) and to bind(0): one picked there, free until Virtuoso binds it
  // seconds later, can be taken meanwhile, and Virtuoso then exits ("Server exiting"). Below
  // that range only programs that ask for a port by its number take one.
  const int high = ephemeral_low() - 1;
  const int low = std::max(1025, high - 12000);
  std::random_device seed;
  std::mt19937 random(seed());
  std::uniform_int_distribution<int> pick(low, high);
  for (int attempt = 0; attempt < 64; ++attempt) {
    const int port = pick(random);
    if (binds(port)) return port;
  }
  const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) throw EngineError("cannot open a socket to find a free port");
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = 0;
  socklen_t length = sizeof address;
  const bool ok = ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
                  ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0;
  ::close(fd);
  if (!ok) throw EngineError("cannot find a free port on 127.0.0.1");
  return ntohs(address.sin_port);
}

ChildProcess VirtuosoServer::spawn(const EngineFolder& folder, int sql_port, int http_port) {
  write_config(folder, sql_port, http_port);
  const std::string config = fs::absolute(folder.config()).string();
  return ChildProcess({kServerProgram, "+foreground", "+configfile", config},
                      {folder.database(), folder.root / "server.out", false, true});
}

VirtuosoServer::VirtuosoServer(EngineFolder folder)
    : folder_(std::move(folder)), process_([this] {
        require_engine_installed();
        std::error_code ignored;
        fs::create_directories(folder_.database());
        fs::create_directories(folder_.load());
        fs::create_directories(folder_.root / "www");
        // Left by a server that was killed; ours are the only ones using this folder.
        fs::remove(folder_.database() / "virtuoso.lck", ignored);
        return start();
      }()) {
  remove_startup_triples();
}

// Every start of virtuoso-t puts three triples of its WebDAV layer in the graph
// <http://www.w3.org/ns/ldp#> (WS.WS.SYS_DAV_INIT_RDF). They are not the store's data, and
// the default graph cannot leave that graph out as it leaves out virtrdf#: Virtuoso 7.2.5
// answers "SQ200: Stack Overflow" to FILTER NOT EXISTS once a query excludes two graphs. So
// they are deleted, these three only (a user's graph of that name keeps its own), before the
// instance is announced to any query.
void VirtuosoServer::remove_startup_triples() {
  std::string triples;
  for (const char* container : {"BasicContainer", "DirectContainer", "IndirectContainer"}) {
    triples += std::string("<http://www.w2.org/ns/ldp#") + container +
               "> <http://www.w3.org/2000/01/rdf-schema#subClassOf> "
               "<http://www.w2.org/ns/ldp#Container> . ";
  }
  sql("SPARQL DELETE DATA { GRAPH <http://www.w3.org/ns/ldp#> { " + triples + "} };");
}

// Starts virtuoso-t on two free ports and waits until it answers; a port taken by another
// program before virtuoso-t bound it costs a new pair of ports, not the command.
ChildProcess VirtuosoServer::start() {
  constexpr int kAttempts = 3;
  const auto deadline = std::chrono::steady_clock::now() + kStartTimeout;
  for (int attempt = 1;; ++attempt) {
    sql_port_ = free_loopback_port();
    http_port_ = free_loopback_port();
    while (http_port_ == sql_port_)
      http_port_ = free_loopback_port();
    ChildProcess process = spawn(folder_, sql_port_, http_port_);
    bool stopped = false;
    while (std::chrono::steady_clock::now() < deadline) {
      if (process.poll()) {
        stopped = true;
        break;
      }
      // Ours answers, not another program on the port: virtuoso-t still runs after it.
      if (answers_sparql(http_port_) && !process.poll()) return process;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    if (stopped && attempt < kAttempts && lost_a_port(folder_.log())) continue;
    if (stopped) {
      throw EngineError("the SPARQL engine (virtuoso-t) stopped while starting; read " +
                        folder_.log().string() + log_tail(folder_.log()));
    }
    process.terminate(std::chrono::seconds(5));
    throw EngineError("the SPARQL engine (virtuoso-t) did not answer within 120 s; read " +
                      folder_.log().string() + log_tail(folder_.log()));
  }
}

VirtuosoServer::~VirtuosoServer() {
  try {
    shutdown();
  } catch (const std::exception&) {
    process_.terminate(std::chrono::seconds(10));
  }
}

std::string VirtuosoServer::sparql_url() const {
  return "http://127.0.0.1:" + std::to_string(http_port_) + "/sparql";
}

std::string VirtuosoServer::sql(const std::string& statements) {
  auto [status, output] = run_program(
      {kSqlProgram, "127.0.0.1:" + std::to_string(sql_port_), "dba", "dba", "exec=" + statements},
      folder_.sql_output());
  // isql-vt prints errors on its output and exits 0 after some of them.
  if (status != 0 || output.find("*** Error") != std::string::npos) {
    throw EngineError("the SPARQL engine refused '" + statements.substr(0, 80) + "': " + output);
  }
  return output;
}

void VirtuosoServer::shutdown() {
  if (process_.poll()) return;
  try {
    sql("checkpoint; shutdown;");
  } catch (const EngineError&) {
    // shutdown() closes the connection before isql-vt hears back.
  }
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (!process_.poll() && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  process_.terminate(std::chrono::seconds(5));
}

void bulk_load(VirtuosoServer& server, const EngineFolder& folder) {
  const std::string load = fs::absolute(folder.load()).lexically_normal().string();
  if (load.find('\'') != std::string::npos) {
    throw EngineError("the store path may not contain a quote: " + load);
  }
  // The graph argument is for lines without one, which N-Quads from the store never have.
  server.sql("ld_dir('" + load + "', '*.nq', 'urn:x-coopgraph:no-graph');");
  // The store's statements are one file. Cut in two for two loaders side by side (as
  // Virtuoso's bulk-loading guide advises), they loaded no faster: 33-35 s either way at
  // 10,000 articles.
  server.sql("rdf_loader_run();");
  server.sql("checkpoint;");
  const std::string errors =
      server.sql("SELECT ll_file, ll_error FROM DB.DBA.load_list WHERE ll_error IS NOT NULL;");
  if (errors.find(load) != std::string::npos) {
    throw EngineError("the SPARQL engine could not load the store's triples: " + errors);
  }
}

std::vector<std::string> engine_graphs(VirtuosoServer& server) {
  const std::string output =
      server.sql("SPARQL SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } };");
  std::vector<std::string> graphs;
  std::istringstream lines(output);
  for (std::string line; std::getline(lines, line);) {
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r'))
      line.pop_back();
    if (line.find("://") != std::string::npos && line.find(' ') == std::string::npos)
      graphs.push_back(line);
  }
  return graphs;
}

}  // namespace coopgraph::graph::engine
