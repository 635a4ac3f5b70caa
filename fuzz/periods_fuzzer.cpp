// Bytes -> the date and period normaliser. The first line is the article's date when it is
// one (so the fuzzer also reaches dates no real article has, such as 0001-01-01), the rest the
// sentence, read as English and as Chinese. Never throws; every period is a span of valid
// days, start before end, matched at an ordered span of the sentence.
#include <cstdint>

#include "extract/time/period_finder.h"
#include "fuzz/fuzz_check.h"

namespace {

using coopgraph::extract::CalendarDate;
using coopgraph::extract::Period;
using coopgraph::fuzz::check;

void check_periods(const std::vector<Period>& periods, std::string_view sentence) {
  std::size_t previous_end = 0;
  for (const Period& period : periods) {
    check(
        coopgraph::extract::is_valid_date(period.start.year, period.start.month, period.start.day),
        "start is a real day");
    check(coopgraph::extract::is_valid_date(period.end.year, period.end.month, period.end.day),
          "end is a real day");
    check(period.start <= period.end, "start is not after end");
    check(period.text_begin <= period.text_end && period.text_end <= sentence.size(),
          "matched span inside the sentence");
    check(period.text_begin >= previous_end, "matches in order without overlap");
    previous_end = period.text_end;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input = coopgraph::fuzz::as_text(data, size);
  CalendarDate article_date{1954, 6, 15};
  if (const std::size_t newline = input.find('\n'); newline != std::string_view::npos) {
    if (auto date = coopgraph::extract::parse_iso_date(input.substr(0, newline))) {
      article_date = *date;
      input.remove_prefix(newline + 1);
    }
  }
  check_periods(coopgraph::extract::find_english_periods(input, article_date), input);
  check_periods(coopgraph::extract::find_chinese_periods(input, article_date), input);
  return 0;
}
