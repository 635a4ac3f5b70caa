// Which lengths of name can start at a place in a text: the byte lengths of the names that
// share the text's first three bytes (one Han character), longest first. A scanner that
// looks for the longest name at every offset of a text then looks up only those lengths,
// instead of every length up to the longest name in the gazetteer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace coopgraph::extract {

class NameLengths {
 public:
  // Names shorter than three bytes are not counted (no Chinese name is that short).
  void add(std::string_view name);
  // Lengths of the names added whose first three bytes are text's, longest first, each once.
  std::span<const std::size_t> at(std::string_view text) const;

 private:
  static std::uint32_t key_of(std::string_view text);

  std::unordered_map<std::uint32_t, std::vector<std::size_t>> by_first_;
};

}  // namespace coopgraph::extract
