#include "extract/text/english_tokens.h"

namespace coopgraph::extract {
namespace {

bool is_letter(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_digit(unsigned char c) {
  return c >= '0' && c <= '9';
}
bool is_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
bool is_non_ascii(unsigned char c) {
  return c >= 0x80;
}

}  // namespace

std::string EnglishToken::lower() const {
  std::string lowered(text);
  for (char& c : lowered) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return lowered;
}

EnglishToken english_token_at(std::string_view text, std::size_t offset) {
  const auto first = static_cast<unsigned char>(text[offset]);
  EnglishTokenKind kind = EnglishTokenKind::kSymbol;
  bool (*same)(unsigned char) = nullptr;
  if (is_letter(first)) {
    kind = EnglishTokenKind::kWord;
    same = is_letter;
  } else if (is_digit(first)) {
    kind = EnglishTokenKind::kNumber;
    same = is_digit;
  } else if (is_non_ascii(first)) {
    kind = EnglishTokenKind::kNonAscii;
    same = is_non_ascii;
  } else if (is_space(first)) {
    kind = EnglishTokenKind::kSpace;
  }
  std::size_t end = offset + 1;
  if (same != nullptr) {
    while (end < text.size() && same(static_cast<unsigned char>(text[end])))
      ++end;
  }
  return {kind, offset, end, text.substr(offset, end - offset)};
}

std::vector<EnglishToken> english_tokens(std::string_view text) {
  std::vector<EnglishToken> tokens;
  for (std::size_t offset = 0; offset < text.size();) {
    EnglishToken token = english_token_at(text, offset);
    offset = token.end;
    if (!token.is(EnglishTokenKind::kSpace)) tokens.push_back(token);
  }
  return tokens;
}

}  // namespace coopgraph::extract
