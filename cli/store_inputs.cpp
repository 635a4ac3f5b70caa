#include "cli/store_inputs.h"

#include <spdlog/spdlog.h>

#include <stdexcept>

#include "graph/graph_error.h"
#include "graph/vocabulary_triples.h"

namespace coopgraph::cli {

bool has_articles(const extract::CorpusFiles& corpus) {
  return !corpus.files.empty() || corpus.data_files.empty();
}

std::unique_ptr<extract::ExtractionResources> resources_for(const extract::CorpusFiles& corpus,
                                                            const std::filesystem::path& data) {
  if (!has_articles(corpus)) return nullptr;
  return extract::ExtractionResources::load(data);
}

InputCounts add_inputs(graph::QuadSink& store, const extract::CorpusFiles& corpus,
                       const extract::ExtractionResources* resources, const graph::IriMinter& iris,
                       const PipelineSettings& settings) {
  InputCounts counts;
  // The vocabularies describe what the articles' facts name; RDF files alone get none.
  if (has_articles(corpus)) {
    if (resources == nullptr) throw std::logic_error("articles to extract without resources");
    for (const graph::Triple& triple : graph::vocabulary_triples(resources->lexicon, iris)) {
      store.add(triple, graph::vocabulary_graph(iris));
    }
    counts.walk = run_build_pipeline(
        corpus, settings, *resources, iris,
        [](BuiltArticle& built) { built.texts.emplace(built.triples); },
        [&](BuiltArticle& built) {
          store.add_all(built.triples, *built.texts, built.named_graph);
        });
  } else {
    counts.walk.skipped = corpus.problems.size();
    for (const std::string& problem : corpus.problems)
      spdlog::error("{}", problem);
  }
  for (const extract::CorpusFiles::DataFile& file : corpus.data_files) {
    try {
      store.load_file(file.path, iris.data_file_graph(file.name));
      ++counts.data_files;
    } catch (const graph::GraphError& error) {
      spdlog::error("{}", error.what());
      ++counts.walk.skipped;
    }
  }
  return counts;
}

}  // namespace coopgraph::cli
