// The parsed form of one corpus file: header, English translation, Chinese original.
// Plain values only; every piece of text keeps the byte span it came from so that
// later facts can point back into the file.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "extract/article/calendar_date.h"

namespace coopgraph::extract {

// Half-open byte range [begin, end) into the file as stored on disk (into its UTF-8
// conversion when the file was GB18030, see TextEncoding).
struct ByteSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool operator==(const ByteSpan&) const = default;
};

// Where one line of a paragraph starts, in the paragraph's text and in the file.
struct TextSegment {
  std::size_t text_offset = 0;
  std::size_t file_offset = 0;
};

struct Paragraph {
  // Lines of one paragraph joined: with a space in English, with nothing in Chinese,
  // since a line break inside Chinese text is not a word boundary.
  std::string text;
  ByteSpan span;
  std::size_t line = 0;               // 1-based line of the paragraph's first line
  std::vector<TextSegment> segments;  // one per line, in order

  // The file offset of a byte of text (or of its end).
  std::size_t file_offset(std::size_t text_offset) const;
  // The line a byte of text is on.
  std::size_t line_of(std::size_t text_offset) const;
};

// A closing byline in brackets, such as "(Wang Deming)" or "（本报河南记者站）".
struct Byline {
  std::string text;  // without the brackets
  ByteSpan span;     // of the text inside the brackets
  std::size_t line = 0;
};

// One language's version of the article.
struct ArticleText {
  std::string title;
  std::string author;
  std::vector<Paragraph> paragraphs;
  std::optional<Byline> source;
};

// What the original's header block says besides its title and author.
struct OriginalMetadata {
  std::optional<CalendarDate> date;
  std::optional<int> page;
  std::string page_section;  // the text in the brackets of "第2版(...)", mostly empty
  std::string column;        // the text after "专栏：", mostly empty
};

struct ArticleWarning {
  std::size_t line = 0;
  std::string message;
};

// What the file's bytes were read as. Every byte offset and span of an Article refers to
// the UTF-8 text: the file itself, or for kGb18030 the file converted to UTF-8.
enum class TextEncoding : std::uint8_t { kUtf8, kGb18030 };

// Where an undated article's places are placed: the gazetteer's hierarchy in the middle of
// the period the corpus covers (1949-1959).
constexpr CalendarDate kUndatedReference{1954, 6, 30};

struct Article {
  std::filesystem::path path;
  TextEncoding encoding = TextEncoding::kUtf8;
  CalendarDate date;
  // False when the header gives no date (a periodical excerpt): `date` is then only the day
  // places are placed on (kUndatedReference), periods relative to the article (去年, "this
  // year") stay unresolved, facts carry no period unless the text dates them, and money is
  // not converted to new yuan.
  bool dated = true;
  std::optional<int> page;
  ArticleText english;                  // empty title and no paragraphs when untranslated
  std::optional<ArticleText> original;  // absent when the file has no "Original:" part
  OriginalMetadata original_metadata;
  std::vector<ArticleWarning> warnings;

  bool has_english_text() const { return !english.title.empty() || !english.paragraphs.empty(); }
  bool has_original_text() const { return original.has_value(); }
};

}  // namespace coopgraph::extract
