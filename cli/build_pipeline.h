// The extraction of a build on several cores: one thread reads the articles, N workers
// extract each and turn it into triples, and the calling thread receives the results in
// the order of the articles, so that what it writes does not depend on the number of
// workers. The queues between them are bounded: a corpus streams through, whatever its size.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "cli/article_walk.h"
#include "extract/article/corpus_files.h"
#include "extract/resources.h"
#include "graph/iris.h"
#include "graph/statement_texts.h"
#include "graph/term.h"

namespace coopgraph::cli {

struct BuiltArticle {
  std::string named_graph;
  std::vector<graph::Triple> triples;  // about the article, then what was found in it
  std::string rendered;                // what the prepare step made of the triples, if anything
  std::size_t rendered_lines = 0;      // lines in rendered, counted where they are made
  std::optional<graph::StatementTexts> texts;  // of triples, if the prepare step made them
};

struct PipelineSettings {
  unsigned jobs = 1;
  bool progress = false;  // draw a progress bar on standard error
};

// prepare runs on the worker threads, right after extraction; consume on the calling
// thread, once per article in corpus order. Each worker extracts with its own
// resources.for_another_thread(). The first exception thrown by any of them stops the
// others and is rethrown here.
WalkCounts run_build_pipeline(const extract::CorpusFiles& corpus, const PipelineSettings& settings,
                              const extract::ExtractionResources& resources,
                              const graph::IriMinter& iris,
                              const std::function<void(BuiltArticle&)>& prepare,
                              const std::function<void(BuiltArticle&)>& consume);

}  // namespace coopgraph::cli
