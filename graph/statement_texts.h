// The text a store keeps a triple by, "<s> <p> <o>", and its 64-bit hash: every term has one
// written form, so equal texts are equal triples. Made for a graph's triples at once, on the
// thread that made them (build's workers), so that the one thread adding them to the store
// only looks them up.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "graph/term.h"

namespace coopgraph::graph {

std::uint64_t statement_text_hash(std::string_view text);

class StatementTexts {
 public:
  explicit StatementTexts(const std::vector<Triple>& triples);

  std::size_t size() const { return hashes_.size(); }
  std::string_view text(std::size_t index) const {
    const std::size_t begin = index == 0 ? 0 : ends_[index - 1];
    return std::string_view(texts_).substr(begin, ends_[index] - begin);
  }
  std::uint64_t hash(std::size_t index) const { return hashes_[index]; }

 private:
  std::string texts_;  // one after another
  std::vector<std::size_t> ends_;
  std::vector<std::uint64_t> hashes_;
};

}  // namespace coopgraph::graph
