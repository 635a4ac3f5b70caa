// The store's SPARQL engine through the command line: what Virtuoso gets wrong answered right
// by the project's path (dataset in, rows expected), and its faults: stopped, killed, missing,
// stale, copied, two builds at once, a broken template database. One engine per suite, stopped
// when the suite ends.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <thread>

#include "tests/e2e/command_runner.h"

namespace coopgraph::testing {
namespace {

constexpr const char* kData = R"(@prefix : <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:c1 a :Cooperative ; rdfs:label "C1" .   :x rdfs:label "X" .   :o1 :about :c1 .   :o2 :about :c1 .
:a :in :b . :b :in :c . :a :in :c . :c :in :d .
:p rdfs:label "pin"@zh-Latn-pinyin , "P"@en .
:v :value "6.0"^^<http://www.w3.org/2001/XMLSchema#decimal> .
:v :flag true ; :ratio 6e0 , "INF"^^<http://www.w3.org/2001/XMLSchema#double> .
)";

constexpr const char* kPrefixes =
    "PREFIX : <http://example.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";

void write(const std::filesystem::path& path, const std::string& text) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

struct Instance {
  long supervisor = 0, port = 0, engine = 0;
};

Instance read_instance(const std::string& store) {
  Instance instance;
  std::ifstream in(std::filesystem::path(store) / "virtuoso" / "instance");
  in >> instance.supervisor >> instance.port >> instance.engine;
  return instance;
}

bool alive(long pid) {
  return process_running(pid);
}

// Connections established to a loopback port (from /proc/net/tcp and tcp6): a query that
// reached an engine stopped with SIGSTOP is one, since the kernel accepts for it.
int connections_to(long port) {
  int count = 0;
  for (const char* table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
    std::ifstream in(table);
    std::string line;
    std::getline(in, line);  // the header
    while (std::getline(in, line)) {
      std::istringstream fields(line);
      std::string slot, local, remote, state;
      fields >> slot >> local >> remote >> state;
      const std::size_t colon = remote.rfind(':');
      if (state == "01" && colon != std::string::npos &&
          std::stol(remote.substr(colon + 1), nullptr, 16) == port) {
        ++count;
      }
    }
  }
  return count;
}

class EngineTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    scratch_ = new TempDir();
    const auto input = scratch_->path() / "input";
    write(input / "data.ttl", kData);
    write(input / "more" / "quads.nq",
          "<http://example.org/q> <http://example.org/r> \"in g1\" <http://example.org/g1> .\n"
          "<http://example.org/q> <http://example.org/r> \"in the file's graph\" .\n");
    write(input / "broken.nt",
          "<http://example.org/s> <http://example.org/p> <http://example.org/o> .\n"
          "<http://example.org/s> <http://example.org/p> oops .\n");
    store_ = (scratch_->path() / "graph.db").string();
    built_ = new CommandResult(
        run(coopgraph("build --store " + shell_quoted(store_) + " " + shell_quoted(input.string())),
            *scratch_));
  }
  static void TearDownTestSuite() {
    run(coopgraph("stop --store " + shell_quoted(store_)), *scratch_);
    delete built_;
    delete scratch_;
    scratch_ = nullptr;
  }
  static CommandResult query(const std::string& sparql, const std::string& store = store_) {
    return run(coopgraph("query --format csv --store " + shell_quoted(store) + " " +
                         shell_quoted(kPrefixes + sparql)),
               *scratch_);
  }
  static std::vector<std::string> rows(const CommandResult& result) {
    std::vector<std::string> lines = lines_of(result.out);
    if (!lines.empty()) lines.erase(lines.begin());  // the header
    for (std::string& line : lines) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
    }
    std::sort(lines.begin(), lines.end());
    return lines;
  }
  static inline TempDir* scratch_ = nullptr;
  static inline CommandResult* built_ = nullptr;
  static inline std::string store_;
};

TEST_F(EngineTest, AMalformedFileIsNamedWithItsLineAndTheRestIsBuilt) {
  EXPECT_EQ(built_->status, 3) << built_->err;
  EXPECT_NE(built_->err.find("broken.nt: line 2"), std::string::npos) << built_->err;
  EXPECT_NE(built_->out.find("2 RDF file(s)"), std::string::npos) << built_->out;
}

TEST_F(EngineTest, OptionalKeepsTheRowsOfItsLeftSide) {
  const CommandResult result = query(
      "SELECT ?coop ?obs ?label { ?coop a :Cooperative . ?obs :about ?coop . "
      "OPTIONAL { ?coop rdfs:label ?label } }");
  ASSERT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(rows(result),
            (std::vector<std::string>{"http://example.org/c1,http://example.org/o1,C1",
                                      "http://example.org/c1,http://example.org/o2,C1"}));
}

TEST_F(EngineTest, PathsGiveEachPairOnce) {
  const std::vector<std::string> pairs{
      "http://example.org/a,http://example.org/b", "http://example.org/a,http://example.org/c",
      "http://example.org/a,http://example.org/d", "http://example.org/b,http://example.org/c",
      "http://example.org/b,http://example.org/d", "http://example.org/c,http://example.org/d"};
  const CommandResult open = query("SELECT ?a ?b { ?a :in+ ?b }");
  ASSERT_EQ(open.status, 0) << open.err;
  EXPECT_EQ(rows(open), pairs);
  const CommandResult from = query("SELECT ?b { :a :in+ ?b }");
  EXPECT_EQ(rows(from), (std::vector<std::string>{"http://example.org/b", "http://example.org/c",
                                                  "http://example.org/d"}));
  const CommandResult star = query("SELECT ?a { ?a :in* :d }");
  EXPECT_EQ(rows(star).size(), 4u) << star.out;  // a, b, c and d itself
  // A sequence gives a row per node between its steps: a reaches c and d through b and c.
  EXPECT_EQ(
      rows(query("SELECT ?a ?b { ?a :in/:in* ?b }")),
      (std::vector<std::string>{
          "http://example.org/a,http://example.org/b", "http://example.org/a,http://example.org/c",
          "http://example.org/a,http://example.org/c", "http://example.org/a,http://example.org/d",
          "http://example.org/a,http://example.org/d", "http://example.org/b,http://example.org/c",
          "http://example.org/b,http://example.org/d",
          "http://example.org/c,http://example.org/d"}));
  const CommandResult refused = query("SELECT ?a ?b { ?a :in* ?b }");
  EXPECT_EQ(refused.status, 1);
  EXPECT_NE(refused.err.find("query:1:"), std::string::npos) << refused.err;
}

TEST_F(EngineTest, SumAndAverageOverNoRowsAreZero) {
  const CommandResult none = query(
      "SELECT (AVG(?v) AS ?a) (SUM(?v) AS ?s) (COUNT(?v) AS ?n) { ?x :value ?v FILTER(?v > 100) }");
  ASSERT_EQ(none.status, 0) << none.err;
  EXPECT_EQ(rows(none), std::vector<std::string>{"0,0,0"});
  EXPECT_EQ(none.out.find("_cg_rows"), std::string::npos) << none.out;
  const CommandResult some = query("SELECT (AVG(?v) AS ?a) { ?x :value ?v }");
  EXPECT_EQ(rows(some), std::vector<std::string>{"6.0"});
}

TEST_F(EngineTest, AFilterOnAVariableOnlyOutsideItsGroupIsRefused) {
  const CommandResult refused =
      query("SELECT ?c ?o { ?c a :Cooperative . { ?o :about ?x FILTER(?x = ?c) } }");
  EXPECT_EQ(refused.status, 1);
  EXPECT_NE(refused.err.find("query:1:"), std::string::npos) << refused.err;
  EXPECT_NE(refused.err.find("FILTER uses ?c"), std::string::npos) << refused.err;
}

TEST_F(EngineTest, GroupConcatWithoutSeparatorJoinsWithASpace) {
  const CommandResult result = query("SELECT (GROUP_CONCAT(?l) AS ?all) { :c1 rdfs:label ?l }");
  ASSERT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(rows(result), std::vector<std::string>{"C1"});
  const CommandResult two = query("SELECT (STRLEN(GROUP_CONCAT(?l)) AS ?n) { :p rdfs:label ?l }");
  EXPECT_EQ(rows(two), std::vector<std::string>{"5"});  // "pin P" or "P pin"
}

TEST_F(EngineTest, LanguageTagsCompareAndPrintAsWritten) {
  const CommandResult result =
      run(coopgraph(
              "query --format json --store " + shell_quoted(store_) + " " +
              shell_quoted(std::string(kPrefixes) +
                           "SELECT ?l { ?s rdfs:label ?l FILTER(lang(?l) = \"zh-Latn-pinyin\") }")),
          *scratch_);
  ASSERT_EQ(result.status, 0) << result.err;
  EXPECT_NE(result.out.find("\"xml:lang\": \"zh-Latn-pinyin\""), std::string::npos) << result.out;
  EXPECT_EQ(rows(query("SELECT ?l { ?s rdfs:label ?l FILTER(langMatches(lang(?l), \"zh\")) }")),
            std::vector<std::string>{"pin"});
}

TEST_F(EngineTest, DecimalsKeepTheirWrittenForm) {
  EXPECT_EQ(rows(query("SELECT ?v { :v :value ?v }")), std::vector<std::string>{"6.0"});
}

// Answers come row by row (query_rewrite.h, kStreamedResults), and that writer of the engine
// spells booleans and doubles its own way ("true1", "6", "inf"): they read back as stored.
TEST_F(EngineTest, StreamedAnswersReadBackAsStored) {
  EXPECT_EQ(rows(query("SELECT ?f { :v :flag ?f }")), std::vector<std::string>{"true"});
  EXPECT_EQ(rows(query("SELECT ?r { :v :ratio ?r }")), (std::vector<std::string>{"6.0", "INF"}));
  EXPECT_EQ(rows(query("ASK { :v :flag true }")), std::vector<std::string>{"true"});
  // A query the engine finds empty before it runs cannot be streamed; it is asked again whole.
  for (const char* empty :
       {"SELECT ?x { VALUES ?x { } }", "SELECT ?s ?x { ?s ?p ?o FILTER(false) }",
        "SELECT ?s FROM NAMED <urn:x-none> { ?s ?p ?o }"}) {
    const CommandResult result = query(empty);
    EXPECT_EQ(result.status, 0) << empty << ": " << result.err;
    EXPECT_EQ(lines_of(result.out).size(), 1u) << empty << ": " << result.out;  // the header
  }
}

// A query that fails once its answer has begun (the engine has sent 200 and the head) is an
// error with the engine's message, never a short answer.
TEST_F(EngineTest, AQueryThatFailsWhileAnsweringIsAnError) {
  const CommandResult failed = query(
      "SELECT ?x { VALUES ?i { 1 2 3 } "
      "BIND(STRLANG(\"a\", IF(?i = 3, \"zh-Latn-pinyin\", \"en\")) AS ?x) }");
  EXPECT_EQ(failed.status, 1);
  EXPECT_NE(failed.err.find("rejected the query: Virtuoso 22007 Error"), std::string::npos)
      << failed.err;
  EXPECT_EQ(failed.err.find("SPARQL query:"), std::string::npos) << failed.err;
  EXPECT_EQ(failed.out, "");
}

TEST_F(EngineTest, TheDefaultGraphHoldsEveryTripleOnceAndGraphSeesOnlyLoadedOnes) {
  EXPECT_EQ(rows(query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")), std::vector<std::string>{"17"});
  EXPECT_EQ(rows(query("SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")),
            (std::vector<std::string>{"http://example.org/g1,1",
                                      "https://w3id.org/coopgraph/id/graph/file/data.ttl,15",
                                      "https://w3id.org/coopgraph/id/graph/file/more/quads.nq,1"}));
}

TEST_F(EngineTest, UpdatesAreRefused) {
  const CommandResult result = run(coopgraph("query --store " + shell_quoted(store_) +
                                             " 'INSERT DATA { <urn:a> <urn:b> <urn:c> }'"),
                                   *scratch_);
  EXPECT_NE(result.status, 0);
  EXPECT_EQ(rows(query("SELECT (COUNT(*) AS ?n) { <urn:a> ?p ?o }")),
            std::vector<std::string>{"0"});
}

TEST_F(EngineTest, StopStopsItAndTheNextQueryStartsItAgain) {
  ASSERT_EQ(query("ASK {}").status, 0);
  const Instance before = read_instance(store_);
  ASSERT_TRUE(alive(before.supervisor) && alive(before.engine));
  const CommandResult stopped = run(coopgraph("stop --store " + shell_quoted(store_)), *scratch_);
  EXPECT_NE(stopped.out.find("Stopped"), std::string::npos) << stopped.out;
  EXPECT_FALSE(alive(before.supervisor));
  EXPECT_FALSE(alive(before.engine));
  EXPECT_EQ(rows(query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")), std::vector<std::string>{"17"});
}

// Queries started together on a store with no engine: one starts it, the others wait for it
// and share it (once, one of two failed with Virtuoso's "Server exiting").
TEST_F(EngineTest, QueriesStartedAtOnceShareOneEngine) {
  run(coopgraph("stop --store " + shell_quoted(store_)), *scratch_);
  constexpr int kQueries = 4;
  std::vector<CommandResult> results(kQueries);
  std::vector<std::thread> queries;
  for (int i = 0; i < kQueries; ++i)
    queries.emplace_back([&, i] { results[i] = query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"); });
  for (std::thread& thread : queries)
    thread.join();
  for (const CommandResult& result : results) {
    EXPECT_EQ(result.status, 0) << result.err;
    EXPECT_EQ(rows(result), std::vector<std::string>{"17"}) << result.err;
  }
  const Instance running = read_instance(store_);
  EXPECT_TRUE(alive(running.supervisor) && alive(running.engine));
}

TEST_F(EngineTest, AKilledEngineIsReportedAndStartedAgain) {
  ASSERT_EQ(query("ASK {}").status, 0);
  const Instance running = read_instance(store_);
  // Stopped, the engine takes the query and never answers; killed, the query has lost it.
  ::kill(static_cast<pid_t>(running.engine), SIGSTOP);
  const std::string command =
      coopgraph("query --store " + shell_quoted(store_) + " 'SELECT * { ?s ?p ?o }'") +
      " 2>&1; echo \"status $?\"";
  CommandResult result;
  std::thread waiting([&] { result = run(command, *scratch_); });
  // Killed only once the query has reached it: a fixed wait lost the race on a loaded machine
  // (the query started the engine again after the kill and was answered).
  for (int tries = 0; tries < 600 && connections_to(running.port) == 0; ++tries)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  EXPECT_GT(connections_to(running.port), 0) << "the query never reached the engine";
  ::kill(static_cast<pid_t>(running.engine), SIGKILL);
  waiting.join();
  EXPECT_NE(result.out.find("stopped while answering"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("status 1"), std::string::npos) << result.out;
  EXPECT_EQ(rows(query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")), std::vector<std::string>{"17"});
}

TEST_F(EngineTest, AStaleInstanceFileIsReplaced) {
  run(coopgraph("stop --store " + shell_quoted(store_)), *scratch_);
  // A pid that is not running and a port nobody listens on.
  write(std::filesystem::path(store_) / "virtuoso" / "instance", "999999 1 999998\n");
  EXPECT_EQ(rows(query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")), std::vector<std::string>{"17"});
}

TEST_F(EngineTest, ACopiedStoreAnswersFromItsOwnFolder) {
  run(coopgraph("stop --store " + shell_quoted(store_)), *scratch_);
  const std::string copy = (scratch_->path() / "copied.db").string();
  std::filesystem::copy(store_, copy, std::filesystem::copy_options::recursive);
  EXPECT_EQ(rows(query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", copy)),
            std::vector<std::string>{"17"});
  const std::string config = read_file(std::filesystem::path(copy) / "virtuoso" / "virtuoso.ini");
  EXPECT_EQ(config.find(store_ + "/"), std::string::npos) << "points into the original store";
  EXPECT_TRUE(alive(read_instance(copy).engine));
  run(coopgraph("stop --store " + shell_quoted(copy)), *scratch_);
}

TEST_F(EngineTest, AMissingEngineNamesThePackage) {
  const TempDir other;
  const CommandResult result =
      run("/usr/bin/env PATH=/nonexistent " + shell_quoted(COOPGRAPH_BINARY) + " query --store " +
              shell_quoted(store_) + " 'ASK {}'",
          other);
  EXPECT_EQ(result.status, 1);
  EXPECT_NE(result.err.find("virtuoso-opensource"), std::string::npos) << result.err;
}

TEST_F(EngineTest, TwoBuildsOfOneStoreDoNotRunAtOnce) {
  const std::string target = (scratch_->path() / "locked.db").string();
  const int fd = ::open((target + ".lock").c_str(), O_RDWR | O_CREAT, 0644);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(::flock(fd, LOCK_EX), 0);  // as a build in progress holds it
  const CommandResult result =
      run(coopgraph("build --store " + shell_quoted(target) + " " +
                    shell_quoted((scratch_->path() / "input" / "data.ttl").string())),
          *scratch_);
  ::close(fd);
  EXPECT_EQ(result.status, 1);
  EXPECT_NE(result.err.find("another build"), std::string::npos) << result.err;
  EXPECT_FALSE(std::filesystem::exists(target));
}

TEST_F(EngineTest, ABrokenTemplateDatabaseStillGivesAWorkingStore) {
  const TempDir other;
  const std::filesystem::path cache = other.path() / "cache";
  const std::string input = (scratch_->path() / "input" / "data.ttl").string();
  const auto build = [&](const std::string& store) {
    return run("env XDG_CACHE_HOME=" + shell_quoted(cache.string()) + " " +
                   coopgraph("build --store " + shell_quoted(store) + " " + shell_quoted(input)),
               other);
  };
  const std::string first = (other.path() / "first.db").string();
  const CommandResult made = build(first);
  ASSERT_EQ(made.status, 0) << made.err;
  std::vector<std::filesystem::path> templates;
  for (const auto& entry : std::filesystem::directory_iterator(cache / "coopgraph"))
    templates.push_back(entry.path());
  ASSERT_EQ(templates.size(), 1u);  // the template only, no staging folder left
  const std::filesystem::path database = templates[0] / "virtuoso.db";
  ASSERT_TRUE(std::filesystem::exists(database));
  write(database, "not a database");

  const std::string second = (other.path() / "second.db").string();
  const CommandResult rebuilt = build(second);
  ASSERT_EQ(rebuilt.status, 0) << rebuilt.err;
  const CommandResult answer = query("SELECT ?label { :c1 rdfs:label ?label }", second);
  EXPECT_EQ(rows(answer), std::vector<std::string>{"C1"}) << answer.err;
  run(coopgraph("stop --store " + shell_quoted(second)), other);
  run(coopgraph("stop --store " + shell_quoted(first)), other);
}

}  // namespace
}  // namespace coopgraph::testing
