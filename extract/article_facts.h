// The extraction of one article, end to end: each language version on its own (sentences,
// entities, events, observations), then, when the article has both, the two aligned and
// cross-checked. Knows nothing of RDF.
#pragma once

#include "extract/article/article.h"
#include "extract/facts/facts.h"
#include "extract/resources.h"

namespace coopgraph::extract {

ArticleFacts extract_facts(const Article& article, const ExtractionResources& resources);

}  // namespace coopgraph::extract
