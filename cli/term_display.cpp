#include "cli/term_display.h"

#include "graph/vocab.h"

namespace coopgraph::cli {

std::string display_term(const std::optional<graph::Term>& term) {
  if (!term) return "";
  switch (term->kind) {
    case graph::Term::Kind::kLiteral:
      return term->value;
    case graph::Term::Kind::kBlank:
      return "_:" + term->value;
    case graph::Term::Kind::kIri:
      for (const auto& prefix : graph::vocab::kPrefixes) {
        if (term->value.starts_with(prefix.iri)) {
          return std::string(prefix.name) + ":" + term->value.substr(prefix.iri.size());
        }
      }
      return "<" + term->value + ">";
  }
  return term->value;
}

}  // namespace coopgraph::cli
