// Writes a composed article in the corpus format (see "The article format" in README.md):
// the English header and paragraphs, then the Chinese original after "<hr />".
#pragma once

#include <string>

#include "bench/generator/article_composer.h"

namespace coopgraph::bench {

std::string article_text(const ComposedArticle& article);

}  // namespace coopgraph::bench
