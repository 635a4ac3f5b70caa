#include "graph/store.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

#include "graph/graph_error.h"
#include "graph/vocab.h"
#include "tests/test_support.h"

namespace coopgraph::graph {
namespace {

const std::string kGraph = "https://example.org/graph/1";

Triple label(const std::string& subject, const std::string& text, const std::string& language) {
  return {Term::iri(subject), Term::iri(std::string(vocab::ns::kRdfs) + "label"),
          Term::literal(text, language)};
}

TEST(StoreTest, AddsCountsAndFinds) {
  auto store = Store::in_memory();
  store->add(label("https://example.org/a", "Yangquan", "en"), kGraph);
  store->add(label("https://example.org/a", "阳泉", "zh"), kGraph);
  store->add({Term::iri("https://example.org/a"), Term::iri(vocab::kPage),
              Term::typed("2", vocab::kXsdInteger)},
             kGraph);
  EXPECT_EQ(store->size(), 3u);

  const Term rdfs_label = Term::iri(std::string(vocab::ns::kRdfs) + "label");
  EXPECT_EQ(store->find(Term::iri("https://example.org/a"), rdfs_label, {}).size(), 2u);
  const std::vector<Triple> chinese = store->find({}, rdfs_label, Term::literal("阳泉", "zh"));
  ASSERT_EQ(chinese.size(), 1u);
  EXPECT_EQ(chinese[0].subject, Term::iri("https://example.org/a"));
  // A subject alone, an object alone, and nothing bound at all.
  EXPECT_EQ(store->find(Term::iri("https://example.org/a"), {}, {}).size(), 3u);
  EXPECT_EQ(store->find({}, {}, Term::typed("2", vocab::kXsdInteger)).size(), 1u);
  EXPECT_EQ(store->find({}, {}, {}).size(), 3u);
  EXPECT_EQ(store->find({}, {}, {}, 2).size(), 2u);
  EXPECT_TRUE(store->find(Term::iri("https://example.org/b"), {}, {}).empty());
}

TEST(StoreTest, KeepsEachTripleOnce) {
  auto store = Store::in_memory();
  store->add(label("https://example.org/a", "A", "en"), kGraph);
  store->add(label("https://example.org/a", "A", "en"), kGraph);
  store->add(label("https://example.org/a", "A", "en"), "https://example.org/graph/2");
  EXPECT_EQ(store->size(), 1u);
}

TEST(StoreTest, VisitsEachStatementWithItsGraph) {
  auto store = Store::in_memory();
  store->add(label("https://example.org/a", "A", "en"), kGraph);
  store->add(label("https://example.org/b", "B", "en"), "https://example.org/graph/2");
  std::vector<std::pair<std::string, std::string>> seen;
  store->for_each_quad([&](const Triple& triple, const std::string& graph) {
    seen.emplace_back(triple.subject.value, graph);
  });
  std::sort(seen.begin(), seen.end());
  EXPECT_EQ(seen, (std::vector<std::pair<std::string, std::string>>{
                      {"https://example.org/a", kGraph},
                      {"https://example.org/b", "https://example.org/graph/2"}}));
}

TEST(StoreTest, SerializesTurtleWithPrefixesAndNTriples) {
  auto store = Store::in_memory();
  store->add(
      {Term::iri("https://example.org/a"), Term::iri(vocab::kRdfType), Term::iri(vocab::kArticle)},
      kGraph);
  std::ostringstream turtle;
  store->serialize(RdfFormat::kTurtle, turtle);
  EXPECT_NE(turtle.str().find("@prefix cg: <https://w3id.org/coopgraph/ontology#>"),
            std::string::npos);
  EXPECT_NE(turtle.str().find("a cg:Article"), std::string::npos);
  std::ostringstream ntriples;
  store->serialize(RdfFormat::kNTriples, ntriples);
  EXPECT_EQ(ntriples.str(),
            "<https://example.org/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
            "<https://w3id.org/coopgraph/ontology#Article> .\n");
}

// A triple several graphs state is kept in the graph whose IRI sorts first, whatever the
// order they came in, and every graph's statement of it is still known, so that a graph can
// be taken out without losing what another states (store_writer_test: the same on disk).
TEST(StoreTest, KeepsASharedTripleInTheFirstGraphByIriAndRemembersTheOthers) {
  using Quads = std::vector<std::pair<std::string, std::string>>;  // object text, graph
  auto quads_of = [](Store& store, bool claims) {
    Quads quads;
    auto visit = [&](const Triple& triple, const std::string& graph) {
      quads.emplace_back(triple.object.value + "@" + triple.object.language, graph);
    };
    claims ? store.for_each_claim(visit) : store.for_each_quad(visit);
    std::sort(quads.begin(), quads.end());
    return quads;
  };
  const Triple shared = label("https://example.org/a", "Tie", "zh-Latn-pinyin");
  const Triple own = label("https://example.org/b", "B", "en");
  for (const auto& graphs : {std::vector<std::string>{"urn:g:c", "urn:g:a", "urn:g:b"},
                             std::vector<std::string>{"urn:g:b", "urn:g:c", "urn:g:a"}}) {
    auto store = Store::in_memory();
    for (const std::string& graph : graphs)
      store->add(shared, graph);
    store->add(own, "urn:g:c");
    EXPECT_EQ(store->size(), 2u);
    EXPECT_EQ(quads_of(*store, false),
              (Quads{{"B@en", "urn:g:c"}, {"Tie@zh-Latn-pinyin", "urn:g:a"}}));
    EXPECT_EQ(quads_of(*store, true), (Quads{{"B@en", "urn:g:c"},
                                             {"Tie@zh-Latn-pinyin", "urn:g:a"},
                                             {"Tie@zh-Latn-pinyin", "urn:g:b"},
                                             {"Tie@zh-Latn-pinyin", "urn:g:c"}}));
  }
}

}  // namespace
}  // namespace coopgraph::graph
