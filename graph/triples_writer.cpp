#include "graph/triples_writer.h"

#include <sstream>

namespace coopgraph::graph {

std::string write_triples(const std::vector<Triple>& triples, RdfFormat format) {
  auto store = Store::in_memory();
  // N-Quads would name this graph; the triples come from many, so write them as N-Triples.
  if (format == RdfFormat::kNQuads) format = RdfFormat::kNTriples;
  for (const Triple& triple : triples)
    store->add(triple, "urn:x-coopgraph:answer");
  std::ostringstream out;
  store->serialize(format, out);
  return out.str();
}

}  // namespace coopgraph::graph
