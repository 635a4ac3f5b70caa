// The graph store: a Redland model over indexed "hashes" storage, in memory or on disk
// (Berkeley DB files in a folder), with one named graph (context) per article.
// It adds triples, counts, finds and serialises them; it knows no article format. Queries
// go to the store's engine (graph/engine/), not here. Redland stays behind the
// implementation, so that the files using the store never see its C headers.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/term.h"

namespace coopgraph::graph {

enum class RdfFormat { kTurtle, kNTriples, kNQuads, kRdfXml };

class Store {
 public:
  static std::unique_ptr<Store> in_memory();
  // Opens the store in folder for reading; GraphError when there is none.
  static std::unique_ptr<Store> open_on_disk(const std::filesystem::path& folder);
  // Makes a new, empty store in folder, which must not exist yet.
  static std::unique_ptr<Store> create_on_disk(const std::filesystem::path& folder);
  static bool exists_on_disk(const std::filesystem::path& folder);

  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;
  ~Store();

  // A triple is kept once. Several graphs stating it keep it in the one whose IRI sorts
  // first, so that the store is the same whatever order its graphs were added in (and
  // build --add equals a full build); the other graphs' statements of it are remembered
  // beside the store (see for_each_claim).
  void add(const Triple& triple, std::string_view named_graph);
  std::size_t size();
  // N-Quads keeps each statement's named graph (one per article); the other formats
  // write the union of all graphs.
  void serialize(RdfFormat format, std::ostream& out);
  // Adds the statements of an RDF file (Turtle, N-Triples, N-Quads, RDF/XML: by its
  // extension) into the named graph; N-Quads statements that name a graph keep it. A file
  // with an error adds nothing and throws GraphError naming the file and the line.
  // Returns the number of statements read.
  std::size_t load_file(const std::filesystem::path& path, std::string_view named_graph);
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
  // --add) without losing a triple that another graph also states. GraphError for a store
  // on disk built before this was recorded.
  void for_each_claim(const std::function<void(const Triple&, const std::string&)>& visit);
  // Writes everything added so far to disk.
  void sync();

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
