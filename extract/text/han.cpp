#include "extract/text/han.h"

#include <array>

namespace coopgraph::extract {
namespace {

struct Block {
  char32_t first;
  char32_t last;
};

constexpr auto kHanBlocks = std::to_array<Block>({
    {0x3007, 0x3007},    // 〇
    {0x3400, 0x4DBF},    // Extension A
    {0x4E00, 0x9FFF},    // Unified Ideographs
    {0xF900, 0xFAFF},    // Compatibility Ideographs
    {0x20000, 0x2FA1F},  // Extensions B to F and the Compatibility Supplement
    {0x30000, 0x3134F},  // Extension G
});

}  // namespace

char32_t code_point_at(std::string_view text, std::size_t offset, std::size_t* length) {
  const Utf8Char c = decode_utf8(text, offset);
  *length = c.valid ? c.length : 1;
  return c.valid ? c.value : kReplacementCharacter;
}

bool is_han(char32_t c) {
  for (const Block& block : kHanBlocks) {
    if (c >= block.first && c <= block.last) return true;
  }
  return false;
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
