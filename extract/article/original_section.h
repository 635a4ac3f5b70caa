// Reads the Chinese original that follows "<hr />" and "Original:": a "### " headline,
// then author, date, page ("第2版()") and column ("专栏：") lines, then the paragraphs.
#pragma once

#include <filesystem>
#include <span>

#include "extract/article/article.h"
#include "extract/article/text_lines.h"

namespace coopgraph::extract {

struct OriginalSection {
  ArticleText text;
  OriginalMetadata metadata;
};

// lines start right after the "Original:" line, which is on marker_line. Throws ArticleError.
OriginalSection parse_original_section(std::span<const TextLine> lines, std::size_t marker_line,
                                       const std::filesystem::path& path);

}  // namespace coopgraph::extract
