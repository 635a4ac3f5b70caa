#include "extract/article/text_lines.h"

namespace coopgraph::extract {
namespace {

constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";
constexpr std::string_view kNoBreakSpace = "\xC2\xA0";

bool is_ascii_blank(char c) {
  return c == ' ' || c == '\t' || c == '\f' || c == '\v';
}

// Length of the blank character that text starts with, or 0.
std::size_t blank_prefix_length(std::string_view text) {
  if (text.empty()) return 0;
  if (is_ascii_blank(text.front())) return 1;
  if (text.starts_with(kIdeographicSpace)) return kIdeographicSpace.size();
  if (text.starts_with(kNoBreakSpace)) return kNoBreakSpace.size();
  return 0;
}

std::size_t blank_suffix_length(std::string_view text) {
  if (text.empty()) return 0;
  if (is_ascii_blank(text.back()) || text.back() == '\r') return 1;
  if (text.ends_with(kIdeographicSpace)) return kIdeographicSpace.size();
  if (text.ends_with(kNoBreakSpace)) return kNoBreakSpace.size();
  return 0;
}

}  // namespace

std::vector<TextLine> split_lines(std::string_view content, std::size_t base_offset) {
  std::vector<TextLine> lines;
  std::size_t start = 0;
  std::size_t number = 1;
  while (start < content.size()) {
    std::size_t end = content.find_first_of("\r\n", start);
    if (end == std::string_view::npos) end = content.size();
    lines.push_back({content.substr(start, end - start), base_offset + start, number++});
    if (end < content.size() && content[end] == '\r' && end + 1 < content.size() &&
        content[end + 1] == '\n') {
      ++end;
    }
    start = end + 1;
  }
  return lines;
}

std::size_t leading_blank_bytes(std::string_view text) {
  std::size_t total = 0;
  while (std::size_t length = blank_prefix_length(text.substr(total)))
    total += length;
  return total;
}

std::size_t trailing_blank_bytes(std::string_view text) {
  std::size_t total = 0;
  while (std::size_t length = blank_suffix_length(text.substr(0, text.size() - total))) {
    total += length;
  }
  return total;
}

std::string_view trim_blank(std::string_view text) {
  const std::size_t front = leading_blank_bytes(text);
  text.remove_prefix(front);
  text.remove_suffix(trailing_blank_bytes(text));
  return text;
}

bool is_blank(std::string_view text) {
  return trim_blank(text).empty();
}

TextLine trimmed(const TextLine& line) {
  const std::size_t front = leading_blank_bytes(line.text);
  return {trim_blank(line.text), line.offset + front, line.number};
}

}  // namespace coopgraph::extract
