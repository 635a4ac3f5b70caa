// The one error an article can have: what is wrong, in which file, on which line.
#pragma once

#include <cstddef>
#include <filesystem>
#include <stdexcept>
#include <string>

namespace coopgraph::extract {

class ArticleError : public std::runtime_error {
 public:
  ArticleError(std::filesystem::path path, std::size_t line, const std::string& message)
      : std::runtime_error(path.string() + ":" + std::to_string(line) + ": " + message),
        path_(std::move(path)),
        line_(line),
        message_(message) {}

  const std::filesystem::path& path() const { return path_; }
  std::size_t line() const { return line_; }
  const std::string& message() const { return message_; }

 private:
  std::filesystem::path path_;
  std::size_t line_;
  std::string message_;
};

}  // namespace coopgraph::extract
