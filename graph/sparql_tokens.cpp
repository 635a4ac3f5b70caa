#include "graph/sparql_tokens.h"

#include <algorithm>
#include <cctype>

namespace coopgraph::graph {

namespace {

bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' ||
         static_cast<unsigned char>(c) >= 0x80;
}

}  // namespace

std::string upper(std::string_view text) {
  std::string result(text);
  for (char& c : result)
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return result;
}

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  bool space = true;
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = true;
      ++i;
      continue;
    }
    if (c == '#') {
      while (i < text.size() && text[i] != '\n')
        ++i;
      space = true;
      continue;
    }
    const std::size_t start = i;
    TokenKind kind = TokenKind::kPunctuation;
    if (c == '<' && text.find('>', i) != std::string_view::npos &&
        text.substr(i, text.find('>', i) - i).find_first_of(" \t\n") == std::string_view::npos) {
      i = text.find('>', i) + 1;
      kind = TokenKind::kIri;
    } else if (c == '"' || c == '\'') {
      const bool triple = text.substr(i, 3) == std::string(3, c);
      const std::string_view close = triple ? text.substr(i, 3) : text.substr(i, 1);
      i += close.size();
      while (i < text.size() && text.substr(i, close.size()) != close)
        i += text[i] == '\\' ? 2 : 1;
      i = std::min(text.size(), i + close.size());
      kind = TokenKind::kString;
    } else if ((c == '?' || c == '$') && i + 1 < text.size() && is_name_char(text[i + 1])) {
      ++i;
      while (i < text.size() && is_name_char(text[i]))
        ++i;
      kind = TokenKind::kVariable;
    } else if (std::isdigit(static_cast<unsigned char>(c))) {
      while (i < text.size() &&
             (std::isalnum(static_cast<unsigned char>(text[i])) || text[i] == '.'))
        ++i;
      kind = TokenKind::kNumber;
    } else if (is_name_char(c) || c == ':') {
      while (i < text.size() &&
             (is_name_char(text[i]) || text[i] == ':' ||
              (text[i] == '.' && i + 1 < text.size() && is_name_char(text[i + 1])))) {
        ++i;
      }
      kind = text.substr(start, i - start).find(':') != std::string_view::npos
                 ? TokenKind::kPrefixedName
                 : TokenKind::kKeyword;
    } else {
      ++i;
      if ((c == '|' || c == '&' || c == '^') && i < text.size() && text[i] == c) ++i;  // ||, &&, ^^
    }
    tokens.push_back({kind, text.substr(start, i - start), start, space});
    space = false;
  }
  return tokens;
}

std::size_t closing_bracket(const std::vector<Token>& tokens, std::size_t open) {
  int depth = 0;
  for (std::size_t i = open; i < tokens.size(); ++i) {
    if (tokens[i].text == "(" || tokens[i].text == "{" || tokens[i].text == "[") ++depth;
    if (tokens[i].text == ")" || tokens[i].text == "}" || tokens[i].text == "]") {
      if (--depth == 0) return i;
    }
  }
  return tokens.size();
}

std::size_t opening_bracket(const std::vector<Token>& tokens, std::size_t close) {
  int depth = 0;
  for (std::size_t i = close + 1; i-- > 0;) {
    if (tokens[i].text == ")" || tokens[i].text == "}" || tokens[i].text == "]") ++depth;
    if (tokens[i].text == "(" || tokens[i].text == "{" || tokens[i].text == "[") {
      if (--depth == 0) return i;
    }
  }
  return tokens.size();
}

std::pair<std::size_t, std::size_t> line_and_column(std::string_view text, std::size_t offset) {
  std::size_t line = 1;
  std::size_t column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;
    }
  }
  return {line, column};
}

}  // namespace coopgraph::graph
