// Bytes -> one article file. Whatever the bytes, the reader returns an Article or throws one
// ArticleError naming the file and a line that exists; every span it keeps lies in the text.
#include <cstdint>
#include <string>

#include "extract/article/article_reader.h"
#include "extract/article/text_encoding.h"
#include "fuzz/fuzz_check.h"

namespace {

using coopgraph::fuzz::check;

void check_text(const coopgraph::extract::ArticleText& text, std::size_t size) {
  for (const auto& paragraph : text.paragraphs) {
    check(paragraph.span.begin <= paragraph.span.end, "paragraph span is ordered");
    check(paragraph.span.end <= size, "paragraph span lies in the input");
    check(paragraph.line >= 1, "paragraph line is 1-based");
    for (const auto& segment : paragraph.segments) {
      check(segment.text_offset <= paragraph.text.size(), "segment offset in paragraph");
      check(segment.file_offset <= size, "segment offset in the input");
    }
  }
  if (text.source) check(text.source->span.end <= size, "byline span lies in the input");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes = coopgraph::fuzz::as_text(data, size);
  const std::filesystem::path path = "fuzz-input.txt";
  try {
    const auto article = coopgraph::extract::parse_article(bytes, path);
    // Offsets refer to the UTF-8 text: the input itself unless it was converted.
    std::size_t size_read = size;
    if (article.encoding == coopgraph::extract::TextEncoding::kGb18030) {
      const auto converted = coopgraph::extract::convert_gb18030_text(bytes);
      check(converted.has_value(), "a GB18030 article converts again");
      size_read = converted->size();
    }
    check_text(article.english, size_read);
    if (article.original) check_text(*article.original, size_read);
  } catch (const coopgraph::extract::ArticleError& error) {
    check(error.path() == path, "the error names the file");
    check(!error.message().empty(), "the error says what is wrong");
    // Line 1 for an empty file, else a line that exists: at most one more than the line ends.
    std::size_t line_ends = 0;
    for (char c : bytes)
      line_ends += c == '\n' || c == '\r' ? 1 : 0;
    check(error.line() >= 1 && error.line() <= line_ends + 1, "the error line exists");
  }
  return 0;
}
