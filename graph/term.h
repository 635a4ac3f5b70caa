// RDF terms and triples as plain values, so that code building the graph never touches
// Redland's nodes; the store converts them at its boundary.
#pragma once

#include <string>

namespace coopgraph::graph {

struct Term {
  enum class Kind { kIri, kLiteral, kBlank };

  Kind kind = Kind::kIri;
  std::string value;
  std::string language;  // literals only; empty when none
  std::string datatype;  // literals only; empty for plain and language-tagged literals

  static Term iri(std::string value) { return {Kind::kIri, std::move(value), {}, {}}; }
  static Term blank(std::string id) { return {Kind::kBlank, std::move(id), {}, {}}; }
  static Term literal(std::string value, std::string language = {}) {
    return {Kind::kLiteral, std::move(value), std::move(language), {}};
  }
  static Term typed(std::string value, std::string datatype) {
    return {Kind::kLiteral, std::move(value), {}, std::move(datatype)};
  }

  bool is_iri() const { return kind == Kind::kIri; }
  bool is_literal() const { return kind == Kind::kLiteral; }
  bool is_blank() const { return kind == Kind::kBlank; }
  bool operator==(const Term&) const = default;
};

struct Triple {
  Term subject;
  Term predicate;
  Term object;
  bool operator==(const Triple&) const = default;
};

}  // namespace coopgraph::graph
