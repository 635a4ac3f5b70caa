#include "extract/text/sentences.h"

#include <array>
#include <string_view>

#include "extract/article/text_lines.h"

namespace coopgraph::extract {
namespace {

// Words after which a full stop does not end a sentence.
constexpr std::array<std::string_view, 12> kAbbreviations{"Mr",  "Mrs", "Dr", "No",  "St",  "Co",
                                                          "Ltd", "Jr",  "vs", "etc", "e.g", "i.e"};

constexpr std::array<std::string_view, 3> kChineseEnds{"。", "！", "？"};
constexpr std::array<std::string_view, 6> kChineseClosers{"”", "」", "）", "』", "’", "》"};

bool is_upper_or_digit(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool follows_abbreviation(std::string_view text, std::size_t dot) {
  std::size_t start = dot;
  while (start > 0 &&
         (std::isalpha(static_cast<unsigned char>(text[start - 1])) || text[start - 1] == '.')) {
    --start;
  }
  const std::string_view word = text.substr(start, dot - start);
  for (std::string_view abbreviation : kAbbreviations) {
    if (word == abbreviation) return true;
  }
  return word.size() == 1 && std::isupper(static_cast<unsigned char>(word[0]));  // initials
}

// End offsets (exclusive) of the English sentences in text.
std::vector<std::size_t> english_sentence_ends(std::string_view text) {
  std::vector<std::size_t> ends;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c != '.' && c != '!' && c != '?') continue;
    std::size_t end = i + 1;
    while (end < text.size() && (text[end] == '"' || text[end] == '\'' || text[end] == ')'))
      ++end;
    if (end >= text.size()) break;
    if (text[end] != ' ') continue;
    std::size_t next = end;
    while (next < text.size() && text[next] == ' ')
      ++next;
    if (next >= text.size()) break;
    const char first = text[next];
    if (!is_upper_or_digit(first) && first != '"' && first != '(' && first != '\'') continue;
    if (c == '.' && follows_abbreviation(text, i)) continue;
    ends.push_back(end);
  }
  ends.push_back(text.size());
  return ends;
}

std::vector<std::size_t> chinese_sentence_ends(std::string_view text) {
  std::vector<std::size_t> ends;
  for (std::size_t i = 0; i < text.size();) {
    bool matched = false;
    for (std::string_view end_mark : kChineseEnds) {
      if (text.substr(i).starts_with(end_mark)) {
        std::size_t end = i + end_mark.size();
        for (bool more = true; more;) {
          more = false;
          for (std::string_view closer : kChineseClosers) {
            if (text.substr(end).starts_with(closer)) {
              end += closer.size();
              more = true;
            }
          }
        }
        ends.push_back(end);
        i = end;
        matched = true;
        break;
      }
    }
    if (!matched) ++i;
  }
  if (ends.empty() || ends.back() != text.size()) ends.push_back(text.size());
  return ends;
}

}  // namespace

std::vector<Sentence> split_sentences(const std::vector<Paragraph>& paragraphs, Script script) {
  std::vector<Sentence> sentences;
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    const Paragraph& paragraph = paragraphs[p];
    const std::string_view text = paragraph.text;
    const auto ends =
        script == Script::kLatin ? english_sentence_ends(text) : chinese_sentence_ends(text);
    std::size_t start = 0;
    for (std::size_t end : ends) {
      const std::string_view raw = text.substr(start, end - start);
      const std::size_t lead = leading_blank_bytes(raw);
      const std::string_view sentence = trim_blank(raw);
      if (!sentence.empty()) {
        const std::size_t offset = start + lead;
        sentences.push_back(
            {std::string(sentence),
             p,
             offset,
             {paragraph.file_offset(offset), paragraph.file_offset(offset + sentence.size())},
             paragraph.line_of(offset)});
      }
      start = end;
    }
  }
  return sentences;
}

ByteSpan file_span(const Sentence& sentence, const std::vector<Paragraph>& paragraphs,
                   std::size_t begin, std::size_t end) {
  const Paragraph& paragraph = paragraphs.at(sentence.paragraph);
  return {paragraph.file_offset(sentence.paragraph_offset + begin),
          paragraph.file_offset(sentence.paragraph_offset + end)};
}

}  // namespace coopgraph::extract
