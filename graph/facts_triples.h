// The graph of what extraction found in one article: its entities with labels in English,
// Chinese and pinyin, where they lie, their mentions with the sentences quoted; its
// observations with measure, value, unit, bounds, period, status and evidence in both
// languages; and the disagreements between the two versions.
#pragma once

#include <vector>

#include "extract/article/article.h"
#include "extract/facts/facts.h"
#include "graph/iris.h"
#include "graph/term.h"

namespace coopgraph::graph {

std::vector<Triple> facts_triples(const extract::Article& article,
                                  const extract::ArticleFacts& facts, const IriMinter& iris);

// The ontology class of an entity type.
std::string entity_class(extract::EntityType type);

}  // namespace coopgraph::graph
