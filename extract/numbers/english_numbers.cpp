#include "extract/numbers/english_numbers.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>

#include "extract/numbers/decimal.h"
#include "extract/text/english_tokens.h"

namespace coopgraph::extract {
namespace {

enum class TokenType : std::uint8_t { kWord, kNumber, kJunk, kPercent, kHyphen, kComma, kOther };

struct Token {
  TokenType type = TokenType::kOther;
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string word;  // lower-cased, words only
  bool capitalized = false;
  DecimalLiteral literal;  // numbers only
};

struct Entry {
  std::string_view word;
  std::int64_t value;
};

constexpr auto kUnits = std::to_array<Entry>(
    {{"zero", 0},     {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},
     {"five", 5},     {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},
     {"ten", 10},     {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},
     {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}});
constexpr auto kTens = std::to_array<Entry>({{"twenty", 20},
                                             {"thirty", 30},
                                             {"forty", 40},
                                             {"fifty", 50},
                                             {"sixty", 60},
                                             {"seventy", 70},
                                             {"eighty", 80},
                                             {"ninety", 90}});
constexpr auto kOrdinalUnits = std::to_array<Entry>({{"first", 1},
                                                     {"second", 2},
                                                     {"third", 3},
                                                     {"fourth", 4},
                                                     {"fifth", 5},
                                                     {"sixth", 6},
                                                     {"seventh", 7},
                                                     {"eighth", 8},
                                                     {"ninth", 9},
                                                     {"tenth", 10},
                                                     {"eleventh", 11},
                                                     {"twelfth", 12},
                                                     {"thirteenth", 13},
                                                     {"fourteenth", 14},
                                                     {"fifteenth", 15},
                                                     {"sixteenth", 16},
                                                     {"seventeenth", 17},
                                                     {"eighteenth", 18},
                                                     {"nineteenth", 19}});
constexpr auto kOrdinalTens = std::to_array<Entry>({{"twentieth", 20},
                                                    {"thirtieth", 30},
                                                    {"fortieth", 40},
                                                    {"fiftieth", 50},
                                                    {"sixtieth", 60},
                                                    {"seventieth", 70},
                                                    {"eightieth", 80},
                                                    {"ninetieth", 90}});
// Scale words with their power of ten.
constexpr auto kScales = std::to_array<Entry>(
    {{"hundred", 2}, {"thousand", 3}, {"million", 6}, {"billion", 9}, {"trillion", 12}});
constexpr auto kOrdinalScales =
    std::to_array<Entry>({{"hundredth", 2}, {"thousandth", 3}, {"millionth", 6}, {"billionth", 9}});
constexpr auto kMonths = std::to_array<Entry>({{"january", 1},
                                               {"february", 2},
                                               {"march", 3},
                                               {"april", 4},
                                               {"may", 5},
                                               {"june", 6},
                                               {"july", 7},
                                               {"august", 8},
                                               {"september", 9},
                                               {"october", 10},
                                               {"november", 11},
                                               {"december", 12}});

// After "one", these make it a count rather than a pronoun ("one year", not "one of").
constexpr auto kOneUnitNouns = std::to_array<std::string_view>(
    {"year",     "month",    "week",    "day",         "hour",      "minute",   "yuan",
     "jin",      "catty",    "li",      "mu",          "ton",       "kilogram", "metre",
     "meter",    "mile",     "person",  "member",      "household", "county",   "city",
     "province", "district", "village", "cooperative", "percent"});
// Denominators that turn a preceding count into a fraction, which is not read.
constexpr auto kPluralDenominators = std::to_array<std::string_view>(
    {"halves", "thirds", "quarters", "fourths", "fifths", "sixths", "sevenths", "eighths", "ninths",
     "tenths", "hundredths", "thousandths"});
constexpr auto kSingularDenominators = std::to_array<std::string_view>(
    {"half", "third", "quarter", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
     "hundredth", "thousandth"});

enum class Effect : std::uint8_t { kLower, kUpper, kApproximate, kNearly };

struct Qualifier {
  std::array<std::string_view, 3> words;
  Effect effect;
};

constexpr auto kQualifiers = std::to_array<Qualifier>({
    {{"more", "than", ""}, Effect::kLower},      {{"over", "", ""}, Effect::kLower},
    {{"above", "", ""}, Effect::kLower},         {{"at", "least", ""}, Effect::kLower},
    {{"no", "less", "than"}, Effect::kLower},    {{"not", "less", "than"}, Effect::kLower},
    {{"upwards", "of", ""}, Effect::kLower},     {{"in", "excess", "of"}, Effect::kLower},
    {{"exceeding", "", ""}, Effect::kLower},     {{"less", "than", ""}, Effect::kUpper},
    {{"fewer", "than", ""}, Effect::kUpper},     {{"under", "", ""}, Effect::kUpper},
    {{"below", "", ""}, Effect::kUpper},         {{"up", "to", ""}, Effect::kUpper},
    {{"at", "most", ""}, Effect::kUpper},        {{"no", "more", "than"}, Effect::kUpper},
    {{"not", "more", "than"}, Effect::kUpper},   {{"approximately", "", ""}, Effect::kApproximate},
    {{"about", "", ""}, Effect::kApproximate},   {{"around", "", ""}, Effect::kApproximate},
    {{"roughly", "", ""}, Effect::kApproximate}, {{"an", "estimated", ""}, Effect::kApproximate},
    {{"nearly", "", ""}, Effect::kNearly},       {{"almost", "", ""}, Effect::kNearly},
    {{"close", "to", ""}, Effect::kNearly},
});

// "or more" and friends after the number.
constexpr auto kSuffixQualifiers = std::to_array<Qualifier>({
    {{"or", "more", ""}, Effect::kLower},
    {{"or", "above", ""}, Effect::kLower},
    {{"or", "over", ""}, Effect::kLower},
    {{"and", "above", ""}, Effect::kLower},
    {{"and", "over", ""}, Effect::kLower},
    {{"or", "less", ""}, Effect::kUpper},
    {{"or", "fewer", ""}, Effect::kUpper},
    {{"or", "below", ""}, Effect::kUpper},
    {{"or", "so", ""}, Effect::kApproximate},
});

template <std::size_t N>
std::optional<std::int64_t> lookup(const std::array<Entry, N>& table, std::string_view word) {
  for (const Entry& entry : table) {
    if (entry.word == word) return entry.value;
  }
  return std::nullopt;
}

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view word) {
  for (std::string_view item : list) {
    if (item == word) return true;
  }
  return false;
}

bool is_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// The one tokenizer's runs, read as the number finder needs them: a number is the decimal
// literal starting at its first digit (12,000.5 spans a comma and a point).
std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    const EnglishToken run = english_token_at(text, i);
    if (run.is(EnglishTokenKind::kSpace)) {
      ++i;
      continue;
    }
    Token token;
    token.begin = i;
    std::size_t j = run.end;
    if (run.is(EnglishTokenKind::kWord)) {
      token.word = run.lower();
      token.type = TokenType::kWord;
      token.capitalized = run.capitalized();
    } else if (run.is(EnglishTokenKind::kNumber)) {
      token.literal = scan_decimal_literal(text, i);
      j = i + token.literal.length;
      // Digits glued to letters ("B52") or dotted runs ("1.2.3") are labels, not amounts.
      bool label = i > 0 && is_alpha(text[i - 1]);
      while (j + 1 < text.size() && text[j] == '.' && is_digit(text[j + 1])) {
        label = true;
        ++j;
        while (j < text.size() && is_digit(text[j]))
          ++j;
      }
      token.type = label ? TokenType::kJunk : TokenType::kNumber;
    } else if (run.is_symbol('%')) {
      token.type = TokenType::kPercent;
    } else if (run.is_symbol('-')) {
      token.type = TokenType::kHyphen;
    } else if (run.is_symbol(',')) {
      token.type = TokenType::kComma;
    }
    token.end = j;
    i = j;
    tokens.push_back(std::move(token));
  }
  return tokens;
}

// One number phrase: digits with optional scale words, or number words.
struct Core {
  std::size_t first = 0;  // token range [first, end)
  std::size_t end = 0;
  std::optional<Decimal> value;  // nullopt: overflow
  // For "four hundred": base 4, multiplier 100, so "three or four hundred" can share it.
  std::optional<Decimal> base;
  Decimal multiplier = Decimal::from_int(1);
  bool ordinal = false;
  bool from_digits = false;
  bool plain_four_digits = false;  // "1953", not "1,953" or "1953.5"
  bool decade = false;             // "1950s"
  bool lone_one = false;
  std::string_view only_word;  // the single word, when the phrase is one word
};

class Parser {
 public:
  Parser(std::string_view text, std::vector<Token> tokens)
      : text_(text), tokens_(std::move(tokens)) {}

  std::vector<NumberMention> run() {
    std::size_t i = 0;
    while (i < tokens_.size()) {
      const auto next = try_at(i);
      i = next ? *next : i + 1;
    }
    return std::move(out_);
  }

 private:
  struct Flags {
    bool lower = false;
    bool upper = false;
    bool approximate = false;
  };

  const Token* token(std::size_t i) const { return i < tokens_.size() ? &tokens_[i] : nullptr; }
  bool is_word(std::size_t i, std::string_view word) const {
    const Token* t = token(i);
    return t != nullptr && t->type == TokenType::kWord && t->word == word;
  }
  std::optional<std::int64_t> month_at(std::size_t i) const {
    const Token* t = token(i);
    if (t == nullptr || t->type != TokenType::kWord || !t->capitalized) return std::nullopt;
    return lookup(kMonths, t->word);
  }
  std::optional<std::int64_t> plain_integer_at(std::size_t i) const {
    const Token* t = token(i);
    if (t == nullptr || t->type != TokenType::kNumber || t->literal.grouped ||
        t->literal.has_point || !t->literal.value) {
      return std::nullopt;
    }
    return t->literal.value->to_int64();
  }
  bool adjacent(std::size_t a, std::size_t b) const {
    return token(a) != nullptr && token(b) != nullptr && tokens_[a].end == tokens_[b].begin;
  }

  std::optional<std::size_t> match_words(std::size_t i, const Qualifier& q) const {
    std::size_t k = i;
    for (std::string_view word : q.words) {
      if (word.empty()) break;
      if (!is_word(k, word)) return std::nullopt;
      ++k;
    }
    return k;
  }

  template <std::size_t N>
  std::size_t read_qualifiers(std::size_t i, const std::array<Qualifier, N>& table,
                              Flags* flags) const {
    for (const Qualifier& q : table) {
      if (const auto end = match_words(i, q)) {
        switch (q.effect) {
          case Effect::kLower:
            flags->lower = true;
            break;
          case Effect::kUpper:
            flags->upper = true;
            break;
          case Effect::kApproximate:
            flags->approximate = true;
            break;
          case Effect::kNearly:
            flags->approximate = true;
            flags->upper = true;
            break;
        }
        return *end;
      }
    }
    return i;
  }

  std::optional<Core> parse_digits(std::size_t i) const {
    const Token& t = tokens_[i];
    Core core;
    core.first = i;
    core.from_digits = true;
    core.value = t.literal.value;
    std::size_t j = i + 1;
    if (adjacent(i, j) && tokens_[j].type == TokenType::kWord) {
      const std::string& suffix = tokens_[j].word;
      if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") {
        core.ordinal = true;
        core.end = j + 1;
        return core;
      }
      if (suffix == "s" && t.literal.integer_digits == 4 && !t.literal.grouped &&
          !t.literal.has_point) {
        core.decade = true;
        core.end = j + 1;
        return core;
      }
    }
    core.base = core.value;
    std::int64_t previous = 99;
    while (const Token* next = token(j)) {
      if (next->type != TokenType::kWord) break;
      const auto exponent = lookup(kScales, next->word);
      // "five hundred thousand" is fine, "thousand million" stacking is not.
      if (!exponent || *exponent == previous || (*exponent > previous && previous != 2)) break;
      const auto multiplier = core.multiplier.scaled_by_pow10(static_cast<int>(*exponent));
      if (!multiplier) break;
      core.multiplier = *multiplier;
      if (core.value) core.value = core.value->scaled_by_pow10(static_cast<int>(*exponent));
      previous = *exponent;
      ++j;
    }
    core.end = j;
    core.plain_four_digits =
        j == i + 1 && t.literal.integer_digits == 4 && !t.literal.grouped && !t.literal.has_point;
    return core;
  }

  std::optional<Core> parse_words(std::size_t i) const {
    enum class Last { kNone, kArticle, kUnit, kTeen, kTens, kHundred, kScale, kAnd };
    Core core;
    core.first = i;
    Last last = Last::kNone;
    std::int64_t total = 0;
    std::int64_t current = 0;
    std::int64_t last_scale = 99;
    std::optional<std::int64_t> before_scales;  // value when the first scale word came
    bool words_after_scale = false;
    std::int64_t multiplier_exponent = 0;
    std::int64_t dozen = 1;
    std::size_t j = i;

    const auto can_start_group = [&last] {
      return last == Last::kNone || last == Last::kHundred || last == Last::kScale ||
             last == Last::kAnd;
    };
    const auto add_small = [&](std::int64_t value, Last kind) {
      current += value;
      last = kind;
      if (before_scales) words_after_scale = true;
    };
    const auto apply_scale = [&](std::int64_t exponent) {
      if (!before_scales) before_scales = total + (current == 0 ? 1 : current);
      std::int64_t factor = 1;
      for (std::int64_t e = 0; e < exponent; ++e)
        factor *= 10;
      multiplier_exponent += exponent;
      if (exponent == 2) {
        current = (current == 0 ? 1 : current) * 100;
        last = Last::kHundred;
      } else {
        total += (current == 0 ? 1 : current) * factor;
        current = 0;
        last_scale = exponent;
        last = Last::kScale;
      }
    };

    if ((is_word(j, "a") || is_word(j, "an")) && token(j + 1) != nullptr &&
        (lookup(kScales, tokens_[j + 1].word) || tokens_[j + 1].word == "dozen")) {
      last = Last::kArticle;
      ++j;
    }
    while (const Token* t = token(j)) {
      if (t->type == TokenType::kHyphen) {
        // Only "twenty-one" style compounds.
        const Token* next = token(j + 1);
        if (last != Last::kTens || !adjacent(j - 1, j) || !adjacent(j, j + 1) ||
            next->type != TokenType::kWord) {
          break;
        }
        const auto unit = lookup(kUnits, next->word);
        const auto ordinal_unit = lookup(kOrdinalUnits, next->word);
        if (!((unit && *unit >= 1 && *unit <= 9) || (ordinal_unit && *ordinal_unit <= 9))) break;
        ++j;
        continue;
      }
      if (t->type != TokenType::kWord) break;
      const std::string& w = t->word;
      if (const auto unit = lookup(kUnits, w)) {
        const bool after_tens = last == Last::kTens && *unit >= 1 && *unit <= 9;
        if (!can_start_group() && !after_tens) break;
        add_small(*unit, *unit >= 10 ? Last::kTeen : Last::kUnit);
      } else if (const auto tens = lookup(kTens, w)) {
        if (!can_start_group()) break;
        add_small(*tens, Last::kTens);
      } else if (const auto scale = lookup(kScales, w)) {
        const bool has_count = last == Last::kArticle || last == Last::kUnit ||
                               last == Last::kTeen || last == Last::kTens ||
                               (last == Last::kHundred && *scale > 2);
        if (!has_count || (*scale == 2 && current >= 100) || (*scale > 2 && *scale >= last_scale)) {
          break;
        }
        apply_scale(*scale);
      } else if (w == "and") {
        const Token* next = token(j + 1);
        const bool number_follows =
            next != nullptr && next->type == TokenType::kWord &&
            (lookup(kUnits, next->word) || lookup(kTens, next->word) ||
             lookup(kOrdinalUnits, next->word) || lookup(kOrdinalTens, next->word));
        if ((last != Last::kHundred && last != Last::kScale) || !number_follows) break;
        last = Last::kAnd;
      } else if (w == "dozen") {
        if (last != Last::kArticle && last != Last::kUnit && last != Last::kTeen &&
            last != Last::kTens) {
          break;
        }
        if (last == Last::kArticle) current = 1;
        dozen = 12;
        last = Last::kUnit;
        ++j;
        break;
      } else if (const auto ordinal = lookup(kOrdinalUnits, w)) {
        const bool after_tens = last == Last::kTens && *ordinal <= 9;
        if (!can_start_group() && !after_tens) break;
        add_small(*ordinal, Last::kUnit);
        core.ordinal = true;
        ++j;
        break;
      } else if (const auto ordinal_tens = lookup(kOrdinalTens, w)) {
        if (!can_start_group()) break;
        add_small(*ordinal_tens, Last::kTens);
        core.ordinal = true;
        ++j;
        break;
      } else if (const auto ordinal_scale = lookup(kOrdinalScales, w)) {
        // "the hundredth" has an implicit one, like "a hundred".
        if (last != Last::kNone && last != Last::kUnit && last != Last::kTeen &&
            last != Last::kTens) {
          break;
        }
        apply_scale(*ordinal_scale);
        core.ordinal = true;
        ++j;
        break;
      } else {
        break;
      }
      ++j;
    }
    if (last == Last::kNone || last == Last::kArticle || last == Last::kAnd || j == i) {
      return std::nullopt;
    }
    core.end = j;
    core.value = Decimal::from_int((total + current) * dozen);
    if (before_scales && !words_after_scale && dozen == 1) {
      core.base = Decimal::from_int(*before_scales);
      core.multiplier = Decimal::from_int(1)
                            .scaled_by_pow10(static_cast<int>(multiplier_exponent))
                            .value_or(Decimal::from_int(1));
    } else if (!before_scales && dozen == 1) {
      core.base = core.value;
    }
    if (j == i + 1) core.only_word = tokens_[i].word;
    core.lone_one = core.only_word == "one";
    return core;
  }

  std::optional<Core> parse_core(std::size_t i) const {
    const Token* t = token(i);
    if (t == nullptr) return std::nullopt;
    if (t->type == TokenType::kNumber) return parse_digits(i);
    if (t->type == TokenType::kWord) return parse_words(i);
    return std::nullopt;
  }

  // Index after a percent marker at k, if there is one.
  std::optional<std::size_t> read_percent(std::size_t k) const {
    const Token* t = token(k);
    if (t == nullptr) return std::nullopt;
    if (t->type == TokenType::kPercent) return k + 1;
    if (is_word(k, "percent") || is_word(k, "pct")) return k + 1;
    if (is_word(k, "per") && is_word(k + 1, "cent")) return k + 2;
    if (is_word(k, "per") && token(k + 1) != nullptr && tokens_[k + 1].type == TokenType::kHyphen &&
        is_word(k + 2, "cent")) {
      return k + 3;
    }
    return std::nullopt;
  }

  // Index after a fraction denominator ("two-thirds", "one half"), if there is one.
  std::optional<std::size_t> read_denominator(const Core& core) const {
    std::size_t k = core.end;
    if (token(k) != nullptr && tokens_[k].type == TokenType::kHyphen && adjacent(k - 1, k)) ++k;
    const Token* t = token(k);
    if (t == nullptr || t->type != TokenType::kWord) return std::nullopt;
    if (contains(kPluralDenominators, t->word)) return k + 1;
    if (core.lone_one && contains(kSingularDenominators, t->word)) return k + 1;
    return std::nullopt;
  }

  bool one_is_a_count(std::size_t k) const {
    if (token(k) != nullptr && tokens_[k].type == TokenType::kHyphen && adjacent(k - 1, k)) ++k;
    const Token* t = token(k);
    return t != nullptr && t->type == TokenType::kWord && contains(kOneUnitNouns, t->word);
  }

  bool is_day_number(const Core& core) const {
    if (!core.from_digits || !core.value || !core.value->is_integer() || core.end == 0) {
      return false;
    }
    const Token& t = tokens_[core.first];
    if (t.literal.grouped || t.literal.has_point || core.end > core.first + 2) return false;
    if (core.end == core.first + 2 && !core.ordinal) return false;
    const auto day = core.value->to_int64();
    return day && *day >= 1 && *day <= 31;
  }

  // "June 4th", "4 June", "the 5th of June", "June 4th and 5th".
  bool in_date_context(const Core& core, std::size_t start) const {
    if (!is_day_number(core)) return false;
    if (start > 0 && month_at(start - 1)) return true;
    if (month_at(core.end) || (is_word(core.end, "of") && month_at(core.end + 1))) return true;
    if (!last_day_end_ || *last_day_end_ >= start) return false;
    for (std::size_t k = *last_day_end_; k < start; ++k) {
      const Token& t = tokens_[k];
      const bool joiner = t.type == TokenType::kComma || t.type == TokenType::kHyphen ||
                          is_word(k, "and") || is_word(k, "to") || is_word(k, "or");
      if (!joiner) return false;
    }
    return true;
  }

  NumberMention make_mention(std::size_t first, std::size_t end) const {
    NumberMention m;
    m.begin = tokens_[first].begin;
    m.end = tokens_[end - 1].end;
    m.text = std::string(text_.substr(m.begin, m.end - m.begin));
    m.language = Language::kEnglish;
    return m;
  }

  void emit(NumberMention mention, std::size_t end_token) {
    if (mention.kind == NumberKind::kDay) last_day_end_ = end_token;
    last_end_ = end_token;
    last_kind_ = mention.kind;
    out_.push_back(std::move(mention));
  }

  // "1954-11-20" as in article headers.
  std::optional<std::size_t> try_iso_date(std::size_t i) {
    const auto year = plain_integer_at(i);
    const auto month = plain_integer_at(i + 2);
    const auto day = plain_integer_at(i + 4);
    if (!year || !month || !day || tokens_[i].literal.integer_digits != 4) return std::nullopt;
    for (std::size_t k = i; k < i + 4; ++k) {
      if (!adjacent(k, k + 1)) return std::nullopt;
    }
    if (tokens_[i + 1].type != TokenType::kHyphen || tokens_[i + 3].type != TokenType::kHyphen ||
        *month < 1 || *month > 12 || *day < 1 || *day > 31) {
      return std::nullopt;
    }
    const std::array<std::pair<NumberKind, std::int64_t>, 3> parts = {
        {{NumberKind::kYear, *year}, {NumberKind::kMonth, *month}, {NumberKind::kDay, *day}}};
    for (std::size_t p = 0; p < parts.size(); ++p) {
      NumberMention m = make_mention(i + 2 * p, i + 2 * p + 1);
      m.kind = parts[p].first;
      m.low = Decimal::from_int(parts[p].second);
      emit(std::move(m), i + 2 * p + 1);
    }
    return i + 5;
  }

  // A month name is reported only next to a day or year, so "from April to June" is not.
  std::optional<std::size_t> try_month_name(std::size_t i) {
    const auto month = month_at(i);
    if (!month) return std::nullopt;
    bool dated = false;
    if (const auto next = plain_integer_at(i + 1)) {
      dated = (*next >= 1 && *next <= 31) ||
              (tokens_[i + 1].literal.integer_digits == 4 && *next >= 1800 && *next <= 2099);
    }
    if (last_kind_ == NumberKind::kDay && last_end_ &&
        (*last_end_ == i || (*last_end_ + 1 == i && is_word(i - 1, "of")))) {
      dated = true;
    }
    if (!dated) return std::nullopt;
    NumberMention m = make_mention(i, i + 1);
    m.kind = NumberKind::kMonth;
    m.low = Decimal::from_int(*month);
    emit(std::move(m), i + 1);
    return i + 1;
  }

  struct Range {
    Decimal low;
    Decimal high;
    std::size_t end = 0;
    bool percent = false;
  };

  // "three or four hundred", "20 to 30 percent", "between 20 and 30".
  std::optional<Range> read_range(const Core& first, bool first_percent, std::size_t k,
                                  std::size_t start, bool between) const {
    const bool joined_by_or = is_word(k, "or");
    const bool joined_by_to = is_word(k, "to") && !(start > 0 && is_word(start - 1, "from"));
    const bool joined_by_and = between && is_word(k, "and");
    // "20-30", but only between digits written without spaces.
    const bool joined_by_hyphen = token(k) != nullptr && tokens_[k].type == TokenType::kHyphen &&
                                  adjacent(k - 1, k) && adjacent(k, k + 1) && first.from_digits &&
                                  tokens_[k + 1].type == TokenType::kNumber;
    if (!joined_by_or && !joined_by_to && !joined_by_and && !joined_by_hyphen) return std::nullopt;
    if (first.ordinal || first.decade || !first.value) return std::nullopt;
    const auto second = parse_core(k + 1);
    if (!second || second->ordinal || second->decade || !second->value) return std::nullopt;
    if (first.plain_four_digits && second->plain_four_digits) return std::nullopt;  // years
    std::size_t end = second->end;
    const auto second_percent = read_percent(end);
    if (second_percent) end = *second_percent;
    if (first_percent && !second_percent) return std::nullopt;
    Range range;
    range.high = *second->value;
    range.end = end;
    range.percent = first_percent || second_percent.has_value();
    const Decimal one = Decimal::from_int(1);
    if (first.multiplier == one && second->base && second->multiplier > one &&
        *first.value < *second->base) {
      const auto low = first.value->times(second->multiplier);
      if (!low) return std::nullopt;
      range.low = *low;
    } else {
      range.low = *first.value;
    }
    if (!(range.low < range.high)) return std::nullopt;
    return range;
  }

  std::optional<std::size_t> try_at(std::size_t i) {
    if (const auto next = try_iso_date(i)) return next;
    if (const auto next = try_month_name(i)) return next;

    Flags flags;
    const bool between = is_word(i, "between");
    const std::size_t core_start = between ? i + 1 : read_qualifiers(i, kQualifiers, &flags);
    const auto core = parse_core(core_start);
    if (!core) return std::nullopt;
    if (!core->ordinal) {
      if (const auto skip = read_denominator(*core)) return skip;
    }

    std::size_t k = core->end;
    bool percent = false;
    if (!core->ordinal) {
      if (const auto after = read_percent(k)) {
        percent = true;
        k = *after;
      }
    }
    const bool odd = token(k) != nullptr && tokens_[k].type == TokenType::kHyphen &&
                     adjacent(k - 1, k) && adjacent(k, k + 1) && is_word(k + 1, "odd");
    if (odd) {
      flags.lower = true;  // "twenty-odd"
      k += 2;
    }
    const std::size_t suffix_end = read_qualifiers(k, kSuffixQualifiers, &flags);
    std::optional<Range> range;
    if (suffix_end == k && !odd) range = read_range(*core, percent, k, i, between);
    if (between && !range) return std::nullopt;
    k = range ? range->end : suffix_end;

    if (core->lone_one && !range && !percent && !one_is_a_count(core->end)) return std::nullopt;
    // "one second", "per second": the unit of time.
    if (core->only_word == "second" && core->first > 0) {
      const Token& before = tokens_[core->first - 1];
      if (before.type == TokenType::kNumber || is_word(core->first - 1, "per") ||
          (before.type == TokenType::kWord &&
           (lookup(kUnits, before.word) || lookup(kTens, before.word)))) {
        return std::nullopt;
      }
    }

    NumberMention m = make_mention(i, k);
    m.lower_bound = flags.lower;
    m.upper_bound = flags.upper;
    m.approximate = flags.approximate;
    const bool qualified = flags.lower || flags.upper || flags.approximate;
    if (!core->value) {
      m.overflow = true;
    } else if (range) {
      m.low = range->low;
      m.high = range->high;
      percent = range->percent;
    } else {
      m.low = *core->value;
    }

    if (percent) {
      m.kind = NumberKind::kPercent;
    } else if (!m.overflow && !range && !qualified && in_date_context(*core, core_start)) {
      m.kind = NumberKind::kDay;
    } else if (core->ordinal) {
      m.kind = NumberKind::kOrdinal;
    } else if (core->decade) {
      m.kind = NumberKind::kYear;
      m.approximate = true;
    } else if (!m.overflow && !range && !qualified && core->plain_four_digits &&
               m.low >= Decimal::from_int(1800) && m.low <= Decimal::from_int(2099)) {
      m.kind = NumberKind::kYear;
    }
    emit(std::move(m), k);
    return k;
  }

  std::string_view text_;
  std::vector<Token> tokens_;
  std::vector<NumberMention> out_;
  std::optional<std::size_t> last_day_end_;
  std::optional<std::size_t> last_end_;
  NumberKind last_kind_ = NumberKind::kQuantity;
};

}  // namespace

std::vector<NumberMention> find_english_numbers(std::string_view text) {
  return Parser(text, tokenize(text)).run();
}

}  // namespace coopgraph::extract
