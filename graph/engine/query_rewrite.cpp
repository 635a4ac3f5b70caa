#include "graph/engine/query_rewrite.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "graph/engine/query_edit.h"
#include "graph/engine/string_function_rewrite.h"
#include "graph/graph_error.h"
#include "graph/sparql_tokens.h"

namespace coopgraph::graph::engine {
namespace {

using Edit = QueryEdit;

[[noreturn]] void refuse(std::string_view sparql, std::size_t offset, const std::string& message) {
  const auto [line, column] = line_and_column(sparql, offset);
  throw QueryError("query:" + std::to_string(line) + ":" + std::to_string(column) + ": " + message);
}

bool is_predicate_like(const Token& token) {
  return token.kind == TokenKind::kIri || token.kind == TokenKind::kPrefixedName ||
         (token.kind == TokenKind::kKeyword && token.text == "a");
}

bool is_term(const Token& token) {
  return token.kind == TokenKind::kIri || token.kind == TokenKind::kPrefixedName ||
         token.kind == TokenKind::kVariable;
}

bool is_object(const Token& token) {
  return is_term(token) || token.kind == TokenKind::kString || token.kind == TokenKind::kNumber;
}

std::string lowercase_string_token(std::string_view token) {
  std::string text(token);
  for (char& c : text)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

void rewrite_group_concat(const std::vector<Token>& tokens, std::vector<Edit>& edits) {
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    if (tokens[i].kind != TokenKind::kKeyword || upper(tokens[i].text) != "GROUP_CONCAT" ||
        tokens[i + 1].text != "(") {
      continue;
    }
    const std::size_t close = closing_bracket(tokens, i + 1);
    if (close == tokens.size()) return;  // the engine reports the syntax error
    bool has_separator = false;
    int depth = 0;
    for (std::size_t j = i + 1; j < close; ++j) {
      if (tokens[j].text == "(") ++depth;
      if (tokens[j].text == ")") --depth;
      if (depth == 1 && tokens[j].text == ";") has_separator = true;
    }
    if (!has_separator)
      edits.push_back({tokens[close].offset, tokens[close].offset, "; SEPARATOR=\" \""});
  }
}

void rewrite_language_comparisons(const std::vector<Token>& tokens, std::vector<Edit>& edits) {
  auto lowercase = [&](const Token& token) {
    if (token.kind == TokenKind::kString)
      edits.push_back(
          {token.offset, token.offset + token.text.size(), lowercase_string_token(token.text)});
  };
  auto is_comparison = [&](std::size_t i) {
    return i < tokens.size() &&
           (tokens[i].text == "=" || (tokens[i].text == "!" && i + 1 < tokens.size() &&
                                      tokens[i + 1].text == "=" && !tokens[i + 1].space_before));
  };
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    if (tokens[i].kind != TokenKind::kKeyword || upper(tokens[i].text) != "LANG" ||
        tokens[i + 1].text != "(") {
      continue;
    }
    const std::size_t close = closing_bracket(tokens, i + 1);
    if (close == tokens.size()) return;
    std::size_t after = close + 1;
    if (is_comparison(after)) {
      after += tokens[after].text == "!" ? 2 : 1;
      if (after < tokens.size()) lowercase(tokens[after]);
    } else if (after + 1 < tokens.size() && upper(tokens[after].text) == "IN" &&
               tokens[after + 1].text == "(") {
      const std::size_t list_end = closing_bracket(tokens, after + 1);
      for (std::size_t j = after + 2; j < list_end; ++j)
        lowercase(tokens[j]);
    }
    // "en" = lang(?x)
    if (i >= 2 && tokens[i - 1].text == "=") {
      const std::size_t before = tokens[i - 2].text == "!" && i >= 3 ? i - 3 : i - 2;
      lowercase(tokens[before]);
    }
  }
}

// Whether the ')' at close ends a FILTER or BIND ("FILTER(...)", "FILTER fn(...)",
// "BIND(... AS ?x)"), after which a new triple pattern starts.
bool ends_filter_or_bind(const std::vector<Token>& tokens, std::size_t close) {
  const std::size_t open = opening_bracket(tokens, close);
  if (open == tokens.size() || open == 0) return false;
  auto keyword = [&](std::size_t i, std::string_view word) {
    return tokens[i].kind == TokenKind::kKeyword && upper(tokens[i].text) == word;
  };
  return keyword(open - 1, "FILTER") || keyword(open - 1, "BIND") ||
         (open >= 2 && keyword(open - 2, "FILTER"));
}

// Whether a triple pattern starts after the token at i: a group's start or end, a '.', or
// the end of a FILTER or BIND.
bool pattern_starts_after(const std::vector<Token>& tokens, std::size_t i) {
  const std::string_view text = tokens[i].text;
  return text == "{" || text == "." || text == "}" ||
         (text == ")" && ends_filter_or_bind(tokens, i));
}

// The subject of the triple pattern whose predicate-object list holds the ';' at semicolon,
// when it is a variable or an IRI; tokens.size() otherwise (a blank node "[...]", a
// collection), which the caller refuses.
std::size_t subject_before(const std::vector<Token>& tokens, std::size_t semicolon) {
  for (std::size_t j = semicolon; j-- > 0;) {
    const std::string_view text = tokens[j].text;
    if (text == "]" || text == "(" || text == "[") return tokens.size();
    if (text == ")" && !ends_filter_or_bind(tokens, j)) return tokens.size();
    if (pattern_starts_after(tokens, j)) return is_term(tokens[j + 1]) ? j + 1 : tokens.size();
  }
  return tokens.size();
}

// "S p1/.../pk+ O" (or pk*): SPARQL joins the steps, a row per node between them, and only
// the repeated step gives each pair once. So the steps before it stay a sequence path, which
// Virtuoso answers right, to a fresh ?m, and "?m pk+ O" becomes a DISTINCT subquery whose ?m
// is bound inside it by the step before (Virtuoso's transitive evaluation needs a start);
// for '*' the zero-length pairs (?m, ?m) join them by UNION.
std::string sequence_patterns(std::string_view sparql, const std::vector<Token>& tokens,
                              std::size_t first, std::size_t op, std::string_view subject,
                              const Token& object, int& generated) {
  const std::string number = std::to_string(generated++);
  const std::string middle = "?_cg_path_step" + number;
  const std::string before = "?_cg_path_from" + number;
  const Token& last_before = tokens[op - 3];
  const std::string steps(sparql.substr(
      tokens[first].offset, last_before.offset + last_before.text.size() - tokens[first].offset));
  const std::string repeated(tokens[op - 1].text);
  const std::string target(object.text);
  const std::string start = before + " " + std::string(last_before.text) + " " + middle + " . ";
  std::string inner = start + middle + " " + repeated + "+ " + target;
  if (tokens[op].text == "*") {
    const std::string zero = object.kind == TokenKind::kVariable
                                 ? "BIND(" + middle + " AS " + target + ")"
                                 : "FILTER(sameTerm(" + middle + ", " + target + "))";
    inner = "{ " + start + zero + " } UNION { " + inner + " }";
  }
  const std::string projected =
      middle + (object.kind == TokenKind::kVariable ? " " + target : std::string());
  return std::string(subject) + " " + steps + " " + middle + " . { SELECT DISTINCT " + projected +
         " WHERE { " + inner + " } }";
}

// Whether a path with + or * starts at tokens[at]: predicates joined by '/', the operator
// straight after the last.
bool path_starts_at(const std::vector<Token>& tokens, std::size_t at) {
  for (; at + 1 < tokens.size() && is_predicate_like(tokens[at]); at += 2) {
    const Token& after = tokens[at + 1];
    if ((after.text == "+" || after.text == "*") && !after.space_before) return true;
    if (after.text != "/") return false;
  }
  return false;
}

// "S P+ O" (or P*, the operator at tokens[op]) as a DISTINCT subquery; refused with '*' and
// both ends variables.
std::string step_subquery(std::string_view sparql, const std::vector<Token>& tokens, std::size_t op,
                          const Token& subject, const Token& object, int& generated) {
  const Token& predicate = tokens[op - 1];
  std::string variables;
  for (const Token* term : {&subject, &object}) {
    if (term->kind == TokenKind::kVariable && variables.find(term->text) == std::string::npos)
      variables += std::string(term->text) + " ";
  }
  std::string seed;
  if (subject.kind == TokenKind::kVariable && object.kind == TokenKind::kVariable) {
    if (tokens[op].text == "*") {
      refuse(sparql, tokens[op].offset,
             "a '*' path with both ends variables is not answered (Virtuoso needs one end "
             "bound): give an IRI at one end, or write '+' and add the zero-length case with "
             "UNION");
    }
    seed = std::string(subject.text) + " " + std::string(predicate.text) + " ?_cg_path_seed" +
           std::to_string(generated++) + " . ";
  }
  if (variables.empty()) variables = "(1 AS ?_cg_path_found" + std::to_string(generated++) + ") ";
  const std::size_t object_end = object.offset + object.text.size();
  const std::string pattern =
      std::string(subject.text) + " " +
      std::string(sparql.substr(predicate.offset, object_end - predicate.offset));
  return "{ SELECT DISTINCT " + variables + "WHERE { " + seed + pattern + " } }";
}

// "S P+ O ." becomes "{ SELECT DISTINCT ?S ?O WHERE { S P+ O } } .": Virtuoso's transitive
// evaluation gives a row per path, where SPARQL gives each pair once. With both ends
// variables Virtuoso needs a start, so the subquery first finds the subjects of one P step.
// A path in a predicate-object list ("S :q ?x ; P+ O ; :r ?y") is taken out of it the same
// way, and the list goes on with its subject again ("S :q ?x . { ... } . S :r ?y").
void rewrite_paths(std::string_view sparql, const std::vector<Token>& tokens,
                   std::vector<Edit>& edits) {
  int generated = 0;
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    const Token& op = tokens[i];
    if (op.kind != TokenKind::kPunctuation || (op.text != "+" && op.text != "*") ||
        op.space_before || !is_predicate_like(tokens[i - 1])) {
      continue;
    }
    if (i + 1 < tokens.size() && tokens[i + 1].kind == TokenKind::kNumber) continue;  // ?x+1
    const std::string how =
        "the project rewrites 'SUBJECT PREDICATE" + std::string(op.text) +
        " OBJECT' into a DISTINCT subquery (Virtuoso answers such paths once per path, not "
        "once per pair); write the path with a single predicate, its subject and object each "
        "a variable or an IRI, and one object (no ',' list)";
    // The path's steps: predicates joined by '/', the operator on the last ("cg:a/cg:b*").
    std::size_t first = i - 1;
    while (first >= 2 && tokens[first - 1].text == "/" && is_predicate_like(tokens[first - 2]))
      first -= 2;
    const bool sequence = first < i - 1;
    const bool in_list = first >= 2 && tokens[first - 1].text == ";";
    const std::size_t subject_at = in_list ? subject_before(tokens, first - 1)
                                           : (first >= 2 && is_term(tokens[first - 1]) &&
                                                      pattern_starts_after(tokens, first - 2)
                                                  ? first - 1
                                                  : tokens.size());
    const bool simple =
        subject_at < tokens.size() && i + 2 < tokens.size() && is_object(tokens[i + 1]) &&
        (tokens[i + 2].text == "." || tokens[i + 2].text == "}" || tokens[i + 2].text == ";");
    if (!simple) refuse(sparql, op.offset, "this property path cannot be answered: " + how);
    const Token& subject = tokens[subject_at];
    const Token& object = tokens[i + 1];
    const std::size_t object_end = object.offset + object.text.size();
    const std::string subquery =
        sequence ? sequence_patterns(sparql, tokens, first, i, subject.text, object, generated)
                 : step_subquery(sparql, tokens, i, subject, object, generated);
    if (in_list) {
      edits.push_back({tokens[first - 1].offset, object_end, ". " + subquery});
    } else {
      edits.push_back({subject.offset, object_end, subquery});
    }
    if (tokens[i + 2].text == ";") {
      // The list goes on with its subject again; a path next in it makes its own subquery
      // from this ';', and a ';' that ends the list ("; .") goes.
      const std::size_t next = i + 3;
      const bool path_next = path_starts_at(tokens, next);
      const bool list_ends =
          next >= tokens.size() || tokens[next].text == "." || tokens[next].text == "}";
      if (!path_next) {
        edits.push_back({tokens[i + 2].offset, tokens[i + 2].offset + 1,
                         list_ends ? std::string() : ". " + std::string(subject.text)});
      }
    }
  }
}

// A path operator on a bracketed path, "(:p/:q)+", "(:p)*", "(:p/:q)?": Virtuoso answers
// these once per path or with rows SPARQL does not give (W3C pp12, pp28a, pp36, pp37), and
// the DISTINCT rewrite above covers single predicates only. Brackets that hold only
// predicates and path operators are a path, not an expression (an expression holds a variable,
// a number or an operator such as '=').
void refuse_grouped_paths(std::string_view sparql, const std::vector<Token>& tokens) {
  for (std::size_t close = 1; close + 1 < tokens.size(); ++close) {
    const Token& op = tokens[close + 1];
    if (tokens[close].text != ")" || op.kind != TokenKind::kPunctuation || op.space_before ||
        (op.text != "+" && op.text != "*" && op.text != "?")) {
      continue;
    }
    std::size_t open = close;
    int depth = 0;
    bool path = true;
    for (std::size_t j = close + 1; j-- > 0;) {
      const std::string_view text = tokens[j].text;
      if (text == ")") ++depth;
      if (text == "(" && --depth == 0) {
        open = j;
        break;
      }
      const bool path_token = is_predicate_like(tokens[j]) || text == "/" || text == "|" ||
                              text == "^" || text == "!" || text == "(" || text == ")" ||
                              text == "*" || text == "+" || text == "?";
      if (!path_token) path = false;
    }
    if (!path || open == close || open + 1 == close) continue;
    refuse(sparql, op.offset,
           "a path operator on a bracketed path ('(...)" + std::string(op.text) +
               "') is not answered: the engine gives rows once per path or rows SPARQL does "
               "not; write a single predicate with + or * ('?a cg:locatedIn+ ?b'), or spell "
               "the steps out with UNION");
  }
}

// GRAPH ?g { ... } gets FILTER(?g NOT IN (...)) inside, so that ?g is never one of
// Virtuoso's graphs. (Virtuoso's input:named-graph-exclude would do it, but a define of the
// named graphs empties the default graph when the query names none.)
void rewrite_graph_variables(const std::vector<Token>& tokens, const EngineDataset& dataset,
                             std::vector<Edit>& edits) {
  std::string excluded;
  for (const std::string& graph : dataset.excluded_graphs)
    excluded += (excluded.empty() ? "<" : ", <") + graph + ">";
  if (excluded.empty()) return;
  for (std::size_t i = 0; i + 2 < tokens.size(); ++i) {
    if (tokens[i].kind != TokenKind::kKeyword || upper(tokens[i].text) != "GRAPH" ||
        tokens[i + 1].kind != TokenKind::kVariable || tokens[i + 2].text != "{") {
      continue;
    }
    const std::size_t close = closing_bracket(tokens, i + 2);
    if (close == tokens.size()) return;
    edits.push_back(
        {tokens[close].offset, tokens[close].offset,
         " FILTER(" + std::string(tokens[i + 1].text) + " NOT IN (" + excluded + ")) "});
  }
}

// Virtuoso lets a variable that the MINUS side leaves unbound match anything, so one MINUS
// row with it unbound removes every row (W3C full-minuend, partial-minuend). Only OPTIONAL,
// UNION and VALUES (UNDEF) leave a variable unbound inside a group: MINUS over such a group is
// refused rather than answered wrongly.
void refuse_minus_with_unbound(std::string_view sparql, const std::vector<Token>& tokens) {
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    if (tokens[i].kind != TokenKind::kKeyword || upper(tokens[i].text) != "MINUS" ||
        tokens[i + 1].text != "{") {
      continue;
    }
    const std::size_t close = closing_bracket(tokens, i + 1);
    for (std::size_t j = i + 2; j < close; ++j) {
      if (tokens[j].kind != TokenKind::kKeyword) continue;
      const std::string keyword = upper(tokens[j].text);
      if (keyword == "OPTIONAL" || keyword == "UNION" || keyword == "VALUES") {
        refuse(sparql, tokens[i].offset,
               "MINUS over a group with " + keyword +
                   " is not answered: the engine lets a variable that group leaves unbound "
                   "remove every row; write FILTER NOT EXISTS { ... } with the condition you "
                   "mean, or a MINUS group that binds each of its variables");
      }
    }
  }
}

// A VALUES block after the query's WHERE clause joins with its rows: a row with the variable
// unbound (from an OPTIONAL) is compatible with every value and takes it. Virtuoso compares
// instead and drops such rows (W3C values7), so that shape is refused.
void refuse_trailing_values_on_optional(std::string_view sparql, const std::vector<Token>& tokens) {
  int depth = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string_view text = tokens[i].text;
    if (text == "{") ++depth;
    if (text == "}") --depth;
    if (depth != 0 || tokens[i].kind != TokenKind::kKeyword || upper(text) != "VALUES") continue;
    std::vector<std::string_view> variables;
    for (std::size_t j = i + 1; j < tokens.size() && tokens[j].text != "{"; ++j) {
      if (tokens[j].kind == TokenKind::kVariable) variables.push_back(tokens[j].text.substr(1));
    }
    for (std::size_t o = 0; o + 1 < i; ++o) {
      if (tokens[o].kind != TokenKind::kKeyword || upper(tokens[o].text) != "OPTIONAL" ||
          tokens[o + 1].text != "{") {
        continue;
      }
      const std::size_t close = std::min(closing_bracket(tokens, o + 1), i);
      for (std::size_t j = o + 2; j < close; ++j) {
        if (tokens[j].kind != TokenKind::kVariable) continue;
        const std::string_view name = tokens[j].text.substr(1);
        if (std::find(variables.begin(), variables.end(), name) != variables.end()) {
          refuse(sparql, tokens[i].offset,
                 "a VALUES block after the WHERE clause on ?" + std::string(name) +
                     ", which an OPTIONAL may leave unbound, is not answered (the engine drops "
                     "the rows where it is unbound instead of joining them): write "
                     "FILTER(!BOUND(?x) || ?x IN (...)) inside the WHERE clause instead");
        }
      }
    }
  }
}

// Where a FILTER's expression ends: FILTER(...), FILTER fn(...), FILTER [NOT] EXISTS {...}.
std::size_t filter_end(const std::vector<Token>& tokens, std::size_t filter) {
  for (std::size_t j = filter + 1; j < tokens.size(); ++j) {
    if (tokens[j].text == "(" || tokens[j].text == "{") return closing_bracket(tokens, j);
  }
  return tokens.size();
}

// Whether the '{' at open starts a group of its own inside another: after '{', '}', '.',
// UNION, or a FILTER or BIND clause. Not the query's pattern, nor the group of OPTIONAL,
// MINUS, EXISTS, GRAPH, SERVICE, VALUES or a subquery (those stop at their keyword).
bool is_nested_group(const std::vector<Token>& tokens, std::size_t open) {
  for (std::size_t j = open; j-- > 0;) {
    const Token& token = tokens[j];
    if (token.text == "{" || token.text == "}" || token.text == ".") return true;
    if (token.text == ")" || token.text == "]") {
      // Back over the bracket to what precedes it.
      int depth = 0;
      for (;; --j) {
        if (tokens[j].text == ")" || tokens[j].text == "]") ++depth;
        if ((tokens[j].text == "(" || tokens[j].text == "[") && --depth == 0) break;
        if (j == 0) return false;
      }
      continue;
    }
    if (token.kind != TokenKind::kKeyword || token.text == "a") continue;
    const std::string keyword = upper(token.text);
    if (keyword == "UNION" || keyword == "FILTER" || keyword == "BIND") return true;
    // A function or a BIND/FILTER clause, "regex(": go on back over it.
    if (j + 1 < tokens.size() && tokens[j + 1].text == "(") continue;
    return false;
  }
  return false;
}

// SPARQL evaluates a group "{ ... }" inside another on its own and joins the result, so a
// FILTER in it sees only the variables the group binds. Virtuoso lets it see the variables
// bound outside (W3C bind10, dawg-optional-filter-005-simplified) and keeps rows it should
// not, so a FILTER on a variable that only the outside binds is refused.
void refuse_filters_on_outer_variables(std::string_view sparql, const std::vector<Token>& tokens) {
  for (std::size_t open = 1; open < tokens.size(); ++open) {
    if (tokens[open].text != "{" || !is_nested_group(tokens, open)) continue;
    const std::size_t close = closing_bracket(tokens, open);
    if (close == tokens.size()) return;
    std::vector<std::string_view> bound;
    std::vector<std::pair<std::size_t, std::size_t>> filters;  // directly in this group
    int depth = 0;
    for (std::size_t j = open + 1; j < close; ++j) {
      if (tokens[j].text == "{") ++depth;
      if (tokens[j].text == "}") --depth;
      if (tokens[j].kind == TokenKind::kKeyword && upper(tokens[j].text) == "FILTER") {
        const std::size_t end = std::min(filter_end(tokens, j), close);
        if (depth == 0) filters.emplace_back(j, end);
        j = end;
        continue;
      }
      if (tokens[j].kind == TokenKind::kVariable) bound.push_back(tokens[j].text.substr(1));
    }
    for (const auto& [filter, end] : filters) {
      for (std::size_t j = filter + 1; j < end; ++j) {
        if (tokens[j].kind != TokenKind::kVariable) continue;
        const std::string_view name = tokens[j].text.substr(1);
        if (std::find(bound.begin(), bound.end(), name) != bound.end()) continue;
        for (std::size_t k = 0; k < tokens.size(); ++k) {
          if ((k > open && k < close) || tokens[k].kind != TokenKind::kVariable ||
              tokens[k].text.substr(1) != name) {
            continue;
          }
          refuse(sparql, tokens[j].offset,
                 "this FILTER uses ?" + std::string(name) +
                     ", which its group { ... } does not bind: SPARQL evaluates the group on its "
                     "own, so ?" +
                     std::string(name) +
                     " is unbound in the FILTER, where the engine would use the ?" +
                     std::string(name) +
                     " bound outside and keep rows it should not; move the FILTER out of the "
                     "group, or drop the braces around the group");
        }
      }
    }
  }
}

// The query's own SELECT clause: [SELECT, first token after it) or {0, 0} for another form.
std::pair<std::size_t, std::size_t> top_select_clause(const std::vector<Token>& tokens) {
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].text == "{") return {0, 0};  // CONSTRUCT's template or ASK's pattern
    if (tokens[i].kind != TokenKind::kKeyword || upper(tokens[i].text) != "SELECT") continue;
    for (std::size_t j = i + 1; j < tokens.size(); ++j) {
      if (tokens[j].text == "(") j = closing_bracket(tokens, j);
      if (j >= tokens.size()) break;
      if (tokens[j].text == "{" ||
          (tokens[j].kind == TokenKind::kKeyword &&
           (upper(tokens[j].text) == "WHERE" || upper(tokens[j].text) == "FROM"))) {
        return {i, j};
      }
    }
    return {0, 0};
  }
  return {0, 0};
}

std::vector<std::string> zero_columns(const std::vector<Token>& tokens) {
  const auto [select, end] = top_select_clause(tokens);
  if (end == 0) return {};
  int depth = 0;
  for (std::size_t i = end; i < tokens.size(); ++i) {
    if (tokens[i].text == "{") ++depth;
    if (tokens[i].text == "}") --depth;
    if (depth == 0 && tokens[i].kind == TokenKind::kKeyword &&
        (upper(tokens[i].text) == "GROUP" || upper(tokens[i].text) == "HAVING")) {
      return {};  // groups are never empty; HAVING would test the unbound value
    }
  }
  std::vector<std::string> columns;
  for (std::size_t i = select + 1; i + 2 < end; ++i) {
    if (tokens[i].text != "(" || tokens[i + 1].kind != TokenKind::kKeyword ||
        (upper(tokens[i + 1].text) != "SUM" && upper(tokens[i + 1].text) != "AVG") ||
        tokens[i + 2].text != "(") {
      continue;
    }
    const std::size_t close = closing_bracket(tokens, i + 2);
    if (close + 3 < end && upper(tokens[close + 1].text) == "AS" &&
        tokens[close + 2].kind == TokenKind::kVariable && tokens[close + 3].text == ")") {
      columns.emplace_back(tokens[close + 2].text.substr(1));
    }
  }
  return columns;
}

// SELECT and ASK, whose answers come as SPARQL XML results; CONSTRUCT and DESCRIBE answer
// with a graph.
bool answers_with_results(const std::vector<Token>& tokens) {
  for (const Token& token : tokens) {
    if (token.kind != TokenKind::kKeyword) continue;
    const std::string keyword = upper(token.text);
    if (keyword == "SELECT" || keyword == "ASK") return true;
    if (keyword == "CONSTRUCT" || keyword == "DESCRIBE") return false;
  }
  return false;
}

// Streamed, Virtuoso 7.2 loses the order of a query with ORDER BY whose pattern holds a
// subquery with an aggregate (measured at 10,000 articles: 6 queries of that shape out of
// order, none of 33 others: subqueries plain, DISTINCT or with LIMIT, UNION, OPTIONAL,
// VALUES, MINUS, NOT EXISTS, GROUP BY and HAVING at the top). Such a query is answered whole.
bool keeps_order_streamed(const std::vector<Token>& tokens) {
  static constexpr std::string_view kAggregates[] = {"COUNT", "SUM",    "MIN",          "MAX",
                                                     "AVG",   "SAMPLE", "GROUP_CONCAT", "GROUP"};
  bool ordered = false;
  bool nested_aggregate = false;
  int depth = 0;
  for (const Token& token : tokens) {
    if (token.text == "{") ++depth;
    if (token.text == "}") --depth;
    if (token.kind != TokenKind::kKeyword) continue;
    const std::string keyword = upper(token.text);
    if (depth == 0 && keyword == "ORDER") ordered = true;
    if (depth > 0 && std::find(std::begin(kAggregates), std::end(kAggregates), keyword) !=
                         std::end(kAggregates)) {
      nested_aggregate = true;
    }
  }
  return !(ordered && nested_aggregate);
}

// The query's own ORDER BY, when the answer can be ordered after it came (solution_order.h):
// each condition a variable, or ASC or DESC of one, and no LIMIT or OFFSET, for which the
// engine must order first. Its tokens [first, last], and the variables it orders by that the
// SELECT does not answer with, which the answer gets as columns of its own until it is
// ordered. (Virtuoso orders by an expression right: its value is not a stored literal.)
struct OrderTaken {
  std::size_t first = 0;
  std::size_t last = 0;
  AnswerOrder order;
};

std::optional<OrderTaken> order_to_take(const std::vector<Token>& tokens) {
  const auto [select, end] = top_select_clause(tokens);
  if (end == 0) return std::nullopt;
  bool star = false;
  std::vector<std::string_view> answered;
  int brackets = 0;
  for (std::size_t i = select + 1; i < end; ++i) {
    const Token& token = tokens[i];
    if (token.text == "(") ++brackets;
    if (token.text == ")") --brackets;
    if (brackets == 0 && token.text == "*") star = true;
    if (token.kind == TokenKind::kVariable &&
        (brackets == 0 ||
         (tokens[i - 1].kind == TokenKind::kKeyword && upper(tokens[i - 1].text) == "AS")))
      answered.push_back(token.text.substr(1));
  }
  std::optional<std::size_t> order;
  int depth = 0;
  for (std::size_t i = end; i < tokens.size(); ++i) {
    if (tokens[i].text == "{") ++depth;
    if (tokens[i].text == "}") --depth;
    if (depth != 0 || tokens[i].kind != TokenKind::kKeyword) continue;
    const std::string keyword = upper(tokens[i].text);
    if (keyword == "LIMIT" || keyword == "OFFSET") return std::nullopt;
    if (keyword == "ORDER" && i + 1 < tokens.size() && upper(tokens[i + 1].text) == "BY") order = i;
  }
  if (!order) return std::nullopt;
  OrderTaken taken{*order, *order + 1, {}};
  const std::string modifier = select + 1 < end ? upper(tokens[select + 1].text) : "";
  taken.order.distinct = modifier == "DISTINCT" || modifier == "REDUCED";
  for (std::size_t i = *order + 2; i < tokens.size();) {
    const Token& token = tokens[i];
    std::optional<OrderCondition> condition;
    if (token.kind == TokenKind::kVariable) {
      condition = OrderCondition{std::string(token.text.substr(1)), false};
      taken.last = i++;
    } else if (token.kind == TokenKind::kKeyword && upper(token.text) == "VALUES") {
      break;
    } else if (token.kind == TokenKind::kKeyword &&
               (upper(token.text) == "ASC" || upper(token.text) == "DESC") &&
               i + 3 < tokens.size() && tokens[i + 1].text == "(" &&
               tokens[i + 2].kind == TokenKind::kVariable && tokens[i + 3].text == ")") {
      condition =
          OrderCondition{std::string(tokens[i + 2].text.substr(1)), upper(token.text) == "DESC"};
      taken.last = i + 3;
      i += 4;
    } else {
      return std::nullopt;  // an expression: the engine orders by it
    }
    std::vector<std::string>& hidden = taken.order.hidden_columns;
    if (!star &&
        std::find(answered.begin(), answered.end(), condition->variable) == answered.end() &&
        std::find(hidden.begin(), hidden.end(), condition->variable) == hidden.end()) {
      hidden.push_back(condition->variable);
    }
    taken.order.conditions.push_back(std::move(*condition));
  }
  if (taken.order.conditions.empty()) return std::nullopt;
  return taken;
}

bool names_its_dataset(const std::vector<Token>& tokens) {
  for (const Token& token : tokens) {
    if (token.kind == TokenKind::kKeyword && upper(token.text) == "FROM") return true;
  }
  return false;
}

}  // namespace

std::string rewrite_query(std::string_view sparql, const EngineDataset& dataset,
                          ResultsTransport transport) {
  const std::vector<Token> tokens = tokenize(sparql);
  refuse_minus_with_unbound(sparql, tokens);
  refuse_trailing_values_on_optional(sparql, tokens);
  refuse_grouped_paths(sparql, tokens);
  refuse_filters_on_outer_variables(sparql, tokens);
  std::vector<Edit> edits;
  rewrite_group_concat(tokens, edits);
  rewrite_language_comparisons(tokens, edits);
  rewrite_paths(sparql, tokens, edits);
  rewrite_graph_variables(tokens, dataset, edits);
  const std::optional<OrderTaken> order = order_to_take(tokens);
  if (order) {
    const Token& last = tokens[order->last];
    edits.push_back({tokens[order->first].offset, last.offset + last.text.size(), ""});
    std::string columns;
    for (const std::string& variable : order->order.hidden_columns)
      columns += "?" + variable + " ";
    const std::size_t end = tokens[top_select_clause(tokens).second].offset;
    if (!columns.empty()) edits.push_back({end, end, columns});
  }
  if (!zero_columns(tokens).empty()) {
    const std::size_t end = tokens[top_select_clause(tokens).second].offset;
    edits.push_back({end, end, "(COUNT(*) AS ?" + std::string(kRowCountColumn) + ") "});
  }
  rewrite_string_functions(sparql, tokens, edits);  // last: it takes in the edits in its calls
  std::stable_sort(edits.begin(), edits.end(),
                   [](const Edit& a, const Edit& b) { return a.begin > b.begin; });
  std::string text(sparql);
  std::size_t limit = std::string::npos;
  for (const Edit& edit : edits) {
    if (edit.end > limit) continue;  // overlapping: the later one (further left) wins
    text.replace(edit.begin, edit.end - edit.begin, edit.text);
    limit = edit.begin;
  }
  // On the query's first line, so that the engine's line numbers are the user's.
  std::string defines;
  // Virtuoso 7.2 writes SPARQL XML for /sparql only once the whole answer is in memory, and
  // then slowly: 18 s for 99,518 rows at 10,000 articles. Asked for this output format, it
  // writes each row as it comes (2.8 s). Its row writer spells a few values otherwise; the
  // answer is read back through restore_literal_form (engine_query.cpp).
  if (transport == ResultsTransport::kStreamed && answers_with_results(tokens) &&
      (order || keeps_order_streamed(tokens)))
    defines += std::string(kStreamedResults) + " ";
  // A query with FROM names its own dataset.
  if (!names_its_dataset(tokens)) {
    if (!dataset.default_graph.empty()) {
      defines += "define input:default-graph-uri <" + dataset.default_graph + "> ";
    } else {
      for (const std::string& graph : dataset.excluded_graphs)
        defines += "define input:default-graph-exclude <" + graph + "> ";
    }
  }
  return defines + text;
}

AnswerOrder order_after_answer(std::string_view sparql) {
  std::optional<OrderTaken> taken = order_to_take(tokenize(sparql));
  return taken ? std::move(taken->order) : AnswerOrder();
}

std::vector<std::string> zero_over_no_rows(std::string_view sparql) {
  return zero_columns(tokenize(sparql));
}

std::string canonical_language_tag(std::string_view tag) {
  std::string result;
  result.reserve(tag.size());
  std::size_t index = 0;
  bool after_singleton = false;  // "x-..." private use: left lowercase
  for (std::size_t start = 0; start <= tag.size(); ++index) {
    std::size_t end = tag.find('-', start);
    if (end == std::string_view::npos) end = tag.size();
    std::string part(tag.substr(start, end - start));
    for (char& c : part)
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (index > 0 && !after_singleton) {
      if (part.size() == 4 && std::isalpha(static_cast<unsigned char>(part[0]))) {
        part[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(part[0])));
      } else if (part.size() == 2) {
        for (char& c : part)
          c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      }
    }
    if (part.size() == 1) after_singleton = true;
    if (index > 0) result += '-';
    result += part;
    start = end + 1;
  }
  return result;
}

}  // namespace coopgraph::graph::engine
