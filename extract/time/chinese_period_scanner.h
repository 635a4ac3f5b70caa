// Finds calendar expressions in a sentence of the Chinese original (截至今年四月底止, 第一季度,
// 从四月到六月, 一年来, 【新华社五日讯】).
#pragma once

#include <string_view>
#include <vector>

#include "extract/article/calendar_date.h"
#include "extract/time/period_match.h"

namespace coopgraph::extract::periods {

// The expressions of one sentence, in text order, not overlapping, the longest at each
// position; their years are settled by resolve().
std::vector<Match> scan_chinese_periods(std::string_view sentence, CalendarDate article_date);

}  // namespace coopgraph::extract::periods
