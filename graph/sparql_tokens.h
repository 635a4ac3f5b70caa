// Splits a SPARQL query into the tokens that the project's query path reads (to rewrite what
// the engine gets wrong, and to point at a position); strings, IRIs and comments are kept
// whole so that a '/' or '+' inside them is never read as an operator. Not a parser: the
// engine parses the query and reports its own syntax errors.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace coopgraph::graph {

enum class TokenKind { kIri, kPrefixedName, kVariable, kKeyword, kString, kPunctuation, kNumber };

struct Token {
  TokenKind kind;
  std::string_view text;
  std::size_t offset;
  bool space_before;  // whitespace or a comment between this token and the one before
};

std::vector<Token> tokenize(std::string_view text);
std::string upper(std::string_view text);
// The index of the token closing the bracket ('(', '{' or '[') opened at open, or
// tokens.size() when it is not closed.
std::size_t closing_bracket(const std::vector<Token>& tokens, std::size_t open);
// The index of the token opening the bracket closed at close, or tokens.size().
std::size_t opening_bracket(const std::vector<Token>& tokens, std::size_t close);
// The 1-based line and column (in characters) of a byte offset.
std::pair<std::size_t, std::size_t> line_and_column(std::string_view text, std::size_t offset);

}  // namespace coopgraph::graph
