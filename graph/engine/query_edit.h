// A change the project's query path makes to a query's text before the engine runs it.
#pragma once

#include <cstddef>
#include <string>

namespace coopgraph::graph::engine {

// Replace [begin, end) of the query by text; begin == end inserts. Both are offsets of the
// original text, at token boundaries.
struct QueryEdit {
  std::size_t begin;
  std::size_t end;
  std::string text;
};

}  // namespace coopgraph::graph::engine
