// What every fuzz target shares: a check that stops the run on a broken invariant, so that
// libFuzzer saves the input, and the text view of the fuzzer's bytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace coopgraph::fuzz {

// An invariant the code promises (spans inside the text, start before end); abort() rather
// than assert() so that it holds in every build type.
inline void check(bool condition, const char* what) {
  if (condition) return;
  std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
  std::abort();
}

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

}  // namespace coopgraph::fuzz
