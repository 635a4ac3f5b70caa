// coopgraph_bench_generate: writes a synthetic corpus of articles in the corpus format, the
// same for the same seed, to load coopgraph with any number of articles. A load generator,
// not an accuracy test: its articles carry no answer key.
#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>

#include "bench/generator/corpus_writer.h"
#include "bench/generator/sources.h"
#include "extract/resources.h"

int main(int argc, char** argv) {
  using namespace coopgraph;
  CLI::App app{"Write a synthetic corpus of handicraft cooperative articles"};
  std::uint64_t seed = 1;
  std::uint64_t count = 1000;
  std::filesystem::path out;
  std::filesystem::path data = extract::default_data_dir();
  std::filesystem::path templates = COOPGRAPH_BENCH_DATA_DIR;
  app.add_option("--seed", seed, "Seed: the same seed writes the same files")
      ->capture_default_str();
  app.add_option("--count", count, "Number of articles")
      ->check(CLI::Range(std::uint64_t{1}, std::uint64_t{1000000}))
      ->capture_default_str();
  app.add_option("--out", out, "Folder to write into (made if missing)")->required();
  app.add_option("--data", data, "coopgraph's data folder (gazetteer/, cues/)")
      ->capture_default_str();
  app.add_option("--templates", templates, "Folder of templates.tsv and given_names.tsv")
      ->capture_default_str();
  CLI11_PARSE(app, argc, argv);
  try {
    const bench::GeneratorSources sources = bench::GeneratorSources::load(data, templates);
    const bench::CorpusSummary summary = bench::write_corpus(sources, seed, count, out);
    std::cout << "Wrote " << summary.articles << " articles (" << summary.bilingual
              << " with an English translation), " << summary.bytes << " bytes, into "
              << out.string() << "\n";
    return 0;
  } catch (const std::exception& error) {
    std::cerr << "coopgraph_bench_generate: " << error.what() << "\n";
    return 1;
  }
}
