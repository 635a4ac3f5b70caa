// What build puts into a store from the files it is given: the vocabularies and a graph per
// article when there are articles, and each RDF file as a graph of its own. Shared by a full
// build and build --add, so that both make the same graphs of the same files.
#pragma once

#include "cli/article_walk.h"
#include "cli/build_pipeline.h"
#include "extract/article/corpus_files.h"
#include "extract/resources.h"
#include "graph/iris.h"
#include "graph/store.h"

namespace coopgraph::cli {

struct InputCounts {
  WalkCounts walk;             // articles added; articles, RDF files and paths skipped
  std::size_t data_files = 0;  // RDF files added
};

// A file that cannot be read is reported (with its line) and skipped; the others are added.
InputCounts add_inputs(graph::Store& store, const extract::CorpusFiles& corpus,
                       const extract::ExtractionResources& resources, const graph::IriMinter& iris,
                       const PipelineSettings& settings);

}  // namespace coopgraph::cli
