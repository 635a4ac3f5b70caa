#include "extract/article/original_section.h"

#include <re2/re2.h>

#include "extract/article/article_error.h"
#include "extract/article/paragraphs.h"

namespace coopgraph::extract {
namespace {

struct MetadataPatterns {
  re2::RE2 date{R"(^(\d{4}-\d{2}-\d{2})$)"};
  re2::RE2 page{R"(^第(\d{1,4})版(?:[(（](.*)[)）])?$)"};
  re2::RE2 column{R"(^专栏[：:](.*)$)"};
};

const MetadataPatterns& patterns() {
  static const MetadataPatterns compiled;  // immutable after construction
  return compiled;
}

}  // namespace

OriginalSection parse_original_section(std::span<const TextLine> lines, std::size_t marker_line,
                                       const std::filesystem::path& path) {
  std::size_t index = 0;
  while (index < lines.size() && is_blank(lines[index].text))
    ++index;
  if (index == lines.size()) {
    // At the file's end: the last line there is, which is the marker's when nothing follows.
    const std::size_t line = lines.empty() ? marker_line : lines.back().number;
    throw ArticleError(path, line, "'Original:' is not followed by a '### ' headline");
  }
  const TextLine headline = trimmed(lines[index]);
  if (!headline.text.starts_with("###")) {
    throw ArticleError(path, headline.number,
                       "expected the original's headline as '### <title>' after 'Original:'");
  }
  OriginalSection section;
  section.text.title = std::string(trim_blank(headline.text.substr(3)));
  ++index;

  // The header block ends at the first indented line, which starts the body; the author
  // line is the one non-blank line before the date (blank when the article has none).
  bool seen_date = false;
  bool seen_column = false;
  for (; index < lines.size() && !seen_column; ++index) {
    const TextLine& raw = lines[index];
    if (leading_blank_bytes(raw.text) > 0 && !is_blank(raw.text)) break;
    const std::string_view text = trim_blank(raw.text);
    if (text.empty()) continue;
    std::string date_text, page_number, page_section, column;
    if (re2::RE2::FullMatch(text, patterns().date, &date_text)) {
      auto date = parse_iso_date(date_text);
      if (!date) throw ArticleError(path, raw.number, "'" + date_text + "' is not a valid date");
      section.metadata.date = date;
      seen_date = true;
    } else if (re2::RE2::FullMatch(text, patterns().page, &page_number, &page_section)) {
      section.metadata.page = std::stoi(page_number);
      section.metadata.page_section = std::string(trim_blank(page_section));
    } else if (re2::RE2::FullMatch(text, patterns().column, &column)) {
      section.metadata.column = std::string(trim_blank(column));
      seen_column = true;
    } else if (!seen_date && section.text.author.empty()) {
      section.text.author = std::string(text);
    } else {
      throw ArticleError(path, raw.number,
                         "unexpected line in the original's header: '" + std::string(text) + "'");
    }
  }

  section.text.paragraphs = split_paragraphs(lines.subspan(index), Script::kHan);
  drop_repeated_headline(section.text.paragraphs, section.text.title);
  section.text.source = take_closing_byline(section.text.paragraphs);
  return section;
}

}  // namespace coopgraph::extract
