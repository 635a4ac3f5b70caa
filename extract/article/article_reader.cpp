#include "extract/article/article_reader.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <map>
#include <sstream>

#include "extract/article/original_section.h"
#include "extract/article/paragraphs.h"
#include "extract/article/text_encoding.h"
#include "extract/article/text_lines.h"
#include "extract/text/utf8.h"

namespace coopgraph::extract {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
constexpr std::array<std::string_view, 4> kHeaderKeys{"Title", "Author", "Date", "Page"};

struct HeaderField {
  std::string value;
  std::size_t line = 0;
};

// Line and byte column (both 1-based) of a byte, counting line ends as split_lines does:
// LF, CRLF and a lone CR, so that errors in files with CR line ends name the right line.
struct Position {
  std::size_t line = 1;
  std::size_t column = 1;
};

Position position_of_offset(std::string_view content, std::size_t offset) {
  Position position;
  for (std::size_t i = 0; i < offset && i < content.size(); ++i) {
    const bool crlf = content[i] == '\r' && i + 1 < content.size() && content[i + 1] == '\n';
    if (content[i] == '\n' || (content[i] == '\r' && !crlf)) {
      ++position.line;
      position.column = 1;
    } else {
      ++position.column;
    }
  }
  return position;
}

void reject_binary_data(std::string_view content, const std::filesystem::path& path) {
  if (content.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    throw ArticleError(path, 1, "empty file");
  }
  if (const std::size_t nul = content.find('\0'); nul != std::string_view::npos) {
    throw ArticleError(path, position_of_offset(content, nul).line,
                       "binary data (a NUL byte at byte offset " + std::to_string(nul) +
                           "); articles are UTF-8 text");
  }
}

// Bounds the work of every later stage (sentence splitting and the extractors run over
// whole paragraphs): no real article has a line near this long.
void reject_overlong_lines(const std::vector<TextLine>& lines, const std::filesystem::path& path) {
  for (const TextLine& line : lines) {
    if (line.text.size() > kMaxLineBytes) {
      throw ArticleError(path, line.number,
                         "line is " + std::to_string(line.text.size()) +
                             " bytes long; an article line is at most " +
                             std::to_string(kMaxLineBytes) + " bytes");
    }
  }
}

[[noreturn]] void throw_invalid_utf8(std::string_view content, std::size_t bad,
                                     const std::filesystem::path& path) {
  const Position position = position_of_offset(content, bad);
  throw ArticleError(path, position.line,
                     "invalid UTF-8 at column " + std::to_string(position.column) +
                         " (byte offset " + std::to_string(bad) +
                         "), and not a GB18030 text either");
}

bool is_rule_line(std::string_view text) {
  static const re2::RE2 rule(R"(^<hr\s*/?>$)");
  return re2::RE2::FullMatch(trim_blank(text), rule);
}

bool is_original_marker(std::string_view text) {
  return trim_blank(text) == "Original:";
}

// Returns the key when the line is a header line such as "Title: ...".
std::optional<std::string_view> header_key(std::string_view text) {
  for (std::string_view key : kHeaderKeys) {
    if (text.starts_with(key) && text.substr(key.size()).starts_with(":")) return key;
  }
  return std::nullopt;
}

int parse_page(const HeaderField& field, const std::filesystem::path& path) {
  static const re2::RE2 number(R"(^\d{1,4}$)");
  if (!re2::RE2::FullMatch(field.value, number) || std::stoi(field.value) == 0) {
    throw ArticleError(path, field.line,
                       "Page '" + field.value + "' is not a page number (expected 1 to 9999)");
  }
  return std::stoi(field.value);
}

Article parse_utf8_article(std::string_view content, const std::filesystem::path& path) {
  std::size_t base_offset = 0;
  if (content.starts_with(kByteOrderMark)) base_offset = kByteOrderMark.size();
  const std::vector<TextLine> lines = split_lines(content.substr(base_offset), base_offset);
  reject_overlong_lines(lines, path);

  std::map<std::string_view, HeaderField> header;
  std::size_t index = 0;
  for (; index < lines.size(); ++index) {
    const TextLine& line = lines[index];
    if (is_blank(line.text)) continue;
    const std::string_view text = trim_blank(line.text);
    const auto key = header_key(text);
    if (!key) break;
    if (header.contains(*key)) {
      throw ArticleError(path, line.number,
                         "duplicate '" + std::string(*key) + ":' header (first on line " +
                             std::to_string(header[*key].line) + ")");
    }
    header[*key] = {std::string(trim_blank(text.substr(key->size() + 1))), line.number};
  }
  const std::size_t first_body_line = index < lines.size() ? lines[index].number : 1;
  if (header.empty()) {
    throw ArticleError(path, first_body_line,
                       "missing 'Title:' header (an article starts with Title:, Author:, Date: "
                       "and Page: lines)");
  }

  // Missing metadata is common in real files (a periodical excerpt has no date, a
  // translation no page): the article is read, with a warning, and its facts stay undated.
  Article article;
  article.path = path;
  if (!header.contains("Title")) {
    article.warnings.push_back({first_body_line, "no 'Title:' header: the article has no title"});
  }
  const HeaderField date = header.contains("Date") ? header["Date"] : HeaderField{"", 0};
  if (date.value.empty()) {
    article.warnings.push_back(
        {date.line != 0 ? date.line : first_body_line,
         "no date: the article is read undated (its facts carry no period unless the text "
         "dates them; 'last year' and the like stay unresolved)"});
    article.dated = false;
    article.date = kUndatedReference;
  } else {
    auto parsed_date = parse_iso_date(date.value);
    if (!parsed_date) {
      throw ArticleError(path, date.line,
                         "Date '" + date.value + "' is not a valid date (expected YYYY-MM-DD)");
    }
    article.date = *parsed_date;
  }
  if (header.contains("Page")) {
    if (header["Page"].value.empty()) {
      article.warnings.push_back({header["Page"].line, "no page number"});
    } else {
      article.page = parse_page(header["Page"], path);
    }
  }
  // header["Title"] would insert an empty field on line 0, which later errors would cite.
  if (header.contains("Title")) article.english.title = header["Title"].value;
  if (header.contains("Author")) article.english.author = header["Author"].value;

  const auto rule = std::find_if(lines.begin() + static_cast<std::ptrdiff_t>(index), lines.end(),
                                 [](const TextLine& line) { return is_rule_line(line.text); });
  const std::span<const TextLine> english_lines(lines.begin() + static_cast<std::ptrdiff_t>(index),
                                                rule);
  article.english.paragraphs = split_paragraphs(english_lines, Script::kLatin);
  drop_repeated_headline(article.english.paragraphs, article.english.title);
  article.english.source = take_closing_byline(article.english.paragraphs);

  if (rule != lines.end()) {
    auto marker = std::find_if(rule + 1, lines.end(),
                               [](const TextLine& line) { return !is_blank(line.text); });
    if (marker == lines.end() || !is_original_marker(marker->text)) {
      const std::size_t line = marker == lines.end() ? rule->number : marker->number;
      throw ArticleError(path, line, "expected 'Original:' after '<hr />'");
    }
    OriginalSection original = parse_original_section(
        std::span<const TextLine>(marker + 1, lines.end()), marker->number, path);
    article.original = std::move(original.text);
    article.original_metadata = original.metadata;
    const auto& metadata = article.original_metadata;
    if (metadata.date && !article.dated) {
      article.date = *metadata.date;  // the original's own header dates it
      article.dated = true;
    } else if (metadata.date && *metadata.date != article.date) {
      article.warnings.push_back({date.line, "the original is dated " + metadata.date->iso() +
                                                 ", the header " + article.date.iso()});
    }
    if (metadata.page && article.page && *metadata.page != *article.page) {
      article.warnings.push_back(
          {header["Page"].line, "the original is on page " + std::to_string(*metadata.page) +
                                    ", the header says " + std::to_string(*article.page)});
    }
    if (!article.page) article.page = metadata.page;
  }

  if (!article.has_english_text() && !article.has_original_text()) {
    throw ArticleError(path, header.contains("Title") ? header["Title"].line : first_body_line,
                       "no text: the title is empty and there is neither an English body nor "
                       "an original");
  }
  if (article.english.title.empty() && !article.english.paragraphs.empty()) {
    article.warnings.push_back({header.contains("Title") ? header["Title"].line : first_body_line,
                                "English text without a title"});
  }
  return article;
}

}  // namespace

Article parse_article(std::string_view content, const std::filesystem::path& path) {
  reject_binary_data(content, path);
  if (const auto bad = find_invalid_utf8(content)) {
    const std::optional<std::string> converted = convert_gb18030_text(content);
    if (!converted) throw_invalid_utf8(content, *bad, path);
    Article article = parse_utf8_article(*converted, path);
    article.encoding = TextEncoding::kGb18030;
    article.warnings.insert(article.warnings.begin(),
                            {1,
                             "read as GB18030, converted to UTF-8 (byte offsets refer to the "
                             "converted text)"});
    return article;
  }
  return parse_utf8_article(content, path);
}

Article read_article(const std::filesystem::path& path) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) {
    throw ArticleError(path, 0, "is a directory, not an article file");
  }
  const auto size = std::filesystem::file_size(path, error);
  if (!error && size > kMaxArticleBytes) {
    throw ArticleError(path, 0,
                       "the file is " + std::to_string(size) +
                           " bytes; an article file is at most " +
                           std::to_string(kMaxArticleBytes) + " bytes");
  }
  std::ifstream stream(path, std::ios::binary);
  if (!stream) throw ArticleError(path, 0, "cannot open the file for reading");
  std::ostringstream buffer;
  buffer << stream.rdbuf();
  if (stream.bad()) throw ArticleError(path, 0, "read error");
  return parse_article(buffer.view(), path);
}

ArticleOrError try_read_article(const std::filesystem::path& path) {
  try {
    return read_article(path);
  } catch (ArticleError& error) {
    return std::move(error);
  }
}

}  // namespace coopgraph::extract
