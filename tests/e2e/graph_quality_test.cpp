// The graph of the bundled corpus, checked as a linked-data portal would: it loads in
// rapper and in rdflib with the same triple count, every term it uses is declared in the
// ontology, every entity is labelled, every observation is complete, and two builds give
// the same triples.
#include <gtest/gtest.h>

#include <algorithm>
#include <regex>
#include <set>
#include <sstream>

#include "tests/e2e/command_runner.h"

namespace coopgraph::testing {
namespace {

const std::string kCg = "https://w3id.org/coopgraph/ontology#";

class GraphQualityTest : public CorpusStoreTest<GraphQualityTest> {
 protected:
  // The first column of a SPARQL result, from the CSV output.
  static std::vector<std::string> column(const std::string& sparql) {
    // These checks are not about speed: under sanitizers on a busy machine a query can run
    // past the default --timeout of 30 s.
    const CommandResult result = run(coopgraph("query --timeout 600 --format csv --store " +
                                               shell_quoted(store_) + " " + shell_quoted(sparql)),
                                     *scratch_);
    EXPECT_EQ(result.status, 0) << result.err;
    std::vector<std::string> values;
    std::istringstream lines(result.out);
    std::string line;
    std::getline(lines, line);  // header
    while (std::getline(lines, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      values.push_back(line.substr(0, line.find(',')));
    }
    return values;
  }

  static std::string exported(const std::string& arguments) {
    const CommandResult result =
        run(coopgraph("export --store " + shell_quoted(store_) + " " + arguments), *scratch_);
    EXPECT_EQ(result.status, 0) << result.err;
    return result.out;
  }
};

std::size_t rapper_count(const std::string& syntax, const std::filesystem::path& file,
                         const TempDir& scratch) {
  const CommandResult parsed =
      run("rapper -i " + syntax + " -c " + shell_quoted(file.string()), scratch);
  EXPECT_EQ(parsed.status, 0) << parsed.err;
  std::smatch match;
  EXPECT_TRUE(std::regex_search(parsed.err, match, std::regex(R"(returned (\d+) triples)")))
      << parsed.err;
  return match.empty() ? 0 : std::stoul(match[1]);
}

// Debian's rdflib is installed for the system Python, which another python3 on the PATH
// may not see.
std::size_t rdflib_count(const std::string& format, const std::filesystem::path& file,
                         const TempDir& scratch) {
  const std::string script =
      "import rdflib,sys; g=rdflib.Dataset() if sys.argv[1]=='nquads' else rdflib.Graph(); "
      "g.parse(sys.argv[2], format=sys.argv[1]); "
      "print(sum(len(x) for x in g.graphs()) if sys.argv[1]=='nquads' else len(g))";
  const CommandResult parsed = run("/usr/bin/python3 -c " + shell_quoted(script) + " " + format +
                                       " " + shell_quoted(file.string()),
                                   scratch);
  EXPECT_EQ(parsed.status, 0) << parsed.err;
  return parsed.out.empty() ? 0 : std::stoul(parsed.out);
}

TEST_F(GraphQualityTest, TurtleAndNQuadsLoadInRapperAndRdflibAlike) {
  const auto turtle = scratch_->path() / "graph.ttl";
  write_file(turtle, exported("--format turtle --with-ontology --with-description"));
  const std::size_t rapper = rapper_count("turtle", turtle, *scratch_);
  EXPECT_GT(rapper, 1000u);
  EXPECT_EQ(rdflib_count("turtle", turtle, *scratch_), rapper);

  const auto quads = scratch_->path() / "graph.nq";
  write_file(quads, exported("--format nquads"));
  const std::size_t quad_count = rapper_count("nquads", quads, *scratch_);
  EXPECT_EQ(rdflib_count("nquads", quads, *scratch_), quad_count);
  const std::string nquads = read_file(quads);
  std::set<std::string> graphs;
  std::istringstream lines(nquads);
  for (std::string line; std::getline(lines, line);) {
    const std::size_t end = line.rfind("> .");
    const std::size_t begin = line.rfind(" <", end);
    graphs.insert(line.substr(begin + 2, end - begin - 2));
  }
  // One graph per article, and one for the vocabularies.
  EXPECT_EQ(graphs.size(), 6u);
  EXPECT_EQ(std::count_if(
                graphs.begin(), graphs.end(),
                [](const std::string& g) { return g.find("/id/article/") != std::string::npos; }),
            5);

  const auto xml = scratch_->path() / "graph.rdf";
  write_file(xml, exported("--format rdfxml"));
  const auto plain = scratch_->path() / "plain.ttl";
  write_file(plain, exported("--format turtle"));
  EXPECT_EQ(rapper_count("rdfxml", xml, *scratch_), rapper_count("turtle", plain, *scratch_));
}

TEST_F(GraphQualityTest, EveryTermUsedIsDeclaredInTheOntology) {
  const std::string ontology = read_file(source_dir() / "ontology" / "coopgraph.ttl");
  std::set<std::string> used;
  for (const auto& term : column("SELECT DISTINCT ?t WHERE { { ?s ?t ?o } UNION { ?s a ?t } }")) {
    if (term.starts_with(kCg)) used.insert(term.substr(kCg.size()));
  }
  ASSERT_GT(used.size(), 30u);
  for (const std::string& local : used) {
    EXPECT_TRUE(std::regex_search(ontology, std::regex("(^|\\n)cg:" + local + "\\s")))
        << "cg:" << local << " is used but not declared in ontology/coopgraph.ttl";
  }
}

TEST_F(GraphQualityTest, EveryEntityIsLabelled) {
  const std::string prefixes =
      "PREFIX cg: <https://w3id.org/coopgraph/ontology#> "
      "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";
  const auto unlabelled =
      column(prefixes +
             "SELECT ?e WHERE { ?e cg:mentionedIn ?a . "
             "OPTIONAL { ?e rdfs:label ?l FILTER(lang(?l) = 'en') } FILTER(!BOUND(?l)) }");
  EXPECT_TRUE(unlabelled.empty()) << unlabelled.size()
                                  << " entities without an English label, e.g. "
                                  << (unlabelled.empty() ? "" : unlabelled[0]);
  const auto without_pinyin = column(
      prefixes +
      "SELECT ?e WHERE { ?e cg:mentionedIn ?a ; rdfs:label ?zh FILTER(lang(?zh) = 'zh') "
      "OPTIONAL { ?e rdfs:label ?p FILTER(lang(?p) = 'zh-latn-pinyin') } FILTER(!BOUND(?p)) }");
  EXPECT_TRUE(without_pinyin.empty())
      << without_pinyin.size() << " entities with a Chinese label but no pinyin, e.g. "
      << (without_pinyin.empty() ? "" : without_pinyin[0]);
}

TEST_F(GraphQualityTest, NoObservationLacksItsCoreShape) {
  const std::string query =
      "PREFIX cg: <https://w3id.org/coopgraph/ontology#> "
      "PREFIX prov: <http://www.w3.org/ns/prov#> "
      "SELECT ?o WHERE { ?o a cg:Observation . "
      "OPTIONAL { ?o cg:about ?about } OPTIONAL { ?o cg:measure ?measure } "
      "OPTIONAL { ?o cg:value ?value } OPTIONAL { ?o cg:unit ?unit } "
      "OPTIONAL { ?o prov:wasDerivedFrom ?article } OPTIONAL { ?o cg:lowerBound ?bound } "
      "FILTER(!BOUND(?about) || !BOUND(?measure) || !BOUND(?value) || !BOUND(?unit) || "
      "!BOUND(?article) || !BOUND(?bound)) }";
  const auto incomplete = column(query);
  EXPECT_TRUE(incomplete.empty()) << incomplete.size() << " incomplete observations";
  EXPECT_GT(column("PREFIX cg: <https://w3id.org/coopgraph/ontology#> SELECT ?o WHERE { ?o a "
                   "cg:Observation }")
                .size(),
            50u);
}

TEST_F(GraphQualityTest, TwoBuildsGiveTheSameTriples) {
  const std::string second = (scratch_->path() / "second.db").string();
  ASSERT_EQ(run(coopgraph("build --store " + shell_quoted(second) + " " +
                          shell_quoted(corpus_dir().string())),
                *scratch_)
                .status,
            0);
  const std::string first_triples = sorted_ntriples(store_, *scratch_);
  EXPECT_FALSE(first_triples.empty());
  EXPECT_TRUE(first_triples == sorted_ntriples(second, *scratch_)) << "the two builds differ";
}

TEST_F(GraphQualityTest, TheBaseIriIsAnOption) {
  const std::string other = (scratch_->path() / "other.db").string();
  ASSERT_EQ(run(coopgraph("build --base http://localhost:8080/id/ --store " + shell_quoted(other) +
                          " " + shell_quoted(corpus_dir().string())),
                *scratch_)
                .status,
            0);
  const CommandResult exported =
      run(coopgraph("export --format ntriples --store " + shell_quoted(other)), *scratch_);
  EXPECT_NE(exported.out.find("<http://localhost:8080/id/place/yangquan>"), std::string::npos);
  EXPECT_EQ(exported.out.find("https://w3id.org/coopgraph/id/"), std::string::npos);
}

}  // namespace
}  // namespace coopgraph::testing
