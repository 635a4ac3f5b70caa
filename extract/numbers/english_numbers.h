// Finds numbers in English article text: digits ("16,900", "29.92"), number words
// ("five hundred and thirty-seven"), scale words ("5.48 billion"), ranges ("three or four
// hundred"), ordinals, percentages, qualifiers ("more than"), years and month/day dates.
// Does not read fractions ("two-thirds"), Roman numerals or negative numbers.
#pragma once

#include <string_view>
#include <vector>

#include "extract/numbers/number_mention.h"

namespace coopgraph::extract {

// Case-insensitive except for month names, which must be capitalised ("May" the month,
// not "may" the verb). Never throws on any input; bytes that are not ASCII are treated as
// separators. The word "one" on its own is a number only when it is part of a larger number
// ("twenty-one", "one hundred"), a range ("one or two"), a percentage, or is followed by a
// unit or time word ("one year", "one-month"); "one of", "one another", "no one" are not.
// Digits too large for a Decimal give a mention with overflow set.
std::vector<NumberMention> find_english_numbers(std::string_view text);

}  // namespace coopgraph::extract
