#include "graph/statement_lines.h"

#include <fstream>

#include "extract/text/utf8.h"
#include "graph/graph_error.h"

namespace coopgraph::graph {
namespace {

class LineReader {
 public:
  explicit LineReader(std::string_view line) : line_(line) {}

  bool statement(Quad& quad) {
    if (!term(quad.triple.subject) || !space() || !term(quad.triple.predicate) || !space() ||
        !term(quad.triple.object)) {
      return false;
    }
    quad.graph.clear();
    if (!space()) return false;
    if (peek() == '<') {
      if (!iri(quad.graph) || !space()) return false;
    }
    return at_ + 1 == line_.size() && line_[at_] == '.';
  }

 private:
  char peek() const { return at_ < line_.size() ? line_[at_] : '\0'; }
  bool space() {
    if (peek() != ' ') return false;
    ++at_;
    return true;
  }

  bool term(Term& term) {
    term.language.clear();
    term.datatype.clear();
    switch (peek()) {
      case '<':
        term.kind = Term::Kind::kIri;
        return iri(term.value);
      case '_':
        term.kind = Term::Kind::kBlank;
        return blank(term.value);
      case '"':
        term.kind = Term::Kind::kLiteral;
        return literal(term);
      default:
        return false;
    }
  }

  bool iri(std::string& out) {
    out.clear();
    ++at_;  // '<'
    while (at_ < line_.size() && line_[at_] != '>') {
      if (line_[at_] == '\\') {
        if (!escape(out, false)) return false;
      } else {
        out += line_[at_++];
      }
    }
    if (peek() != '>') return false;
    ++at_;
    return true;
  }

  bool blank(std::string& out) {
    if (line_.substr(at_, 2) != "_:") return false;
    at_ += 2;
    const std::size_t end = line_.find(' ', at_);
    if (end == std::string_view::npos || end == at_) return false;
    out.assign(line_.substr(at_, end - at_));
    at_ = end;
    return true;
  }

  bool literal(Term& term) {
    term.value.clear();
    ++at_;  // '"'
    while (at_ < line_.size() && line_[at_] != '"') {
      if (line_[at_] == '\\') {
        if (!escape(term.value, true)) return false;
      } else {
        term.value += line_[at_++];
      }
    }
    if (peek() != '"') return false;
    ++at_;
    if (peek() == '@') {
      const std::size_t start = ++at_;
      while (at_ < line_.size() && line_[at_] != ' ')
        ++at_;
      if (at_ == start) return false;
      term.language.assign(line_.substr(start, at_ - start));
    } else if (line_.substr(at_, 2) == "^^") {
      at_ += 2;
      if (peek() != '<') return false;
      return iri(term.datatype);
    }
    return true;
  }

  // \uXXXX and \UXXXXXXXX anywhere; the short escapes in literals only (ECHAR).
  bool escape(std::string& out, bool in_literal) {
    const char kind = at_ + 1 < line_.size() ? line_[at_ + 1] : '\0';
    if (kind == 'u' || kind == 'U') {
      const std::size_t digits = kind == 'u' ? 4 : 8;
      if (at_ + 2 + digits > line_.size()) return false;
      char32_t code_point = 0;
      for (std::size_t i = 0; i < digits; ++i) {
        const char c = line_[at_ + 2 + i];
        const int digit = c >= '0' && c <= '9'   ? c - '0'
                          : c >= 'A' && c <= 'F' ? c - 'A' + 10
                          : c >= 'a' && c <= 'f' ? c - 'a' + 10
                                                 : -1;
        if (digit < 0) return false;
        code_point = code_point * 16 + static_cast<char32_t>(digit);
      }
      at_ += 2 + digits;
      return extract::append_utf8(out, code_point);
    }
    if (!in_literal) return false;
    const char* kShort = "tbnrf\"'\\";
    const char* kMeaning = "\t\b\n\r\f\"'\\";
    for (int i = 0; kShort[i] != '\0'; ++i) {
      if (kind == kShort[i]) {
        out += kMeaning[i];
        at_ += 2;
        return true;
      }
    }
    return false;
  }

  std::string_view line_;
  std::size_t at_ = 0;
};

}  // namespace

bool read_statement_line(std::string_view line, Quad& quad) {
  return LineReader(line).statement(quad);
}

void for_each_statement_line(const std::filesystem::path& path,
                             const std::function<void(const Quad&)>& visit) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw GraphError("cannot read '" + path.string() + "'");
  Quad quad;
  std::size_t number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (!read_statement_line(line, quad)) {
      throw GraphError(path.string() + ":" + std::to_string(number) +
                       ": not a statement of the store: build the store again with coopgraph "
                       "build");
    }
    visit(quad);
  }
  if (in.bad()) throw GraphError("cannot read '" + path.string() + "'");
}

std::optional<QuadLineParts> split_quad_line(std::string_view line) {
  if (!line.ends_with("> .")) return std::nullopt;
  line.remove_suffix(2);
  // An IRI as written holds no space (it is escaped), so the last " <" starts the graph.
  const std::size_t start = line.rfind(" <");
  if (start == std::string_view::npos) return std::nullopt;
  return QuadLineParts{line.substr(0, start), line.substr(start + 1)};
}

}  // namespace coopgraph::graph
