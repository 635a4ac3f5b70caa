#include "cli/add_to_store.h"

#include <spdlog/spdlog.h>

#include <chrono>
#include <unordered_set>

#include "graph/engine/engine_database.h"
#include "graph/engine/engine_instance.h"
#include "graph/graph_error.h"
#include "graph/staged_store.h"
#include "graph/vocabulary_triples.h"

namespace coopgraph::cli {

std::optional<AddedCounts> add_to_store(const std::filesystem::path& target,
                                        const extract::CorpusFiles& corpus,
                                        const extract::ExtractionResources* resources,
                                        const graph::IriMinter& iris,
                                        const PipelineSettings& settings) {
  // Taken first: the lock, and a swap that was interrupted put right, before the old store
  // is read.
  graph::StagedStore staged(target);
  if (!graph::StoreReader::exists(target)) {
    throw graph::GraphError("no graph store at '" + target.string() +
                            "' to add to: make it with 'coopgraph build' first");
  }
  AddedCounts counts;
  // The new files are read before the old store is touched; few, so in memory.
  const auto additions = graph::Store::in_memory();
  counts.inputs = add_inputs(*additions, corpus, resources, iris, settings);
  if (counts.inputs.walk.articles == 0 && counts.inputs.data_files == 0) return std::nullopt;

  const auto started = std::chrono::steady_clock::now();
  std::unordered_set<std::string> restated;
  additions->for_each_claim(
      [&](const graph::Triple&, const std::string& graph) { restated.insert(graph); });
  graph::StoreWriter& store = staged.store();
  {
    graph::StoreReader old(target);
    const std::string vocabulary = graph::vocabulary_graph(iris);  // made anew, not replaced
    std::unordered_set<std::string> replaced;
    old.for_each_claim([&](const graph::Triple& triple, const std::string& graph) {
      if (restated.contains(graph)) {
        if (graph != vocabulary) replaced.insert(graph);
      } else {
        store.add(triple, graph);
      }
    });
    counts.replaced_graphs = replaced.size();
  }
  additions->for_each_claim(
      [&](const graph::Triple& triple, const std::string& graph) { store.add(triple, graph); });
  counts.triples = staged.finish_writing();
  spdlog::info("the store's graphs were stated again in {:.1f} s",
               std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
  graph::engine::build_engine_database(staged.staging_folder());
  // An engine still answering from the old store would go on answering the old graph.
  graph::engine::stop_engine_while(target, [&](bool) { staged.commit(); });
  return counts;
}

}  // namespace coopgraph::cli
