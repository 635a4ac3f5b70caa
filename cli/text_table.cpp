#include "cli/text_table.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace coopgraph::cli {
namespace {

std::size_t code_point_width(UChar32 c) {
  if (c < 0) return 1;  // an invalid sequence is shown as one replacement character
  const auto category = static_cast<UCharCategory>(u_charType(c));
  if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR ||
      c == 0x200B) {
    return 0;
  }
  const auto width = static_cast<UEastAsianWidth>(u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH));
  return width == U_EA_WIDE || width == U_EA_FULLWIDTH ? 2 : 1;
}

// Cells are shown on one line: line breaks and tabs would break the alignment.
std::string one_line(std::string_view text) {
  std::string result(text);
  std::replace_if(
      result.begin(), result.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; },
      ' ');
  return result;
}

void append_cell(std::string& out, const std::string& cell, std::size_t width) {
  out += cell;
  out.append(width - display_width(cell), ' ');
}

}  // namespace

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    width += code_point_width(c);
  }
  return width;
}

std::string render_table(const std::vector<std::string>& headers,
                         const std::vector<std::vector<std::string>>& rows) {
  std::vector<std::vector<std::string>> cells;
  cells.reserve(rows.size() + 1);
  for (const auto& row : rows) {
    std::vector<std::string> line;
    for (const auto& cell : row)
      line.push_back(one_line(cell));
    line.resize(headers.size());
    cells.push_back(std::move(line));
  }
  std::vector<std::size_t> widths;
  for (const auto& header : headers)
    widths.push_back(display_width(header));
  for (const auto& row : cells) {
    for (std::size_t i = 0; i < headers.size(); ++i) {
      widths[i] = std::max(widths[i], display_width(row[i]));
    }
  }
  std::string out;
  auto append_row = [&](const std::vector<std::string>& row) {
    for (std::size_t i = 0; i < headers.size(); ++i) {
      out += i == 0 ? "| " : " | ";
      append_cell(out, row[i], widths[i]);
    }
    out += " |\n";
  };
  auto append_rule = [&] {
    for (std::size_t i = 0; i < headers.size(); ++i) {
      out += i == 0 ? "|-" : "-|-";
      out.append(widths[i], '-');
    }
    out += "-|\n";
  };
  append_row(headers);
  append_rule();
  for (const auto& row : cells)
    append_row(row);
  return out;
}

}  // namespace coopgraph::cli
