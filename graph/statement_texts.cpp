#include "graph/statement_texts.h"

#include <functional>

#include "graph/ntriples.h"

namespace coopgraph::graph {

std::uint64_t statement_text_hash(std::string_view text) {
  return std::hash<std::string_view>{}(text);
}

StatementTexts::StatementTexts(const std::vector<Triple>& triples) {
  ends_.reserve(triples.size());
  hashes_.reserve(triples.size());
  for (const Triple& triple : triples) {
    const std::size_t begin = texts_.size();
    append_statement_line_ended(texts_, triple, "");
    ends_.push_back(texts_.size());
    hashes_.push_back(statement_text_hash(std::string_view(texts_).substr(begin)));
  }
}

}  // namespace coopgraph::graph
