// Bytes -> the Chinese number scanner, with the project's own list of non-number words:
// never throws, and every mention is an ordered span of the text whose bytes it carries.
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "extract/numbers/chinese_numbers.h"
#include "extract/resources.h"
#include "fuzz/fuzz_check.h"

namespace {

const coopgraph::extract::ChineseNumberScanner& scanner() {
  // Built once for the whole run: reading the word list on every input would dominate.
  static const coopgraph::extract::ChineseNumberScanner instance = [] {
    const auto path = coopgraph::extract::default_data_dir() / "cues" / "zh_non_numbers.txt";
    auto loaded = coopgraph::extract::ChineseNumberScanner::from_file(path.string());
    if (!loaded) {
      std::fprintf(stderr, "cannot read %s\n", path.c_str());
      std::abort();
    }
    return std::move(*loaded);
  }();
  return instance;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using coopgraph::fuzz::check;
  const std::string_view text = coopgraph::fuzz::as_text(data, size);
  std::size_t previous_end = 0;
  for (const auto& mention : coopgraph::extract::find_chinese_numbers(text, scanner())) {
    check(mention.begin < mention.end && mention.end <= text.size(), "span inside the text");
    check(mention.begin >= previous_end, "mentions in order without overlap");
    check(mention.text == text.substr(mention.begin, mention.end - mention.begin),
          "text is the bytes of the span");
    previous_end = mention.end;
  }
  return 0;
}
