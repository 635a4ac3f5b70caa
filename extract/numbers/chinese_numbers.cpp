#include "extract/numbers/chinese_numbers.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <utility>

#include "extract/numbers/decimal.h"
#include "extract/text/han.h"
#include "extract/text/utf8.h"

namespace coopgraph::extract {
namespace {

char32_t code_point_at(std::string_view text, std::size_t pos) {
  return decode_utf8(text, pos).value;
}

// The code point ending just before pos, or 0.
char32_t code_point_before(std::string_view text, std::size_t pos) {
  return decode_utf8_before(text, pos).value;
}

struct CharValue {
  char32_t c;
  int value;
};

// Everyday and financial (大写) forms, plus traditional variants.
constexpr auto kDigitChars = std::to_array<CharValue>(
    {{U'〇', 0}, {U'零', 0}, {U'一', 1}, {U'壹', 1}, {U'二', 2}, {U'贰', 2}, {U'貳', 2}, {U'三', 3},
     {U'叁', 3}, {U'參', 3}, {U'四', 4}, {U'肆', 4}, {U'五', 5}, {U'伍', 5}, {U'六', 6}, {U'陆', 6},
     {U'陸', 6}, {U'七', 7}, {U'柒', 7}, {U'八', 8}, {U'捌', 8}, {U'九', 9}, {U'玖', 9}});
// Power of ten of each unit.
constexpr auto kSmallUnits = std::to_array<CharValue>(
    {{U'十', 1}, {U'拾', 1}, {U'百', 2}, {U'佰', 2}, {U'千', 3}, {U'仟', 3}});
constexpr auto kBigUnits =
    std::to_array<CharValue>({{U'万', 4}, {U'萬', 4}, {U'亿', 8}, {U'億', 8}});

template <std::size_t N>
std::optional<int> find_char(const std::array<CharValue, N>& table, char32_t c) {
  for (const CharValue& entry : table) {
    if (entry.c == c) return entry.value;
  }
  return std::nullopt;
}

std::optional<int> digit_value(char32_t c) {
  return find_char(kDigitChars, c);
}
bool is_liang(char32_t c) {
  return c == U'两' || c == U'兩';
}
int small_unit_exponent(char32_t c) {
  return find_char(kSmallUnits, c).value_or(0);
}
int big_unit_exponent(char32_t c) {
  return find_char(kBigUnits, c).value_or(0);
}

bool is_numeral_char(char32_t c) {
  return digit_value(c) || is_liang(c) || small_unit_exponent(c) != 0 || big_unit_exponent(c) != 0;
}

bool is_ascii_alpha(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool literal_digit_at(std::string_view text, std::size_t pos) {
  const char32_t c = code_point_at(text, pos);
  return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
}

bool starts_with(std::string_view text, std::size_t pos, std::string_view word) {
  return pos <= text.size() && text.substr(pos).starts_with(word);
}

// ---------------------------------------------------------------------------------------
// Numerals are read in two steps: a lexer that checks the order of digits and units and
// records terms, then an evaluator run once for the low and once for the high end of a
// range such as 三四百.

enum class TermType : std::uint8_t { kValue, kRange, kSmallUnit, kBigUnit, kFraction };

struct Term {
  TermType type = TermType::kValue;
  Decimal low;
  Decimal high;
  int exponent = 0;
  bool abbreviated = false;  // 一万五: the 五 means 5000
};

struct Numeral {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::vector<Term> terms;
  std::string digit_string;  // 一九五三 read digit by digit
  bool digit_by_digit = false;
  bool plain_ascii = false;  // one ASCII/full-width integer without separators
  std::size_t ascii_digits = 0;
  bool has_range = false;
  bool approximate = false;
  bool lower_bound = false;
  bool overflow = false;
};

struct DigitRun {
  std::vector<int> digits;
  std::vector<std::size_t> ends;  // byte offset after each digit
  bool starts_with_liang = false;
};

// Consecutive Chinese digits; 两 only first, since it never appears in 一九五三-style runs.
DigitRun read_digit_run(std::string_view text, std::size_t pos) {
  DigitRun run;
  while (pos < text.size()) {
    const Utf8Char cp = decode_utf8(text, pos);
    if (const auto d = digit_value(cp.value)) {
      run.digits.push_back(*d);
    } else if (is_liang(cp.value) && run.digits.empty()) {
      run.digits.push_back(2);
      run.starts_with_liang = true;
    } else {
      break;
    }
    pos += cp.length;
    run.ends.push_back(pos);
  }
  return run;
}

bool is_unit_at(std::string_view text, std::size_t pos) {
  const char32_t c = code_point_at(text, pos);
  return small_unit_exponent(c) != 0 || big_unit_exponent(c) != 0;
}

class NumeralLexer {
 public:
  explicit NumeralLexer(std::string_view text) : text_(text) {}

  std::optional<Numeral> lex(std::size_t start) {
    Numeral n;
    n.begin = start;
    pos_ = start;
    while (pos_ < text_.size()) {
      const Utf8Char cp = decode_utf8(text_, pos_);
      const bool handled = literal_digit_at(text_, pos_)                   ? ascii(n)
                           : (digit_value(cp.value) || is_liang(cp.value)) ? digits(n)
                           : cp.value == U'几'                             ? few(n, cp)
                           : small_unit_exponent(cp.value) != 0            ? small_unit(n, cp)
                           : big_unit_exponent(cp.value) != 0              ? big_unit(n, cp)
                           : (cp.value == U'多' || cp.value == U'余')      ? more(n, cp)
                           : cp.value == U'点'                             ? point(n, cp)
                                                                           : false;
      if (!handled || done_) break;
    }
    if (last_ == Last::kNone) return std::nullopt;
    n.end = pos_;
    return n;
  }

 private:
  enum class Last : std::uint8_t { kNone, kValue, kSmall, kBig, kMore, kFraction };

  bool ascii(Numeral& n) {
    if (last_ != Last::kNone && last_ != Last::kBig) return false;
    // Digits glued to letters or to a longer digit run (B52, the 2 of H52) are labels.
    const char32_t before = code_point_before(text_, pos_);
    if (last_ == Last::kNone && (is_ascii_alpha(before) || (before >= '0' && before <= '9') ||
                                 (before >= 0xFF10 && before <= 0xFF19))) {
      return false;
    }
    const DecimalLiteral literal = scan_decimal_literal(text_, pos_);
    if (!literal.value) n.overflow = true;
    n.plain_ascii = last_ == Last::kNone && !literal.grouped && !literal.has_point;
    n.ascii_digits = literal.integer_digits;
    push_value(n, literal.value.value_or(Decimal{}), false);
    value_is_ascii_ = true;
    pos_ += literal.length;
    return true;
  }

  bool digits(Numeral& n) {
    if (last_ != Last::kNone && last_ != Last::kSmall && last_ != Last::kBig) return false;
    const DigitRun run = read_digit_run(text_, pos_);
    if (last_ == Last::kNone) {
      if (run.digits[0] == 0) {
        // 零点五 is 0.5, but 零 never starts a count (零售, 零件).
        if (run.digits.size() != 1 || code_point_at(text_, run.ends[0]) != U'点') return false;
        push_value(n, Decimal{}, false);
        pos_ = run.ends[0];
        return true;
      }
      if (run.digits.size() == 1 && (run.digits[0] == 1 || run.digits[0] == 3) &&
          !run.starts_with_liang && is_liang(code_point_at(text_, run.ends[0]))) {
        return vague_pair(n, run);  // 一两个, 三两天
      }
      if (run.digits.size() >= 2 && !run.starts_with_liang && !consecutive(run, 0)) {
        // 一九五三: a code-like reading with no units after it.
        n.digit_by_digit = true;
        for (int d : run.digits)
          n.digit_string.push_back(static_cast<char>('0' + d));
        pos_ = run.ends.back();
        last_ = Last::kValue;
        done_ = true;
        return true;
      }
      return value_or_range(n, run, 0, false);
    }
    std::size_t index = 0;
    bool after_zero = false;
    if (run.digits[0] == 0) {  // 一百零五: a placeholder zero
      while (index < run.digits.size() && run.digits[index] == 0)
        ++index;
      if (index == run.digits.size()) return false;
      after_zero = true;
    }
    if (run.starts_with_liang && !is_unit_at(text_, run.ends[0])) return false;  // 十两: weight
    return value_or_range(n, run, index, after_zero);
  }

  // 一两 is one or two, 三两 two or three; 两 is the second digit only here.
  bool vague_pair(Numeral& n, const DigitRun& run) {
    Term term;
    term.type = TermType::kRange;
    term.low = Decimal::from_int(std::min(run.digits[0], 2));
    term.high = Decimal::from_int(std::max(run.digits[0], 2));
    n.terms.push_back(term);
    n.has_range = true;
    pos_ = run.ends[0] + decode_utf8(text_, run.ends[0]).length;
    last_ = Last::kValue;
    value_is_ascii_ = false;
    return true;
  }

  static bool consecutive(const DigitRun& run, std::size_t index) {
    return run.digits.size() == index + 2 && run.digits[index] != 0 &&
           run.digits[index + 1] == run.digits[index] + 1;
  }

  bool value_or_range(Numeral& n, const DigitRun& run, std::size_t index, bool after_zero) {
    if (!n.has_range && consecutive(run, index)) {  // 三四百, 十一二
      Term term;
      term.type = TermType::kRange;
      term.low = Decimal::from_int(run.digits[index]);
      term.high = Decimal::from_int(run.digits[index + 1]);
      n.terms.push_back(term);
      n.has_range = true;
      pos_ = run.ends[index + 1];
    } else {
      const bool abbreviated = !after_zero && last_unit_exponent_ >= 2 && last_ != Last::kNone;
      push_value(n, Decimal::from_int(run.digits[index]), abbreviated);
      pos_ = run.ends[index];
    }
    last_ = Last::kValue;
    value_is_ascii_ = false;
    return true;
  }

  // 几 as "some digit": 十几 is 11..19, 几百 is 100..900.
  bool few(Numeral& n, const Utf8Char& cp) {
    if (n.has_range) return false;
    const bool before_unit = is_unit_at(text_, pos_ + cp.length);
    const bool after_ten = last_ == Last::kSmall && last_unit_exponent_ == 1;
    if (!((last_ == Last::kNone || last_ == Last::kBig) && before_unit) && !after_ten) {
      return false;
    }
    Term term;
    term.type = TermType::kRange;
    term.low = Decimal::from_int(1);
    term.high = Decimal::from_int(9);
    n.terms.push_back(term);
    n.has_range = true;
    n.approximate = true;
    pos_ += cp.length;
    last_ = Last::kValue;
    value_is_ascii_ = false;
    return true;
  }

  bool small_unit(Numeral& n, const Utf8Char& cp) {
    const int exponent = small_unit_exponent(cp.value);
    const bool implicit_one = last_ == Last::kNone || last_ == Last::kBig;
    if (implicit_one && exponent != 1) return false;  // only 十 stands alone
    if (!implicit_one && last_ != Last::kValue) return false;
    if (exponent >= section_limit_) return false;
    Term term;
    term.type = TermType::kSmallUnit;
    term.exponent = exponent;
    n.terms.push_back(term);
    section_limit_ = exponent;
    last_unit_exponent_ = exponent;
    last_ = Last::kSmall;
    n.plain_ascii = false;
    pos_ += cp.length;
    return true;
  }

  bool big_unit(Numeral& n, const Utf8Char& cp) {
    const int exponent = big_unit_exponent(cp.value);
    if (last_ == Last::kNone) return false;
    const bool wan_yi = last_ == Last::kBig && exponent == 8 && last_big_ == 4;  // 万亿
    if (last_ == Last::kBig && !wan_yi) return false;
    if (!wan_yi && exponent >= last_big_) return false;
    Term term;
    term.type = TermType::kBigUnit;
    term.exponent = exponent;
    n.terms.push_back(term);
    if (last_ == Last::kFraction) done_ = true;  // 一点五万 ends here
    last_big_ = exponent;
    last_unit_exponent_ = exponent;
    section_limit_ = 4;
    last_ = Last::kBig;
    n.plain_ascii = false;
    pos_ += cp.length;
    return true;
  }

  // 多 and 余 after a unit: 二十多, 一万多; they may sit inside a numeral (二千三百多万).
  bool more(Numeral& n, const Utf8Char& cp) {
    const bool ok =
        last_ == Last::kSmall || last_ == Last::kBig || (last_ == Last::kValue && value_is_ascii_);
    if (!ok) return false;
    n.lower_bound = true;
    n.plain_ascii = false;
    pos_ += cp.length;
    last_ = Last::kMore;
    return true;
  }

  // 十六点四: a decimal point, only when a digit follows (三点 is three o'clock).
  bool point(Numeral& n, const Utf8Char& cp) {
    if (n.has_range || (last_ != Last::kValue && last_ != Last::kSmall) || value_is_ascii_) {
      return false;
    }
    std::string fraction = "0.";
    std::size_t q = pos_ + cp.length;
    while (q < text_.size()) {
      const Utf8Char next = decode_utf8(text_, q);
      const auto d = digit_value(next.value);
      if (!d) break;
      fraction.push_back(static_cast<char>('0' + *d));
      q += next.length;
    }
    if (fraction.size() == 2) return false;
    Term term;
    term.type = TermType::kFraction;
    const auto value = Decimal::parse(fraction);
    if (!value) n.overflow = true;
    term.low = value.value_or(Decimal{});
    term.high = term.low;
    n.terms.push_back(term);
    n.plain_ascii = false;
    pos_ = q;
    last_ = Last::kFraction;
    return true;
  }

  void push_value(Numeral& n, Decimal value, bool abbreviated) {
    Term term;
    term.type = TermType::kValue;
    term.low = value;
    term.high = value;
    term.abbreviated = abbreviated;
    n.terms.push_back(term);
    last_ = Last::kValue;
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  Last last_ = Last::kNone;
  int section_limit_ = 4;  // small units must fall within a section: 千 > 百 > 十
  int last_big_ = 99;
  int last_unit_exponent_ = 0;
  bool value_is_ascii_ = false;
  bool done_ = false;
};

using MaybeDecimal = std::optional<Decimal>;

MaybeDecimal add(const MaybeDecimal& a, const MaybeDecimal& b) {
  if (!a || !b) return std::nullopt;
  return a->plus(*b);
}

MaybeDecimal shift(const MaybeDecimal& a, int exponent) {
  if (!a) return std::nullopt;
  return a->scaled_by_pow10(exponent);
}

// Standard reading: 十/百/千 build a section, 万 and 亿 scale what came before.
MaybeDecimal evaluate(const std::vector<Term>& terms, bool high) {
  MaybeDecimal total = Decimal{};
  MaybeDecimal section = Decimal{};
  std::optional<MaybeDecimal> pending;
  bool after_fraction = false;
  for (std::size_t k = 0; k < terms.size(); ++k) {
    const Term& term = terms[k];
    switch (term.type) {
      case TermType::kValue:
      case TermType::kRange: {
        MaybeDecimal value = high ? term.high : term.low;
        if (term.abbreviated && k + 1 == terms.size() && k > 0) {
          value = shift(value, terms[k - 1].exponent - 1);
        }
        pending = value;
        break;
      }
      case TermType::kSmallUnit:
        section = add(section, shift(pending.value_or(Decimal::from_int(1)), term.exponent));
        pending.reset();
        break;
      case TermType::kBigUnit:
        if (after_fraction) {
          total = shift(total, term.exponent);
        } else if (term.exponent == 8) {
          total = shift(add(add(total, section), pending.value_or(Decimal{})), 8);
        } else {
          total = add(total, shift(add(section, pending.value_or(Decimal{})), term.exponent));
        }
        section = Decimal{};
        pending.reset();
        break;
      case TermType::kFraction:
        total = add(add(add(total, section), pending.value_or(Decimal{})), term.low);
        section = Decimal{};
        pending.reset();
        after_fraction = true;
        break;
    }
  }
  return add(add(total, section), pending.value_or(Decimal{}));
}

// Sum of unit exponents when the numeral is one value followed only by units (三百万 ->
// 6), used to give 两、三百万 a low end of two million.
std::optional<int> single_value_scale(const Numeral& n) {
  if (n.digit_by_digit || n.terms.empty() || n.terms[0].type != TermType::kValue) {
    return std::nullopt;
  }
  int exponent = 0;
  for (std::size_t k = 1; k < n.terms.size(); ++k) {
    const Term& term = n.terms[k];
    if (term.type != TermType::kSmallUnit && term.type != TermType::kBigUnit) return std::nullopt;
    exponent += term.exponent;
  }
  return exponent;
}

// ---------------------------------------------------------------------------------------

enum class Effect : std::uint8_t { kLower, kUpper, kApproximate, kNearly };

struct Cue {
  std::string_view word;
  Effect effect;
};

constexpr auto kPrefixCues = std::to_array<Cue>({
    {"不超过", Effect::kUpper},
    {"超过", Effect::kLower},
    {"多于", Effect::kLower},
    {"不少于", Effect::kLower},
    {"不到", Effect::kUpper},
    {"不足", Effect::kUpper},
    {"不满", Effect::kUpper},
    {"少于", Effect::kUpper},
    {"大约", Effect::kApproximate},
    {"约", Effect::kApproximate},
    {"将近", Effect::kNearly},
    {"接近", Effect::kNearly},
});

constexpr auto kSuffixCues = std::to_array<Cue>({
    {"左右", Effect::kApproximate},
    {"上下", Effect::kApproximate},
    {"以上", Effect::kLower},
    {"以下", Effect::kUpper},
    {"以内", Effect::kUpper},
});

struct PercentPrefix {
  std::string_view word;
  int exponent;  // 千分之五 is 0.5%
};

constexpr auto kPercentPrefixes = std::to_array<PercentPrefix>({
    {"百分之", 0},
    {"千分之", -1},
    {"万分之", -2},
});

struct Flags {
  bool lower = false;
  bool upper = false;
  bool approximate = false;

  void apply(Effect effect) {
    switch (effect) {
      case Effect::kLower:
        lower = true;
        break;
      case Effect::kUpper:
        upper = true;
        break;
      case Effect::kApproximate:
        approximate = true;
        break;
      case Effect::kNearly:
        approximate = true;
        upper = true;
        break;
    }
  }
};

struct Prefix {
  std::size_t end = 0;
  Flags flags;
  bool ordinal = false;
  std::optional<int> percent_exponent;
};

bool integer_in(const MaybeDecimal& value, std::int64_t low, std::int64_t high) {
  if (!value || !value->is_integer()) return false;
  const auto v = value->to_int64();
  return v && *v >= low && *v <= high;
}

bool mention_in(const NumberMention& m, std::int64_t low, std::int64_t high) {
  return !m.overflow && integer_in(m.low, low, high) && (!m.high || integer_in(m.high, low, high));
}

class Parser {
 public:
  Parser(std::string_view text, const ChineseNumberScanner& scanner)
      : text_(text), scanner_(scanner) {}

  std::vector<NumberMention> run() {
    std::size_t i = 0;
    while (i < text_.size()) {
      const std::size_t word = scanner_.match_non_number_word(text_, i);
      std::vector<NumberMention> found;
      const auto end = parse_at(i, &found);
      if (end && *end > i + word) {
        for (NumberMention& m : found)
          out_.push_back(std::move(m));
        i = *end;
      } else if (word > 0) {
        i += word;
      } else {
        i += decode_utf8(text_, i).length;
      }
    }
    return std::move(out_);
  }

 private:
  Prefix read_prefix(std::size_t pos) const {
    Prefix prefix;
    for (int round = 0; round < 2; ++round) {
      const auto cue = std::find_if(kPrefixCues.begin(), kPrefixCues.end(),
                                    [&](const Cue& c) { return starts_with(text_, pos, c.word); });
      if (cue == kPrefixCues.end()) break;
      prefix.flags.apply(cue->effect);
      pos += cue->word.size();
    }
    if (starts_with(text_, pos, "第")) {
      prefix.ordinal = true;
      pos += std::string_view("第").size();
    } else {
      for (const PercentPrefix& p : kPercentPrefixes) {
        if (starts_with(text_, pos, p.word)) {
          prefix.percent_exponent = p.exponent;
          pos += p.word.size();
          break;
        }
      }
    }
    prefix.end = pos;
    return prefix;
  }

  std::optional<Numeral> numeral_at(std::size_t pos) const {
    const char32_t first = code_point_at(text_, pos);
    if (is_liang(first) && is_numeral_char(code_point_before(text_, pos))) return std::nullopt;
    return NumeralLexer(text_).lex(pos);
  }

  NumberMention mention_from(const Numeral& n, std::size_t begin, std::size_t end) const {
    NumberMention m;
    m.begin = begin;
    m.end = end;
    m.language = Language::kChinese;
    m.lower_bound = n.lower_bound;
    m.approximate = n.approximate;
    MaybeDecimal low;
    MaybeDecimal high;
    if (n.digit_by_digit) {
      low = Decimal::parse(n.digit_string);
    } else {
      low = evaluate(n.terms, false);
      if (n.has_range) high = evaluate(n.terms, true);
    }
    if (n.overflow || !low || (n.has_range && !high)) {
      m.overflow = true;
    } else {
      m.low = *low;
      if (n.has_range) m.high = *high;
    }
    return m;
  }

  void finish(NumberMention& m) const {
    m.text = std::string(text_.substr(m.begin, m.end - m.begin));
  }

  bool is_year_numeral(const Numeral& n) const {
    return (n.digit_by_digit && n.digit_string.size() == 4) ||
           (n.plain_ascii && n.ascii_digits == 4 && n.terms.size() == 1);
  }

  bool follows_month(std::size_t begin) const {
    return !out_.empty() && out_.back().kind == NumberKind::kMonth && out_.back().end == begin;
  }

  // 年/月/日 after the number, then 左右, 以上 and the like (possibly after a counter:
  // 六百人以上, 三个月左右).
  std::size_t apply_suffixes(NumberMention& m, const Numeral& n, bool percent_prefix,
                             bool ordinal) const {
    std::size_t q = m.end;
    const Utf8Char cp = decode_utf8(text_, q);
    if (!percent_prefix && !ordinal) {
      if (cp.value == U'％' || cp.value == U'%') {
        m.kind = NumberKind::kPercent;
        q += cp.length;
      } else if (cp.value == U'年' && is_year_numeral(n) && !m.overflow) {
        m.kind = NumberKind::kYear;
        q += cp.length;
      } else if (cp.value == U'月' && !n.digit_by_digit && mention_in(m, 1, 12)) {
        m.kind = NumberKind::kMonth;
        q += cp.length;
      } else if ((cp.value == U'日' || (cp.value == U'号' && follows_month(m.begin))) &&
                 !n.digit_by_digit && mention_in(m, 1, 31)) {
        m.kind = NumberKind::kDay;
        q += cp.length;
      }
    }
    for (const Cue& cue : kSuffixCues) {
      if (starts_with(text_, q, cue.word)) {
        Flags flags;
        flags.apply(cue.effect);
        merge(m, flags);
        return q + cue.word.size();
      }
    }
    if (code_point_at(text_, q) == U'来' && !n.has_range && !n.digit_by_digit && !n.terms.empty() &&
        n.terms.back().type == TermType::kSmallUnit) {
      const char32_t after = code_point_at(text_, q + decode_utf8(text_, q).length);
      if (after != U'自' && after != U'到' && after != U'了' && after != U'说' && after != U'看') {
        m.approximate = true;
        return q + decode_utf8(text_, q).length;
      }
    }
    if (m.kind == NumberKind::kQuantity || m.kind == NumberKind::kPercent) {
      std::size_t probe = q;
      for (int counters = 0; counters < 2; ++counters) {
        const Utf8Char c = decode_utf8(text_, probe);
        if (!is_han(c.value) || is_numeral_char(c.value)) break;
        probe += c.length;
        for (const Cue& cue : kSuffixCues) {
          if (cue.word != "上下" && starts_with(text_, probe, cue.word)) {
            Flags flags;
            flags.apply(cue.effect);
            merge(m, flags);
            return probe + cue.word.size();
          }
        }
      }
    }
    return q;
  }

  static void merge(NumberMention& m, const Flags& flags) {
    m.lower_bound = m.lower_bound || flags.lower;
    m.upper_bound = m.upper_bound || flags.upper;
    m.approximate = m.approximate || flags.approximate;
  }

  // X分之Y. Powers of ten become percentages (十分之一 is 10%); others are consumed silently.
  std::optional<std::size_t> fraction(std::size_t begin, const Numeral& denominator,
                                      const Prefix& prefix,
                                      std::vector<NumberMention>* found) const {
    const std::size_t after = denominator.end + std::string_view("分之").size();
    const auto numerator = numeral_at(after);
    if (!numerator) return std::nullopt;
    const NumberMention d = mention_from(denominator, begin, denominator.end);
    int exponent = -1;
    if (!d.overflow && !d.high && d.low.is_integer() && d.low.mantissa() > 1) {
      std::int64_t v = d.low.mantissa();
      int zeros = 0;
      while (v % 10 == 0) {
        v /= 10;
        ++zeros;
      }
      if (v == 1) exponent = zeros;
    }
    if (exponent < 0) return numerator->end;
    NumberMention m = mention_from(*numerator, begin, numerator->end);
    m.kind = NumberKind::kPercent;
    merge(m, prefix.flags);
    if (!m.overflow) {
      const auto low = m.low.scaled_by_pow10(2 - exponent);
      const auto high = m.high ? m.high->scaled_by_pow10(2 - exponent) : MaybeDecimal{};
      if (!low || (m.high && !high)) {
        m = mention_from(*numerator, begin, numerator->end);
        m.kind = NumberKind::kPercent;
        m.overflow = true;
        m.low = Decimal{};
        m.high.reset();
      } else {
        m.low = *low;
        m.high = high;
      }
    }
    m.end = apply_suffixes(m, *numerator, true, false);
    finish(m);
    found->push_back(std::move(m));
    return found->back().end;
  }

  // "1954-11-20" as in article headers.
  std::optional<std::size_t> iso_date(std::size_t pos, std::vector<NumberMention>* found) const {
    if (pos > 0 && literal_digit_at(text_, pos - 1)) return std::nullopt;
    std::array<std::pair<std::size_t, std::size_t>, 3> spans{};
    std::array<std::int64_t, 3> values{};
    std::size_t q = pos;
    for (std::size_t part = 0; part < 3; ++part) {
      if (part > 0) {
        if (q >= text_.size() || text_[q] != '-') return std::nullopt;
        ++q;
      }
      const std::size_t begin = q;
      std::int64_t value = 0;
      while (q < text_.size() && text_[q] >= '0' && text_[q] <= '9' && q - begin < 4) {
        value = value * 10 + (text_[q] - '0');
        ++q;
      }
      const std::size_t width = q - begin;
      if ((part == 0 && width != 4) || (part > 0 && (width < 1 || width > 2))) return std::nullopt;
      spans[part] = {begin, q};
      values[part] = value;
    }
    if (literal_digit_at(text_, q) || values[1] < 1 || values[1] > 12 || values[2] < 1 ||
        values[2] > 31) {
      return std::nullopt;
    }
    constexpr std::array<NumberKind, 3> kinds = {NumberKind::kYear, NumberKind::kMonth,
                                                 NumberKind::kDay};
    for (std::size_t part = 0; part < 3; ++part) {
      NumberMention m;
      m.begin = spans[part].first;
      m.end = spans[part].second;
      m.language = Language::kChinese;
      m.kind = kinds[part];
      m.low = Decimal::from_int(values[part]);
      finish(m);
      found->push_back(std::move(m));
    }
    return q;
  }

  std::optional<std::size_t> parse_at(std::size_t i, std::vector<NumberMention>* found) const {
    if (const auto end = iso_date(i, found)) return end;
    const Prefix prefix = read_prefix(i);
    const auto first = numeral_at(prefix.end);
    if (!first) return std::nullopt;
    if (!prefix.ordinal && !prefix.percent_exponent && !first->digit_by_digit &&
        starts_with(text_, first->end, "分之")) {
      return fraction(i, *first, prefix, found);
    }
    if (!prefix.ordinal && !prefix.percent_exponent) {
      const std::size_t word = scanner_.match_non_number_word(text_, prefix.end);
      if (word > 0 && prefix.end + word >= first->end) return std::nullopt;
    }
    if (!prefix.percent_exponent && !first->digit_by_digit) {
      if (const auto end = list(i, *first, prefix, found)) return end;
    }
    NumberMention m = mention_from(*first, i, first->end);
    merge(m, prefix.flags);
    if (prefix.ordinal) m.kind = NumberKind::kOrdinal;
    if (prefix.percent_exponent) {
      m.kind = NumberKind::kPercent;
      scale_percent(m, *prefix.percent_exponent);
    }
    m.end = apply_suffixes(m, *first, prefix.percent_exponent.has_value(), prefix.ordinal);
    finish(m);
    found->push_back(std::move(m));
    return found->back().end;
  }

  static void scale_percent(NumberMention& m, int exponent) {
    if (exponent == 0 || m.overflow) return;
    const auto low = m.low.scaled_by_pow10(exponent);
    const auto high = m.high ? m.high->scaled_by_pow10(exponent) : MaybeDecimal{};
    if (!low || (m.high && !high)) {
      m.overflow = true;
      m.low = Decimal{};
      m.high.reset();
      return;
    }
    m.low = *low;
    m.high = high;
  }

  // Numerals joined by 、: 一、二两月份 (two months), 第六、七两区 (two ordinals), 两、三次 and
  // 四、五个月 (ranges). nullopt when the first numeral should stand alone.
  std::optional<std::size_t> list(std::size_t begin, const Numeral& first, const Prefix& prefix,
                                  std::vector<NumberMention>* found) const {
    std::vector<Numeral> items = {first};
    std::size_t q = first.end;
    constexpr std::string_view kComma = "、";
    while (items.size() < 16 && starts_with(text_, q, kComma)) {
      const auto next = numeral_at(q + kComma.size());
      if (!next || next->digit_by_digit) break;
      items.push_back(*next);
      q = next->end;
    }
    if (items.size() < 2) return std::nullopt;

    std::vector<NumberMention> mentions;
    for (std::size_t k = 0; k < items.size(); ++k) {
      NumberMention m = mention_from(items[k], k == 0 ? begin : items[k].begin, items[k].end);
      merge(m, prefix.flags);
      if (prefix.ordinal) m.kind = NumberKind::kOrdinal;
      mentions.push_back(std::move(m));
    }
    const auto all_in = [&mentions](std::int64_t low, std::int64_t high) {
      return std::all_of(mentions.begin(), mentions.end(),
                         [&](const NumberMention& m) { return mention_in(m, low, high); });
    };

    const Utf8Char after = decode_utf8(text_, q);
    const std::size_t count_at =
        starts_with(text_, q, "等") ? q + std::string_view("等").size() : q;
    const Utf8Char count_cp = decode_utf8(text_, count_at);
    const auto count =
        is_liang(count_cp.value) ? std::optional<int>(2) : digit_value(count_cp.value);
    std::size_t end = q;
    if (count && static_cast<std::size_t>(*count) == items.size()) {
      // The count word restates the list (一、二两月份); it is consumed, not reported.
      end = count_at + count_cp.length;
      if (!prefix.ordinal && code_point_at(text_, end) == U'月' && all_in(1, 12)) {
        for (NumberMention& m : mentions)
          m.kind = NumberKind::kMonth;
      }
    } else if (!prefix.ordinal && after.value == U'月' && all_in(1, 12)) {
      for (NumberMention& m : mentions)
        m.kind = NumberKind::kMonth;
      mentions.back().end = end = q + after.length;
    } else if (!prefix.ordinal && after.value == U'日' && all_in(1, 31)) {
      for (NumberMention& m : mentions)
        m.kind = NumberKind::kDay;
      mentions.back().end = end = q + after.length;
    } else if (!prefix.ordinal && items.size() == 2) {
      return range(begin, items, prefix, found);
    }
    for (NumberMention& m : mentions) {
      finish(m);
      found->push_back(std::move(m));
    }
    return end;
  }

  // 两、三次 -> 2..3, 两、三百万 -> 2,000,000..3,000,000.
  std::optional<std::size_t> range(std::size_t begin, const std::vector<Numeral>& items,
                                   const Prefix& prefix, std::vector<NumberMention>* found) const {
    if (items.size() != 2) return std::nullopt;
    const Numeral& a = items[0];
    const Numeral& b = items[1];
    const auto a_scale = single_value_scale(a);
    const auto b_scale = single_value_scale(b);
    if (!a_scale || *a_scale != 0 || !b_scale || a.overflow || b.overflow) return std::nullopt;
    const auto a_value = a.terms[0].low.to_int64();
    const auto b_value = b.terms[0].low.to_int64();
    if (!a_value || !b_value || *b_value <= *a_value || *b_value - *a_value > 2) {
      return std::nullopt;
    }
    NumberMention m = mention_from(b, begin, b.end);
    if (m.overflow) return std::nullopt;
    const auto low = a.terms[0].low.scaled_by_pow10(*b_scale);
    if (!low) return std::nullopt;
    m.high = m.low;
    m.low = *low;
    m.lower_bound = m.lower_bound || a.lower_bound;
    m.approximate = m.approximate || a.approximate;
    merge(m, prefix.flags);
    m.end = apply_suffixes(m, b, false, false);
    finish(m);
    found->push_back(std::move(m));
    return found->back().end;
  }

  std::string_view text_;
  const ChineseNumberScanner& scanner_;
  std::vector<NumberMention> out_;
};

std::string_view trim(std::string_view s) {
  constexpr std::string_view kBlanks = " \t\r\n\f\v";
  const auto first = s.find_first_not_of(kBlanks);
  if (first == std::string_view::npos) return {};
  const auto last = s.find_last_not_of(kBlanks);
  return s.substr(first, last - first + 1);
}

}  // namespace

std::vector<std::string> parse_word_list(std::string_view list_text) {
  if (list_text.starts_with("\xEF\xBB\xBF")) list_text.remove_prefix(3);
  std::vector<std::string> words;
  while (!list_text.empty()) {
    const auto newline = list_text.find('\n');
    std::string_view line = list_text.substr(0, newline);
    list_text.remove_prefix(newline == std::string_view::npos ? list_text.size() : newline + 1);
    line = trim(line.substr(0, line.find('#')));
    if (!line.empty() && is_valid_utf8(line)) words.emplace_back(line);
  }
  return words;
}

ChineseNumberScanner::ChineseNumberScanner(const std::vector<std::string>& non_number_words) {
  for (const std::string& word : non_number_words) {
    if (word.empty() || !is_valid_utf8(word)) continue;
    auto& bucket = words_by_first_[decode_utf8(word, 0).value];
    if (std::find(bucket.begin(), bucket.end(), word) != bucket.end()) continue;
    bucket.push_back(word);
    ++word_count_;
  }
  for (auto& [first, bucket] : words_by_first_) {
    std::sort(bucket.begin(), bucket.end(),
              [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  }
}

ChineseNumberScanner ChineseNumberScanner::from_list_text(std::string_view list_text) {
  return ChineseNumberScanner(parse_word_list(list_text));
}

std::optional<ChineseNumberScanner> ChineseNumberScanner::from_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  const std::string contents{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (in.bad()) return std::nullopt;
  return from_list_text(contents);
}

std::size_t ChineseNumberScanner::match_non_number_word(std::string_view text,
                                                        std::size_t offset) const {
  if (offset >= text.size()) return 0;
  const auto bucket = words_by_first_.find(decode_utf8(text, offset).value);
  if (bucket == words_by_first_.end()) return 0;
  for (const std::string& word : bucket->second) {
    if (starts_with(text, offset, word)) return word.size();
  }
  return 0;
}

std::vector<NumberMention> ChineseNumberScanner::scan(std::string_view text) const {
  return Parser(text, *this).run();
}

std::vector<NumberMention> find_chinese_numbers(std::string_view text,
                                                const ChineseNumberScanner& scanner) {
  return Parser(text, scanner).run();
}

std::optional<int> chinese_digit_value(char32_t c) {
  return digit_value(c);
}

bool is_chinese_numeral_char(char32_t c) {
  return is_numeral_char(c);
}

std::optional<SmallNumeral> read_small_numeral(std::u32string_view chars, bool allow_liang) {
  const auto at = [&](std::size_t i) { return i < chars.size() ? chars[i] : U'\0'; };
  const auto arabic = [](char32_t c) -> std::optional<int> {
    if (c >= U'0' && c <= U'9') return static_cast<int>(c - U'0');
    if (c >= U'０' && c <= U'９') return static_cast<int>(c - U'０');
    return std::nullopt;
  };
  if (const auto first = arabic(at(0))) {
    int value = *first;
    std::size_t length = 1;
    if (const auto second = arabic(at(1))) {
      value = value * 10 + *second;
      length = 2;
    }
    if (arabic(at(length)) || value == 0) return std::nullopt;
    return SmallNumeral{value, length};
  }
  const auto is_ten = [](char32_t c) { return small_unit_exponent(c) == 1; };
  int tens = 0;
  std::size_t length = 1;
  if (is_ten(at(0))) {
    tens = 1;
  } else if (at(0) == U'廿') {
    tens = 2;
  } else if (at(0) == U'卅') {
    tens = 3;
  } else {
    const int digit = is_liang(at(0)) && allow_liang ? 2 : digit_value(at(0)).value_or(0);
    if (digit < 1) return std::nullopt;
    if (!is_ten(at(1))) return SmallNumeral{digit, 1};
    tens = digit;
    length = 2;
  }
  int units = 0;
  if (const int digit = digit_value(at(length)).value_or(0); digit >= 1) {
    units = digit;
    ++length;
  }
  return SmallNumeral{tens * 10 + units, length};
}

}  // namespace coopgraph::extract
