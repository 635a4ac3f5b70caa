#include "graph/query_error_position.h"

#include <re2/re2.h>

#include <sstream>

namespace coopgraph::graph {
namespace {

std::string nth_line(const std::string& text, int line) {
  std::istringstream lines(text);
  std::string current;
  for (int i = 0; i < line && std::getline(lines, current); ++i) {
  }
  return current;
}

}  // namespace

// The engine names the line of a syntax error ("line 3: syntax error at ')'" from Virtuoso,
// "line 3: syntax error, unexpected ..." from Rasqal); the column is where the token it did
// not expect first appears on that line.
QueryErrorPosition locate_query_error(const std::string& message, const std::string& sparql) {
  static const re2::RE2 line_pattern(
      R"(line (\d+): syntax error(?:, unexpected| at) (?:'(.)'|(\S+)))");
  QueryErrorPosition position;
  std::string quoted, word;
  if (!re2::RE2::PartialMatch(message, line_pattern, &position.line, &quoted, &word)) return {};
  const std::string text = nth_line(sparql, position.line);
  if (word == "$end") {  // the query stopped before it was complete
    position.column = static_cast<int>(text.size()) + 1;
    return position;
  }
  const std::size_t column = text.find(quoted.empty() ? word : quoted);
  if (column != std::string::npos) position.column = static_cast<int>(column) + 1;
  return position;
}

std::string with_query_position(const std::string& message, const std::string& sparql) {
  const QueryErrorPosition position = locate_query_error(message, sparql);
  if (position.line == 0 || position.column == 0) return message;
  const std::string text = nth_line(sparql, position.line);
  return "query:" + std::to_string(position.line) + ":" + std::to_string(position.column) + ": " +
         message + "\n  " + text + "\n  " +
         std::string(static_cast<std::size_t>(position.column - 1), ' ') + "^";
}

}  // namespace coopgraph::graph
