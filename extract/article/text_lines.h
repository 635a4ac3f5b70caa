// Splits a file into lines that remember where they are, and trims the blank characters
// articles use (ASCII white space and the ideographic space U+3000).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace coopgraph::extract {

struct TextLine {
  std::string_view text;   // without the line break; a trailing '\r' is removed as well
  std::size_t offset = 0;  // byte offset of text in the file
  std::size_t number = 0;  // 1-based
};

// Accepts LF, CRLF and lone CR line ends.
std::vector<TextLine> split_lines(std::string_view content, std::size_t base_offset = 0);

// Byte counts of the blank characters at each end of text.
std::size_t leading_blank_bytes(std::string_view text);
std::size_t trailing_blank_bytes(std::string_view text);

std::string_view trim_blank(std::string_view text);
bool is_blank(std::string_view text);

// The line after trimming, with its offset moved accordingly.
TextLine trimmed(const TextLine& line);

}  // namespace coopgraph::extract
