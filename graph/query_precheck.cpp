#include "graph/query_precheck.h"

#include <cctype>

namespace coopgraph::graph {
namespace {

enum class TokenKind { kIri, kPrefixedName, kVariable, kKeyword, kString, kPunctuation, kNumber };

struct Token {
  TokenKind kind;
  std::string_view text;
  std::size_t offset;
  bool space_before;  // whitespace or a comment between this token and the one before
};

bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' ||
         static_cast<unsigned char>(c) >= 0x80;
}

std::string upper(std::string_view text) {
  std::string result(text);
  for (char& c : result)
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return result;
}

// Splits the query into the tokens that matter here; strings, IRIs and comments are kept
// whole so that a '/' or '+' inside them is never read as an operator.
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

bool is_predicate_like(const Token& token) {
  return token.kind == TokenKind::kIri || token.kind == TokenKind::kPrefixedName ||
         (token.kind == TokenKind::kKeyword && token.text == "a");
}

QueryIssue issue_at(std::string_view text, std::size_t offset, std::string message) {
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
  return {line, column, std::move(message)};
}

// What to write instead of a path through this predicate.
std::string path_advice(std::string_view predicate) {
  if (predicate.find("locatedIn") != std::string_view::npos) {
    return "cg:locatedIn is stored with its closure, so '?x cg:locatedIn ?place' already finds "
           "everything inside ?place at any depth; cg:inProvince and cg:inRegion give an entity's "
           "or observation's province and greater region";
  }
  if (predicate.find("subClassOf") != std::string_view::npos || predicate == "a") {
    return "the type closure of the ontology's classes is stored: '?x a cg:Place' or "
           "'?x a cg:Cooperative' match every kind of place or cooperative";
  }
  return "write each step as its own triple pattern with a variable between them";
}

}  // namespace

PrecheckResult precheck_query(std::string_view text) {
  PrecheckResult result;
  const std::vector<Token> tokens = tokenize(text);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    const Token* previous = i > 0 ? &tokens[i - 1] : nullptr;
    const Token* next = i + 1 < tokens.size() ? &tokens[i + 1] : nullptr;
    const std::string word = token.kind == TokenKind::kKeyword ? upper(token.text) : "";
    if (word == "EXISTS" || word == "MINUS") {
      const bool negated =
          word == "EXISTS" && previous != nullptr && upper(previous->text) == "NOT";
      const std::string name = negated ? "NOT EXISTS" : word;
      result.errors.push_back(
          issue_at(text, negated ? previous->offset : token.offset,
                   name +
                       " is not supported by Rasqal, the SPARQL engine: write "
                       "'OPTIONAL { <the pattern, binding ?v> } FILTER(" +
                       std::string(word == "EXISTS" && !negated ? "BOUND(?v)" : "!BOUND(?v)") +
                       ")' instead"));
      continue;
    }
    if (token.kind != TokenKind::kPunctuation) {
      if (word == "GROUP_CONCAT") {
        for (std::size_t j = i + 1; j < tokens.size() && tokens[j].text != ")"; ++j) {
          if (upper(tokens[j].text) == "SEPARATOR") {
            result.warnings.push_back(issue_at(text, tokens[j].offset,
                                               "Rasqal ignores GROUP_CONCAT's SEPARATOR and always "
                                               "joins with a space"));
          }
        }
      }
      if (word == "YEAR" || word == "MONTH" || word == "DAY") {
        result.warnings.push_back(issue_at(
            text, token.offset,
            word + "() gives nothing on xsd:date values in Rasqal: use SUBSTR(STR(?date), " +
                (word == "YEAR"    ? "1, 4"
                 : word == "MONTH" ? "6, 2"
                                   : "9, 2") +
                ") instead"));
      }
      continue;
    }
    // A path operator touches a predicate: 'cg:locatedIn+', 'cg:a/cg:b', '^cg:about'.
    const std::string_view op = token.text;
    const bool after_predicate =
        previous != nullptr && is_predicate_like(*previous) && !token.space_before;
    const bool before_predicate =
        next != nullptr && is_predicate_like(*next) && !next->space_before;
    std::string_view predicate;
    if ((op == "+" || op == "*" || op == "?") && after_predicate &&
        (next == nullptr || next->kind != TokenKind::kNumber)) {
      predicate = previous->text;
    } else if ((op == "/" || op == "|") && previous != nullptr && next != nullptr &&
               is_predicate_like(*previous) && is_predicate_like(*next)) {
      predicate = previous->text;
    } else if (op == "^" && before_predicate) {
      predicate = next->text;
    } else {
      continue;
    }
    result.errors.push_back(issue_at(
        text, token.offset,
        "property paths ('" + std::string(op) +
            "') are not supported by Rasqal, the SPARQL engine: " + path_advice(predicate)));
  }
  return result;
}

}  // namespace coopgraph::graph
