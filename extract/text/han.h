// Han characters, and code-point helpers for scanning Chinese text byte by byte without
// leaving UTF-8 character boundaries (see utf8.h for the decoder itself).
#pragma once

#include <cstddef>
#include <string_view>

#include "extract/text/utf8.h"

namespace coopgraph::extract {

// The code point at offset and its length in bytes (1 for an invalid byte or the end of the
// text, read as U+FFFD).
char32_t code_point_at(std::string_view text, std::size_t offset, std::size_t* length);

// The one test of "is a Chinese character" for every extractor: the CJK Unified Ideographs and
// all their extensions (A, and B to G in the supplementary planes), the compatibility
// ideographs of both planes, and 〇, the ideographic zero written in years such as 一九五〇.
// Radicals, strokes, hexagrams and CJK punctuation are not Han characters here.
bool is_han(char32_t c);

// Byte length of the run of Han characters ending at end (not past limit characters).
std::size_t han_run_before(std::string_view text, std::size_t end, std::size_t limit);

}  // namespace coopgraph::extract
