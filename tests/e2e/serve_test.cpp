// coopgraph serve, driven over HTTP by curl: the SPARQL 1.1 Protocol, content negotiation,
// every error status, the linked-data pages, the dumps, the bounds, and the page's files.
#include <gtest/gtest.h>
#include <signal.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <thread>
#include <vector>

#include "tests/e2e/command_runner.h"
#include "tests/e2e/server_process.h"

namespace coopgraph::testing {
namespace {

constexpr const char* kCountAll = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
// A three-way cross product of the graph: far longer than the 3 s limit set below.
constexpr const char* kEndless = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

class ServeTest : public CorpusStoreTest<ServeTest> {
 protected:
  static void SetUpTestSuite() {
    CorpusStoreTest<ServeTest>::SetUpTestSuite();
    server_ =
        new ServerProcess({"--store", store_, "--workers", "2", "--timeout", "3", "--max-rows",
                           "500", "--max-request-bytes", "65536", "--queue-wait", "0.3"},
                          *scratch_);
    ASSERT_FALSE(server_->url().empty()) << server_->errors();
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
    CorpusStoreTest<ServeTest>::TearDownTestSuite();
  }
  static HttpAnswer get(const std::string& path, const std::string& arguments = "") {
    return curl(arguments, server_->url() + path, *scratch_);
  }
  static HttpAnswer query(const std::string& sparql, const std::string& arguments = "") {
    return curl("--data-urlencode " + shell_quoted("query=" + sparql) + " " + arguments,
                server_->url() + "sparql", *scratch_);
  }
  static inline ServerProcess* server_ = nullptr;
};

bool has_header(const HttpAnswer& answer, const std::string& line) {
  std::string headers = answer.headers;
  for (char& c : headers)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::string wanted = line;
  for (char& c : wanted)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return headers.find(wanted) != std::string::npos;
}

TEST_F(ServeTest, AnswersGetWithQueryParameterInSparqlJson) {
  const HttpAnswer answer =
      get("sparql", "-G --data-urlencode " + shell_quoted(std::string("query=") + kCountAll));
  EXPECT_EQ(answer.status, 200) << answer.body;
  EXPECT_TRUE(has_header(answer, "Content-Type: application/sparql-results+json"));
  EXPECT_NE(answer.body.find("\"vars\": [\"n\"]"), std::string::npos) << answer.body;
  EXPECT_TRUE(has_header(answer, "Access-Control-Allow-Origin: *"));
}

TEST_F(ServeTest, AnswersPostFormAndPostSparqlQueryAlike) {
  const HttpAnswer form = query(kCountAll, "-H 'Accept: text/csv'");
  const HttpAnswer direct = curl(
      "-H 'Content-Type: application/sparql-query' -H 'Accept: text/csv' "
      "--data-binary " +
          shell_quoted(kCountAll),
      server_->url() + "sparql", *scratch_);
  EXPECT_EQ(form.status, 200);
  EXPECT_EQ(direct.status, 200);
  EXPECT_EQ(form.body, direct.body);
  EXPECT_TRUE(form.body.starts_with("n\r\n")) << form.body;
}

TEST_F(ServeTest, NegotiatesEveryResultsFormat) {
  const std::string select =
      "SELECT ?s WHERE { ?s a <https://w3id.org/coopgraph/ontology#Province> } LIMIT 1";
  EXPECT_TRUE(has_header(query(select, "-H 'Accept: application/sparql-results+xml'"),
                         "Content-Type: application/sparql-results+xml"));
  EXPECT_TRUE(has_header(query(select, "-H 'Accept: text/tab-separated-values'"),
                         "Content-Type: text/tab-separated-values"));
  EXPECT_TRUE(
      has_header(query(select, "-H 'Accept: text/csv;q=0.5, application/sparql-results+json'"),
                 "Content-Type: application/sparql-results+json"));
  const std::string construct =
      "CONSTRUCT { ?s a <https://w3id.org/coopgraph/ontology#Province> } WHERE { ?s a "
      "<https://w3id.org/coopgraph/ontology#Province> }";
  const HttpAnswer turtle = query(construct, "-H 'Accept: text/turtle'");
  EXPECT_TRUE(has_header(turtle, "Content-Type: text/turtle")) << turtle.headers;
  const HttpAnswer ntriples = query(construct, "-H 'Accept: application/n-triples'");
  EXPECT_TRUE(has_header(ntriples, "Content-Type: application/n-triples"));
  EXPECT_NE(ntriples.body.find("> .\n"), std::string::npos);
  const HttpAnswer ask = query("ASK { ?s ?p ?o }", "-H 'Accept: application/sparql-results+json'");
  EXPECT_NE(ask.body.find("\"boolean\": true"), std::string::npos) << ask.body;
}

TEST_F(ServeTest, RefusesWhatItCannotGiveWith406) {
  const HttpAnswer answer = query(kCountAll, "-H 'Accept: image/png'");
  EXPECT_EQ(answer.status, 406);
  EXPECT_NE(answer.body.find("application/sparql-results+json"), std::string::npos);
}

TEST_F(ServeTest, ReportsSyntaxErrorsWith400AndTheirPosition) {
  const HttpAnswer answer = query("SELECT ?s WHERE {\n  ?s ?p ?o .\n  FILTER(?o = ) }");
  EXPECT_EQ(answer.status, 400);
  EXPECT_NE(answer.body.find("query:3:"), std::string::npos) << answer.body;
  const HttpAnswer path = query("SELECT ?x WHERE { ?x <http://a>* ?y }");
  EXPECT_EQ(path.status, 400);
  EXPECT_NE(path.body.find("query:1:32: a '*' path"), std::string::npos) << path.body;
  EXPECT_EQ(query("").status, 400);
}

TEST_F(ServeTest, RefusesEveryKindOfUpdateWith4xx) {
  const std::string insert = "INSERT DATA { <urn:a> <urn:b> <urn:c> }";
  EXPECT_EQ(curl("--data-urlencode " + shell_quoted("update=" + insert), server_->url() + "sparql",
                 *scratch_)
                .status,
            403);
  EXPECT_EQ(
      curl("-H 'Content-Type: application/sparql-update' --data-binary " + shell_quoted(insert),
           server_->url() + "sparql", *scratch_)
          .status,
      403);
  EXPECT_EQ(query("PREFIX x: <urn:x#>\n# a comment\nDELETE WHERE { ?s ?p ?o }").status, 403);
  EXPECT_EQ(query("LOAD <file:///etc/passwd>").status, 403);
  EXPECT_EQ(curl("-X PUT --data-binary x", server_->url() + "sparql", *scratch_).status, 405);
  EXPECT_EQ(curl("-X DELETE", server_->url() + "id/place/hubei", *scratch_).status, 405);
  EXPECT_EQ(curl("-H 'Content-Type: text/plain' --data-binary " + shell_quoted(kCountAll),
                 server_->url() + "sparql", *scratch_)
                .status,
            415);
  // Nothing changed.
  EXPECT_EQ(query("ASK { <urn:a> <urn:b> <urn:c> }", "-H 'Accept: text/csv'").body,
            "_askResult\r\nfalse\r\n");
}

TEST_F(ServeTest, RefusesOversizedRequestsWith413) {
  const std::string big = "SELECT * WHERE { ?s ?p ?o } #" + std::string(100'000, 'x');
  write_file(scratch_->path() / "big.rq", big);
  const HttpAnswer answer = curl("-H 'Content-Type: application/sparql-query' --data-binary @" +
                                     shell_quoted((scratch_->path() / "big.rq").string()),
                                 server_->url() + "sparql", *scratch_);
  EXPECT_EQ(answer.status, 413);
  EXPECT_EQ(get("sparql?query=" + std::string(20'000, 'a')).status, 414);
}

TEST_F(ServeTest, BoundsTheSizeOfAnAnswerWith422) {
  const HttpAnswer answer = query("SELECT * WHERE { ?s ?p ?o }");
  EXPECT_EQ(answer.status, 422);
  EXPECT_NE(answer.body.find("more than 500 rows"), std::string::npos) << answer.body;
  EXPECT_EQ(query("SELECT * WHERE { ?s ?p ?o } LIMIT 500").status, 200);
}

TEST_F(ServeTest, StopsAQueryPastTheTimeoutWith504AndKeepsServing) {
  const HttpAnswer answer = query(kEndless);
  EXPECT_EQ(answer.status, 504);
  EXPECT_NE(answer.body.find("time limit of 3 s"), std::string::npos) << answer.body;
  EXPECT_EQ(query(kCountAll).status, 200);
}

TEST_F(ServeTest, StartsTheEngineAgainWhenItWasKilled) {
  const HttpAnswer before = query(kCountAll);
  ASSERT_EQ(before.status, 200);
  std::ifstream instance(std::filesystem::path(store_) / "virtuoso" / "instance");
  long supervisor = 0, port = 0, engine = 0;
  instance >> supervisor >> port >> engine;
  ASSERT_GT(engine, 0);
  ::kill(static_cast<pid_t>(engine), SIGKILL);
  // The request that finds it dead starts it again, which can take longer than this
  // server's 3 s limit (504); the start goes on without it, and a later request is answered.
  HttpAnswer answer = query(kCountAll);
  for (int attempt = 0; attempt < 3 && answer.status != 200; ++attempt) {
    EXPECT_TRUE(answer.status == 503 || answer.status == 504) << answer.status << answer.body;
    std::this_thread::sleep_for(std::chrono::seconds(2));
    answer = query(kCountAll);
  }
  EXPECT_EQ(answer.status, 200) << answer.body;
  EXPECT_EQ(answer.body, before.body) << "the restarted engine answers from the same store";
}

TEST_F(ServeTest, AnswersBusyWith503AndRetryAfterWhileSlowQueriesHoldEveryWorker) {
  // Two endless queries take both workers; a third request finds none free.
  for (int i = 0; i < 2; ++i) {
    run("(curl -s -o /dev/null --data-urlencode " + shell_quoted(std::string("query=") + kEndless) +
            " " + shell_quoted(server_->url() + "sparql") + " >/dev/null 2>&1 &)",
        *scratch_);
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(800));
  const HttpAnswer busy = query(kCountAll);
  EXPECT_EQ(busy.status, 503) << busy.body;
  EXPECT_TRUE(has_header(busy, "Retry-After:")) << busy.headers;
  // Pages that need no worker are still served meanwhile.
  EXPECT_EQ(get("assets/coopgraph.css").status, 200);
  // The workers are free again once the engine stops the two at the time limit; the tests
  // after this one must not find them busy.
  HttpAnswer freed = query(kCountAll);
  for (int attempt = 0; attempt < 20 && freed.status != 200; ++attempt) {
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    freed = query(kCountAll);
  }
  EXPECT_EQ(freed.status, 200) << freed.body;
}

TEST_F(ServeTest, DescribesTheServiceWithoutAQuery) {
  const HttpAnswer answer = get("sparql", "-H 'Accept: text/turtle'");
  EXPECT_EQ(answer.status, 200);
  EXPECT_NE(answer.body.find("sparql-service-description#Service"), std::string::npos);
  EXPECT_NE(answer.body.find("SPARQL11Query"), std::string::npos);
  EXPECT_EQ(get("sparql", "-H 'Accept: text/html'").status, 303);
}

TEST_F(ServeTest, DereferencesEntityIrisAsRdfAndAsPages) {
  const HttpAnswer turtle = get("id/place/hubei", "-H 'Accept: text/turtle'");
  EXPECT_EQ(turtle.status, 200);
  EXPECT_TRUE(has_header(turtle, "Vary: Accept"));
  EXPECT_NE(turtle.body.find("湖北省"), std::string::npos);
  write_file(scratch_->path() / "entity.ttl", turtle.body);
  const CommandResult parsed =
      run("rapper -q -i turtle -c " + shell_quoted((scratch_->path() / "entity.ttl").string()),
          *scratch_);
  EXPECT_EQ(parsed.status, 0) << parsed.err;
  EXPECT_EQ(get("id/place/hubei", "-H 'Accept: application/rdf+xml'").status, 200);
  EXPECT_EQ(get("id/place/hubei?format=nt").status, 200);

  const HttpAnswer page = get("id/place/hubei", "-H 'Accept: text/html,*/*;q=0.8'");
  EXPECT_EQ(page.status, 200);
  EXPECT_TRUE(has_header(page, "Content-Type: text/html"));
  EXPECT_NE(page.body.find("<h1>Hubei Province</h1>"), std::string::npos);
  EXPECT_NE(page.body.find("湖北省"), std::string::npos);
  EXPECT_NE(page.body.find("Húběi Shěng"), std::string::npos);
  EXPECT_NE(page.body.find("<h2>Observations</h2>"), std::string::npos);
  EXPECT_NE(page.body.find("<h2>What lies in it</h2>"), std::string::npos);
  EXPECT_NE(page.body.find("href=\"/id/place/"), std::string::npos);

  EXPECT_EQ(get("id/place/no-such-place", "-H 'Accept: text/html'").status, 404);
  EXPECT_EQ(get("id/place/no-such-place", "-H 'Accept: text/turtle'").status, 404);
}

// The lines of N-Triples as rapper writes them again, sorted: the same triples compare
// equal whichever writer escaped them.
std::vector<std::string> canonical_ntriples(const std::string& text, const TempDir& scratch,
                                            const std::string& name) {
  const std::filesystem::path file = scratch.path() / name;
  write_file(file, text);
  const CommandResult parsed =
      run("rapper -q -i ntriples -o ntriples " + shell_quoted(file.string()), scratch);
  EXPECT_EQ(parsed.status, 0) << parsed.err;
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t end; (end = parsed.out.find('\n', start)) != std::string::npos; start = end + 1)
    lines.push_back(parsed.out.substr(start, end - start));
  std::sort(lines.begin(), lines.end());
  return lines;
}

// The engine answers the entity's triples: exactly those the store holds about it, and the
// links that point at it (what lies in it, observations and mentions of it).
TEST_F(ServeTest, AnEntityAsRdfIsWhatTheStoreHoldsAboutIt) {
  const CommandResult exported =
      run(coopgraph("export --format ntriples --store " + shell_quoted(store_)), *scratch_);
  ASSERT_EQ(exported.status, 0) << exported.err;
  const std::string iri = "<https://w3id.org/coopgraph/id/place/hubei>";
  std::string expected;
  std::size_t start = 0;
  for (std::size_t end; (end = exported.out.find('\n', start)) != std::string::npos;
       start = end + 1) {
    const std::string line = exported.out.substr(start, end - start);
    bool wanted = line.starts_with(iri + " ");
    for (const char* link : {"locatedIn", "about", "mentionOf"}) {
      wanted = wanted ||
               line.find("/ontology#" + std::string(link) + "> " + iri + " .") != std::string::npos;
    }
    if (wanted) expected += line + "\n";
  }
  const HttpAnswer answer = get("id/place/hubei", "-H 'Accept: application/n-triples'");
  ASSERT_EQ(answer.status, 200) << answer.body;
  const auto served = canonical_ntriples(answer.body, *scratch_, "served.nt");
  EXPECT_GT(served.size(), 10u);
  EXPECT_EQ(served, canonical_ntriples(expected, *scratch_, "expected.nt"));
}

TEST_F(ServeTest, EntityPagesLabelOntologyTermsAndFindNothingForOtherIris) {
  const HttpAnswer page = get("id/place/hubei", "-H 'Accept: text/html'");
  ASSERT_EQ(page.status, 200);
  // cg:Province is labelled in the ontology, which the engine's database does not hold.
  EXPECT_NE(page.body.find(">province</a>"), std::string::npos);
  // An observation's row: its measure labelled, its value, its evidence.
  EXPECT_NE(page.body.find("<td lang=\"zh\">"), std::string::npos);
  // IRIs the graph cannot hold are not found, never an error nor part of a query.
  for (const std::string path :
       {"id/place/no-such-place", "id/place/a%3Eb", "id/place/a%22%20b", "id/place/a%7D%20b"}) {
    EXPECT_EQ(get(path, "-H 'Accept: text/html'").status, 404) << path;
    EXPECT_EQ(get(path, "-H 'Accept: text/turtle'").status, 404) << path;
  }
}

// /void reads the engine, export --with-description the store: they say the same of the data.
TEST_F(ServeTest, TheDatasetDescriptionAgreesWithTheExport) {
  const CommandResult exported = run(coopgraph("export --with-description --format ntriples "
                                               "--store " +
                                               shell_quoted(store_)),
                                     *scratch_);
  ASSERT_EQ(exported.status, 0) << exported.err;
  const HttpAnswer served = get("void", "-H 'Accept: application/n-triples'");
  ASSERT_EQ(served.status, 200) << served.body;
  auto about_the_data = [&](const std::string& text, const std::string& name) {
    std::vector<std::string> lines;
    for (const std::string& line : canonical_ntriples(text, *scratch_, name)) {
      for (const char* term :
           {"void#triples>", "void#class>", "void#property>", "void#exampleResource>"}) {
        if (line.find(term) != std::string::npos) lines.push_back(line);
      }
    }
    return lines;
  };
  const auto from_engine = about_the_data(served.body, "void.nt");
  EXPECT_EQ(from_engine, about_the_data(exported.out, "exported.nt"));
  const auto count = [&](const char* term) {
    return std::count_if(from_engine.begin(), from_engine.end(), [&](const std::string& line) {
      return line.find(term) != std::string::npos;
    });
  };
  EXPECT_EQ(count("void#triples>"), 1);
  EXPECT_GT(count("void#class>"), 5);
  EXPECT_GT(count("void#property>"), 20);
  EXPECT_GE(count("void#exampleResource>"), 3);
}

TEST_F(ServeTest, ServesTheOntologyDatasetDescriptionAndDumps) {
  const HttpAnswer ontology = get("ontology", "-H 'Accept: text/turtle'");
  EXPECT_EQ(ontology.status, 200);
  EXPECT_NE(ontology.body.find("owl:Ontology"), std::string::npos);
  const HttpAnswer ontology_page = get("ontology", "-H 'Accept: text/html'");
  EXPECT_NE(ontology_page.body.find("id=\"Observation\""), std::string::npos);
  const HttpAnswer description = get("void", "-H 'Accept: text/turtle'");
  EXPECT_EQ(description.status, 200);
  EXPECT_NE(description.body.find("void#Dataset"), std::string::npos)
      << description.body.substr(0, 500);

  const CommandResult exported =
      run(coopgraph("export --format nquads --store " + shell_quoted(store_)), *scratch_);
  const HttpAnswer quads = get("dump.nq");
  EXPECT_EQ(quads.status, 200);
  EXPECT_EQ(quads.body, exported.out);
  const HttpAnswer dump = get("dump.ttl");
  write_file(scratch_->path() / "dump.ttl", dump.body);
  const CommandResult counted = run(
      "rapper -i turtle -c " + shell_quoted((scratch_->path() / "dump.ttl").string()), *scratch_);
  const CommandResult triples =
      run(coopgraph("export --format ntriples --store " + shell_quoted(store_)), *scratch_);
  const auto lines = std::count(triples.out.begin(), triples.out.end(), '\n');
  ASSERT_GT(lines, 1000);
  EXPECT_NE(counted.err.find("returned " + std::to_string(lines) + " triples"), std::string::npos)
      << counted.err;
}

TEST_F(ServeTest, ServesThePageAndItsFilesButNothingOutsideThem) {
  const HttpAnswer index = get("");
  EXPECT_EQ(index.status, 200);
  EXPECT_NE(index.body.find("/vendor/yasgui/yasgui.min.js"), std::string::npos);
  EXPECT_EQ(get("vendor/yasgui/yasgui.min.js").status, 200);
  EXPECT_EQ(get("vendor/chart.js/chart.umd.min.js").status, 200);
  const HttpAnswer queries = get("queries.json");
  EXPECT_NE(queries.body.find("\"name\": \"counts_by_province\""), std::string::npos);
  for (const std::string path :
       {"assets/../../CMakeLists.txt", "assets/%2e%2e/%2e%2e/CMakeLists.txt",
        "assets/..%2f..%2fCMakeLists.txt", "vendor/yasgui/../../../../package.json",
        "assets//etc/passwd", "assets/%00"}) {
    const HttpAnswer answer = curl("--path-as-is", server_->url() + path, *scratch_);
    EXPECT_EQ(answer.status, 404) << path;
    EXPECT_EQ(answer.body.find("cmake_minimum_required"), std::string::npos) << path;
  }
}

TEST_F(ServeTest, AnswersCorsPreflight) {
  const HttpAnswer answer = curl(
      "-X OPTIONS -H 'Origin: https://example.org' "
      "-H 'Access-Control-Request-Method: POST'",
      server_->url() + "sparql", *scratch_);
  EXPECT_EQ(answer.status, 204);
  EXPECT_TRUE(has_header(answer, "Access-Control-Allow-Methods: GET, POST, OPTIONS"));
}

// The named queries and the page need the default limits, not the tight ones above.
TEST_F(ServeTest, ARealSparqlClientGetsTheSameRowsAsTheCommandLine) {
  TempDir own;
  const ServerProcess server({"--store", store_}, own);
  ASSERT_FALSE(server.url().empty()) << server.errors();
  const CommandResult client =
      run("/usr/bin/python3 " +
              shell_quoted((source_dir() / "tests/e2e/sparql_client_test.py").string()) + " " +
              shell_quoted(server.url()) + " " + shell_quoted(COOPGRAPH_BINARY) + " " +
              shell_quoted(store_),
          *scratch_);
  EXPECT_EQ(client.status, 0) << client.out << client.err;
}

TEST_F(ServeTest, TheExplorationPageWorksInHeadlessChromium) {
  TempDir own;
  const ServerProcess server({"--store", store_}, own);
  ASSERT_FALSE(server.url().empty()) << server.errors();
  const std::filesystem::path shots =
      std::filesystem::path(COOPGRAPH_TEST_OUTPUT_DIR) / "screenshots";
  std::filesystem::create_directories(shots);
  const CommandResult browser =
      run("node " + shell_quoted((source_dir() / "tests/e2e/browser/explore_page.mjs").string()) +
              " " + shell_quoted(server.url()) + " " + shell_quoted(shots.string()),
          *scratch_);
  EXPECT_EQ(browser.status, 0) << browser.out << browser.err;
  EXPECT_TRUE(std::filesystem::exists(shots / "explorer.png"));
  EXPECT_TRUE(std::filesystem::exists(shots / "entity.png"));
}

// A bounded load on loopback: every request answered, and the memory of the server and its
// workers does not grow with the number of requests. (The figures it prints are for the
// benchmark notes; nothing here depends on speed.)
TEST_F(ServeTest, AnswersEveryRequestUnderLoadWithoutGrowing) {
  const CommandResult load =
      run(shell_quoted((source_dir() / "bench/endpoint-load").string()) + " --seconds 6 " +
              "--connections 8 --store " + shell_quoted(store_) + " --binary " +
              shell_quoted(COOPGRAPH_BINARY),
          *scratch_);
  ASSERT_EQ(load.status, 0) << load.out << load.err;
  double before = 0;
  double after = 0;
  const std::size_t at = load.out.find("before ");
  ASSERT_NE(at, std::string::npos) << load.out;
  ASSERT_EQ(std::sscanf(load.out.c_str() + at, "before %lf MB, after %lf MB", &before, &after), 2)
      << load.out;
#if !defined(__SANITIZE_ADDRESS__)
  // AddressSanitizer keeps freed memory in quarantine, so resident memory grows by design.
  EXPECT_LT(after - before, 64.0) << load.out;
#endif
  std::cout << load.out;
}

}  // namespace
}  // namespace coopgraph::testing
