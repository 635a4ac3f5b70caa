// The one English tokenizer of the extractors. It cuts a sentence of the English translation
// into runs of one kind; each finder builds what it needs from them (a number finder reads
// "12,000.5" across a comma and a point, an entity finder joins "Tung-kuan" across a hyphen,
// the period finder reads "5th" as an ordinal).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace coopgraph::extract {

enum class EnglishTokenKind : std::uint8_t {
  kSpace,     // one of space, tab, newline, carriage return, form feed, vertical tab
  kWord,      // a run of ASCII letters
  kNumber,    // a run of ASCII digits
  kNonAscii,  // a run of bytes past ASCII: curly quotes, dashes, Chinese or broken bytes,
              // kept whole so that no word spans them
  kSymbol,    // any other single byte: punctuation, and control characters
};

struct EnglishToken {
  EnglishTokenKind kind = EnglishTokenKind::kSpace;
  std::size_t begin = 0;  // bytes
  std::size_t end = 0;
  std::string_view text;

  bool is(EnglishTokenKind k) const { return kind == k; }
  bool is_symbol(char c) const { return kind == EnglishTokenKind::kSymbol && text[0] == c; }
  // Words: whether the first letter is upper-case.
  bool capitalized() const {
    return kind == EnglishTokenKind::kWord && text[0] >= 'A' && text[0] <= 'Z';
  }
  std::string lower() const;
};

// The token that starts at offset, which must be inside the text.
EnglishToken english_token_at(std::string_view text, std::size_t offset);

// Every token of the text in order, white space left out.
std::vector<EnglishToken> english_tokens(std::string_view text);

}  // namespace coopgraph::extract
