// coopgraph build: reads articles and writes their graph into a new store, which replaces
// the old one only once it is complete; or, with --out, streams the triples into an
// N-Triples or N-Quads file without any store.
#include <spdlog/spdlog.h>

#include <chrono>
#include <iostream>
#include <map>
#include <thread>
#include <unordered_set>

#include "cli/add_to_store.h"
#include "cli/build_pipeline.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/progress_bar.h"
#include "cli/staged_output_file.h"
#include "cli/store_inputs.h"
#include "extract/resources.h"
#include "graph/engine/engine_database.h"
#include "graph/engine/engine_instance.h"
#include "graph/graph_error.h"
#include "graph/ntriples.h"
#include "graph/staged_store.h"
#include "graph/vocab.h"
#include "graph/vocabulary_triples.h"

namespace coopgraph::cli {
namespace {

enum class FileFormat { kNTriples, kNQuads };

struct BuildOptions {
  std::vector<std::filesystem::path> paths{"corpus"};
  StoreOption store;
  std::string base{graph::vocab::kDefaultIdBase};
  std::filesystem::path data = extract::default_data_dir();
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  std::filesystem::path out;
  std::string format;  // of --out; empty: from its extension
  bool add = false;
};

FileFormat out_format(const BuildOptions& options) {
  if (options.format == "ntriples") return FileFormat::kNTriples;
  if (options.format == "nquads") return FileFormat::kNQuads;
  const std::string extension = options.out.extension().string();
  if (extension == ".nt") return FileFormat::kNTriples;
  if (extension == ".nq") return FileFormat::kNQuads;
  throw std::runtime_error("cannot tell the format of '" + options.out.string() +
                           "' from its name: give --format ntriples or --format nquads");
}

PipelineSettings pipeline_settings(const BuildOptions& options) {
  return {options.jobs, stderr_is_terminal()};
}

int report(std::ostream& out, const std::string& what, const WalkCounts& counts,
           std::size_t data_files, std::size_t statements, const char* statement_word = "triples") {
  out << "Built " << what << ": " << counts.articles << " articles, ";
  if (data_files > 0) out << data_files << " RDF file(s), ";
  out << statements << " " << statement_word;
  if (counts.skipped > 0) {
    out << "; " << counts.skipped << " input(s) skipped, see the errors above";
  }
  out << "\n";
  return counts.skipped > 0 ? kExitInputSkipped : kExitOk;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

int no_article(const std::string& what) {
  spdlog::error("no article or RDF file could be read; {} is left as it was", what);
  return kExitError;
}

int run_build_store(const BuildOptions& options, const extract::CorpusFiles& corpus) {
  const auto started = std::chrono::steady_clock::now();
  const auto resources = resources_for(corpus, options.data);
  graph::StagedStore staged(options.store.folder);
  const graph::IriMinter iris(options.base);
  const InputCounts counts =
      add_inputs(staged.store(), corpus, resources.get(), iris, pipeline_settings(options));
  const std::string what = "the store '" + options.store.folder.string() + "'";
  if (counts.walk.articles == 0 && counts.data_files == 0) return no_article(what);
  const std::size_t triples = staged.finish_writing();
  spdlog::info("extracted the inputs and wrote the store's statements in {:.1f} s",
               seconds_since(started));
  graph::engine::build_engine_database(staged.staging_folder());
  const auto swapping = std::chrono::steady_clock::now();
  // An engine still answering from the old store would go on answering the old graph.
  graph::engine::stop_engine_while(options.store.folder, [&](bool) { staged.commit(); });
  spdlog::info("put the store on disk and in place in {:.1f} s", seconds_since(swapping));
  return report(std::cout, options.store.folder.string(), counts.walk, counts.data_files, triples);
}

int run_add_to_store(const BuildOptions& options, const extract::CorpusFiles& corpus) {
  const auto resources = resources_for(corpus, options.data);
  const graph::IriMinter iris(options.base);
  const std::optional<AddedCounts> added =
      add_to_store(options.store.folder, corpus, resources.get(), iris, pipeline_settings(options));
  if (!added) return no_article("the store '" + options.store.folder.string() + "'");
  const WalkCounts& walk = added->inputs.walk;
  std::cout << "Added to the store '" << options.store.folder.string() << "': " << walk.articles
            << " articles, ";
  if (added->inputs.data_files > 0) std::cout << added->inputs.data_files << " RDF file(s), ";
  std::cout << added->replaced_graphs << " replacing one already there; the store "
            << "holds " << added->triples << " triples";
  if (walk.skipped > 0) {
    std::cout << "; " << walk.skipped << " input(s) skipped, see the errors above";
  }
  std::cout << "\n";
  return walk.skipped > 0 ? kExitInputSkipped : kExitOk;
}

// An article's lines, each statement once. All are rendered into one buffer first, so that
// the set of lines already written holds views into it, not a copy of every line.
void render_lines(BuiltArticle& built, std::string_view line_end) {
  std::string all;
  std::vector<std::size_t> starts;
  starts.reserve(built.triples.size() + 1);
  for (const graph::Triple& triple : built.triples) {
    starts.push_back(all.size());
    graph::append_statement_line_ended(all, triple, line_end);
  }
  starts.push_back(all.size());
  std::unordered_set<std::string_view> seen;
  seen.reserve(built.triples.size());
  built.rendered.reserve(all.size());
  for (std::size_t i = 0; i + 1 < starts.size(); ++i) {
    const std::string_view line(all.data() + starts[i], starts[i + 1] - starts[i]);
    if (seen.insert(line).second) {
      built.rendered += line;
      ++built.rendered_lines;
    }
  }
  built.triples = {};
}

// Each article's lines are made on its worker, without the statements repeated inside the
// article; statements repeated across articles stay (see the --out help), because telling
// them apart would need a set of every statement written, growing with the corpus.
int run_build_file(const BuildOptions& options, const extract::CorpusFiles& corpus) {
  if (!corpus.data_files.empty()) {
    throw std::runtime_error("--out writes the triples of articles; RDF files such as '" +
                             corpus.data_files.front().path.string() +
                             "' go into a store (leave out --out)");
  }
  const FileFormat format = out_format(options);
  StagedOutputFile file(options.out);
  const auto resources = extract::ExtractionResources::load(options.data);
  const graph::IriMinter iris(options.base);
  auto graph_of = [&](const std::string& named_graph) {
    return format == FileFormat::kNQuads ? std::string_view(named_graph) : std::string_view();
  };
  std::size_t statements = 0;
  {
    const std::string vocabulary = graph::vocabulary_graph(iris);
    std::string lines;
    for (const graph::Triple& triple : graph::vocabulary_triples(resources->lexicon, iris)) {
      graph::append_statement_line(lines, triple, graph_of(vocabulary));
      ++statements;
    }
    file.stream() << lines;
  }
  std::size_t written = 0;
  const WalkCounts counts = run_build_pipeline(
      corpus, pipeline_settings(options), *resources, iris,
      [&](BuiltArticle& built) {
        render_lines(built, graph::statement_line_end(graph_of(built.named_graph)));
      },
      [&](BuiltArticle& built) {
        file.stream() << built.rendered;
        written += built.rendered_lines;
      });
  const std::string what = "'" + options.out.string() + "'";
  if (counts.articles == 0) return no_article(what);
  file.commit();
  return report(file.is_standard_output() ? std::cerr : std::cout, options.out.string(), counts, 0,
                statements + written, "statements");
}

int run_build(const BuildOptions& options) {
  const extract::CorpusFiles corpus = extract::collect_corpus_files(options.paths);
  if (!options.out.empty()) return run_build_file(options, corpus);
  return options.add ? run_add_to_store(options, corpus) : run_build_store(options, corpus);
}

}  // namespace

void add_store_option(CLI::App& command, StoreOption& option) {
  command.add_option("--store", option.folder, "Folder of the on-disk graph store")
      ->capture_default_str();
}

Command add_build_command(CLI::App& app) {
  auto options = std::make_shared<BuildOptions>();
  CLI::App* command = app.add_subcommand(
      "build",
      "Read articles (files or folders of .txt files) and RDF files (.ttl, .nt, .nq: each "
      "loaded as a named graph of its own) into a new graph store");
  command->add_option("paths", options->paths, "Article and RDF files, or folders of them")
      ->capture_default_str();
  add_store_option(*command, options->store);
  command->add_option("--base", options->base, "Base IRI of the resources")->capture_default_str();
  add_data_option(*command, options->data);
  command
      ->add_option("-j,--jobs", options->jobs,
                   "Threads that extract articles (the output is the same for any number)")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  CLI::Option* out =
      command->add_option("--out", options->out,
                          "Write the triples to this file instead of a store, streaming ('-': "
                          "standard output). N-Quads puts each article in its own graph, as "
                          "the store does, but a statement that several articles make (a "
                          "place's label, say) is written in the graph of each, where the store "
                          "keeps it once; N-Triples then repeats it, which readers of RDF "
                          "merge (sort -u removes the repeats). Written to FILE.partial and "
                          "renamed when complete");
  command
      ->add_option("--format", options->format,
                   "Format of --out: ntriples or nquads (default: from the extension .nt/.nq)")
      ->check(CLI::IsMember({"ntriples", "nquads"}))
      ->needs(out);
  command->get_option("--store")->excludes(out);
  command
      ->add_flag("--add", options->add,
                 "Add the articles and RDF files to the existing store without reading the "
                 "others again; one with the same graph as one already there (an article of the "
                 "same date, page and titles, a file of the same name) replaces it. The store "
                 "is then the one a build of all of them makes")
      ->excludes(out);
  return {command, [options] { return run_build(*options); }};
}

}  // namespace coopgraph::cli
