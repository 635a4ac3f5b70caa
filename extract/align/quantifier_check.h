// Disagreements of quantifiers between the two language versions of one number: "each
// special district selected twelve" against 各专区共选择了十二个 (twelve in all), and a lower
// bound in one text only (五十四亿八千多万 against "5.48 billion"). Read from the sentence of
// each side, so a number the scanner read without its 多 or "more than" is still checked.
#pragma once

#include <string_view>
#include <vector>

#include "extract/facts/facts.h"
#include "extract/lexicon/lexicon.h"

namespace coopgraph::extract {

enum class Quantifier { kNone, kEach, kInAll };

// The quantifier nearest before the number at [at, end) in its clause (quantifiers.tsv).
Quantifier quantifier_before(std::string_view sentence, std::size_t at, bool chinese,
                             const ConceptScheme& quantifiers);

// 多, 余, 以上 right after a Chinese number; "more than", "over" right before an English one.
bool says_more_than(std::string_view sentence, std::size_t at, std::size_t end, bool chinese);

// A disagreement for each observation found in both languages whose quantifiers differ,
// unless one of the same kind is already reported for it.
void add_quantifier_disagreements(ArticleFacts& facts, const ConceptScheme& quantifiers);

}  // namespace coopgraph::extract
