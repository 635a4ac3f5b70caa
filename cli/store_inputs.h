// What build puts into a store from the files it is given: the vocabularies and a graph per
// article when there are articles, and each RDF file as a graph of its own. Shared by a full
// build and build --add, so that both make the same graphs of the same files.
#pragma once

#include <filesystem>
#include <memory>

#include "cli/article_walk.h"
#include "cli/build_pipeline.h"
#include "extract/article/corpus_files.h"
#include "extract/resources.h"
#include "graph/iris.h"
#include "graph/quad_sink.h"

namespace coopgraph::cli {

struct InputCounts {
  WalkCounts walk;             // articles added; articles, RDF files and paths skipped
  std::size_t data_files = 0;  // RDF files added
};

// Whether the files hold articles, which get extracted, or only RDF files, which are loaded
// as they are. No files at all counts as articles: the build then reports that none was read.
bool has_articles(const extract::CorpusFiles& corpus);

// Extraction's data (dictionaries, gazetteer, transliterator) when there are articles, and
// nothing otherwise: a build of RDF files alone needs none of it, and reading it (CC-CEDICT
// and jieba's 350,000 words) was most of the time such a build took.
std::unique_ptr<extract::ExtractionResources> resources_for(const extract::CorpusFiles& corpus,
                                                            const std::filesystem::path& data);

// A file that cannot be read is reported (with its line) and skipped; the others are added.
// resources: from resources_for, so present whenever there are articles.
InputCounts add_inputs(graph::QuadSink& store, const extract::CorpusFiles& corpus,
                       const extract::ExtractionResources* resources, const graph::IriMinter& iris,
                       const PipelineSettings& settings);

}  // namespace coopgraph::cli
