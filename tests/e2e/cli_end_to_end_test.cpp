// Runs the built coopgraph binary the way a user would: build, query, export, and the
// exported Turtle parsed again by rapper.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <regex>

#include "tests/e2e/command_runner.h"
#include "tests/test_support.h"

namespace {

using coopgraph::testing::CommandResult;
using coopgraph::testing::coopgraph;
using coopgraph::testing::corpus_dir;
using coopgraph::testing::count_articles;
using coopgraph::testing::make_corpus_store;
using coopgraph::testing::read_file;
using coopgraph::testing::run;
using coopgraph::testing::shell_quoted;
using coopgraph::testing::source_dir;
using coopgraph::testing::TempDir;
using coopgraph::testing::test_data_dir;

class EndToEndTest : public ::testing::Test {
 protected:
  TempDir scratch_;
  std::string store_ = (scratch_.path() / "graph.db").string();
};

TEST_F(EndToEndTest, BuildsQueriesAndExportsTheCorpus) {
  const CommandResult built = run(coopgraph("build " + shell_quoted(corpus_dir().string()) +
                                            " --store " + shell_quoted(store_)),
                                  scratch_);
  ASSERT_EQ(built.status, 0) << built.err;
  std::smatch match;
  ASSERT_TRUE(std::regex_search(built.out, match, std::regex(R"(: 5 articles, (\d+) triples)")))
      << built.out;
  const std::string triples = match[1];

  const CommandResult counted = count_articles(store_, scratch_);
  ASSERT_EQ(counted.status, 0) << counted.err;
  EXPECT_EQ(counted.out, "n\r\n5\r\n");

  const CommandResult table =
      run(coopgraph("query --store " + shell_quoted(store_) +
                    " 'SELECT ?t WHERE { ?a <http://purl.org/dc/terms/title> ?t FILTER(lang(?t) = "
                    "\"zh\") } ORDER BY ?t'"),
          scratch_);
  ASSERT_EQ(table.status, 0) << table.err;
  EXPECT_NE(table.out.find("阳泉市领导手工业生产合作社的办法好"), std::string::npos);
  EXPECT_NE(table.out.find("(5 rows)"), std::string::npos);

  const auto turtle = scratch_.path() / "graph.ttl";
  const CommandResult exported =
      run(coopgraph("export --format turtle --store " + shell_quoted(store_) + " -o " +
                    shell_quoted(turtle.string())),
          scratch_);
  ASSERT_EQ(exported.status, 0) << exported.err;
  const CommandResult parsed =
      run("rapper -i turtle -c " + shell_quoted(turtle.string()), scratch_);
  ASSERT_EQ(parsed.status, 0) << parsed.err;
  EXPECT_NE(parsed.err.find("returned " + triples + " triples"), std::string::npos) << parsed.err;

  const CommandResult ntriples =
      run(coopgraph("export --format ntriples --store " + shell_quoted(store_)), scratch_);
  ASSERT_EQ(ntriples.status, 0);
  EXPECT_EQ(std::count(ntriples.out.begin(), ntriples.out.end(), '\n'), std::stol(triples));
}

// A dictionary or vocabulary file that is missing or malformed: one error naming the file and
// the line, exit 1, nothing built.
TEST_F(EndToEndTest, AMissingOrMalformedDictionaryIsOneErrorNamingFileAndLine) {
  const auto missing = scratch_.path() / "no-cc-cedict.tsv";
  const CommandResult without = run("COOPGRAPH_CEDICT=" + shell_quoted(missing.string()) + " " +
                                        coopgraph("build " + shell_quoted(corpus_dir().string()) +
                                                  " --store " + shell_quoted(store_)),
                                    scratch_);
  EXPECT_EQ(without.status, 1) << without.err;
  const std::string named = missing.string() + ":0:";
  const std::size_t first = without.err.find(named);
  EXPECT_NE(first, std::string::npos) << without.err;
  EXPECT_EQ(without.err.find(named, first + 1), std::string::npos) << without.err;

  const auto data = scratch_.path() / "data";
  std::filesystem::create_directories(data);
  std::filesystem::copy(source_dir() / "extract" / "data" / "cues", data / "cues",
                        std::filesystem::copy_options::recursive);
  std::filesystem::copy(source_dir() / "extract" / "data" / "gazetteer", data / "gazetteer",
                        std::filesystem::copy_options::recursive);
  {
    std::ofstream counters(data / "cues" / "counters.tsv", std::ios::app);
    counters << "个\tperson\textra cell\n";
  }
  const CommandResult malformed =
      run(coopgraph("build " + shell_quoted(corpus_dir().string()) + " --data " +
                    shell_quoted(data.string()) + " --store " + shell_quoted(store_)),
          scratch_);
  EXPECT_EQ(malformed.status, 1) << malformed.err;
  EXPECT_NE(malformed.err.find("counters.tsv:"), std::string::npos) << malformed.err;
}

TEST_F(EndToEndTest, ReportsBadFilesAndStillBuildsTheGoodOnes) {
  const auto mixed = scratch_.path() / "mixed";
  std::filesystem::create_directories(mixed);
  std::filesystem::copy(corpus_dir() / "001_256b4ad3e2a45884.txt", mixed);
  std::filesystem::copy(test_data_dir() / "articles" / "bad", mixed / "bad");
  const CommandResult built =
      run(coopgraph("build " + shell_quoted(mixed.string()) + " --store " + shell_quoted(store_)),
          scratch_);
  EXPECT_EQ(built.status, 3) << built.err;
  EXPECT_NE(built.out.find(": 1 articles"), std::string::npos) << built.out;
  EXPECT_NE(built.err.find("date_not_a_date.txt:3: Date 'June 1954' is not a valid date"),
            std::string::npos)
      << built.err;
  EXPECT_NE(built.err.find("invalid_utf8.txt:5: invalid UTF-8"), std::string::npos);
  EXPECT_NE(built.err.find("empty.txt:1: empty file"), std::string::npos);
}

TEST_F(EndToEndTest, AFailedBuildLeavesThePreviousStoreAsItWas) {
  const CommandResult made = make_corpus_store(store_, scratch_);
  ASSERT_EQ(made.status, 0) << made.err;
  const CommandResult failed =
      run(coopgraph("build " + shell_quoted((test_data_dir() / "articles" / "bad").string()) +
                    " --store " + shell_quoted(store_)),
          scratch_);
  EXPECT_EQ(failed.status, 1);
  EXPECT_NE(failed.err.find("left as it was"), std::string::npos) << failed.err;
  const CommandResult counted = count_articles(store_, scratch_);
  EXPECT_EQ(counted.out, "n\r\n5\r\n");
}

TEST_F(EndToEndTest, ExplainsMissingStoresBadQueriesAndBadArguments) {
  const CommandResult missing =
      run(coopgraph("query --store " + shell_quoted(store_) + " 'ASK {}'"), scratch_);
  EXPECT_EQ(missing.status, 1);
  EXPECT_NE(missing.err.find("run 'coopgraph build' first"), std::string::npos) << missing.err;

  const CommandResult made = make_corpus_store(store_, scratch_);
  ASSERT_EQ(made.status, 0) << made.err;
  const CommandResult bad =
      run(coopgraph("query --store " + shell_quoted(store_) + " 'SELECT ?x WHERE { ?x ?y }'"),
          scratch_);
  EXPECT_EQ(bad.status, 1);
  EXPECT_NE(bad.err.find("syntax error"), std::string::npos) << bad.err;

  EXPECT_EQ(run(coopgraph("query --format yaml 'ASK {}'"), scratch_).status, 2);
  EXPECT_EQ(run(coopgraph("frobnicate"), scratch_).status, 2);
  const CommandResult help = run(coopgraph("build --help"), scratch_);
  EXPECT_EQ(help.status, 0);
  EXPECT_NE(help.out.find("--store"), std::string::npos);
}

TEST_F(EndToEndTest, ReadsTheQueryFromAFileOrStandardInput) {
  const CommandResult made = make_corpus_store(store_, scratch_);
  ASSERT_EQ(made.status, 0) << made.err;
  const auto query = scratch_.path() / "q.rq";
  coopgraph::testing::write_file(query,
                                 "ASK { ?a a <https://w3id.org/coopgraph/ontology#Article> }");
  EXPECT_EQ(run(coopgraph("query --store " + shell_quoted(store_) + " -f " +
                          shell_quoted(query.string())),
                scratch_)
                .out,
            "true\n");
  EXPECT_EQ(run("cat " + shell_quoted(query.string()) + " | " +
                    coopgraph("query --store " + shell_quoted(store_) + " -"),
                scratch_)
                .out,
            "true\n");
}

TEST_F(EndToEndTest, ChecksTheCorpusForDisagreements) {
  const CommandResult checked =
      run(coopgraph("check " + shell_quoted(corpus_dir().string())), scratch_);
  ASSERT_EQ(checked.status, 0) << checked.err;
  EXPECT_NE(checked.out.find("002_f592bbf81e8bb96a.txt"), std::string::npos) << checked.out;
  EXPECT_NE(checked.out.find("unit: the English text counts 20 mile, the Chinese 20 li"),
            std::string::npos)
      << checked.out;
  EXPECT_NE(checked.out.find("相距二十多里"), std::string::npos);
}

TEST_F(EndToEndTest, ExtractsFactsThatQueriesFind) {
  const CommandResult made = make_corpus_store(store_, scratch_);
  ASSERT_EQ(made.status, 0) << made.err;
  const CommandResult loss =
      run(coopgraph("query --format csv --store " + shell_quoted(store_) +
                    " 'PREFIX cg: <https://w3id.org/coopgraph/ontology#> "
                    "SELECT ?value ?new ?sentence WHERE { ?o cg:measure ?m ; cg:value ?value ; "
                    "cg:valueNewYuan ?new ; cg:sentenceZh ?sentence . "
                    "FILTER(STRENDS(STR(?m), \"/loss\")) }'"),
          scratch_);
  ASSERT_EQ(loss.status, 0) << loss.err;
  EXPECT_NE(loss.out.find("23000000.0,2300.0,"), std::string::npos) << loss.out;
  const CommandResult extracted = run(
      coopgraph("extract " + shell_quoted((corpus_dir() / "000_4b03183e8eb21113.txt").string())),
      scratch_);
  ASSERT_EQ(extracted.status, 0);
  EXPECT_NE(extracted.out.find("\tentity\tcity\tplace:yangquan\tYangquan City\t阳泉市"),
            std::string::npos);
}

TEST_F(EndToEndTest, NamedQueriesAreListedAndRun) {
  const CommandResult listed = run(coopgraph("queries"), scratch_);
  ASSERT_EQ(listed.status, 0);
  EXPECT_NE(listed.out.find("money_across_redenomination"), std::string::npos);
  EXPECT_NE(listed.out.find("--param entity=<entity>"), std::string::npos) << listed.out;
  const CommandResult made = make_corpus_store(store_, scratch_);
  ASSERT_EQ(made.status, 0) << made.err;
  const CommandResult mentions =
      run(coopgraph("query --store " + shell_quoted(store_) +
                    " --named entity_mentions --param entity=person/dengjie --format csv"),
          scratch_);
  ASSERT_EQ(mentions.status, 0) << mentions.err;
  EXPECT_NE(mentions.out.find("中华全国合作社联合总社副主任邓洁曾到会讲话。"), std::string::npos)
      << mentions.out;
  EXPECT_NE(mentions.out.find("Deng Jie, Deputy Director"), std::string::npos);
  const CommandResult unknown =
      run(coopgraph("query --store " + shell_quoted(store_) + " --named nothing"), scratch_);
  EXPECT_EQ(unknown.status, 1);
  EXPECT_NE(unknown.err.find("'coopgraph queries' lists them"), std::string::npos);
}

TEST_F(EndToEndTest, PathsTheEngineCannotAnswerRightAreRefusedWithTheirPosition) {
  const CommandResult made = make_corpus_store(store_, scratch_);
  ASSERT_EQ(made.status, 0) << made.err;
  const auto query = scratch_.path() / "path.rq";
  coopgraph::testing::write_file(
      query,
      "PREFIX cg: <https://w3id.org/coopgraph/ontology#>\nSELECT ?x WHERE {\n"
      "  ?x cg:locatedIn* ?p }\n");
  const CommandResult path = run(
      coopgraph("query --store " + shell_quoted(store_) + " -f " + shell_quoted(query.string())),
      scratch_);
  EXPECT_EQ(path.status, 1);
  EXPECT_NE(path.err.find("query:3:18: a '*' path with both ends variables"), std::string::npos)
      << path.err;
}

TEST_F(EndToEndTest, AQueryPastItsTimeoutIsStopped) {
  const CommandResult made = make_corpus_store(store_, scratch_);
  ASSERT_EQ(made.status, 0) << made.err;
  // Three unconstrained patterns: a cross product of billions of rows.
  const CommandResult slow =
      run(coopgraph("query --timeout 0.5 --format csv --store " + shell_quoted(store_) +
                    " 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }'"),
          scratch_);
  EXPECT_EQ(slow.status, 4);
  EXPECT_NE(slow.err.find("ran past --timeout 0.5 s"), std::string::npos) << slow.err;
}

TEST_F(EndToEndTest, AMissingDataFolderIsAClearError) {
  const CommandResult failed =
      run(coopgraph("check --data /nonexistent " + shell_quoted(corpus_dir().string())), scratch_);
  EXPECT_EQ(failed.status, 1);
  EXPECT_NE(failed.err.find("/nonexistent/cues/trades.tsv"), std::string::npos) << failed.err;
}

}  // namespace
