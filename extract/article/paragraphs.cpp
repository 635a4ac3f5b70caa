#include "extract/article/paragraphs.h"

#include <algorithm>
#include <array>
#include <string>

namespace coopgraph::extract {
namespace {

constexpr std::size_t kMaxBylineBytes = 300;

struct BracketPair {
  std::string_view open;
  std::string_view close;
};
constexpr std::array<BracketPair, 2> kBylineBrackets{
    {{"(", ")"}, {"\xEF\xBC\x88", "\xEF\xBC\x89"}}};

// Sentence ends after which a bracketed group is a byline, not part of the sentence.
constexpr std::array<std::string_view, 9> kSentenceEnds{".",
                                                        "!",
                                                        "?",
                                                        "\"",
                                                        "\xE3\x80\x82" /*。*/,
                                                        "\xEF\xBC\x81" /*！*/,
                                                        "\xEF\xBC\x9F" /*？*/,
                                                        "\xE2\x80\x9D" /*”*/,
                                                        "\xE3\x80\x8D" /*」*/};

bool starts_paragraph(const TextLine& line, bool previous_blank) {
  return previous_blank || leading_blank_bytes(line.text) > 0;
}

// Headline parts are separated by two or more blanks (ASCII or ideographic).
std::vector<std::string_view> headline_parts(std::string_view title) {
  std::vector<std::string_view> parts{title};
  std::size_t start = 0;
  for (std::size_t i = 0; i < title.size();) {
    const std::size_t gap = leading_blank_bytes(title.substr(i));
    const bool wide = gap >= 2 || title.substr(i).starts_with("\xE3\x80\x80");
    if (gap > 0 && wide) {
      parts.push_back(trim_blank(title.substr(start, i - start)));
      start = i + gap;
      i += gap;
    } else {
      i += gap > 0 ? gap : 1;
    }
  }
  if (start > 0) parts.push_back(trim_blank(title.substr(start)));
  return parts;
}

bool ends_sentence(std::string_view text) {
  text = trim_blank(text);
  return std::any_of(kSentenceEnds.begin(), kSentenceEnds.end(),
                     [&](std::string_view end) { return text.ends_with(end); });
}

const TextSegment& segment_of(const std::vector<TextSegment>& segments, std::size_t text_offset) {
  auto after = std::upper_bound(
      segments.begin(), segments.end(), text_offset,
      [](std::size_t offset, const TextSegment& segment) { return offset < segment.text_offset; });
  return after == segments.begin() ? segments.front() : *(after - 1);
}

}  // namespace

std::size_t Paragraph::file_offset(std::size_t text_offset) const {
  if (segments.empty()) return span.begin + text_offset;
  const TextSegment& segment = segment_of(segments, text_offset);
  return segment.file_offset + (text_offset - segment.text_offset);
}

std::size_t Paragraph::line_of(std::size_t text_offset) const {
  if (segments.empty()) return line;
  const auto index = static_cast<std::size_t>(&segment_of(segments, text_offset) - segments.data());
  return line + index;
}

std::vector<Paragraph> split_paragraphs(std::span<const TextLine> lines, Script script) {
  std::vector<Paragraph> paragraphs;
  bool previous_blank = true;
  for (const TextLine& line : lines) {
    if (is_blank(line.text)) {
      previous_blank = true;
      continue;
    }
    const TextLine content = trimmed(line);
    if (paragraphs.empty() || starts_paragraph(line, previous_blank)) {
      paragraphs.push_back({std::string(content.text),
                            {content.offset, content.offset + content.text.size()},
                            line.number,
                            {{0, content.offset}}});
    } else {
      Paragraph& paragraph = paragraphs.back();
      if (script == Script::kLatin) paragraph.text += ' ';
      paragraph.segments.push_back({paragraph.text.size(), content.offset});
      paragraph.text += content.text;
      paragraph.span.end = content.offset + content.text.size();
    }
    previous_blank = false;
  }
  return paragraphs;
}

void drop_repeated_headline(std::vector<Paragraph>& paragraphs, std::string_view title) {
  const std::string_view headline = trim_blank(title);
  if (headline.empty()) return;
  const auto parts = headline_parts(headline);
  auto first_kept = paragraphs.begin();
  while (first_kept != paragraphs.end() &&
         std::find(parts.begin(), parts.end(), trim_blank(first_kept->text)) != parts.end()) {
    ++first_kept;
  }
  paragraphs.erase(paragraphs.begin(), first_kept);
}

std::optional<Byline> take_closing_byline(std::vector<Paragraph>& paragraphs) {
  if (paragraphs.empty()) return std::nullopt;
  Paragraph& last = paragraphs.back();
  const std::string_view text = last.text;
  for (const BracketPair& brackets : kBylineBrackets) {
    if (!text.ends_with(brackets.close)) continue;
    const std::size_t open = text.rfind(brackets.open);
    if (open == std::string_view::npos) continue;
    const std::size_t inner_begin = open + brackets.open.size();
    const std::size_t inner_end = text.size() - brackets.close.size();
    if (inner_end <= inner_begin || inner_end - inner_begin > kMaxBylineBytes) continue;
    const std::string_view before = text.substr(0, open);
    if (!is_blank(before) && !ends_sentence(before)) continue;

    // The paragraph's text and its span agree byte for byte only on a one-line paragraph;
    // otherwise the byline is located from the end of the span, where it sits in the file.
    const std::size_t from_end = text.size() - inner_begin;
    Byline byline{std::string(trim_blank(text.substr(inner_begin, inner_end - inner_begin))),
                  {last.span.end - from_end, last.span.end - brackets.close.size()},
                  last.line};
    if (is_blank(before)) {
      paragraphs.pop_back();
    } else {
      const std::string_view kept = trim_blank(before);
      last.span.end -= text.size() - kept.size();
      last.text.resize(kept.size());
      // The lines that held only the byline are no longer part of the paragraph; a segment
      // left behind would start past the text's end and give its end the byline's line.
      while (last.segments.size() > 1 && last.segments.back().text_offset >= kept.size()) {
        last.segments.pop_back();
      }
    }
    return byline;
  }
  return std::nullopt;
}

}  // namespace coopgraph::extract
