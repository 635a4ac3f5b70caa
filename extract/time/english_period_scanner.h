// Finds calendar expressions in a sentence of the English translation ("by the end of June",
// "the first quarter of 1954", "from October to March", "the past two years").
#pragma once

#include <string_view>
#include <vector>

#include "extract/article/calendar_date.h"
#include "extract/time/period_match.h"

namespace coopgraph::extract::periods {

// The expressions of one sentence, in text order, not overlapping, the longest at each
// position; their years are settled by resolve().
std::vector<Match> scan_english_periods(std::string_view sentence, CalendarDate article_date);

}  // namespace coopgraph::extract::periods
