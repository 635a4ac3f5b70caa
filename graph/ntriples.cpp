#include "graph/ntriples.h"

#include <array>
#include <cstdio>

namespace coopgraph::graph {
namespace {

void append_uchar(std::string& out, unsigned char byte) {
  char escaped[8];
  std::snprintf(escaped, sizeof escaped, "\\u%04X", byte);
  out += escaped;
}

// IRIREF excludes these bytes; every other byte (UTF-8 included) is written as it is. A
// table, since every byte of every IRI written is tested.
constexpr std::array<bool, 256> kEscapeInIri = [] {
  std::array<bool, 256> escape{};
  for (int byte = 0; byte <= 0x20; ++byte)
    escape[byte] = true;
  for (const unsigned char byte : std::string_view("<>\"{}|^`\\"))
    escape[byte] = true;
  return escape;
}();

void append_iri(std::string& out, std::string_view iri) {
  out += '<';
  // Appended a run at a time: IRIs rarely hold a byte to escape, and byte by byte appends
  // were most of the time spent writing lines.
  std::size_t run = 0;
  for (std::size_t i = 0; i < iri.size(); ++i) {
    const auto byte = static_cast<unsigned char>(iri[i]);
    if (!kEscapeInIri[byte]) continue;
    out.append(iri, run, i - run);
    append_uchar(out, byte);
    run = i + 1;
  }
  out.append(iri, run, std::string_view::npos);
  out += '>';
}

void append_literal(std::string& out, const Term& term) {
  out += '"';
  const std::string_view value = term.value;
  std::size_t run = 0;  // appended a run at a time, as in append_iri
  for (std::size_t i = 0; i < value.size(); ++i) {
    const char c = value[i];
    const char* escaped = nullptr;
    switch (c) {
      case '"':
        escaped = "\\\"";
        break;
      case '\\':
        escaped = "\\\\";
        break;
      case '\n':
        escaped = "\\n";
        break;
      case '\r':
        escaped = "\\r";
        break;
      case '\t':
        escaped = "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20) continue;
    }
    out.append(value, run, i - run);
    if (escaped != nullptr) {
      out += escaped;
    } else {
      append_uchar(out, static_cast<unsigned char>(c));
    }
    run = i + 1;
  }
  out.append(value, run, std::string_view::npos);
  out += '"';
  if (!term.language.empty()) {
    out += '@';
    out += term.language;
  } else if (!term.datatype.empty()) {
    out += "^^";
    append_iri(out, term.datatype);
  }
}

}  // namespace

void append_term(std::string& out, const Term& term) {
  switch (term.kind) {
    case Term::Kind::kIri:
      append_iri(out, term.value);
      break;
    case Term::Kind::kBlank:
      out += "_:";
      out += term.value;
      break;
    case Term::Kind::kLiteral:
      append_literal(out, term);
      break;
  }
}

void append_statement_line(std::string& out, const Triple& triple, std::string_view named_graph) {
  append_statement_line_ended(out, triple, statement_line_end(named_graph));
}

std::string statement_line_end(std::string_view named_graph) {
  std::string end;
  if (!named_graph.empty()) {
    end += ' ';
    append_iri(end, named_graph);
  }
  end += " .\n";
  return end;
}

void append_statement_line_ended(std::string& out, const Triple& triple, std::string_view end) {
  append_term(out, triple.subject);
  out += ' ';
  append_term(out, triple.predicate);
  out += ' ';
  append_term(out, triple.object);
  out += end;
}

}  // namespace coopgraph::graph
