#include "extract/text/utf8.h"

namespace coopgraph::extract {
namespace {

bool is_continuation(unsigned char byte) {
  return (byte & 0xC0) == 0x80;
}

// Bits a lead byte contributes to its code point, by sequence length.
constexpr unsigned char kLeadMask[5] = {0, 0x7F, 0x1F, 0x0F, 0x07};
constexpr unsigned char kContinuationBits = 0x3F;

}  // namespace

std::size_t utf8_sequence_length(std::string_view bytes, std::size_t offset) {
  if (offset >= bytes.size()) return 0;
  const auto lead = static_cast<unsigned char>(bytes[offset]);
  std::size_t length = 0;
  unsigned char second_min = 0x80;
  unsigned char second_max = 0xBF;
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) second_min = 0xA0;  // overlong
    if (lead == 0xED) second_max = 0x9F;  // UTF-16 surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) second_min = 0x90;  // overlong
    if (lead == 0xF4) second_max = 0x8F;  // beyond U+10FFFF
  } else {
    return 0;
  }
  if (offset + length > bytes.size()) return 0;
  const auto second = static_cast<unsigned char>(bytes[offset + 1]);
  if (second < second_min || second > second_max) return 0;
  for (std::size_t i = 2; i < length; ++i) {
    if (!is_continuation(static_cast<unsigned char>(bytes[offset + i]))) return 0;
  }
  return length;
}

Utf8Char decode_utf8(std::string_view bytes, std::size_t offset) {
  if (offset >= bytes.size()) return {};
  const std::size_t length = utf8_sequence_length(bytes, offset);
  if (length == 0) return {kReplacementCharacter, 1, false};
  auto value = static_cast<char32_t>(static_cast<unsigned char>(bytes[offset]) & kLeadMask[length]);
  for (std::size_t i = 1; i < length; ++i)
    value = (value << 6) | (static_cast<unsigned char>(bytes[offset + i]) & kContinuationBits);
  return {value, length, true};
}

Utf8Char decode_utf8_before(std::string_view bytes, std::size_t offset) {
  for (std::size_t back = 1; back <= 4 && back <= offset; ++back) {
    const Utf8Char c = decode_utf8(bytes, offset - back);
    if (c.valid && c.length == back) return c;
  }
  return {};
}

std::optional<std::size_t> find_invalid_utf8(std::string_view bytes) {
  std::size_t offset = 0;
  while (offset < bytes.size()) {
    const std::size_t length = utf8_sequence_length(bytes, offset);
    if (length == 0) return offset;
    offset += length;
  }
  return std::nullopt;
}

bool append_utf8(std::string& out, char32_t code_point) {
  if (code_point > 0x10FFFF || (code_point >= 0xD800 && code_point <= 0xDFFF)) return false;
  auto byte = [&](char32_t bits) { out += static_cast<char>(bits); };
  if (code_point < 0x80) {
    byte(code_point);
  } else if (code_point < 0x800) {
    byte(0xC0 | (code_point >> 6));
    byte(0x80 | (code_point & 0x3F));
  } else if (code_point < 0x10000) {
    byte(0xE0 | (code_point >> 12));
    byte(0x80 | ((code_point >> 6) & 0x3F));
    byte(0x80 | (code_point & 0x3F));
  } else {
    byte(0xF0 | (code_point >> 18));
    byte(0x80 | ((code_point >> 12) & 0x3F));
    byte(0x80 | ((code_point >> 6) & 0x3F));
    byte(0x80 | (code_point & 0x3F));
  }
  return true;
}

std::size_t char_count(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t offset = 0; offset < text.size(); offset += decode_utf8(text, offset).length)
    ++count;
  return count;
}

std::size_t chars_between(std::string_view text, std::size_t begin, std::size_t end) {
  if (end <= begin || begin >= text.size()) return 0;
  return char_count(text.substr(begin, end - begin));
}

std::size_t previous_char(std::string_view text, std::size_t offset) {
  if (offset == 0) return 0;
  std::size_t at = offset - 1;
  while (at > 0 && is_continuation(static_cast<unsigned char>(text[at])))
    --at;
  return at;
}

std::vector<CharAt> decode_all(std::string_view text) {
  std::vector<CharAt> chars;
  chars.reserve(text.size());
  for (const CharAt c : Utf8Chars(text))
    chars.push_back(c);
  return chars;
}

}  // namespace coopgraph::extract
