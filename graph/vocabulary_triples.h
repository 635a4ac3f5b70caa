// The controlled vocabularies of extract/data/cues/ (trades, measures, units, roles, event
// kinds) as SKOS concepts, so that every cg:measure, cg:unit, cg:trade, cg:post and
// cg:eventKind in the data points at a concept with labels in English and Chinese.
#pragma once

#include <vector>

#include "extract/lexicon/lexicon.h"
#include "graph/iris.h"
#include "graph/term.h"

namespace coopgraph::graph {

std::vector<Triple> vocabulary_triples(const extract::Lexicon& lexicon, const IriMinter& iris);

// The named graph the vocabularies go into.
std::string vocabulary_graph(const IriMinter& iris);

}  // namespace coopgraph::graph
