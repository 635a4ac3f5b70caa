#include "graph/engine/string_function_rewrite.h"

#include <algorithm>
#include <optional>
#include <string>

#include "graph/graph_error.h"

namespace coopgraph::graph::engine {
namespace {

constexpr std::string_view kXsdString = "<http://www.w3.org/2001/XMLSchema#string>";
// No value: SPARQL's error, which Virtuoso leaves unbound without failing the query.
constexpr std::string_view kNoValue = "COALESCE()";
// Nested calls repeat their arguments (about 9 times a level): past this the rewritten call
// is refused rather than handed to the engine.
constexpr std::size_t kLongestCall = 16 * 1024;

// Conditions known when the query is rewritten are these two texts, and fold away.
const std::string kTrue = "true";
const std::string kFalse = "false";

enum class Function { kConcat, kReplace, kStrBefore, kStrAfter };

std::optional<Function> function_at(const std::vector<Token>& tokens, std::size_t i) {
  if (tokens[i].kind != TokenKind::kKeyword || i + 1 >= tokens.size() ||
      tokens[i + 1].text != "(") {
    return std::nullopt;
  }
  const std::string name = upper(tokens[i].text);
  if (name == "CONCAT") return Function::kConcat;
  if (name == "REPLACE") return Function::kReplace;
  if (name == "STRBEFORE") return Function::kStrBefore;
  if (name == "STRAFTER") return Function::kStrAfter;
  return std::nullopt;
}

// What the rewrite knows of an argument before the query runs: a string literal written in
// the query is a simple (or xsd:string) or a language-tagged literal; anything else is known
// only when the query runs.
struct Argument {
  enum class Kind { kUnknown, kSimple, kTagged, kNotString };
  std::string text;  // rewritten, on one line
  Kind kind = Kind::kUnknown;
  std::string language;  // kTagged: lowercase, as Virtuoso keeps tags
  std::string lexical;   // kTagged: the string token alone
  bool empty = false;    // a literal whose lexical form is ""
  bool single_token = false;
};

std::string lowercase(std::string_view text) {
  std::string result(text);
  for (char& c : result)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return result;
}

void classify(const std::vector<Token>& tokens, std::size_t first, std::size_t last,
              Argument& argument) {
  const std::size_t count = last - first;
  argument.single_token = count == 1;
  const Token& token = tokens[first];
  if (count == 1 && (token.kind == TokenKind::kNumber || token.kind == TokenKind::kIri ||
                     token.kind == TokenKind::kPrefixedName ||
                     (token.kind == TokenKind::kKeyword &&
                      (upper(token.text) == "TRUE" || upper(token.text) == "FALSE")))) {
    argument.kind = Argument::Kind::kNotString;
    return;
  }
  if (token.kind != TokenKind::kString) return;
  const std::string_view quoted = token.text;
  const std::size_t quotes =
      quoted.size() >= 6 && quoted[0] == quoted[1] && quoted[1] == quoted[2] ? 3 : 1;
  argument.empty = quoted.size() == 2 * quotes;
  if (count == 1) {
    argument.kind = Argument::Kind::kSimple;
  } else if (count == 3 && tokens[first + 1].text == "@" &&
             tokens[first + 2].kind == TokenKind::kKeyword && !tokens[first + 1].space_before &&
             !tokens[first + 2].space_before) {
    argument.kind = Argument::Kind::kTagged;
    argument.language = lowercase(tokens[first + 2].text);
    argument.lexical = std::string(token.text);
  } else if (count == 3 && tokens[first + 1].text == "^^") {
    argument.kind = tokens[first + 2].text == kXsdString || tokens[first + 2].text == "xsd:string"
                        ? Argument::Kind::kSimple
                        : Argument::Kind::kNotString;
  }
}

std::string quoted(std::string_view text) {
  return "\"" + std::string(text) + "\"";
}

std::string all_of(const std::vector<std::string>& conditions) {
  std::string result;
  std::size_t count = 0;
  for (const std::string& condition : conditions) {
    if (condition == kFalse) return kFalse;
    if (condition == kTrue) continue;
    result += (count++ == 0 ? "" : " && ") + condition;
  }
  if (count == 0) return kTrue;
  return count == 1 ? result : "(" + result + ")";
}

std::string any_of(const std::string& a, const std::string& b) {
  if (a == kTrue || b == kTrue) return kTrue;
  if (a == kFalse) return b;
  if (b == kFalse) return a;
  return "(" + a + " || " + b + ")";
}

std::string if_then_else(const std::string& condition, const std::string& then,
                         const std::string& otherwise) {
  if (condition == kTrue) return then;
  if (condition == kFalse) return otherwise;
  return "IF(" + condition + ", " + then + ", " + otherwise + ")";
}

// SPARQL's string literal: simple, xsd:string or language-tagged; not an unbound value
// (SPARQL's error). In Virtuoso isLiteral of an unbound variable is true (so the unbound
// value is swapped for an IRI first), and LANG and DATATYPE of a string it computes before
// the query runs (a written "x", STR(<iri>), CONCAT("a", "b")) are unbound, not "" and
// xsd:string. DATATYPE costs (1.5 s over 220,000 objects, where the test is 0.1 s) and
// Virtuoso's && evaluates both sides: the inner IF asks it of non-numeric literals only.
std::string is_string(const Argument& a) {
  if (a.kind == Argument::Kind::kNotString) return kFalse;
  if (a.kind != Argument::Kind::kUnknown) return kTrue;
  const std::string& x = a.text;
  const std::string xsd_string(kXsdString);
  return "IF(isLiteral(COALESCE(" + x + ", <urn:x-coopgraph:unbound>)) && !isNumeric(" + x +
         "), LANG(" + x + ") != \"\" || COALESCE(DATATYPE(" + x + "), " + xsd_string +
         ") = " + xsd_string + ", false)";
}

std::string language_of(const Argument& a) {
  if (a.kind == Argument::Kind::kSimple) return "\"\"";
  if (a.kind == Argument::Kind::kTagged) return quoted(a.language);
  return "LANG(" + a.text + ")";
}

// SPARQL's argument compatibility (17.4.3.1.2) of two string literals: b untagged, or both
// with one tag.
std::string compatible(const Argument& a, const Argument& b) {
  using Kind = Argument::Kind;
  if (b.kind == Kind::kSimple) return kTrue;
  if (b.kind == Kind::kTagged) {
    if (a.kind == Kind::kTagged) return a.language == b.language ? kTrue : kFalse;
    if (a.kind == Kind::kSimple) return kFalse;
    return "LANG(" + a.text + ") = " + quoted(b.language);
  }
  const std::string untagged = "COALESCE(LANG(" + b.text + "), \"\") = \"\"";
  if (a.kind == Kind::kSimple) return untagged;
  return "(" + untagged + " || LANG(" + b.text + ") = " + language_of(a) + ")";
}

std::string is_empty(const Argument& a) {
  if (a.kind != Argument::Kind::kUnknown) return a.empty ? kTrue : kFalse;
  return "STR(" + a.text + ") = \"\"";
}

std::string bracketed(const Argument& a) {
  return a.single_token ? a.text : "(" + a.text + ")";
}

// The string of value with the language tag tag (an expression). Virtuoso's STRLANG accepts
// only "xx" and "xx-XX" tags, not "zh-latn-pinyin"; this is what it does for those, for any
// tag (rdf_strlang_impl in Virtuoso's RDF library).
std::string tagged(const std::string& value, const std::string& tag) {
  return "<bif:rdf_box>(STR(" + value + "), 257, <sql:RDF_TWOBYTE_OF_LANGUAGE>(" + tag + "), 0, 1)";
}

// value (a simple literal) with the tag of the string literal a, if it has one.
std::string with_tag_of(const std::string& value, const Argument& a) {
  if (a.kind == Argument::Kind::kSimple) return value;
  if (a.kind == Argument::Kind::kTagged) return tagged(value, quoted(a.language));
  return if_then_else("LANG(" + a.text + ") != \"\"", tagged(value, "LANG(" + a.text + ")"), value);
}

// Virtuoso's CONTAINS, STRBEFORE and STRAFTER fail the query on a tagged literal written in
// the query ("Incomplete RDF box"), and take one from the data: a written one is given
// untagged, its tag checked by the rewrite.
std::string untagged(const Argument& a) {
  if (a.kind == Argument::Kind::kTagged) return a.lexical;
  return a.text;
}

std::string call(std::string_view name, const std::vector<Argument>& arguments) {
  std::string text(name);
  text += "(";
  for (std::size_t i = 0; i < arguments.size(); ++i)
    text += (i == 0 ? "" : ", ") + arguments[i].text;
  return text + ")";
}

// STRBEFORE and STRAFTER: a no-match is the simple "", and STRAFTER(a, "") is a.
std::string before_or_after(Function function, const std::vector<Argument>& arguments) {
  const Argument& a = arguments[0];
  const Argument& b = arguments[1];
  const bool after = function == Function::kStrAfter;
  const std::string name = after ? "STRAFTER" : "STRBEFORE";
  std::string value;
  std::string found;
  if (a.kind == Argument::Kind::kTagged) {
    const std::string lexical_b =
        b.kind == Argument::Kind::kUnknown ? "STR(" + b.text + ")" : untagged(b);
    value = tagged(name + "(" + a.lexical + ", " + lexical_b + ")", quoted(a.language));
    found = "CONTAINS(" + a.lexical + ", " + lexical_b + ")";
  } else {
    // Virtuoso's own keeps the tag of a (also under DISTINCT, where CONCAT's is lost).
    value = name + "(" + a.text + ", " + b.text + ")";
    found = "CONTAINS(" + a.text + ", " + b.text + ")";  // false for "": is_empty first
  }
  const std::string answer =
      after ? if_then_else(is_empty(b), bracketed(a), if_then_else(found, value, "\"\""))
            : if_then_else(any_of(is_empty(b), found), value, "\"\"");
  return if_then_else(all_of({is_string(a), is_string(b), compatible(a, b)}), answer,
                      std::string(kNoValue));
}

// CONCAT: tagged when every argument has one tag, otherwise simple.
std::string concat(const std::vector<Argument>& arguments) {
  if (arguments.empty()) return "\"\"";
  using Kind = Argument::Kind;
  std::vector<std::string> strings;
  for (const Argument& a : arguments)
    strings.push_back(is_string(a));
  const std::string joined = call("CONCAT", arguments);
  const std::string value = "STR(" + joined + ")";
  std::optional<std::string> language;  // known from a literal argument
  std::vector<std::string> same;
  for (const Argument& a : arguments) {
    if (a.kind == Kind::kSimple) same.push_back(kFalse);
    if (a.kind != Kind::kTagged) continue;
    if (language && *language != a.language) same.push_back(kFalse);
    language = a.language;
  }
  std::string tag = language ? quoted(*language) : "LANG(" + arguments[0].text + ")";
  if (!language) same.push_back("LANG(" + arguments[0].text + ") != \"\"");
  for (std::size_t i = language ? 0 : 1; i < arguments.size(); ++i) {
    if (arguments[i].kind == Kind::kUnknown)
      same.push_back("LANG(" + arguments[i].text + ") = " + tag);
  }
  // Tagged by the rewrite even when Virtuoso's CONCAT would tag it: under SELECT DISTINCT
  // its tag is lost.
  return if_then_else(all_of(strings), if_then_else(all_of(same), tagged(joined, tag), value),
                      std::string(kNoValue));
}

// REPLACE keeps the tag of its first argument.
std::string replace(const std::vector<Argument>& arguments) {
  const Argument& a = arguments[0];
  return if_then_else(is_string(a), with_tag_of(call("REPLACE", arguments), a),
                      std::string(kNoValue));
}

class StringFunctionRewriter {
 public:
  StringFunctionRewriter(std::string_view sparql, const std::vector<Token>& tokens,
                         const std::vector<QueryEdit>& edits)
      : sparql_(sparql), tokens_(tokens), edits_(edits), used_(edits.size(), false) {}

  // The text of the call at token i, from the function's name to its ')' (set in close);
  // nullopt when the call is not one to rewrite (unbalanced, or the wrong number of
  // arguments: the engine reports those).
  std::optional<std::string> rewrite_call(std::size_t i, std::size_t& close) {
    const Function function = *function_at(tokens_, i);
    close = closing_bracket(tokens_, i + 1);
    if (close == tokens_.size()) return std::nullopt;
    std::vector<std::pair<std::size_t, std::size_t>> ranges;  // each argument's tokens
    std::size_t start = i + 2;
    int depth = 0;
    for (std::size_t j = i + 2; j <= close; ++j) {
      const std::string_view text = tokens_[j].text;
      if (j < close && (text == "(" || text == "{" || text == "[")) ++depth;
      if (j < close && (text == ")" || text == "}" || text == "]")) --depth;
      if (j == close || (depth == 0 && text == ",")) {
        if (j == start && !(j == close && ranges.empty())) return std::nullopt;  // "f(a, )"
        if (j > start) ranges.emplace_back(start, j);
        start = j + 1;
      }
    }
    const std::size_t count = ranges.size();
    if ((function == Function::kReplace && count != 3 && count != 4) ||
        ((function == Function::kStrBefore || function == Function::kStrAfter) && count != 2)) {
      return std::nullopt;
    }
    std::vector<Argument> arguments;
    for (const auto& [first, last] : ranges) {
      Argument argument;
      argument.text = render(first, last);
      classify(tokens_, first, last, argument);
      arguments.push_back(std::move(argument));
    }
    std::string text = take_edits_at(tokens_[i].offset).first;
    switch (function) {
      case Function::kConcat:
        text += concat(arguments);
        break;
      case Function::kReplace:
        text += replace(arguments);
        break;
      case Function::kStrBefore:
      case Function::kStrAfter:
        text += before_or_after(function, arguments);
        break;
    }
    if (text.size() > kLongestCall) {
      const auto [line, column] = line_and_column(sparql_, tokens_[i].offset);
      throw QueryError(
          "query:" + std::to_string(line) + ":" + std::to_string(column) + ": this " +
          upper(tokens_[i].text) +
          "(...) nests string functions too deeply to be answered: the project writes each "
          "CONCAT, REPLACE, STRBEFORE and STRAFTER out with its arguments repeated, so that "
          "the engine gives SPARQL's tags and errors, and this one would be " +
          std::to_string(text.size()) +
          " characters; BIND an inner call's value to a variable first and use the variable");
    }
    return text;
  }

  // Tokens [first, last) on one line (comments dropped), with the calls inside rewritten and
  // the other rewrites' edits inside applied.
  std::string render(std::size_t first, std::size_t last) {
    std::string text;
    for (std::size_t j = first; j < last;) {
      if (j > first && tokens_[j].space_before) text += ' ';
      const auto [edited, replaced_to] = take_edits_at(tokens_[j].offset);
      text += edited;
      if (replaced_to > tokens_[j].offset) {
        while (j < last && tokens_[j].offset < replaced_to)
          ++j;
        continue;
      }
      if (function_at(tokens_, j)) {
        std::size_t close = 0;
        if (const auto call = rewrite_call(j, close)) {
          text += *call;
          j = close + 1;
          continue;
        }
      }
      text += tokens_[j].text;
      ++j;
    }
    return text;
  }

  bool used(std::size_t edit) const { return used_[edit]; }

 private:
  // The other rewrites' edits that start at offset, taken: their text, and where the last
  // one ends (offset for insertions only).
  std::pair<std::string, std::size_t> take_edits_at(std::size_t offset) {
    std::string text;
    std::size_t end = offset;
    for (std::size_t e = 0; e < edits_.size(); ++e) {
      if (used_[e] || edits_[e].begin != offset) continue;
      used_[e] = true;
      text += edits_[e].text;
      end = std::max(end, edits_[e].end);
    }
    return {text, end};
  }

  std::string_view sparql_;
  const std::vector<Token>& tokens_;
  const std::vector<QueryEdit>& edits_;
  std::vector<bool> used_;
};

// text, then the line breaks of sparql [begin, end) that text lacks: the engine's line
// numbers after the replaced text stay the user's.
std::string keeping_lines(std::string text, std::string_view sparql, std::size_t begin,
                          std::size_t end) {
  const auto lines = std::count(sparql.begin() + static_cast<std::ptrdiff_t>(begin),
                                sparql.begin() + static_cast<std::ptrdiff_t>(end), '\n') -
                     std::count(text.begin(), text.end(), '\n');
  return text + std::string(static_cast<std::size_t>(std::max<std::ptrdiff_t>(lines, 0)), '\n');
}

bool has_call(const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
  for (std::size_t j = first; j < last; ++j) {
    if (function_at(tokens, j)) return true;
  }
  return false;
}

// Virtuoso groups by "GROUP BY (IF(...) AS ?v)" one row a group (a bare "GROUP BY IF(...)",
// or a BIND, it groups right): a "(E AS ?v)" whose E has a call to rewrite becomes
// "BIND(E AS ?v)" at the end of the WHERE clause, and "?v" in GROUP BY, which SPARQL defines
// the same. The tokens replaced are marked in done.
void bind_group_keys(std::string_view sparql, const std::vector<Token>& tokens,
                     StringFunctionRewriter& rewriter, std::vector<QueryEdit>& calls,
                     std::vector<bool>& done) {
  for (std::size_t g = 1; g + 1 < tokens.size(); ++g) {
    if (tokens[g].kind != TokenKind::kKeyword || upper(tokens[g].text) != "GROUP" ||
        upper(tokens[g + 1].text) != "BY" || tokens[g - 1].text != "}") {
      continue;
    }
    const std::size_t where_close = g - 1;
    for (std::size_t j = g + 2; j < tokens.size();) {
      if (tokens[j].kind == TokenKind::kVariable) {
        ++j;
        continue;
      }
      const bool call = tokens[j].kind != TokenKind::kString && j + 1 < tokens.size() &&
                        tokens[j + 1].text == "(" && tokens[j].kind != TokenKind::kPunctuation;
      if (tokens[j].text != "(" && !call) break;  // HAVING, ORDER, LIMIT, '}' ...
      const std::size_t close = closing_bracket(tokens, call ? j + 1 : j);
      if (close == tokens.size()) return;
      if (!call && close >= j + 4 && upper(tokens[close - 2].text) == "AS" &&
          tokens[close - 1].kind == TokenKind::kVariable && has_call(tokens, j + 1, close - 2)) {
        const std::string variable(tokens[close - 1].text);
        const std::size_t end = tokens[close].offset + tokens[close].text.size();
        calls.push_back({tokens[where_close].offset, tokens[where_close].offset,
                         " BIND(" + rewriter.render(j + 1, close - 2) + " AS " + variable + ") "});
        calls.push_back(
            {tokens[j].offset, end, keeping_lines(variable, sparql, tokens[j].offset, end)});
        std::fill(done.begin() + static_cast<std::ptrdiff_t>(j),
                  done.begin() + static_cast<std::ptrdiff_t>(close + 1), true);
      }
      j = close + 1;
    }
  }
}

}  // namespace

void rewrite_string_functions(std::string_view sparql, const std::vector<Token>& tokens,
                              std::vector<QueryEdit>& edits) {
  StringFunctionRewriter rewriter(sparql, tokens, edits);
  std::vector<QueryEdit> calls;
  std::vector<bool> done(tokens.size(), false);
  bind_group_keys(sparql, tokens, rewriter, calls, done);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (done[i] || !function_at(tokens, i)) continue;
    std::size_t close = 0;
    const auto text = rewriter.rewrite_call(i, close);
    if (!text) continue;
    const std::size_t end = tokens[close].offset + tokens[close].text.size();
    calls.push_back({tokens[i].offset, end, keeping_lines(*text, sparql, tokens[i].offset, end)});
    i = close;
  }
  std::vector<QueryEdit> kept;
  for (std::size_t e = 0; e < edits.size(); ++e) {
    if (!rewriter.used(e)) kept.push_back(std::move(edits[e]));
  }
  kept.insert(kept.end(), calls.begin(), calls.end());
  edits = std::move(kept);
}

}  // namespace coopgraph::graph::engine
