// coopgraph build: reads articles and writes their graph into a new store, which replaces
// the old one only once it is complete.
#include <spdlog/spdlog.h>

#include <iostream>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "extract/article/article_reader.h"
#include "extract/article/corpus_files.h"
#include "extract/article_facts.h"
#include "graph/article_triples.h"
#include "graph/facts_triples.h"
#include "graph/staged_store.h"
#include "graph/vocab.h"

namespace coopgraph::cli {
namespace {

struct BuildOptions {
  std::vector<std::filesystem::path> paths{"corpus"};
  StoreOption store;
  std::string base{graph::vocab::kDefaultIdBase};
  std::filesystem::path data = extract::default_data_dir();
};

int run_build(const BuildOptions& options) {
  const extract::CorpusFiles corpus = extract::collect_corpus_files(options.paths);
  std::size_t skipped = corpus.problems.size();
  for (const std::string& problem : corpus.problems)
    spdlog::error("{}", problem);

  const auto resources = extract::ExtractionResources::load(options.data);
  graph::StagedStore staged(options.store.folder);
  graph::Store& store = staged.store();
  const graph::IriMinter iris(options.base);
  std::size_t articles = 0;
  for (const auto& path : corpus.files) {
    auto result = extract::try_read_article(path);
    if (auto* error = std::get_if<extract::ArticleError>(&result)) {
      spdlog::error("{} (skipped)", error->what());
      ++skipped;
      continue;
    }
    const auto& article = std::get<extract::Article>(result);
    for (const auto& warning : article.warnings) {
      spdlog::warn("{}:{}: {}", path.string(), warning.line, warning.message);
    }
    const std::string named_graph = iris.article(article);
    for (const graph::Triple& triple : graph::article_triples(article, iris)) {
      store.add(triple, named_graph);
    }
    const extract::ArticleFacts facts = extract::extract_facts(article, *resources);
    for (const graph::Triple& triple : graph::facts_triples(article, facts, iris)) {
      store.add(triple, named_graph);
    }
    ++articles;
    spdlog::info("read {}", path.string());
  }
  if (articles == 0) {
    spdlog::error("no article could be read; the store '{}' is left as it was",
                  options.store.folder.string());
    return kExitError;
  }
  const std::size_t triples = store.size();
  staged.commit();
  std::cout << "Built " << options.store.folder.string() << ": " << articles << " articles, "
            << triples << " triples";
  if (skipped > 0) std::cout << "; " << skipped << " input(s) skipped, see the errors above";
  std::cout << "\n";
  return skipped > 0 ? kExitInputSkipped : kExitOk;
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
