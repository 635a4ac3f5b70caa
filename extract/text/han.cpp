#include "extract/text/han.h"

#include "extract/article/utf8.h"

namespace coopgraph::extract {

char32_t code_point_at(std::string_view text, std::size_t offset, std::size_t* length) {
  const std::size_t size = utf8_sequence_length(text, offset);
  if (size == 0) {
    *length = 1;
    return 0xFFFD;
  }
  *length = size;
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[offset + i]); };
  switch (size) {
    case 1:
      return byte(0);
    case 2:
      return static_cast<char32_t>(((byte(0) & 0x1F) << 6) | (byte(1) & 0x3F));
    case 3:
      return static_cast<char32_t>(((byte(0) & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) |
                                   (byte(2) & 0x3F));
    default:
      return static_cast<char32_t>(((byte(0) & 0x07) << 18) | ((byte(1) & 0x3F) << 12) |
                                   ((byte(2) & 0x3F) << 6) | (byte(3) & 0x3F));
  }
}

bool is_han(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || c == 0x3007 ||
         (c >= 0x20000 && c <= 0x2A6DF) || (c >= 0xF900 && c <= 0xFAFF);
}

std::size_t previous_char(std::string_view text, std::size_t offset) {
  if (offset == 0) return 0;
  std::size_t at = offset - 1;
  while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80)
    --at;
  return at;
}

std::size_t han_run_before(std::string_view text, std::size_t end, std::size_t limit) {
  std::size_t start = end;
  for (std::size_t count = 0; count < limit && start > 0; ++count) {
    const std::size_t before = previous_char(text, start);
    std::size_t length = 0;
    if (!is_han(code_point_at(text, before, &length)) || before + length != start) break;
    start = before;
  }
  return end - start;
}

}  // namespace coopgraph::extract
