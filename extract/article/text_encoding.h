// Reads article bytes that are not UTF-8 but GB18030 (which includes GBK and GB2312), the
// encoding Chinese text from the period's digitisations often comes in. Only this one legacy
// encoding is tried: guessing among many would turn a corrupt UTF-8 file into plausible
// garbage instead of an error.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace coopgraph::extract {

// The bytes converted to UTF-8 when they are a GB18030 text and not a UTF-8 text with a few
// broken bytes; nothing otherwise. "GB18030 text" means: every byte sequence is valid
// GB18030 (no replacement is ever made), and the bytes that are invalid as UTF-8 number at
// least kMinimumInvalidUtf8 and more than the well-formed multi-byte UTF-8 sequences. A
// UTF-8 article cut inside a character, or with one stray byte, stays a UTF-8 error at that
// byte; a GBK article has hundreds of Chinese characters, nearly all invalid as UTF-8.
std::optional<std::string> convert_gb18030_text(std::string_view bytes);

inline constexpr std::size_t kMinimumInvalidUtf8 = 4;

}  // namespace coopgraph::extract
