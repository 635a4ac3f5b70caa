// Where build puts the statements it makes and the RDF files it is given: the store being
// written on disk (StoreWriter), or a store in memory (build --add reads the new files into
// one before it touches the old store). Both keep a triple once, by the same rule, so that a
// store is the same whatever order its graphs came in.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string_view>
#include <vector>

#include "graph/statement_texts.h"
#include "graph/term.h"

namespace coopgraph::graph {

class QuadSink {
 public:
  virtual ~QuadSink() = default;

  // A triple is kept once. Several graphs stating it keep it in the one whose IRI sorts
  // first, so that the store is the same whatever order its graphs were added in (and build
  // --add equals a full build); the other graphs' statements of it are remembered as claims.
  virtual void add(const Triple& triple, std::string_view named_graph) = 0;

  // add() for each of a graph's triples, with their texts made beforehand (texts is
  // StatementTexts(triples)).
  virtual void add_all(const std::vector<Triple>& triples, const StatementTexts& texts,
                       std::string_view named_graph) {
    (void)texts;
    for (const Triple& triple : triples)
      add(triple, named_graph);
  }

  // Adds the statements of an RDF file (Turtle, N-Triples, N-Quads, RDF/XML: by its
  // extension) into the named graph; N-Quads statements that name a graph keep it. A file
  // with an error adds nothing and throws GraphError naming the file and the line. Returns
  // the number of statements read.
  virtual std::size_t load_file(const std::filesystem::path& path,
                                std::string_view named_graph) = 0;
};

}  // namespace coopgraph::graph
