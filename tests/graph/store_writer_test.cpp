#include "graph/store_writer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "graph/graph_error.h"
#include "graph/store_folder.h"
#include "graph/store_reader.h"
#include "graph/vocab.h"
#include "tests/test_support.h"

namespace coopgraph::graph {
namespace {
namespace fs = std::filesystem;

Triple label(const std::string& subject, const std::string& text, const std::string& language) {
  return {Term::iri(subject), Term::iri(std::string(vocab::ns::kRdfs) + "label"),
          Term::literal(text, language)};
}

using Quads = std::vector<std::pair<std::string, std::string>>;  // object text, graph

Quads quads_of(StoreReader& store, bool claims) {
  Quads quads;
  auto visit = [&](const Triple& triple, const std::string& graph) {
    quads.emplace_back(triple.object.value + "@" + triple.object.language, graph);
  };
  claims ? store.for_each_claim(visit) : store.for_each_quad(visit);
  std::sort(quads.begin(), quads.end());
  return quads;
}

std::string serialized(StoreReader& store, RdfFormat format) {
  std::ostringstream out;
  store.serialize(format, out);
  return out.str();
}

TEST(StoreWriterTest, WritesAStoreThatReadsBack) {
  coopgraph::testing::TempDir dir;
  const auto folder = dir.path() / "store";
  EXPECT_FALSE(StoreReader::exists(folder));
  StoreWriter writer(folder);
  writer.add(label("https://example.org/b", "B", "en"), "urn:g:2");
  writer.add(label("https://example.org/a", "Ā", "zh-Latn-pinyin"), "urn:g:1");
  writer.add(label("https://example.org/b", "B", "en"), "urn:g:2");  // again: kept once
  EXPECT_EQ(writer.finish(), 2u);
  EXPECT_THROW(writer.add(label("https://example.org/c", "C", "en"), "urn:g:1"), std::logic_error);

  ASSERT_TRUE(StoreReader::exists(folder));
  StoreReader reader(folder);
  EXPECT_EQ(reader.size(), 2u);
  // Graphs in the order of their IRIs, whatever order they came in; tags in their case.
  EXPECT_EQ(serialized(reader, RdfFormat::kNQuads),
            "<https://example.org/a> <http://www.w3.org/2000/01/rdf-schema#label> "
            "\"Ā\"@zh-Latn-pinyin <urn:g:1> .\n"
            "<https://example.org/b> <http://www.w3.org/2000/01/rdf-schema#label> \"B\"@en "
            "<urn:g:2> .\n");
  EXPECT_EQ(serialized(reader, RdfFormat::kNTriples),
            "<https://example.org/a> <http://www.w3.org/2000/01/rdf-schema#label> "
            "\"Ā\"@zh-Latn-pinyin .\n"
            "<https://example.org/b> <http://www.w3.org/2000/01/rdf-schema#label> \"B\"@en .\n");
  EXPECT_NE(serialized(reader, RdfFormat::kTurtle).find("rdfs:label \"B\"@en"), std::string::npos);
  EXPECT_FALSE(fs::exists(folder / "statements.spool")) << "the spool is removed";
  EXPECT_THROW(StoreWriter{folder}, GraphError) << "a folder that exists is not written over";
}

TEST(StoreWriterTest, AnEmptyStoreExportsNothing) {
  coopgraph::testing::TempDir dir;
  StoreWriter writer(dir.path() / "store");
  EXPECT_EQ(writer.finish(), 0u);
  StoreReader reader(dir.path() / "store");
  EXPECT_EQ(reader.size(), 0u);
  for (const RdfFormat format : {RdfFormat::kNQuads, RdfFormat::kNTriples}) {
    std::ostringstream out;
    reader.serialize(format, out);
    EXPECT_TRUE(out.good());
    EXPECT_EQ(out.str(), "");
  }
}

// As StoreTest's in memory: a triple several graphs state is kept in the graph whose IRI
// sorts first, whatever the order they came in, and every graph's statement of it is still
// known when the store is read again.
TEST(StoreWriterTest, KeepsASharedTripleInTheFirstGraphByIriAndRemembersTheOthers) {
  coopgraph::testing::TempDir dir;
  const Triple shared = label("https://example.org/a", "Tie", "zh-Latn-pinyin");
  const Triple own = label("https://example.org/b", "B", "en");
  for (const auto& graphs : {std::vector<std::string>{"urn:g:c", "urn:g:a", "urn:g:b"},
                             std::vector<std::string>{"urn:g:b", "urn:g:c", "urn:g:a"},
                             std::vector<std::string>{"urn:g:a", "urn:g:c", "urn:g:b"}}) {
    const auto folder = dir.path() / (graphs[0] + graphs[1] + graphs[2]);
    {
      StoreWriter writer(folder);
      for (const std::string& graph : graphs)
        writer.add(shared, graph);
      writer.add(own, "urn:g:c");
      writer.add(shared, "urn:g:c");  // stated again by a graph that no longer keeps it
      EXPECT_EQ(writer.finish(), 2u);
    }
    StoreReader reader(folder);
    EXPECT_EQ(reader.size(), 2u);
    EXPECT_EQ(quads_of(reader, false),
              (Quads{{"B@en", "urn:g:c"}, {"Tie@zh-Latn-pinyin", "urn:g:a"}}));
    EXPECT_EQ(quads_of(reader, true), (Quads{{"B@en", "urn:g:c"},
                                             {"Tie@zh-Latn-pinyin", "urn:g:a"},
                                             {"Tie@zh-Latn-pinyin", "urn:g:b"},
                                             {"Tie@zh-Latn-pinyin", "urn:g:c"}}));
  }
}

TEST(StoreWriterTest, AGraphsTriplesAddedAtOnceMakeTheSameStore) {
  coopgraph::testing::TempDir dir;
  const std::vector<Triple> first = {label("https://example.org/a", "A", "en"),
                                     label("https://example.org/s", "Shared", "en"),
                                     label("https://example.org/a", "A", "en")};
  const std::vector<Triple> second = {label("https://example.org/s", "Shared", "en"),
                                      label("https://example.org/b", "\"B\"\n", "zh")};
  const StatementTexts texts(second);
  ASSERT_EQ(texts.size(), 2u);
  EXPECT_EQ(texts.text(0),
            "<https://example.org/s> <http://www.w3.org/2000/01/rdf-schema#label> \"Shared\"@en");
  EXPECT_EQ(texts.hash(1), statement_text_hash(texts.text(1)));
  std::string files[2];
  for (int at_once = 0; at_once < 2; ++at_once) {
    const auto folder = dir.path() / std::to_string(at_once);
    {
      StoreWriter writer(folder);
      for (const auto& [triples, graph] : {std::pair{&first, "urn:g:b"}, {&second, "urn:g:a"}}) {
        if (at_once) {
          writer.add_all(*triples, StatementTexts(*triples), graph);
        } else {
          for (const Triple& triple : *triples)
            writer.add(triple, graph);
        }
      }
      EXPECT_EQ(writer.finish(), 3u);
    }
    StoreReader reader(folder);
    files[at_once] = serialized(reader, RdfFormat::kNQuads);
    EXPECT_EQ(quads_of(reader, true).size(), 4u);  // "Shared" claimed by urn:g:b as well
  }
  EXPECT_EQ(files[0], files[1]);
}

TEST(StoreWriterTest, LoadsAnRdfFileWholeOrNotAtAll) {
  coopgraph::testing::TempDir dir;
  const auto good = dir.path() / "good.ttl";
  const auto bad = dir.path() / "bad.ttl";
  std::ofstream(good) << "<https://example.org/x> <https://example.org/p> \"x\"@en-GB .\n";
  std::ofstream(bad) << "<https://example.org/y> <https://example.org/p> \"y\" .\nnot turtle\n";
  StoreWriter writer(dir.path() / "store");
  EXPECT_EQ(writer.load_file(good, "urn:file:good"), 1u);
  EXPECT_THROW(writer.load_file(bad, "urn:file:bad"), GraphError);
  EXPECT_EQ(writer.finish(), 1u);
  StoreReader reader(dir.path() / "store");
  EXPECT_EQ(quads_of(reader, true), (Quads{{"x@en-GB", "urn:file:good"}}));
}

TEST(StoreReaderTest, SaysWhenThereIsNoStoreOrAnOlderOne) {
  coopgraph::testing::TempDir dir;
  try {
    StoreReader reader(dir.path() / "absent");
    FAIL() << "no error";
  } catch (const GraphError& error) {
    EXPECT_NE(std::string(error.what()).find("coopgraph build"), std::string::npos);
  }
  // A store of the Berkeley DB form an earlier coopgraph wrote.
  fs::create_directories(dir.path() / "old");
  std::ofstream(dir.path() / "old" / "coopgraph-sp2o.db") << "x";
  try {
    StoreReader reader(dir.path() / "old");
    FAIL() << "no error";
  } catch (const GraphError& error) {
    EXPECT_NE(std::string(error.what()).find("older coopgraph"), std::string::npos);
  }
}

}  // namespace
}  // namespace coopgraph::graph
