// build --add: adds articles and RDF files to a store that build made, or replaces them, without
// reading the rest again. An article or file replaces the one already there with the same
// named graph (an article's graph depends on its date, page and titles, a file's on its name).
// The new store is made by stating again what each graph of the old store stated, less the
// replaced graphs, then the new ones: the store keeps a triple in one graph chosen whatever
// the order (see Store::add), so the result is the store a full build of all the files makes.
// Staged and swapped as a build is; the old store answers until the new one is complete.
#pragma once

#include <filesystem>
#include <optional>

#include "cli/store_inputs.h"

namespace coopgraph::cli {

struct AddedCounts {
  InputCounts inputs;
  std::size_t replaced_graphs = 0;  // of the store, now stated anew
  std::size_t triples = 0;          // in the new store
};

// nullopt when nothing could be read: the store is left as it was. GraphError when there is no
// store at target, or another build of it runs.
std::optional<AddedCounts> add_to_store(const std::filesystem::path& target,
                                        const extract::CorpusFiles& corpus,
                                        const extract::ExtractionResources* resources,
                                        const graph::IriMinter& iris,
                                        const PipelineSettings& settings);

}  // namespace coopgraph::cli
