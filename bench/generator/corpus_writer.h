// Writes a generated corpus into a folder: article N goes to "<out>/<N / 1000>/<N>.txt",
// so that no folder holds more than 1,000 files.
#pragma once

#include <cstdint>
#include <filesystem>

#include "bench/generator/sources.h"

namespace coopgraph::bench {

struct CorpusSummary {
  std::uint64_t articles = 0;
  std::uint64_t bilingual = 0;
  std::uint64_t bytes = 0;
};

inline constexpr std::uint64_t kFilesPerFolder = 1000;

// Throws std::runtime_error naming the file that cannot be written.
CorpusSummary write_corpus(const GeneratorSources& sources, std::uint64_t seed, std::uint64_t count,
                           const std::filesystem::path& out);

// Where article index goes under out.
std::filesystem::path article_path(const std::filesystem::path& out, std::uint64_t index);

}  // namespace coopgraph::bench
