#include "graph/ntriples.h"

#include <cstdio>

namespace coopgraph::graph {
namespace {

void append_uchar(std::string& out, unsigned char byte) {
  char escaped[8];
  std::snprintf(escaped, sizeof escaped, "\\u%04X", byte);
  out += escaped;
}

void append_iri(std::string& out, std::string_view iri) {
  out += '<';
  for (const char c : iri) {
    const auto byte = static_cast<unsigned char>(c);
    // IRIREF excludes these; every other byte (UTF-8 included) is written as it is.
    if (byte <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' ||
        c == '^' || c == '`' || c == '\\') {
      append_uchar(out, byte);
    } else {
      out += c;
    }
  }
  out += '>';
}

void append_literal(std::string& out, const Term& term) {
  out += '"';
  for (const char c : term.value) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          append_uchar(out, static_cast<unsigned char>(c));
        } else {
          out += c;
        }
    }
  }
  out += '"';
  if (!term.language.empty()) {
    out += '@';
    out += term.language;
  } else if (!term.datatype.empty()) {
    out += "^^";
    append_iri(out, term.datatype);
  }
}

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

}  // namespace

void append_statement_line(std::string& out, const Triple& triple, std::string_view named_graph) {
  append_term(out, triple.subject);
  out += ' ';
  append_term(out, triple.predicate);
  out += ' ';
  append_term(out, triple.object);
  if (!named_graph.empty()) {
    out += ' ';
    append_iri(out, named_graph);
  }
  out += " .\n";
}

}  // namespace coopgraph::graph
