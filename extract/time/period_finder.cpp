#include "extract/time/period_finder.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <string>
#include <utility>

#include "extract/numbers/chinese_numbers.h"
#include "extract/text/english_tokens.h"
#include "extract/text/utf8.h"

namespace coopgraph::extract {
namespace {

using Granularity = Period::Granularity;

// No 1950s article names a year past this, and keeping years this small keeps year arithmetic
// far from int overflow whatever date the caller passes.
constexpr int kMaxYear = 9999;

enum class EndMode {
  kNone,
  kEndAuto,      // 四月底, "the end of April": a point if already past, else a deadline
  kEndPoint,     // 截至, 四月底止, "as of": the state on that day
  kEndDeadline,  // 四月底前, "before the end of April"
  kWithin,       // 第一季度内, "within the first quarter": the unit itself, as a deadline
};

// A span written relative to a year that may still be unknown: the sentence decides the year of
// a bare 四月 only once every expression in it has been found.
struct Spec {
  std::optional<int> year;  // nothing: the sentence's context year
  int start_year_offset = 0;
  int start_month = 1;
  int start_day = 1;
  int end_year_offset = 0;
  int end_month = 12;
  int end_day = 0;  // 0: the last day of end_month, whatever its length
  Granularity granularity = Granularity::kYear;
};

enum class UnitKind { kMonthish, kQuarter, kHalf, kYear, kSpan };

// An expression recognised at some position, before its year is settled.
struct Found {
  Spec spec;
  EndMode mode = EndMode::kNone;
  UnitKind kind = UnitKind::kSpan;
  std::size_t next = 0;    // index just past the expression (token or code point)
  bool named = false;      // spec.year was written in the text, so later bare months follow it
  bool last_year = false;  // written as 去年 / "last year"
  bool is_range = false;
};

struct Match {
  Found found;
  std::size_t begin = 0;  // bytes
  std::size_t end = 0;
  bool comparison = false;  // 比去年, "compared to 1953": a base, not the sentence's year
};

void keep_longest(std::optional<Found>& best, std::optional<Found> candidate) {
  if (candidate && (!best || candidate->next > best->next)) best = std::move(candidate);
}

bool usable_anchor(CalendarDate date) {
  return is_valid_date(date.year, date.month, date.day) && date.year <= kMaxYear;
}

Spec year_spec(std::optional<int> year) {
  Spec spec;
  spec.year = year;
  spec.granularity = Granularity::kYear;
  return spec;
}

Spec months_spec(int first, int last) {
  Spec spec;
  spec.start_month = first;
  spec.end_month = last;
  spec.granularity = first == last ? Granularity::kMonth : Granularity::kRange;
  return spec;
}

// Days of one month; last_day 0 means the month's last day.
Spec days_spec(int month, int first_day, int last_day, Granularity granularity) {
  Spec spec;
  spec.start_month = month;
  spec.start_day = first_day;
  spec.end_month = month;
  spec.end_day = last_day;
  spec.granularity = granularity;
  return spec;
}

Spec quarters_spec(int first, int last) {
  Spec spec = months_spec(first * 3 - 2, last * 3);
  spec.granularity = first == last ? Granularity::kQuarter : Granularity::kRange;
  return spec;
}

Spec half_spec(int half) {
  Spec spec = months_spec(half == 1 ? 1 : 7, half == 1 ? 6 : 12);
  spec.granularity = Granularity::kHalfYear;
  return spec;
}

Spec fixed_spec(CalendarDate start, CalendarDate end, Granularity granularity) {
  Spec spec;
  spec.year = start.year;
  spec.start_month = start.month;
  spec.start_day = start.day;
  spec.end_year_offset = end.year - start.year;
  spec.end_month = end.month;
  spec.end_day = end.day;
  spec.granularity = granularity;
  return spec;
}

// From the start of `a` to the end of `b`. A side without a year takes the other's; with no
// year on either, an end month before the start month is in the following year.
Spec combine(const Spec& a, const Spec& b) {
  Spec spec = a;
  spec.end_year_offset = b.end_year_offset;
  spec.end_month = b.end_month;
  spec.end_day = b.end_day;
  spec.granularity = Granularity::kRange;
  const int a_start = a.start_year_offset * 12 + a.start_month;
  const int b_end = b.end_year_offset * 12 + b.end_month;
  const bool wraps = b_end < a_start;
  if (a.year && b.year) {
    spec.end_year_offset += *b.year - *a.year;
  } else if (a.year) {
    spec.end_year_offset += wraps ? 1 : 0;
  } else if (b.year) {
    spec.year = b.year;
    spec.start_year_offset -= wraps ? 1 : 0;
  } else {
    spec.end_year_offset += wraps ? 1 : 0;
  }
  return spec;
}

std::optional<CalendarDate> make_date(int year, int month, int day) {
  if (year < 1 || year > kMaxYear) return std::nullopt;
  if (day == 0) return last_day_of_month(year, month);
  if (!is_valid_date(year, month, day)) return std::nullopt;
  return CalendarDate{year, month, day};
}

std::optional<Spec> rolling_spec(CalendarDate article, int months) {
  auto start = months_before(article, months);
  auto end = previous_day(article);
  if (!start || !end || *end < *start) return std::nullopt;
  return fixed_spec(*start, *end, Granularity::kRange);
}

// 过去两年: the whole calendar years before the article's year.
Spec calendar_years_spec(CalendarDate article, int years) {
  Spec spec = year_spec(article.year);
  spec.start_year_offset = -years;
  spec.end_year_offset = -1;
  spec.granularity = years == 1 ? Granularity::kYear : Granularity::kRange;
  return spec;
}

// 本月 / 上月 / 下月: the article's month moved by delta (-1, 0 or 1).
Spec month_ref_spec(CalendarDate article, int delta) {
  int year = article.year;
  int month = article.month + delta;
  if (month < 1) {
    month = 12;
    --year;
  } else if (month > 12) {
    month = 1;
    ++year;
  }
  Spec spec = months_spec(month, month);
  spec.year = year;
  return spec;
}

std::optional<Period> build(const Match& match, int year, CalendarDate article, bool anchor_ok) {
  const Spec& spec = match.found.spec;
  if (year < 1 || year > kMaxYear) return std::nullopt;
  auto start = make_date(year + spec.start_year_offset, spec.start_month, spec.start_day);
  auto end = make_date(year + spec.end_year_offset, spec.end_month, spec.end_day);
  if (!start || !end || *end < *start) return std::nullopt;
  Period period;
  period.start = *start;
  period.end = *end;
  period.granularity = spec.granularity;
  EndMode mode = match.found.mode;
  if (mode == EndMode::kEndAuto)
    mode = anchor_ok && !(*end < article) ? EndMode::kEndDeadline : EndMode::kEndPoint;
  switch (mode) {
    case EndMode::kNone:
      break;
    case EndMode::kWithin:
      period.is_deadline = true;
      break;
    case EndMode::kEndPoint:
      period.start = period.end;
      period.granularity = Granularity::kDay;
      break;
    case EndMode::kEndDeadline:
    case EndMode::kEndAuto:
      period.start = CalendarDate{period.end.year, 1, 1};
      period.granularity = Granularity::kRange;
      period.is_deadline = true;
      break;
  }
  return period;
}

std::vector<Period> resolve(const std::vector<Match>& matches, std::string_view text,
                            CalendarDate article, bool anchor_ok) {
  bool says_last_year = false;
  for (const Match& match : matches)
    says_last_year = says_last_year || (match.found.last_year && !match.comparison);
  std::optional<int> context;
  std::vector<Period> periods;
  for (const Match& match : matches) {
    std::optional<int> year = match.found.spec.year;
    if (!year) {
      if (context)
        year = context;
      else if (anchor_ok)
        year = says_last_year ? article.year - 1 : article.year;
    }
    if (match.found.named && !match.comparison) context = match.found.spec.year;
    if (!year) continue;
    auto period = build(match, *year, article, anchor_ok);
    if (!period) continue;
    period->raw = std::string(text.substr(match.begin, match.end - match.begin));
    period->text_begin = match.begin;
    period->text_end = match.end;
    periods.push_back(std::move(*period));
  }
  return periods;
}

// ---------------------------------------------------------------------------------------------
// English

struct Token {
  enum class Kind { kWord, kNumber, kPunct, kOther };
  Kind kind = Kind::kOther;
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string lower;  // words lower-cased; punctuation is its one character
  bool capitalized = false;
  int value = -1;  // numbers of at most six digits
  std::size_t digits = 0;
  bool ordinal = false;  // 5th, 1st
};

// The one tokenizer's runs, read as the period finder needs them: a number with "st", "nd",
// "rd" or "th" glued to it is an ordinal (5th, 1st); white space and control characters are
// left out.
std::vector<Token> tokenize_english(std::string_view text) {
  std::vector<Token> tokens;
  const std::vector<EnglishToken> runs = english_tokens(text);
  for (std::size_t r = 0; r < runs.size(); ++r) {
    const EnglishToken& run = runs[r];
    Token token;
    token.begin = run.begin;
    token.end = run.end;
    switch (run.kind) {
      case EnglishTokenKind::kWord:
        token.kind = Token::Kind::kWord;
        token.capitalized = run.capitalized();
        token.lower = run.lower();
        break;
      case EnglishTokenKind::kNumber: {
        token.kind = Token::Kind::kNumber;
        token.digits = run.text.size();
        if (token.digits <= 6) {
          token.value = 0;
          for (char digit : run.text)
            token.value = token.value * 10 + (digit - '0');
        }
        if (r + 1 < runs.size() && runs[r + 1].is(EnglishTokenKind::kWord) &&
            runs[r + 1].begin == run.end && runs[r + 1].text.size() == 2) {
          const std::string suffix = runs[r + 1].lower();
          if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") {
            token.ordinal = true;
            token.end = runs[++r].end;
          }
        }
        break;
      }
      case EnglishTokenKind::kNonAscii:
        token.kind = Token::Kind::kOther;
        break;
      case EnglishTokenKind::kSymbol: {
        const auto c = static_cast<unsigned char>(run.text[0]);
        if (c < ' ' || c == 0x7F) continue;
        token.kind = Token::Kind::kPunct;
        token.lower = std::string(run.text);
        break;
      }
      case EnglishTokenKind::kSpace:
        continue;
    }
    tokens.push_back(std::move(token));
  }
  return tokens;
}

struct YearRef {
  std::optional<int> year;  // nothing: "of the year", the context year
  std::size_t next = 0;
  bool last_year = false;
};

class EnglishScanner {
 public:
  EnglishScanner(std::string_view text, CalendarDate article)
      : tokens_(tokenize_english(text)), article_(article), anchor_ok_(usable_anchor(article)) {}

  std::vector<Match> scan() const {
    std::vector<Match> matches;
    std::size_t i = 0;
    while (i < tokens_.size()) {
      std::optional<Found> best;
      keep_longest(best, prefixed(i));
      keep_longest(best, range(i));
      keep_longest(best, unit(i, false));
      keep_longest(best, past_span(i));
      if (!best) {
        ++i;
        continue;
      }
      Match match;
      match.begin = tokens_[i].begin;
      match.end = tokens_[best->next - 1].end;
      match.comparison = comparison_before(i);
      match.found = std::move(*best);
      i = match.found.next;
      matches.push_back(std::move(match));
    }
    return matches;
  }

 private:
  bool word(std::size_t i, std::string_view text) const {
    return i < tokens_.size() && tokens_[i].kind == Token::Kind::kWord && tokens_[i].lower == text;
  }

  bool punct(std::size_t i, char c) const {
    return i < tokens_.size() && tokens_[i].kind == Token::Kind::kPunct && tokens_[i].lower[0] == c;
  }

  std::optional<std::size_t> seq(std::size_t i,
                                 std::initializer_list<std::string_view> words) const {
    for (std::string_view text : words) {
      if (!word(i, text)) return std::nullopt;
      ++i;
    }
    return i;
  }

  std::optional<int> month_at(std::size_t i) const {
    static constexpr std::array<std::string_view, 12> kMonths{
        "january", "february", "march",     "april",   "may",      "june",
        "july",    "august",   "september", "october", "november", "december"};
    if (i >= tokens_.size() || tokens_[i].kind != Token::Kind::kWord || !tokens_[i].capitalized)
      return std::nullopt;
    for (std::size_t m = 0; m < kMonths.size(); ++m) {
      if (tokens_[i].lower == kMonths[m]) return static_cast<int>(m) + 1;
    }
    return std::nullopt;
  }

  std::optional<int> day_at(std::size_t i) const {
    if (i >= tokens_.size() || tokens_[i].kind != Token::Kind::kNumber || tokens_[i].digits > 2)
      return std::nullopt;
    if (tokens_[i].value < 1 || tokens_[i].value > 31) return std::nullopt;
    return tokens_[i].value;
  }

  // "1,953" and "0.1953" are not years, nor is a number followed by % or a currency.
  std::optional<int> year_number_at(std::size_t i) const {
    if (i >= tokens_.size()) return std::nullopt;
    const Token& token = tokens_[i];
    if (token.kind != Token::Kind::kNumber || token.digits != 4 || token.ordinal ||
        token.value < 1900 || token.value > 1999) {
      return std::nullopt;
    }
    if (i >= 2 && glued(i - 2, i - 1, i)) return std::nullopt;
    if (glued(i, i + 1, i + 2)) return std::nullopt;
    if (punct(i + 1, '%') || word(i + 1, "percent") || word(i + 1, "yuan")) return std::nullopt;
    return token.value;
  }

  // Two numbers joined by a comma or point with no space: one number such as 12,000 or 3.5.
  bool glued(std::size_t left, std::size_t separator, std::size_t right) const {
    if (right >= tokens_.size() || !(punct(separator, ',') || punct(separator, '.'))) return false;
    return tokens_[left].kind == Token::Kind::kNumber &&
           tokens_[right].kind == Token::Kind::kNumber &&
           tokens_[left].end == tokens_[separator].begin &&
           tokens_[separator].end == tokens_[right].begin;
  }

  // Whether a bare four-digit number is a year: the word before it must make it a date.
  bool year_context(std::size_t i) const {
    if (i == 0) return false;
    static constexpr std::array<std::string_view, 20> kWords{
        "in",    "of",      "for",     "since", "to",         "than",  "from",
        "until", "till",    "during",  "by",    "before",     "after", "with",
        "year",  "between", "through", "over",  "throughout", "early"};
    const Token& before = tokens_[i - 1];
    if (before.kind == Token::Kind::kWord &&
        std::find(kWords.begin(), kWords.end(), before.lower) != kWords.end()) {
      return true;
    }
    // "1953 and 1954", "1953-1954"
    const bool joins = word(i - 1, "and") || word(i - 1, "or") || punct(i - 1, '-');
    return joins && i >= 2 && tokens_[i - 2].kind == Token::Kind::kNumber &&
           tokens_[i - 2].digits == 4;
  }

  bool comparison_before(std::size_t i) const {
    if (i == 0) return false;
    if (word(i - 1, "than") || word(i - 1, "over")) return true;
    return i >= 2 && (word(i - 1, "to") || word(i - 1, "with")) &&
           (word(i - 2, "compared") || word(i - 2, "comparison") || word(i - 2, "compare") ||
            word(i - 2, "relative") || word(i - 2, "contrast"));
  }

  std::optional<int> count_at(std::size_t i) const {
    static constexpr std::array<std::string_view, 12> kCounts{"one",  "two", "three",  "four",
                                                              "five", "six", "seven",  "eight",
                                                              "nine", "ten", "eleven", "twelve"};
    if (i >= tokens_.size()) return std::nullopt;
    const Token& token = tokens_[i];
    if (token.kind == Token::Kind::kNumber && !token.ordinal && token.digits <= 2 &&
        token.value >= 1) {
      return token.value;
    }
    for (std::size_t k = 0; k < kCounts.size(); ++k) {
      if (word(i, kCounts[k])) return static_cast<int>(k) + 1;
    }
    return std::nullopt;
  }

  std::optional<YearRef> relative_year(std::size_t i) const {
    if (!anchor_ok_) return std::nullopt;
    if (auto next = seq(i, {"last", "year"})) return YearRef{article_.year - 1, *next, true};
    if (auto next = seq(i, {"this", "year"})) return YearRef{article_.year, *next, false};
    if (auto next = seq(i, {"next", "year"})) return YearRef{article_.year + 1, *next, false};
    if (auto next = seq(i, {"the", "year", "before", "last"}))
      return YearRef{article_.year - 2, *next, false};
    return std::nullopt;
  }

  // The year written after a month or quarter: "this year", "of last year", "of 1954",
  // "1953", ", 1954" (after a day), "of the year" (the context year).
  std::optional<YearRef> year_suffix(std::size_t i, bool allow_comma) const {
    if (auto ref = relative_year(i)) return ref;
    if (auto year = year_number_at(i)) return YearRef{*year, i + 1, false};
    if (allow_comma && punct(i, ',')) {
      if (auto year = year_number_at(i + 1)) return YearRef{*year, i + 2, false};
    }
    if (word(i, "of")) {
      if (auto ref = relative_year(i + 1)) return ref;
      if (auto year = year_number_at(i + 1)) return YearRef{*year, i + 2, false};
      if (auto next = seq(i + 1, {"the", "year"})) return YearRef{std::nullopt, *next, false};
      if (auto next = seq(i + 1, {"the", "same", "year"}))
        return YearRef{std::nullopt, *next, false};
    }
    return std::nullopt;
  }

  void apply_suffix(Found& found, bool allow_comma) const {
    auto suffix = year_suffix(found.next, allow_comma);
    if (!suffix) return;
    found.next = suffix->next;
    if (suffix->year) {
      found.spec.year = suffix->year;
      found.named = true;
      found.last_year = suffix->last_year;
    }
  }

  struct Dekad {
    int first_day = 0;
    int last_day = 0;  // 0: the month's last day
    std::size_t next = 0;
  };

  // "early", "mid-", "late", "the last ten days of": a ten-day part of the month that follows.
  std::optional<Dekad> dekad_prefix(std::size_t i) const {
    if (word(i, "early")) return Dekad{1, 10, i + 1};
    if (word(i, "late")) return Dekad{21, 0, i + 1};
    if (word(i, "mid")) return Dekad{11, 20, punct(i + 1, '-') ? i + 2 : i + 1};
    if (auto next = seq(i, {"the", "beginning", "of"})) return Dekad{1, 10, *next};
    if (auto next = seq(i, {"the", "middle", "of"})) return Dekad{11, 20, *next};
    if (auto next = seq(i, {"the", "first", "ten", "days", "of"})) return Dekad{1, 10, *next};
    if (auto next = seq(i, {"the", "middle", "ten", "days", "of"})) return Dekad{11, 20, *next};
    if (auto next = seq(i, {"the", "last", "ten", "days", "of"})) return Dekad{21, 0, *next};
    return std::nullopt;
  }

  // Months, days of a month and ten-day parts of a month, with any year written after them.
  std::optional<Found> monthish(std::size_t i) const {
    auto dekad = dekad_prefix(i);
    Found found;
    found.kind = UnitKind::kMonthish;
    if (dekad) {
      auto month = month_at(dekad->next);
      if (!month) return std::nullopt;
      found.spec = days_spec(*month, dekad->first_day, dekad->last_day, Granularity::kRange);
      found.next = dekad->next + 1;
      apply_suffix(found, false);
      return found;
    }
    if (auto month = month_at(i)) {
      if (auto day = day_at(i + 1)) {
        // June 5th; June 4th and 5th; June 4 to 6
        int last = *day;
        std::size_t j = i + 2;
        if (word(j, "and") || word(j, "to") || word(j, "through") || punct(j, '-')) {
          if (auto second = day_at(j + 1); second && *second > *day) {
            last = *second;
            j += 2;
          }
        }
        found.spec =
            days_spec(*month, *day, last, last == *day ? Granularity::kDay : Granularity::kRange);
        found.next = j;
        apply_suffix(found, true);
        return found;
      }
      // April; January and February; April, May and June (only consecutive months join)
      int last = *month;
      std::size_t j = i + 1;
      for (;;) {
        std::size_t k = j;
        if (punct(k, ',')) ++k;
        if (word(k, "and")) ++k;
        auto following = month_at(k);
        if (k == j || !following || *following != last + 1) break;
        last = *following;
        j = k + 1;
      }
      found.spec = months_spec(*month, last);
      found.next = j;
      apply_suffix(found, true);
      return found;
    }
    if (auto day = day_at(i)) {
      // 5th of June, 5 June
      const std::size_t j = word(i + 1, "of") ? i + 2 : i + 1;
      auto month = month_at(j);
      if (!month) return std::nullopt;
      found.spec = days_spec(*month, *day, *day, Granularity::kDay);
      found.next = j + 1;
      apply_suffix(found, true);
      return found;
    }
    return std::nullopt;
  }

  std::optional<int> quarter_ordinal(std::size_t i) const {
    static constexpr std::array<std::string_view, 4> kOrdinals{"first", "second", "third",
                                                               "fourth"};
    for (std::size_t k = 0; k < kOrdinals.size(); ++k) {
      if (word(i, kOrdinals[k])) return static_cast<int>(k) + 1;
    }
    if (word(i, "last")) return 4;
    if (i < tokens_.size() && tokens_[i].kind == Token::Kind::kNumber && tokens_[i].ordinal &&
        tokens_[i].value >= 1 && tokens_[i].value <= 4) {
      return tokens_[i].value;
    }
    return std::nullopt;
  }

  // the first quarter; the first and second quarters; first-quarter; the third quarter of 1954
  std::optional<Found> quarter(std::size_t i) const {
    std::size_t j = word(i, "the") ? i + 1 : i;
    auto first = quarter_ordinal(j);
    if (!first) return std::nullopt;
    int last = *first;
    ++j;
    if (word(j, "and") || word(j, "to") || punct(j, '-')) {
      if (auto second = quarter_ordinal(j + 1); second && *second > *first) {
        last = *second;
        j += 2;
      }
    }
    if (punct(j, '-')) ++j;
    if (!word(j, "quarter") && !word(j, "quarters")) return std::nullopt;
    Found found;
    found.kind = UnitKind::kQuarter;
    found.spec = quarters_spec(*first, last);
    found.next = j + 1;
    apply_suffix(found, false);
    return found;
  }

  // Only halves of a year: "the first half of the month" is not a period.
  std::optional<Found> half(std::size_t i) const {
    std::size_t j = word(i, "the") ? i + 1 : i;
    int which = 0;
    if (word(j, "first"))
      which = 1;
    else if (word(j, "second") || word(j, "latter") || word(j, "later") || word(j, "last"))
      which = 2;
    if (which == 0 || !word(j + 1, "half") || !word(j + 2, "of")) return std::nullopt;
    Found found;
    found.kind = UnitKind::kHalf;
    found.spec = half_spec(which);
    j += 3;
    if (auto ref = relative_year(j)) {
      found.spec.year = ref->year;
      found.named = true;
      found.last_year = ref->last_year;
      found.next = ref->next;
    } else if (auto year = year_number_at(j)) {
      found.spec.year = *year;
      found.named = true;
      found.next = j + 1;
    } else if (auto next = seq(j, {"the", "year"})) {
      found.next = *next;
    } else if (auto same = seq(j, {"the", "same", "year"})) {
      found.next = *same;
    } else {
      return std::nullopt;
    }
    return found;
  }

  std::optional<Found> year_unit(std::size_t i, bool in_target) const {
    Found found;
    found.kind = UnitKind::kYear;
    if (auto ref = relative_year(i)) {
      found.spec = year_spec(ref->year);
      found.named = true;
      found.last_year = ref->last_year;
      found.next = ref->next;
      return found;
    }
    if (auto year = year_number_at(i); year && year_context(i)) {
      found.spec = year_spec(*year);
      found.named = true;
      found.next = i + 1;
      return found;
    }
    // "in the same year" follows the year written before it; "the year" alone is too loose
    // to be a period except after "the end of".
    if (auto next = seq(i, {"the", "same", "year"})) {
      found.spec = year_spec(std::nullopt);
      found.next = *next;
      return found;
    }
    if (in_target) {
      if (auto next = seq(i, {"the", "year"})) {
        found.spec = year_spec(std::nullopt);
        found.next = *next;
        return found;
      }
    }
    return std::nullopt;
  }

  std::optional<Found> month_ref(std::size_t i) const {
    if (!anchor_ok_ || !word(i + 1, "month")) return std::nullopt;
    int delta = 0;
    if (word(i, "last"))
      delta = -1;
    else if (word(i, "next"))
      delta = 1;
    else if (!word(i, "this"))
      return std::nullopt;
    Found found;
    found.kind = UnitKind::kMonthish;
    found.spec = month_ref_spec(article_, delta);
    found.next = i + 2;
    return found;
  }

  std::optional<Found> unit(std::size_t i, bool in_target) const {
    std::optional<Found> best;
    keep_longest(best, monthish(i));
    keep_longest(best, quarter(i));
    keep_longest(best, half(i));
    keep_longest(best, year_unit(i, in_target));
    keep_longest(best, month_ref(i));
    return best;
  }

  // "by the end of June", "as of the end of April this year", "within the first quarter"
  std::optional<Found> prefixed(std::size_t i) const {
    struct Prefix {
      std::array<std::string_view, 5> words;
      std::size_t count;
      EndMode mode;
    };
    static constexpr std::array<Prefix, 13> kPrefixes{{
        {{"as", "of", "the", "end", "of"}, 5, EndMode::kEndPoint},
        {{"as", "of", "the", "close", "of"}, 5, EndMode::kEndPoint},
        {{"as", "of"}, 2, EndMode::kEndPoint},
        {{"by", "the", "end", "of"}, 4, EndMode::kEndAuto},
        {{"by", "the", "close", "of"}, 4, EndMode::kEndAuto},
        {{"before", "the", "end", "of"}, 4, EndMode::kEndDeadline},
        {{"until", "the", "end", "of"}, 4, EndMode::kEndAuto},
        {{"till", "the", "end", "of"}, 4, EndMode::kEndAuto},
        {{"up", "to", "the", "end", "of"}, 5, EndMode::kEndAuto},
        {{"the", "end", "of"}, 3, EndMode::kEndAuto},
        {{"the", "close", "of"}, 3, EndMode::kEndAuto},
        {{"end", "of"}, 2, EndMode::kEndAuto},
        {{"within"}, 1, EndMode::kWithin},
    }};
    for (const Prefix& prefix : kPrefixes) {
      std::size_t j = i;
      bool matched = true;
      for (std::size_t k = 0; k < prefix.count && matched; ++k, ++j)
        matched = word(j, prefix.words[k]);
      if (!matched) continue;
      auto target = unit(j, true);
      if (!target) continue;
      target->mode = prefix.mode;
      return target;
    }
    return std::nullopt;
  }

  // "from April to June", "between March and June", "January to April this year"
  std::optional<Found> range(std::size_t i) const {
    const bool from = word(i, "from");
    const bool between = word(i, "between");
    const std::size_t j = from || between ? i + 1 : i;
    auto a = unit(j, true);
    if (!a || a->mode != EndMode::kNone) return std::nullopt;
    std::size_t k = a->next;
    const bool joined = between ? word(k, "and")
                                : word(k, "to") || word(k, "until") || word(k, "till") ||
                                      word(k, "through") || punct(k, '-');
    if (!joined) return std::nullopt;
    ++k;
    if (from) {
      if (auto next = seq(k, {"the", "end", "of"})) k = *next;
    }
    auto b = unit(k, true);
    if (!b) return std::nullopt;
    if (!from && !between && (a->kind != UnitKind::kMonthish || b->kind != UnitKind::kMonthish))
      return std::nullopt;
    Found found;
    found.spec = combine(a->spec, b->spec);
    found.next = b->next;
    found.named = a->named || b->named;
    found.last_year = a->last_year || b->last_year;
    found.is_range = true;
    return found;
  }

  // "the past year", "the past two years", "the last three months"
  std::optional<Found> past_span(std::size_t i) const {
    if (!anchor_ok_) return std::nullopt;
    std::size_t j = word(i, "the") ? i + 1 : i;
    const bool past = word(j, "past");
    if (!past && !word(j, "last")) return std::nullopt;
    ++j;
    auto count = count_at(j);
    if (count) ++j;
    std::optional<Spec> spec;
    if (word(j, "year") && !count && past) {
      spec = rolling_spec(article_, 12);
    } else if (word(j, "years") && count && *count >= 2) {
      spec = calendar_years_spec(article_, *count);
    } else if (word(j, "months") && count) {
      spec = rolling_spec(article_, *count);
    } else if (word(j, "month") && !count && past) {
      spec = rolling_spec(article_, 1);
    }
    if (!spec) return std::nullopt;
    Found found;
    found.spec = *spec;
    found.next = j + 1;
    return found;
  }

  std::vector<Token> tokens_;
  CalendarDate article_;
  bool anchor_ok_;
};

// ---------------------------------------------------------------------------------------------
// Chinese

// 0-9 for the Chinese digits (in every form chinese_numbers reads) and ASCII or full-width
// digits; -1 otherwise.
int zh_digit(char32_t c) {
  if (c >= U'0' && c <= U'9') return static_cast<int>(c - U'0');
  if (c >= U'０' && c <= U'９') return static_cast<int>(c - U'０');
  return chinese_digit_value(c).value_or(-1);
}

bool is_arabic_digit(char32_t c) {
  return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９');
}

// 廿 (20) and 卅 (30) are written only in dates; 几 (some) ends a numeral as well.
bool is_numeral(char32_t c) {
  static constexpr std::u32string_view kOthers = U"几廿卅";
  return zh_digit(c) >= 0 || is_chinese_numeral_char(c) ||
         kOthers.find(c) != std::u32string_view::npos;
}

bool is_range_joiner(char32_t c) {
  static constexpr std::u32string_view kJoiners = U"到至—－-～~";
  return kJoiners.find(c) != std::u32string_view::npos;
}

struct Number {
  int value = 0;
  std::size_t next = 0;
};

struct YearAtom {
  std::optional<int> year;
  std::size_t next = 0;
  bool named = false;
  bool last_year = false;
};

class ChineseScanner {
 public:
  ChineseScanner(std::string_view text, CalendarDate article)
      : points_(decode_all(text)), article_(article), anchor_ok_(usable_anchor(article)) {
    chars_.reserve(points_.size());
    for (const CharAt& c : points_)
      chars_.push_back(c.value);
  }

  std::vector<Match> scan() const {
    std::vector<Match> matches;
    std::size_t i = 0;
    while (i < points_.size()) {
      std::optional<Found> best;
      keep_longest(best, up_to(i));
      keep_longest(best, from_range(i));
      keep_longest(best, unit(i));
      keep_longest(best, recent(i));
      keep_longest(best, month_ref(i));
      keep_longest(best, dateline(i));
      if (!best) {
        ++i;
        continue;
      }
      Match match;
      match.begin = points_[i].begin;
      match.end = points_[best->next - 1].end;
      match.comparison = i > 0 && std::u32string_view(U"比较和与同跟").find(at(i - 1)) !=
                                      std::u32string_view::npos;
      match.found = std::move(*best);
      i = match.found.next;
      matches.push_back(std::move(match));
    }
    return matches;
  }

 private:
  char32_t at(std::size_t i) const { return i < points_.size() ? points_[i].value : 0; }

  bool lit(std::size_t i, std::u32string_view text) const {
    for (char32_t c : text) {
      if (at(i) != c) return false;
      ++i;
    }
    return true;
  }

  bool in(std::size_t i, std::u32string_view chars) const {
    return i < points_.size() && chars.find(at(i)) != std::u32string_view::npos;
  }

  // A numeral that continues one before it (三十二月, 1953) is not a month or day.
  bool numeral_before(std::size_t i) const { return i > 0 && is_numeral(at(i - 1)); }

  // 1-99: 四, 十二, 二十一, 廿五, 12, １２; 两 only where a count is read.
  std::optional<Number> small(std::size_t i, bool allow_liang) const {
    if (i >= chars_.size()) return std::nullopt;
    const auto numeral = read_small_numeral(std::u32string_view(chars_).substr(i), allow_liang);
    if (!numeral) return std::nullopt;
    return Number{numeral->value, i + numeral->length};
  }

  // 一九五三年, 1953年, 一九五四年度: four digits read one by one.
  std::optional<YearAtom> written_year(std::size_t i) const {
    if (numeral_before(i)) return std::nullopt;
    int value = 0;
    for (std::size_t k = 0; k < 4; ++k) {
      const int digit = zh_digit(at(i + k));
      if (digit < 0) return std::nullopt;
      value = value * 10 + digit;
    }
    if (at(i + 4) != U'年') return std::nullopt;
    std::size_t next = i + 5;
    if (at(next) == U'度') ++next;
    return YearAtom{value, next, true, false};
  }

  std::optional<YearAtom> year_atom(std::size_t i) const {
    if (auto written = written_year(i)) return written;
    if (lit(i, U"同年") && !in(i + 2, U"龄级纪辈") && !(i > 0 && in(i - 1, U"不相共如等同")))
      return YearAtom{std::nullopt, i + 2, false, false};
    if (!anchor_ok_) return std::nullopt;
    int delta = 0;
    bool last = false;
    if (lit(i, U"去年")) {
      delta = -1;
      last = true;
    } else if (lit(i, U"今年")) {
      delta = 0;
    } else if (lit(i, U"本年度")) {
      return YearAtom{article_.year, i + 3, true, false};
    } else if (lit(i, U"明年") &&
               !(i > 0 && in(i - 1, U"说证表声阐注标指发查透聪光文英精鲜简分开清申"))) {
      delta = 1;
    } else if (lit(i, U"前年") && !(i > 0 && (is_numeral(at(i - 1)) ||
                                              in(i - 1, U"年以之提目当空眼面跟生事先战多数")))) {
      delta = -2;
    } else {
      return std::nullopt;
    }
    std::size_t next = i + 2;
    if (at(next) == U'度') ++next;
    return YearAtom{article_.year + delta, next, true, last};
  }

  // After 底 / 末: 止 and 为止 make a point, 前 / 以前 / 之前 a deadline. 内 makes the unit a
  // deadline.
  EndMode end_modifier(std::size_t& j, bool allow_zhong) const {
    if (at(j) == U'底' || at(j) == U'末' || (allow_zhong && at(j) == U'终')) {
      ++j;
      if (at(j) == U'止') {
        ++j;
        return EndMode::kEndPoint;
      }
      if (lit(j, U"为止")) {
        j += 2;
        return EndMode::kEndPoint;
      }
      if (at(j) == U'前') {
        ++j;
        return EndMode::kEndDeadline;
      }
      if (lit(j, U"以前") || lit(j, U"之前")) {
        j += 2;
        return EndMode::kEndDeadline;
      }
      return EndMode::kEndAuto;
    }
    if (at(j) == U'内') {
      ++j;
      return EndMode::kWithin;
    }
    if (lit(j, U"以内") || lit(j, U"之内")) {
      j += 2;
      return EndMode::kWithin;
    }
    return EndMode::kNone;
  }

  // 四日, 四日和五日, 四、五日, 四日至六日
  std::optional<std::pair<Number, int>> days(std::size_t i) const {
    auto first = small(i, false);
    if (!first || first->value > 31) return std::nullopt;
    std::size_t j = first->next;
    if (at(j) == U'、') {
      auto second = small(j + 1, false);
      if (!second || second->value <= first->value || second->value > 31 ||
          !in(second->next, U"日号")) {
        return std::nullopt;
      }
      return std::pair{Number{first->value, second->next + 1}, second->value};
    }
    if (!in(j, U"日号")) return std::nullopt;
    ++j;
    if (in(j, U"和及与、至到—－-～~")) {
      auto second = small(j + 1, false);
      if (second && second->value > first->value && second->value <= 31 &&
          in(second->next, U"日号")) {
        return std::pair{Number{first->value, second->next + 1}, second->value};
      }
    }
    return std::pair{Number{first->value, j}, first->value};
  }

  // 四月, 四月份, 一、二两月份, 一至四月份, 二月下旬, 六月四日和五日, 一月间, 四月底止, 四月内
  std::optional<Found> month_expr(std::size_t i) const {
    if (numeral_before(i)) return std::nullopt;
    auto first = small(i, false);
    if (!first || first->value > 12) return std::nullopt;
    int last = first->value;
    std::size_t j = first->next;
    bool list = false;
    while (at(j) == U'、') {
      auto following = small(j + 1, false);
      if (!following || following->value != last + 1) break;
      last = following->value;
      j = following->next;
      list = true;
    }
    if (list) {
      // 一、二两月份, 一、二两个月
      const int count = at(j) == U'两' ? 2 : zh_digit(at(j));
      if (count == last - first->value + 1 && !is_arabic_digit(at(j))) {
        ++j;
        if (at(j) == U'个' && at(j + 1) == U'月') ++j;
      }
    } else if (is_range_joiner(at(j))) {
      auto following = small(j + 1, false);
      if (following && following->value > last && following->value <= 12 &&
          at(following->next) == U'月') {
        last = following->value;
        j = following->next;
      }
    }
    if (at(j) != U'月') return std::nullopt;
    ++j;
    if (at(j) == U'份') ++j;
    Found found;
    found.kind = UnitKind::kMonthish;
    found.spec = months_spec(first->value, last);
    if (last != first->value) {
      if (at(j) == U'间') ++j;
      found.next = j;
      return found;
    }
    const int month = first->value;
    if (lit(j, U"上旬")) {
      found.spec = days_spec(month, 1, 10, Granularity::kRange);
      j += 2;
    } else if (lit(j, U"中旬")) {
      found.spec = days_spec(month, 11, 20, Granularity::kRange);
      j += 2;
    } else if (lit(j, U"下旬")) {
      found.spec = days_spec(month, 21, 0, Granularity::kRange);
      j += 2;
    } else if (at(j) == U'初') {
      found.spec = days_spec(month, 1, 10, Granularity::kRange);
      ++j;
    } else if (auto day = days(j)) {
      const int first_day = day->first.value;
      found.spec = days_spec(month, first_day, day->second,
                             first_day == day->second ? Granularity::kDay : Granularity::kRange);
      j = day->first.next;
    } else if (in(j, U"间中")) {
      ++j;
    } else {
      found.mode = end_modifier(j, false);
    }
    found.next = j;
    return found;
  }

  // 第一季度, 一季度, 第一季, 第一、二季度, 第一季度内, 第一季度末
  std::optional<Found> quarter_expr(std::size_t i) const {
    std::size_t j = i;
    const bool ordinal = at(j) == U'第';
    if (ordinal)
      ++j;
    else if (numeral_before(i))
      return std::nullopt;
    auto first = small(j, false);
    if (!first || first->value > 4) return std::nullopt;
    int last = first->value;
    j = first->next;
    while (at(j) == U'、') {
      auto following = small(j + 1, false);
      if (!following || following->value != last + 1 || following->value > 4) break;
      last = following->value;
      j = following->next;
    }
    if (last != first->value && at(j) == U'两') ++j;
    if (lit(j, U"季度"))
      j += 2;
    else if (ordinal && at(j) == U'季')
      ++j;
    else
      return std::nullopt;
    Found found;
    found.kind = UnitKind::kQuarter;
    found.spec = quarters_spec(first->value, last);
    found.mode = end_modifier(j, false);
    found.next = j;
    return found;
  }

  std::optional<Found> half_expr(std::size_t i) const {
    int which = 0;
    if (lit(i, U"上半年") || lit(i, U"前半年"))
      which = 1;
    else if (lit(i, U"下半年") || lit(i, U"后半年"))
      which = 2;
    else
      return std::nullopt;
    Found found;
    found.kind = UnitKind::kHalf;
    found.spec = half_spec(which);
    std::size_t j = i + 3;
    found.mode = end_modifier(j, false);
    found.next = j;
    return found;
  }

  // A year, a month, quarter or half with or without a year before it, and what ends them.
  std::optional<Found> base_unit(std::size_t i) const {
    auto year = year_atom(i);
    const std::size_t j = year ? year->next : i;
    std::optional<Found> best;
    keep_longest(best, month_expr(j));
    keep_longest(best, quarter_expr(j));
    keep_longest(best, half_expr(j));
    if (best) {
      if (year) {
        best->spec.year = year->year;
        best->named = year->named;
        best->last_year = year->last_year;
      }
      return best;
    }
    Found found;
    found.kind = UnitKind::kYear;
    std::size_t k = j;
    if (year) {
      found.spec = year_spec(year->year);
      found.named = year->named;
      found.last_year = year->last_year;
      if (at(k) == U'年' && in(k + 1, U"底末终")) ++k;  // 今年年底
      found.mode = end_modifier(k, true);
      found.next = k;
      return found;
    }
    // 年底, 年内 alone: the context year; not 每年底 (every year) nor 三年内 (a duration).
    if (at(i) != U'年' || numeral_before(i) || (i > 0 && in(i - 1, U"每去今明前本同")))
      return std::nullopt;
    k = i + 1;
    found.mode = end_modifier(k, true);
    if (found.mode == EndMode::kNone) return std::nullopt;
    found.spec = year_spec(std::nullopt);
    found.next = k;
    return found;
  }

  // 今年一月份到四月份, 从四月到六月 (after 从), 一九五三年到一九五四年
  std::optional<Found> unit(std::size_t i) const {
    auto a = base_unit(i);
    if (!a || a->mode != EndMode::kNone || !is_range_joiner(at(a->next))) return a;
    auto b = base_unit(a->next + 1);
    if (!b || b->mode == EndMode::kWithin) return a;
    Found found;
    found.spec = combine(a->spec, b->spec);
    found.next = b->next;
    found.named = a->named || b->named;
    found.last_year = a->last_year || b->last_year;
    found.is_range = true;
    return found;
  }

  // 截至今年四月底止, 到四月底止, 到六月底
  std::optional<Found> up_to(std::size_t i) const {
    std::size_t j = i;
    if (lit(i, U"截至到") || lit(i, U"截止到"))
      j += 3;
    else if (lit(i, U"截至") || lit(i, U"截止"))
      j += 2;
    else if (in(i, U"到至迄"))
      j += 1;
    else
      return std::nullopt;
    const bool as_of = j > i + 1;
    auto target = unit(j);
    if (!target || target->is_range) return std::nullopt;
    std::size_t k = target->next;
    const bool stop = at(k) == U'止' || lit(k, U"为止");
    if (stop) k += at(k) == U'止' ? 1 : 2;
    if (as_of || stop)
      target->mode = EndMode::kEndPoint;
    else if (target->mode != EndMode::kEndAuto && target->mode != EndMode::kEndPoint)
      return std::nullopt;
    target->next = k;
    return target;
  }

  // 从四月到六月: 从 joins the match only when a range follows it.
  std::optional<Found> from_range(std::size_t i) const {
    if (!in(i, U"从自由")) return std::nullopt;
    auto range = unit(i + 1);
    if (!range || !range->is_range) return std::nullopt;
    return range;
  }

  // 一年来, 两年以来, 三个月来 (rolling); 过去两年, 过去的一年 (calendar years)
  std::optional<Found> recent(std::size_t i) const {
    if (!anchor_ok_) return std::nullopt;
    std::optional<Spec> spec;
    std::size_t j = i;
    if (lit(i, U"过去")) {
      j = i + 2;
      if (at(j) == U'的') ++j;
      auto count = small(j, true);
      if (!count || at(count->next) != U'年') return std::nullopt;
      spec = calendar_years_spec(article_, count->value);
      j = count->next + 1;
    } else {
      if (numeral_before(i)) return std::nullopt;
      auto count = small(i, true);
      if (!count) return std::nullopt;
      j = count->next;
      int months = 0;
      if (at(j) == U'年') {
        months = count->value * 12;
        ++j;
      } else if (lit(j, U"个月")) {
        months = count->value;
        j += 2;
      } else {
        return std::nullopt;
      }
      if (at(j) == U'来')
        ++j;
      else if (lit(j, U"以来"))
        j += 2;
      else
        return std::nullopt;
      spec = rolling_spec(article_, months);
    }
    if (!spec) return std::nullopt;
    Found found;
    found.spec = *spec;
    found.next = j;
    return found;
  }

  std::optional<Found> month_ref(std::size_t i) const {
    if (!anchor_ok_) return std::nullopt;
    struct Ref {
      std::u32string_view text;
      int delta;
    };
    static constexpr std::array<Ref, 5> kRefs{
        {{U"本月", 0}, {U"上个月", -1}, {U"上月", -1}, {U"下个月", 1}, {U"下月", 1}}};
    const auto ref = std::find_if(kRefs.begin(), kRefs.end(),
                                  [&](const Ref& candidate) { return lit(i, candidate.text); });
    if (ref == kRefs.end()) return std::nullopt;
    const int delta = ref->delta;
    const std::size_t length = ref->text.size();
    Found found;
    found.kind = UnitKind::kMonthish;
    found.spec = month_ref_spec(article_, delta);
    found.next = i + length;
    if (at(found.next) == U'份') ++found.next;
    return found;
  }

  // 【新华社五日讯】, 新华社北京五日电: a day with no month.
  std::optional<Found> dateline(std::size_t i) const {
    if (numeral_before(i) || (i > 0 && at(i - 1) == U'月')) return std::nullopt;
    auto day = small(i, false);
    if (!day || at(day->next) != U'日' || !in(day->next + 1, U"讯电")) return std::nullopt;
    auto date = dateline_day(day->value, article_);
    if (!date) return std::nullopt;
    Found found;
    found.spec = fixed_spec(*date, *date, Granularity::kDay);
    found.next = day->next + 1;
    return found;
  }

  std::vector<CharAt> points_;
  std::u32string chars_;  // the values of points_, for the numeral reader
  CalendarDate article_;
  bool anchor_ok_;
};

}  // namespace

std::optional<CalendarDate> last_day_of_month(int year, int month) {
  for (int day = 31; day >= 28; --day) {
    if (is_valid_date(year, month, day)) return CalendarDate{year, month, day};
  }
  return std::nullopt;
}

std::optional<CalendarDate> previous_day(CalendarDate date) {
  if (!is_valid_date(date.year, date.month, date.day)) return std::nullopt;
  if (date.day > 1) return CalendarDate{date.year, date.month, date.day - 1};
  if (date.month > 1) return last_day_of_month(date.year, date.month - 1);
  return last_day_of_month(date.year - 1, 12);
}

std::optional<CalendarDate> months_before(CalendarDate date, int months) {
  if (!is_valid_date(date.year, date.month, date.day) || date.year > kMaxYear || months < 0 ||
      months > 12 * kMaxYear) {
    return std::nullopt;
  }
  const int total = date.year * 12 + (date.month - 1) - months;
  if (total < 12) return std::nullopt;
  const int year = total / 12;
  const int month = total % 12 + 1;
  auto last = last_day_of_month(year, month);
  if (!last) return std::nullopt;
  return CalendarDate{year, month, std::min(date.day, last->day)};
}

std::optional<CalendarDate> dateline_day(int day, CalendarDate article_date) {
  if (!usable_anchor(article_date) || day < 1 || day > 31) return std::nullopt;
  int year = article_date.year;
  int month = article_date.month;
  if (day > article_date.day && --month == 0) {
    month = 12;
    --year;
  }
  if (!is_valid_date(year, month, day)) return std::nullopt;
  return CalendarDate{year, month, day};
}

std::vector<Period> find_english_periods(std::string_view sentence, CalendarDate article_date) {
  const EnglishScanner scanner(sentence, article_date);
  return resolve(scanner.scan(), sentence, article_date, usable_anchor(article_date));
}

std::vector<Period> find_chinese_periods(std::string_view sentence, CalendarDate article_date) {
  const ChineseScanner scanner(sentence, article_date);
  return resolve(scanner.scan(), sentence, article_date, usable_anchor(article_date));
}

}  // namespace coopgraph::extract
