// What the graph says about an article itself: titles in both languages, date, page,
// author, source byline and file. Facts found inside the text are made elsewhere.
#pragma once

#include <vector>

#include "extract/article/article.h"
#include "graph/iris.h"
#include "graph/term.h"

namespace coopgraph::graph {

std::vector<Triple> article_triples(const extract::Article& article, const IriMinter& iris);

}  // namespace coopgraph::graph
