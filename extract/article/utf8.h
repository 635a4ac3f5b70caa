// Strict UTF-8 validation (RFC 3629: no overlongs, no surrogates, nothing past U+10FFFF),
// so that every later stage may assume well-formed text.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace coopgraph::extract {

// Byte offset of the first byte that does not start a well-formed sequence, if any.
std::optional<std::size_t> find_invalid_utf8(std::string_view bytes);

// Length in bytes of the well-formed sequence starting at bytes[offset], or 0.
std::size_t utf8_sequence_length(std::string_view bytes, std::size_t offset);

}  // namespace coopgraph::extract
