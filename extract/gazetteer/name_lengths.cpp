#include "extract/gazetteer/name_lengths.h"

#include <algorithm>
#include <functional>

namespace coopgraph::extract {

std::uint32_t NameLengths::key_of(std::string_view text) {
  return static_cast<std::uint32_t>(static_cast<unsigned char>(text[0])) << 16 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(text[1])) << 8 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(text[2]));
}

void NameLengths::add(std::string_view name) {
  if (name.size() < 3) return;
  std::vector<std::size_t>& lengths = by_first_[key_of(name)];
  const auto at = std::lower_bound(lengths.begin(), lengths.end(), name.size(), std::greater<>());
  if (at == lengths.end() || *at != name.size()) lengths.insert(at, name.size());
}

std::span<const std::size_t> NameLengths::at(std::string_view text) const {
  if (text.size() < 3) return {};
  const auto found = by_first_.find(key_of(text));
  if (found == by_first_.end()) return {};
  return found->second;
}

}  // namespace coopgraph::extract
