// How a term is shown in a table cell: IRIs under a known namespace as prefixed names,
// other IRIs in angle brackets, literals as their text.
#pragma once

#include <optional>
#include <string>

#include "graph/term.h"

namespace coopgraph::cli {

std::string display_term(const std::optional<graph::Term>& term);

}  // namespace coopgraph::cli
