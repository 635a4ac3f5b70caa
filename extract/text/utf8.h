// The one UTF-8 decoder of the extractors: strict (RFC 3629: no overlongs, no surrogates,
// nothing past U+10FFFF), so that validation, scanning and counting agree on what a character
// is. A byte that does not start a well-formed sequence is always one invalid character of one
// byte, read as U+FFFD: scanning always advances and never reads past the end, and a real
// U+FFFD in the text (three bytes, valid) is told apart from a broken byte by `valid`.
#pragma once

#include <cstddef>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace coopgraph::extract {

inline constexpr char32_t kReplacementCharacter = 0xFFFD;

struct Utf8Char {
  char32_t value = 0;
  std::size_t length = 0;  // bytes; 0 only at or past the end of the text
  bool valid = false;
};

// The character starting at bytes[offset]: {0, 0, false} at or past the end, and
// {U+FFFD, 1, false} where the bytes are not well-formed.
Utf8Char decode_utf8(std::string_view bytes, std::size_t offset);

// The well-formed character that ends exactly at offset, or {0, 0, false} when there is none
// (the start of the text, or a broken byte just before offset).
Utf8Char decode_utf8_before(std::string_view bytes, std::size_t offset);

// Length in bytes of the well-formed sequence starting at bytes[offset], or 0.
std::size_t utf8_sequence_length(std::string_view bytes, std::size_t offset);

// Byte offset of the first byte that does not start a well-formed sequence, if any.
std::optional<std::size_t> find_invalid_utf8(std::string_view bytes);

inline bool is_valid_utf8(std::string_view bytes) {
  return !find_invalid_utf8(bytes);
}

// Appends the UTF-8 bytes of a code point; false (nothing appended) for a surrogate or a value
// past U+10FFFF, which no well-formed text holds.
bool append_utf8(std::string& out, char32_t code_point);

// Characters in the text, each invalid byte counting as one: the unit of every distance the
// extractors measure ("within three characters"), whatever the script.
std::size_t char_count(std::string_view text);

// Characters from byte offset begin up to end; 0 when end is not after begin.
std::size_t chars_between(std::string_view text, std::size_t begin, std::size_t end);

// Whether offset is where a character starts, not inside one (a continuation byte); true at
// the end.
inline bool starts_char(std::string_view text, std::size_t offset) {
  return offset >= text.size() || (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80;
}

// Offset of the character before offset (0 at the start), stepping back over continuation
// bytes only, as a scanner moving left needs.
std::size_t previous_char(std::string_view text, std::size_t offset);

// One character of a text with where it lies.
struct CharAt {
  char32_t value = 0;
  std::size_t begin = 0;  // bytes
  std::size_t end = 0;
  bool valid = false;
};

// The characters of a text in order, for range-for:
//   for (const CharAt c : Utf8Chars(text)) ...
class Utf8Chars {
 public:
  class iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = CharAt;
    using difference_type = std::ptrdiff_t;
    using pointer = const CharAt*;
    using reference = CharAt;

    iterator() = default;
    iterator(std::string_view text, std::size_t offset) : text_(text), offset_(offset) {}

    CharAt operator*() const {
      const Utf8Char c = decode_utf8(text_, offset_);
      return {c.value, offset_, offset_ + c.length, c.valid};
    }
    iterator& operator++() {
      offset_ += decode_utf8(text_, offset_).length;
      return *this;
    }
    iterator operator++(int) {
      iterator before = *this;
      ++*this;
      return before;
    }
    bool operator==(const iterator& other) const { return offset_ == other.offset_; }

   private:
    std::string_view text_;
    std::size_t offset_ = 0;
  };

  explicit Utf8Chars(std::string_view text) : text_(text) {}
  iterator begin() const { return {text_, 0}; }
  iterator end() const { return {text_, text_.size()}; }

 private:
  std::string_view text_;
};

// All the characters of a text, for scanners that look ahead and behind by index.
std::vector<CharAt> decode_all(std::string_view text);

}  // namespace coopgraph::extract
