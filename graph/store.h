// A graph in memory: a Redland model over indexed "hashes" storage, with one named graph
// (context) per article or file. It adds triples, counts, finds and serialises them, for
// what is small enough to hold: an extraction's output, the ontology, the files build --add
// reads, an export with the ontology added. The store on disk is written by StoreWriter and
// read by StoreReader; queries go to the store's engine (graph/engine/). Redland stays behind
// the implementation, so that the files using it never see its C headers.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/quad_sink.h"
#include "graph/term.h"

namespace coopgraph::graph {

enum class RdfFormat { kTurtle, kNTriples, kNQuads, kRdfXml };

class Store final : public QuadSink {
 public:
  static std::unique_ptr<Store> in_memory();

  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;
  ~Store() override;

  void add(const Triple& triple, std::string_view named_graph) override;
  std::size_t size();
  // N-Quads keeps each statement's named graph (one per article); the other formats
  // write the union of all graphs.
  void serialize(RdfFormat format, std::ostream& out);
  std::size_t load_file(const std::filesystem::path& path, std::string_view named_graph) override;
  // The triples that match a pattern, where a missing term matches anything; each once,
  // whichever named graphs hold it, and at most limit of them. Uses the store's indexes
  // when the subject and predicate, or the predicate and object, are given.
  std::vector<Triple> find(const std::optional<Term>& subject, const std::optional<Term>& predicate,
                           const std::optional<Term>& object,
                           std::size_t limit = static_cast<std::size_t>(-1));
  // Every statement with the named graph it is in.
  void for_each_quad(const std::function<void(const Triple&, const std::string&)>& visit);
  // Every statement with every graph that stated it: the statements of for_each_quad, then
  // those kept in another graph. What a graph stated can then be taken out again (build
  // --add) without losing a triple that another graph also states.
  void for_each_claim(const std::function<void(const Triple&, const std::string&)>& visit);

 private:
  struct Impl;  // the Redland world, storage and model, and what add() remembers (store.cpp)

  explicit Store(std::unique_ptr<Impl> impl);
  void serialize_nquads(std::ostream& out);
  // The names of the graphs in the store, sorted, so that exports come out in one order.
  std::vector<std::string> named_graphs();

  // find() with only a subject or only an object: one indexed lookup per predicate, since
  // the hashes storage has no subject-only or object-only index and would scan the store.
  std::vector<Triple> find_by_predicates(const std::optional<Term>& subject,
                                         const std::optional<Term>& object, std::size_t limit);
  // Every predicate in the store, read once (a scan) and kept until the next add().
  const std::vector<Term>& predicates();

  std::unique_ptr<Impl> impl_;
};

}  // namespace coopgraph::graph
