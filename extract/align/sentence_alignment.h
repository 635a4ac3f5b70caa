// Aligns the English sentences of a translation with the Chinese sentences of its original.
// Translators split and join sentences, so every sentence is aligned with one or more of the
// other side's, in order (dynamic time warping); shared numbers are the strongest anchor,
// relative position the fallback.
#pragma once

#include <set>
#include <vector>

#include "extract/numbers/decimal.h"

namespace coopgraph::extract {

struct SentenceSignature {
  std::vector<Decimal> numbers;  // quantities, percentages and years it contains
};

// For each English sentence, the Chinese sentences it is aligned with.
std::vector<std::set<std::size_t>> align_sentences(const std::vector<SentenceSignature>& english,
                                                   const std::vector<SentenceSignature>& chinese);

}  // namespace coopgraph::extract
