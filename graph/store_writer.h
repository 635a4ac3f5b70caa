// Writes a new store on disk: the statements of a build, each triple once, in files that
// StoreReader reads (store_folder.h). What is added goes to a spool file as it comes, with
// a hash of each triple in memory to keep it once; finish() writes the store's files in the
// order of the graphs' IRIs. Memory grows with the number of distinct triples (32 to 64 bytes
// each), not with their text. Two distinct triples with one 64-bit hash (about one chance in
// a million at 7 million triples) would be taken for one: the store before this one had the
// same limit, and a 128-bit key would double the memory.
#pragma once

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/quad_sink.h"
#include "graph/triple_hash_table.h"

namespace coopgraph::graph {

class StoreWriter final : public QuadSink {
 public:
  // Starts a store in folder, which must not exist yet (GraphError otherwise).
  explicit StoreWriter(std::filesystem::path folder);
  StoreWriter(const StoreWriter&) = delete;
  StoreWriter& operator=(const StoreWriter&) = delete;
  ~StoreWriter() override;

  void add(const Triple& triple, std::string_view named_graph) override;
  void add_all(const std::vector<Triple>& triples, const StatementTexts& texts,
               std::string_view named_graph) override;
  std::size_t load_file(const std::filesystem::path& path, std::string_view named_graph) override;

  // Writes the store's files and returns the number of triples; nothing may be added after.
  // GraphError when a file cannot be written.
  std::size_t finish();

 private:
  // A run of spooled statements of one graph.
  struct Span {
    std::uint64_t offset = 0;  // bytes
    std::uint64_t length = 0;  // bytes
    std::uint32_t first_line = 0;
  };
  // Where a triple is kept: its graph (an index of graph_names_) and its spooled line.
  struct Kept {
    std::uint32_t graph = 0;
    std::uint32_t line = 0;
  };

  std::uint32_t graph_index(std::string_view named_graph);
  void add_text(std::string_view text, std::uint64_t hash, std::uint32_t graph);
  std::uint32_t spool_line(std::string_view text, std::uint32_t graph);
  void remember_claim(std::string_view text, std::uint64_t hash, std::uint32_t graph);
  void write_statements(std::ofstream& out, std::size_t& written);

  std::filesystem::path folder_;
  std::filesystem::path spool_path_;
  std::ofstream spool_;
  std::uint64_t spooled_ = 0;   // bytes
  std::string line_;            // the statement being added, as "<s> <p> <o>"
  TripleHashTable<Kept> kept_;  // by the hash of the triple's text
  // Of each spooled line: a graph earlier by IRI took its triple since, so it is not written.
  std::vector<bool> left_behind_;
  std::vector<std::string> graph_names_;
  std::unordered_map<std::string, std::uint32_t> graph_indexes_;
  std::vector<std::vector<Span>> spans_;  // of each graph
  std::uint32_t last_graph_ = 0;
  // Statements of triples kept in another graph: the graph that states it, and its text.
  std::vector<std::pair<std::uint32_t, std::string>> other_claims_;
  TripleHashTable<bool> other_claim_keys_;
  bool finished_ = false;
};

}  // namespace coopgraph::graph
