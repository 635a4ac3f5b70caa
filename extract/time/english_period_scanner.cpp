#include "extract/time/english_period_scanner.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <string>
#include <utility>

#include "extract/text/english_tokens.h"
#include "extract/time/period_finder.h"

namespace coopgraph::extract::periods {
namespace {

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
    return scan_longest(
        tokens_,
        [&](std::size_t i) {
          std::optional<Found> best;
          keep_longest(best, prefixed(i));
          keep_longest(best, range(i));
          keep_longest(best, unit(i, false));
          keep_longest(best, past_span(i));
          return best;
        },
        [&](std::size_t i) { return comparison_before(i); });
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
    return range_of(*a, *b);
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

}  // namespace

std::vector<Match> scan_english_periods(std::string_view sentence, CalendarDate article_date) {
  return EnglishScanner(sentence, article_date).scan();
}

}  // namespace coopgraph::extract::periods
