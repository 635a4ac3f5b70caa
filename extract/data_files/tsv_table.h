// Reads the tab-separated data files that hold gazetteers and vocabularies: '#' comment
// lines, a header row naming the columns, then one record per line. Errors name the file
// and line, so that a historian who edits a file can find the mistake.
#pragma once

#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace coopgraph::extract {

class DataFileError : public std::runtime_error {
 public:
  DataFileError(const std::filesystem::path& path, std::size_t line, const std::string& message)
      : std::runtime_error(path.string() + ":" + std::to_string(line) + ": " + message) {}
};

class TsvRow {
 public:
  TsvRow(const std::map<std::string, std::size_t>* columns, std::vector<std::string> cells,
         const std::filesystem::path* path, std::size_t line)
      : columns_(columns), cells_(std::move(cells)), path_(path), line_(line) {}

  // The cell of a column the header must have; throws DataFileError otherwise.
  const std::string& at(std::string_view column) const;
  // The cell split on '|', without empty parts.
  std::vector<std::string> list(std::string_view column) const;
  bool has_column(std::string_view column) const;
  std::size_t line() const { return line_; }
  [[noreturn]] void fail(const std::string& message) const;

 private:
  const std::map<std::string, std::size_t>* columns_;
  std::vector<std::string> cells_;
  const std::filesystem::path* path_;
  std::size_t line_;
};

class TsvTable {
 public:
  // Throws DataFileError for a missing file, invalid UTF-8, a missing required column or a
  // row whose cell count differs from the header's.
  static TsvTable read(const std::filesystem::path& path,
                       const std::vector<std::string>& required_columns);

  const std::vector<TsvRow>& rows() const { return rows_; }
  const std::filesystem::path& path() const { return *path_; }

  TsvTable(TsvTable&&) = default;
  TsvTable& operator=(TsvTable&&) = default;

 private:
  TsvTable() = default;
  // Held by pointer so that rows can refer to them after the table moves.
  std::unique_ptr<std::filesystem::path> path_;
  std::unique_ptr<std::map<std::string, std::size_t>> columns_;
  std::vector<TsvRow> rows_;
};

// Reads a list file: one entry per line, '#' comments and blank lines ignored.
std::vector<std::string> read_word_list(const std::filesystem::path& path);

}  // namespace coopgraph::extract
