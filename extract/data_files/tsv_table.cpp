#include "extract/data_files/tsv_table.h"

#include <algorithm>
#include <fstream>
#include <memory>
#include <sstream>

#include "extract/article/text_lines.h"
#include "extract/text/utf8.h"

namespace coopgraph::extract {
namespace {

std::string read_text_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw DataFileError(path, 0, "cannot open the data file");
  std::ostringstream text;
  text << in.rdbuf();
  std::string content = text.str();
  if (auto bad = find_invalid_utf8(content)) {
    const std::size_t line =
        1 + static_cast<std::size_t>(std::count(content.begin(), content.begin() + *bad, '\n'));
    throw DataFileError(path, line, "invalid UTF-8");
  }
  return content;
}

std::vector<std::string> split_tabs(std::string_view line) {
  std::vector<std::string> cells;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    cells.emplace_back(trim_blank(line.substr(start, tab - start)));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return cells;
}

bool is_comment_or_blank(std::string_view line) {
  const std::string_view text = trim_blank(line);
  return text.empty() || text.front() == '#';
}

}  // namespace

const std::string& TsvRow::at(std::string_view column) const {
  const auto found = columns_->find(std::string(column));
  if (found == columns_->end()) fail("no column '" + std::string(column) + "'");
  return cells_[found->second];
}

std::vector<std::string> TsvRow::list(std::string_view column) const {
  std::vector<std::string> parts;
  const std::string& cell = at(column);
  std::size_t start = 0;
  while (start <= cell.size()) {
    const std::size_t bar = std::min(cell.find('|', start), cell.size());
    const std::string_view part = trim_blank(std::string_view(cell).substr(start, bar - start));
    if (!part.empty()) parts.emplace_back(part);
    start = bar + 1;
  }
  return parts;
}

bool TsvRow::has_column(std::string_view column) const {
  return columns_->contains(std::string(column));
}

void TsvRow::fail(const std::string& message) const {
  throw DataFileError(*path_, line_, message);
}

TsvTable TsvTable::read(const std::filesystem::path& path,
                        const std::vector<std::string>& required_columns) {
  const std::string content = read_text_file(path);
  TsvTable table;
  table.path_ = std::make_unique<std::filesystem::path>(path);
  table.columns_ = std::make_unique<std::map<std::string, std::size_t>>();
  std::size_t column_count = 0;
  for (const TextLine& line : split_lines(content)) {
    if (is_comment_or_blank(line.text)) continue;
    std::vector<std::string> cells = split_tabs(line.text);
    if (column_count == 0) {
      column_count = cells.size();
      for (std::size_t i = 0; i < cells.size(); ++i)
        (*table.columns_)[cells[i]] = i;
      for (const std::string& column : required_columns) {
        if (!table.columns_->contains(column)) {
          throw DataFileError(path, line.number, "the header lacks the column '" + column + "'");
        }
      }
      continue;
    }
    // Trailing empty cells are often lost by editors; pad them back.
    if (cells.size() < column_count) cells.resize(column_count);
    if (cells.size() > column_count) {
      throw DataFileError(path, line.number,
                          std::to_string(cells.size()) + " cells where the header has " +
                              std::to_string(column_count));
    }
    table.rows_.emplace_back(table.columns_.get(), std::move(cells), table.path_.get(),
                             line.number);
  }
  if (column_count == 0) throw DataFileError(path, 1, "no header row");
  return table;
}

std::vector<std::string> read_word_list(const std::filesystem::path& path) {
  std::vector<std::string> words;
  const std::string content = read_text_file(path);  // the lines point into it
  for (const TextLine& line : split_lines(content)) {
    if (!is_comment_or_blank(line.text)) words.emplace_back(trim_blank(line.text));
  }
  return words;
}

}  // namespace coopgraph::extract
