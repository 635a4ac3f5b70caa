// Groups body lines into paragraphs and takes apart what newspapers put around the body:
// the headline repeated on top and the source byline in brackets at the bottom.
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "extract/article/article.h"
#include "extract/article/text_lines.h"

namespace coopgraph::extract {

enum class Script { kLatin, kHan };

// A paragraph starts after a blank line or at an indented line (the translations indent
// with tabs, the originals with spaces); other lines continue the paragraph before them.
std::vector<Paragraph> split_paragraphs(std::span<const TextLine> lines, Script script);

// Removes leading paragraphs that only repeat the headline or one of its parts (a
// two-part headline is written with a wide gap between the parts).
void drop_repeated_headline(std::vector<Paragraph>& paragraphs, std::string_view title);

// Takes a closing "(...)" or "（...）" off the last paragraph when it stands alone or
// follows the end of a sentence, which is how the paper credits its source.
std::optional<Byline> take_closing_byline(std::vector<Paragraph>& paragraphs);

}  // namespace coopgraph::extract
