// Reads a store that StoreWriter wrote (store_folder.h): its statements with their graphs,
// the other graphs' claims, its size, and every export format. N-Quads and N-Triples are
// streamed from the file; Turtle and RDF/XML, whose writers group by subject, are written
// through a graph in memory.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <ostream>
#include <string>

#include "graph/store.h"
#include "graph/term.h"

namespace coopgraph::graph {

class StoreReader {
 public:
  // GraphError when folder holds no store, or one an older coopgraph built.
  explicit StoreReader(std::filesystem::path folder);

  static bool exists(const std::filesystem::path& folder);

  std::size_t size();
  // N-Quads keeps each statement's named graph (one per article); the other formats write
  // the union of all graphs.
  void serialize(RdfFormat format, std::ostream& out);
  // Every statement with the named graph that keeps it, graphs in the order of their IRIs.
  void for_each_quad(const std::function<void(const Triple&, const std::string&)>& visit);
  // Every statement with every graph that stated it: those of for_each_quad, then those kept
  // in another graph (see QuadSink::add).
  void for_each_claim(const std::function<void(const Triple&, const std::string&)>& visit);
  // Writes the union of the graphs as N-Triples, each triple once.
  void write_ntriples(std::ostream& out);
  // The N-Quads file of the statements, as for_each_quad gives them.
  std::filesystem::path statements_file() const;

 private:
  std::filesystem::path folder_;
  std::optional<std::size_t> size_;
};

}  // namespace coopgraph::graph
