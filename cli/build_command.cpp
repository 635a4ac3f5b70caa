// coopgraph build: reads articles and writes their graph into a new store, which replaces
// the old one only once it is complete.
#include <spdlog/spdlog.h>

#include <iostream>

#include "cli/article_walk.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "extract/article_facts.h"
#include "graph/article_triples.h"
#include "graph/facts_triples.h"
#include "graph/staged_store.h"
#include "graph/vocab.h"
#include "graph/vocabulary_triples.h"

namespace coopgraph::cli {
namespace {

struct BuildOptions {
  std::vector<std::filesystem::path> paths{"corpus"};
  StoreOption store;
  std::string base{graph::vocab::kDefaultIdBase};
  std::filesystem::path data = extract::default_data_dir();
};

int run_build(const BuildOptions& options) {
  const auto resources = extract::ExtractionResources::load(options.data);
  graph::StagedStore staged(options.store.folder);
  graph::Store& store = staged.store();
  const graph::IriMinter iris(options.base);
  for (const graph::Triple& triple : graph::vocabulary_triples(resources->lexicon, iris)) {
    store.add(triple, graph::vocabulary_graph(iris));
  }
  const WalkCounts counts = for_each_article(options.paths, [&](const extract::Article& article) {
    const std::string named_graph = iris.article(article);
    for (const graph::Triple& triple : graph::article_triples(article, iris)) {
      store.add(triple, named_graph);
    }
    const extract::ArticleFacts facts = extract::extract_facts(article, *resources);
    for (const graph::Triple& triple : graph::facts_triples(article, facts, iris)) {
      store.add(triple, named_graph);
    }
  });
  if (counts.articles == 0) {
    spdlog::error("no article could be read; the store '{}' is left as it was",
                  options.store.folder.string());
    return kExitError;
  }
  const std::size_t triples = store.size();
  staged.commit();
  std::cout << "Built " << options.store.folder.string() << ": " << counts.articles << " articles, "
            << triples << " triples";
  if (counts.skipped > 0) {
    std::cout << "; " << counts.skipped << " input(s) skipped, see the errors above";
  }
  std::cout << "\n";
  return counts.skipped > 0 ? kExitInputSkipped : kExitOk;
}

}  // namespace

void add_store_option(CLI::App& command, StoreOption& option) {
  command.add_option("--store", option.folder, "Folder of the on-disk graph store")
      ->capture_default_str();
}

Command add_build_command(CLI::App& app) {
  auto options = std::make_shared<BuildOptions>();
  CLI::App* command = app.add_subcommand(
      "build", "Read articles (files or folders of .txt files) into a new graph store");
  command->add_option("paths", options->paths, "Article files or folders")->capture_default_str();
  add_store_option(*command, options->store);
  command->add_option("--base", options->base, "Base IRI of the resources")->capture_default_str();
  add_data_option(*command, options->data);
  return {command, [options] { return run_build(*options); }};
}

}  // namespace coopgraph::cli
