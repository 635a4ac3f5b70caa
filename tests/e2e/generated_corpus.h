// A synthetic corpus from the benchmark generator, for tests that need more articles, and
// more kinds of article, than the bundled corpus has.
#pragma once

#include <cstdint>
#include <filesystem>

#include "bench/generator/corpus_writer.h"
#include "extract/resources.h"

namespace coopgraph::testing {

inline void write_generated_corpus(const std::filesystem::path& folder, std::uint64_t seed,
                                   std::uint64_t count) {
  const auto sources =
      bench::GeneratorSources::load(extract::default_data_dir(), COOPGRAPH_BENCH_DATA_DIR);
  bench::write_corpus(sources, seed, count, folder);
}

}  // namespace coopgraph::testing
