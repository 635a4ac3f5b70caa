#include "extract/time/chinese_period_scanner.h"

#include <algorithm>
#include <array>
#include <string>
#include <utility>

#include "extract/numbers/chinese_numbers.h"
#include "extract/text/utf8.h"
#include "extract/time/period_finder.h"

namespace coopgraph::extract::periods {
namespace {

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
    return scan_longest(
        points_,
        [&](std::size_t i) {
          std::optional<Found> best;
          keep_longest(best, up_to(i));
          keep_longest(best, from_range(i));
          keep_longest(best, unit(i));
          keep_longest(best, recent(i));
          keep_longest(best, month_ref(i));
          keep_longest(best, dateline(i));
          return best;
        },
        // 比去年, 和一九五三年相比: a base, not the sentence's year.
        [&](std::size_t i) { return i > 0 && in(i - 1, U"比较和与同跟"); });
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
    return range_of(*a, *b);
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

std::vector<Match> scan_chinese_periods(std::string_view sentence, CalendarDate article_date) {
  return ChineseScanner(sentence, article_date).scan();
}

}  // namespace coopgraph::extract::periods
