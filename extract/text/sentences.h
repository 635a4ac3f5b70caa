// Splits paragraphs into sentences, the unit that facts are found in and that evidence
// quotes. English ends sentences at . ! ? before a capital; Chinese at 。！？.
#pragma once

#include <string>
#include <vector>

#include "extract/article/article.h"
#include "extract/article/paragraphs.h"

namespace coopgraph::extract {

struct Sentence {
  std::string text;
  std::size_t paragraph = 0;         // index into the language version's paragraphs
  std::size_t paragraph_offset = 0;  // where text starts in the paragraph's text
  ByteSpan span;                     // in the file
  std::size_t line = 0;
};

std::vector<Sentence> split_sentences(const std::vector<Paragraph>& paragraphs, Script script);

// The file span of the bytes [begin, end) of a sentence's text.
ByteSpan file_span(const Sentence& sentence, const std::vector<Paragraph>& paragraphs,
                   std::size_t begin, std::size_t end);

}  // namespace coopgraph::extract
