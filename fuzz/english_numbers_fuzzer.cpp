// Bytes -> the English number finder: never throws, and every mention is an ordered span of
// the text whose bytes it carries, in text order without overlap.
#include <cstdint>

#include "extract/numbers/english_numbers.h"
#include "fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using coopgraph::fuzz::check;
  const std::string_view text = coopgraph::fuzz::as_text(data, size);
  std::size_t previous_end = 0;
  for (const auto& mention : coopgraph::extract::find_english_numbers(text)) {
    check(mention.begin < mention.end && mention.end <= text.size(), "span inside the text");
    check(mention.begin >= previous_end, "mentions in order without overlap");
    check(mention.text == text.substr(mention.begin, mention.end - mention.begin),
          "text is the bytes of the span");
    check(!mention.overflow || !mention.high, "an overflow has no range");
    previous_end = mention.end;
  }
  return 0;
}
