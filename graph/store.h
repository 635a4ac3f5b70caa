// The graph store: a Redland model over indexed "hashes" storage, in memory or on disk
// (Berkeley DB files in a folder), with one named graph (context) per article.
// It adds triples, counts them, runs SPARQL and serialises; it knows no article format.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "graph/query_results.h"
#include "graph/redland/world.h"
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
  QueryResults query(std::string_view sparql);
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
  Store(std::string_view storage_name, const std::string& options, std::filesystem::path folder);
  std::uint32_t graph_index(std::string_view named_graph);
  void add_in_graph(redland::StatementPtr& statement, std::string_view named_graph);
  // A graph stated a triple that is kept in another graph.
  void remember_claim(const Triple& triple, std::uint32_t graph);
  // The statements of an RDF file, each with its graph (named_graph where the file names none).
  std::vector<std::pair<Triple, std::string>> parse_file(const std::filesystem::path& path,
                                                         const char* syntax,
                                                         std::string_view named_graph);
  void serialize_nquads(std::ostream& out);
  // The names of the graphs in the store, sorted, so that exports come out in one order.
  std::vector<std::string> named_graphs();

  // find() with only a subject or only an object: one indexed lookup per predicate, since
  // the hashes storage has no subject-only or object-only index and would scan the store.
  std::vector<Triple> find_by_predicates(const std::optional<Term>& subject,
                                         const std::optional<Term>& object, std::size_t limit);
  // Every predicate in the store, read once (a scan) and kept until the next add().
  const std::vector<Term>& predicates();

  std::unique_ptr<redland::World> world_;
  std::optional<std::vector<Term>> predicates_;
  redland::StoragePtr storage_;
  redland::ModelPtr model_;
  std::filesystem::path folder_;  // empty in memory
  bool writable_ = false;         // made by create_on_disk: it writes the other claims
  // Hash of each triple added through this object, and the graph it is kept in.
  std::unordered_map<std::uint64_t, std::uint32_t> added_;
  std::vector<std::string> graph_names_;  // of the graphs added to through this object
  std::unordered_map<std::string, std::uint32_t> graph_indexes_;
  // Triples stated by a graph other than the one that keeps them; written beside the store.
  std::vector<std::pair<Triple, std::uint32_t>> other_claims_;
  std::unordered_set<std::uint64_t> other_claim_keys_;
};

}  // namespace coopgraph::graph
