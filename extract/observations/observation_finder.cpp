#include "extract/observations/observation_finder.h"

#include <algorithm>
#include <array>

#include "extract/entities/entity_mention.h"
#include "extract/entities/place_entities.h"
#include "extract/numbers/chinese_numbers.h"
#include "extract/numbers/english_numbers.h"
#include "extract/observations/counted_thing.h"
#include "extract/text/utf8.h"
#include "extract/time/period_finder.h"

namespace coopgraph::extract {
namespace {

// The redenomination of the renminbi: from 1 March 1955, 1 new yuan = 10,000 old yuan.
constexpr CalendarDate kRedenomination{1955, 3, 1};

// Distances are counted in characters, whatever their bytes; where the two languages differ, a
// Chinese character holds about as much as three English letters.
struct Reach {
  std::size_t chinese;
  std::size_t english;
  std::size_t in(bool chinese_text) const { return chinese_text ? chinese : english; }
};
// How far after a number its unit or counted noun may start.
constexpr Reach kUnitWindow{7, 24};
// A unit of weight or area right after the number (两万多斤|小米, "20,000 jin of millet").
constexpr Reach kUnitRightAfter{1, 3};
// A one-character cue (期, 种, 次) counts only this close after the number.
constexpr std::size_t kOneCharCueReach = 2;
// A counted noun this close after the number names its measure before any other cue.
constexpr Reach kCountedNounReach{4, 12};
// 全县 and what stands between it and the number it counts ("全县六个").
constexpr std::size_t kWholeUnitReach = 3;
// A cue that opens the sentence starts within this many characters of its start.
constexpr Reach kOpensSentence{1, 3};
// A change cue shortly before the number ("提高了百分之七十二", "increased by 72%").
constexpr Reach kChangeCueReach{1, 12};
// "reduced the defective rate by 40%": the change verb, then what changed, then "by".
constexpr std::size_t kChangeVerbReach = 60;
// The far end of a range ("到", " to ") and what stands with it.
constexpr Reach kRangeLink{4, 12};
// "由百分之十五", "from 15%": the from cue right before the first number.
constexpr Reach kFromCueReach{1, 4};
// What may stand between the two numbers of a from-to pair.
constexpr Reach kFromToGap{8, 24};

struct Clause {
  std::size_t begin;
  std::size_t end;
};

// Clauses: a number's measure is named in the same clause.
Clause clause_around(std::string_view text, std::size_t begin, std::size_t end, bool chinese) {
  static constexpr std::array<std::string_view, 4> kChineseBreaks{"，", "；", "。", "："};
  static constexpr std::array<std::string_view, 3> kEnglishBreaks{", ", "; ", ": "};
  std::size_t clause_begin = 0;
  std::size_t clause_end = text.size();
  auto scan = [&](std::string_view mark) {
    for (std::size_t at = text.find(mark); at != std::string_view::npos;
         at = text.find(mark, at + 1)) {
      if (at + mark.size() <= begin) clause_begin = std::max(clause_begin, at + mark.size());
      if (at >= end) clause_end = std::min(clause_end, at);
    }
  };
  if (chinese) {
    for (auto mark : kChineseBreaks)
      scan(mark);
  } else {
    for (auto mark : kEnglishBreaks)
      scan(mark);
  }
  return {clause_begin, clause_end};
}

bool unit_fits_measure(const Concept& unit, const Concept& measure) {
  // Wages and incomes of the early 1950s were often paid in grain (每人每日三斤小米).
  const UnitKind kind = measure.unit_kind;
  const UnitKind unit_kind = unit.unit_kind;
  if (kind == UnitKind::kMoney)
    return unit_kind == UnitKind::kMoney || (unit_kind == UnitKind::kWeight &&
                                             (measure.id == "wage" || measure.id == "income"));
  if (unit_kind == UnitKind::kMoney) return false;
  const bool share = kind == UnitKind::kPercent || kind == UnitKind::kRatio;
  if (share || unit_kind == UnitKind::kPercent) return share && unit_kind == UnitKind::kPercent;
  if (kind == UnitKind::kDuration || kind == UnitKind::kDistance) return unit_kind == kind;
  return kind == UnitKind::kCount;
}

// Weight and area units: what follows them is the commodity (两万多斤|小米).
bool weighs_or_measures_area(const Concept* unit) {
  return unit != nullptr &&
         (unit->unit_kind == UnitKind::kWeight || unit->unit_kind == UnitKind::kArea);
}

bool is_money(const Concept* unit) {
  return unit != nullptr && unit->unit_kind == UnitKind::kMoney;
}

// A counter that says only that things were counted (件): the figure is a bare count.
bool is_generic_counter(const Concept* unit) {
  return unit != nullptr && unit->unit_kind == UnitKind::kItem;
}

// 一角八分 is 0.18 yuan: the scanner reads 一 and 八; the 角 (0.1 yuan) and 分 (0.01 yuan)
// after them make one amount of money.
std::vector<NumberMention> with_jiao_and_fen(std::string_view text,
                                             const std::vector<NumberMention>& numbers) {
  static const Decimal kTenth = *Decimal::from_parts(1, 1);
  static const Decimal kHundredth = *Decimal::from_parts(1, 2);
  std::vector<NumberMention> merged;
  for (std::size_t i = 0; i < numbers.size(); ++i) {
    NumberMention number = numbers[i];
    if (number.kind == NumberKind::kQuantity && !number.overflow &&
        text.substr(number.end).starts_with("角")) {
      number.low = number.low.times(kTenth).value_or(number.low);
      number.end += std::string_view("角").size();
      if (i + 1 < numbers.size() && numbers[i + 1].begin == number.end &&
          text.substr(numbers[i + 1].end).starts_with("分")) {
        number.low = number.low.plus(numbers[i + 1].low.times(kHundredth).value_or(Decimal()))
                         .value_or(number.low);
        number.end = numbers[i + 1].end + std::string_view("分").size();
        ++i;
      }
      number.text = std::string(text.substr(number.begin, number.end - number.begin));
      number.money = true;
    }
    merged.push_back(std::move(number));
  }
  return merged;
}

class ObservationFinder {
 public:
  ObservationFinder(const LanguageContext& context, Language language,
                    const std::vector<EntityMention>& mentions, const ArticleFocus& focus,
                    const ConceptScheme& qualifiers)
      : context_(context),
        language_(language),
        chinese_(language == Language::kChinese),
        mentions_(mentions),
        focus_(focus),
        qualifiers_(qualifiers) {}

  std::vector<Observation> run() {
    EntityKey previous_about;
    std::size_t previous_paragraph = static_cast<std::size_t>(-1);
    for (std::size_t s = 0; s < context_.sentences.size(); ++s) {
      const Sentence& sentence = context_.sentences[s];
      if (sentence.paragraph != previous_paragraph) previous_about = {};
      // The subject named in the sentence before ("The Liling ... Cooperative rectified ...
      // Its defective rate fell ...") is the subject of numbers that name none.
      if (s > 0 && context_.sentences[s - 1].paragraph == sentence.paragraph) {
        if (EntityKey subject = subject_of_sentence(s - 1); !subject.empty()) {
          previous_about = subject;
        }
      }
      previous_paragraph = sentence.paragraph;
      const std::string_view text = sentence.text;
      const auto numbers = chinese_ ? find_chinese_numbers(text, context_.resources.chinese_numbers)
                                    : find_english_numbers(text);
      const std::vector<Period> period_spans = periods_in(text);
      const std::vector<Period> periods = resolved(period_spans, text);
      const auto measures = context_.resources.lexicon.measures.find_cues(text, chinese_);
      const auto units = context_.resources.lexicon.units.find_cues(text, chinese_);
      const auto qualifiers = qualifiers_.find_cues(text, chinese_);
      auto numbers_in_yuan = chinese_ ? with_jiao_and_fen(text, numbers) : numbers;
      for (std::size_t n = 0; n < numbers_in_yuan.size(); ++n) {
        const NumberMention& number = numbers_in_yuan[n];
        if (number.overflow) continue;
        if (number.kind != NumberKind::kQuantity && number.kind != NumberKind::kPercent) continue;
        if (inside_period(number, period_spans) || inside_name(s, number.begin, number.end))
          continue;
        if (chinese_ &&
            (is_chinese_determiner(text, number.begin, number.end, context_.resources.lexicon) ||
             is_chinese_ordinal(text, number.end, context_.resources.lexicon))) {
          continue;
        }
        Observation observation =
            make(s, text, number, periods, measures, units, qualifiers, previous_about);
        // An example (如某某市…) is the subject of its own numbers only; the next sentence
        // goes on about what the example illustrated.
        if (!only_as_example(s, observation.about)) previous_about = observation.about;
        pair_from_to(observation, text, number, n, numbers_in_yuan, qualifiers);
        continue_range(observation, text, number, n, numbers_in_yuan);
        observations_.push_back(std::move(observation));
      }
    }
    return std::move(observations_);
  }

 private:
  std::vector<Period> periods_in(std::string_view text, CalendarDate date) const {
    return chinese_ ? find_chinese_periods(text, date) : find_english_periods(text, date);
  }
  std::vector<Period> periods_in(std::string_view text) const {
    return periods_in(text, context_.date);
  }

  // An undated article: a period that moves with the date it is read against (去年, 今年三月,
  // "last year") is unresolved; only those the text dates itself (一九五三年) are kept.
  std::vector<Period> resolved(const std::vector<Period>& periods, std::string_view text) const {
    if (context_.dated) return periods;
    static constexpr CalendarDate kEarly{1950, 6, 15};
    static constexpr CalendarDate kLate{1958, 6, 15};
    const std::vector<Period> early = periods_in(text, kEarly);
    const std::vector<Period> late = periods_in(text, kLate);
    std::vector<Period> kept;
    for (const Period& period : early) {
      const bool fixed = std::any_of(late.begin(), late.end(), [&](const Period& other) {
        return other.text_begin == period.text_begin && other.text_end == period.text_end &&
               other.start == period.start && other.end == period.end;
      });
      if (fixed) kept.push_back(period);
    }
    return kept;
  }

  static bool inside_period(const NumberMention& number, const std::vector<Period>& periods) {
    return std::any_of(periods.begin(), periods.end(), [&](const Period& period) {
      return number.begin < period.text_end && period.text_begin < number.end;
    });
  }

  bool inside_name(std::size_t s, std::size_t begin, std::size_t end) const {
    return std::any_of(mentions_.begin(), mentions_.end(), [&](const EntityMention& mention) {
      return mention.sentence == s && begin < mention.end && mention.begin < end &&
             mention.entity.type != EntityType::kTrade;
    });
  }

  const CueMatch* unit_of(const NumberMention& number, std::string_view text,
                          const std::vector<CueMatch>& units) const {
    const std::size_t window = kUnitWindow.in(chinese_);
    for (const CueMatch& unit : units) {
      // A unit may share bytes with the number's span (万 in 一亿二千万元 is read both as a
      // numeral and as part of the cue 万元; 人 in 二百人左右 lies inside the span).
      if (unit.begin > number.begin && chars_between(text, number.end, unit.begin) <= window) {
        // Only blanks, counters and qualifiers may stand between a number and its unit.
        const std::size_t gap_begin = std::min(unit.begin, number.end);
        const std::string_view gap = text.substr(gap_begin, unit.begin - gap_begin);
        if (gap.find("，") != std::string_view::npos || gap.find(", ") != std::string_view::npos) {
          continue;
        }
        // 二十五万手工业劳动者的百分之…: a noun between makes the unit another number's.
        if (chinese_ && !only_counters_and_qualifiers(gap)) continue;
        return &unit;
      }
    }
    return nullptr;
  }

  bool only_counters_and_qualifiers(std::string_view gap) const {
    static constexpr std::array<std::string_view, 6> kQualifiers{"多", "余",   "来",
                                                                 "几", "左右", " "};
    while (!gap.empty()) {
      std::size_t taken = 0;
      for (std::string_view qualifier : kQualifiers) {
        if (gap.starts_with(qualifier)) taken = qualifier.size();
      }
      for (const Counter& counter : context_.resources.lexicon.counters) {
        if (taken == 0 && gap.starts_with(counter.word)) taken = counter.word.size();
      }
      if (taken == 0) return false;
      gap.remove_prefix(taken);
    }
    return true;
  }

  // Units that say what is counted or weighed, not money, time or distance: the noun after
  // them names an open measure (个炼铁工人, 斤小米).
  static bool counts_or_weighs(const Concept* unit) {
    if (unit == nullptr) return true;
    switch (unit->unit_kind) {
      case UnitKind::kMoney:
      case UnitKind::kPercent:
      case UnitKind::kRatio:
      case UnitKind::kDuration:
      case UnitKind::kDistance:
        return false;
      default:
        return true;
    }
  }

  void name_open_measure(Observation& observation, const NumberMention& number,
                         std::string_view text, const Concept* unit, const CueMatch* unit_match) {
    const auto& resources = context_.resources;
    // A unit of weight or area right after the number (两万多斤|小米, "20,000 jin of millet").
    std::size_t unit_end = std::string_view::npos;
    if (weighs_or_measures_area(unit) && unit_match != nullptr &&
        chars_between(text, number.end, unit_match->begin) <= kUnitRightAfter.in(chinese_)) {
      unit_end = unit_match->end;
    }
    const bool money = is_money(unit);
    std::optional<CountedThing> counted;
    if (!money) {
      counted = chinese_
                    ? chinese_counted_thing(text, number.begin, number.end, unit_end,
                                            resources.lexicon, resources.glosses, resources.pinyin)
                    : english_counted_thing(text, number.end, unit_end, resources.lexicon);
    }
    if (!counted && chinese_) {
      const OpenMeasureKind kind = money ? OpenMeasureKind::kAmount
                                   : weighs_or_measures_area(unit)
                                       ? OpenMeasureKind::kQuantity
                                       : OpenMeasureKind::kCount;
      counted = chinese_noun_before(text, number.begin, kind, resources.lexicon, resources.glosses,
                                    resources.pinyin);
    }
    if (!counted) return;
    observation.measure = counted->id;
    observation.open_measure = OpenMeasure{counted->id, counted->label_en, counted->label_zh,
                                           counted->pinyin, counted->kind};
    if (counted->kind == OpenMeasureKind::kCount) {
      observation.unit = !counted->unit.empty()                     ? counted->unit
                         : (unit != nullptr && !is_generic_counter(unit)) ? unit->id
                                                                          : "count";
    }
    open_measure_end_ = counted->end;
  }

  const Concept* measure_of(const NumberMention& number, std::string_view text, const Concept* unit,
                            const std::vector<CueMatch>& measures, bool relative) const {
    const Clause clause = clause_around(text, number.begin, number.end, chinese_);
    const Concept* best = nullptr;
    std::size_t best_distance = static_cast<std::size_t>(-1);
    for (const CueMatch& cue : measures) {
      if (cue.begin < clause.begin || cue.end > clause.end) continue;
      // A one-character cue (期, 种, 次, 县) is a counted noun only right after the number;
      // elsewhere it is part of some other word (时期, 各种).
      if (chinese_ && chars_between(text, cue.begin, cue.end) <= 1 &&
          !(cue.begin >= number.end &&
            chars_between(text, number.end, cue.begin) <= kOneCharCueReach)) {
        continue;
      }
      // A relative change is a change of the thing named before the number.
      if (relative && cue.begin >= number.end) continue;
      if (unit != nullptr && !cue.concept_->count_unit.empty() && !is_generic_counter(unit) &&
          unit->id != cue.concept_->count_unit && !relative) {
        continue;  // "287 people" is not a count of cooperatives
      }
      if (unit != nullptr && !relative && !unit_fits_measure(*unit, *cue.concept_)) continue;
      if (relative && cue.concept_->unit_kind == UnitKind::kPercent && !unit) continue;
      // A counted noun right after the number names the measure best; otherwise the
      // nearest cue, before the number preferred ("次品率降低到百分之六").
      std::size_t distance = cue.begin >= number.end
                                 ? chars_between(text, number.end, cue.begin) * 2 + 1
                                 : chars_between(text, cue.end, number.begin) * 2;
      if (cue.begin >= number.end &&
          chars_between(text, number.end, cue.begin) <= kCountedNounReach.in(chinese_)) {
        distance = 0;
      }
      if (distance < best_distance) {
        best = cue.concept_;
        best_distance = distance;
      }
    }
    return best;
  }

  // A mention introduced as an example inside a sentence about something wider (…最多的地区，
  // 如某某市…; "such as"). A sentence that opens with the example (如王家庄铁业生产合作社…, "For
  // example, the ... Cooperative") makes it the topic of what follows.
  bool is_example(const EntityMention& mention) const {
    const std::string_view before =
        std::string_view(context_.sentences[mention.sentence].text).substr(0, mention.begin);
    static constexpr std::array<std::string_view, 7> kMarks{
        "如", "例如", "比如", "譬如", "such as ", "for example, ", "for instance, "};
    return std::any_of(kMarks.begin(), kMarks.end(), [&](std::string_view mark) {
      if (!before.ends_with(mark)) return false;
      const std::string_view opening = before.substr(0, before.size() - mark.size());
      return opening.find_first_not_of(" ") != std::string_view::npos && !opening.ends_with("。") &&
             !opening.ends_with("For ");
    });
  }

  bool only_as_example(std::size_t s, const EntityKey& key) const {
    bool example = false;
    for (const EntityMention& mention : mentions_) {
      if (mention.sentence != s || mention.entity.key != key) continue;
      if (!is_example(mention)) return false;
      example = true;
    }
    return example;
  }

  // What a list ending at `last` lies in (甲县、乙县…丙县等十多个县: the province of them all;
  // 某县城关、甲镇、乙镇、丙镇四个篾业社: the county named right before the list).
  EntityKey list_container(std::size_t s, const EntityMention& last) const {
    const std::string_view text = context_.sentences[s].text;
    std::vector<const EntityMention*> items{&last};
    for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
      const EntityMention& mention = *it;
      if (mention.sentence != s || mention.end > items.back()->begin) continue;
      const std::string_view gap = text.substr(mention.end, items.back()->begin - mention.end);
      if (gap != "、" && gap != "和" && gap != "及") break;
      items.push_back(&mention);
    }
    const std::size_t list_begin = items.back()->begin;
    for (const EntityMention& mention : mentions_) {
      if (mention.sentence == s && mention.end == list_begin && is_place(mention.entity.type))
        return mention.entity.key;
    }
    if (items.size() < 2) return {};
    // The nearest place that every item lies in, at any depth.
    std::vector<std::vector<EntityKey>> chains;
    for (const EntityMention* item : items) {
      chains.push_back(places_above(item->entity.key));
      chains.back().erase(chains.back().begin());  // not the item itself
    }
    // Else the place most of them lie in (the gazetteer may not place every item on the
    // article's date).
    EntityKey best;
    std::size_t best_count = 0;
    for (const auto& chain : chains) {
      for (const EntityKey& candidate : chain) {
        const auto count = static_cast<std::size_t>(
            std::count_if(chains.begin(), chains.end(), [&](const auto& other) {
              return std::find(other.begin(), other.end(), candidate) != other.end();
            }));
        if (count == chains.size()) return candidate;
        if (count > best_count) {
          best = candidate;
          best_count = count;
        }
      }
    }
    return best_count * 2 > chains.size() ? best : EntityKey();
  }

  // An entity key and the places above it, nearest first: through what the mentions say it
  // lies in (a cooperative in a village, a village in a county), then the gazetteer's
  // hierarchy on the article's date.
  std::vector<EntityKey> places_above(const EntityKey& key) const {
    constexpr int kMaxSteps = 8;
    std::vector<EntityKey> chain{key};
    EntityKey current = key;
    for (int step = 0; step < kMaxSteps && !current.empty(); ++step) {
      const auto id = current.gazetteer_id();
      if (id && context_.resources.gazetteer.find(*id) != nullptr) {
        for (const GazetteerPlace* place :
             context_.resources.gazetteer.ancestors_on(*id, context_.date)) {
          chain.push_back(EntityKey::gazetteer_place(place->id));
        }
        break;
      }
      EntityKey parent;
      for (const EntityMention& mention : mentions_) {
        if (mention.entity.key == current && !mention.entity.located_in.empty()) {
          parent = mention.entity.located_in;
          break;
        }
      }
      if (parent.empty() || std::find(chain.begin(), chain.end(), parent) != chain.end()) {
        break;
      }
      chain.push_back(parent);
      current = parent;
    }
    return chain;
  }

  // A count of counties (据三十五个县的统计) is about a place that has counties: when the
  // subject found is a county, something in one or nothing named, the article's special
  // district, province or region.
  EntityKey above_counties(const EntityKey& about) const {
    std::optional<EntityType> type;
    for (const EntityMention& mention : mentions_) {
      if (mention.entity.key == about) {
        type = mention.entity.type;
        break;
      }
    }
    // A place no mention names (the province a list of counties lies in): its gazetteer level.
    if (!type && about.gazetteer_id()) {
      if (const GazetteerPlace* place = context_.resources.gazetteer.find(*about.gazetteer_id())) {
        if (place->level < PlaceLevel::kCounty) return about;
      }
    }
    const bool has_counties =
        type && (*type == EntityType::kSpecialDistrict || *type == EntityType::kProvince ||
                 *type == EntityType::kRegion || *type == EntityType::kCountry ||
                 *type == EntityType::kCity);
    if (has_counties) return about;
    for (const EntityKey* key : {&focus_.special_district, &focus_.province, &focus_.region}) {
      if (!key->empty()) return *key;
    }
    return about;
  }

  // The first cooperative or organisation a sentence names, else its first place; not one
  // named as an example.
  EntityKey subject_of_sentence(std::size_t s) const {
    EntityKey place;
    for (const EntityMention& mention : mentions_) {
      if (mention.sentence != s || is_example(mention)) continue;
      const EntityType type = mention.entity.type;
      if (is_cooperative(type) || type == EntityType::kOrganisation) return mention.entity.key;
      if (is_place(type) && place.empty()) place = mention.entity.key;
    }
    return place;
  }

  // The last word before `end` that points back to a place or cooperative of one kind (该村,
  // 本社, 这个社, 社里, 该县), and the last entity of that kind named before it: its position
  // and key, or an empty key.
  std::pair<std::size_t, EntityKey> anaphor_before(std::size_t s, std::size_t end,
                                                   std::string_view text) const {
    if (!chinese_) return {0, {}};
    static constexpr std::array<std::pair<std::string_view, EntityType>, 17> kAnaphora{
        {{"该村", EntityType::kVillage},
         {"本村", EntityType::kVillage},
         {"这个村", EntityType::kVillage},
         {"该社", EntityType::kProductionCooperative},
         {"本社", EntityType::kProductionCooperative},
         {"这个社", EntityType::kProductionCooperative},
         {"此社", EntityType::kProductionCooperative},
         {"社里", EntityType::kProductionCooperative},
         {"该生产社", EntityType::kProductionCooperative},
         {"这个生产社", EntityType::kProductionCooperative},
         {"该合作社", EntityType::kProductionCooperative},
         {"这个合作社", EntityType::kProductionCooperative},
         {"该县", EntityType::kCounty},
         {"本县", EntityType::kCounty},
         {"该区", EntityType::kDistrict},
         {"该市", EntityType::kCity},
         {"本市", EntityType::kCity}}};
    std::size_t best_at = 0;
    std::optional<EntityType> best_type;
    for (const auto& [word, type] : kAnaphora) {
      for (std::size_t at = text.find(word);
           at != std::string_view::npos && at + word.size() <= end; at = text.find(word, at + 1)) {
        // 这个社员, 本社员工: a member, not the cooperative.
        if (text.substr(at + word.size()).starts_with("员")) continue;
        if (!best_type || at >= best_at) {
          best_at = at;
          best_type = type;
        }
      }
    }
    if (!best_type) return {0, {}};
    EntityKey key;
    for (const EntityMention& mention : mentions_) {
      const bool before = mention.sentence < s || (mention.sentence == s && mention.end <= best_at);
      if (before && mention.entity.type == *best_type) key = mention.entity.key;
    }
    return {best_at, key};
  }

  // 八个穷木匠组织了一个农具生产社: those who formed a cooperative, counted before the verb, are
  // a figure of the cooperative named after it in the same clause.
  EntityKey founded_by(std::size_t s, const NumberMention& number, std::string_view text) const {
    if (!chinese_) return {};
    static constexpr std::array<std::string_view, 3> kFormed{"组织", "组成", "成立"};
    const Clause clause = clause_around(text, number.begin, number.end, chinese_);
    for (const EntityMention& mention : mentions_) {
      if (mention.sentence != s || mention.begin < number.end || mention.end > clause.end ||
          !is_cooperative(mention.entity.type)) {
        continue;
      }
      const std::string_view between = text.substr(number.end, mention.begin - number.end);
      const bool formed = std::any_of(kFormed.begin(), kFormed.end(), [&](std::string_view verb) {
        return between.find(verb) != std::string_view::npos;
      });
      return formed ? mention.entity.key : EntityKey();
    }
    return {};
  }

  EntityKey about_of(std::size_t s, const NumberMention& number, std::string_view text,
                     const EntityKey& previous_about) const {
    if (EntityKey founded = founded_by(s, number, text); !founded.empty()) return founded;
    const EntityMention* nearest = nullptr;
    for (const EntityMention& mention : mentions_) {
      if (mention.sentence != s || mention.end > number.begin) continue;
      const EntityType type = mention.entity.type;
      if (type == EntityType::kTrade || type == EntityType::kPerson || type == EntityType::kEvent)
        continue;
      // The agency in a dateline (【新华社...讯】) reports the facts; it is not their subject.
      const auto organisation = mention.entity.organisation_kind;
      if (type == EntityType::kOrganisation && organisation && is_national(*organisation) &&
          *organisation != OrganisationKind::kNationalBody) {
        continue;
      }
      nearest = &mention;
    }
    // 全省, 全市, "the entire region": the whole of the article's province, city, region.
    static constexpr std::array<std::pair<std::string_view, int>, 12> kWholeUnits{
        {{"全省", 1},
         {"全市", 2},
         {"全区", 0},
         {"全县", 3},
         {"全专区", 4},
         {"the whole special district", 4},
         {"the province", 1},
         {"the city", 2},
         {"the entire region", 0},
         {"the region", 0},
         {"the county", 3},
         {"the whole province", 1}}};
    std::size_t whole_at = 0;
    EntityKey whole;
    for (const auto& [word, level] : kWholeUnits) {
      const std::size_t at = text.rfind(word, number.begin);
      if (at == std::string_view::npos || at + word.size() > number.begin) continue;
      if (whole.empty() || at > whole_at) {
        const EntityKey& key = level == 0   ? focus_.region
                               : level == 1 ? focus_.province
                               : level == 2 ? focus_.city
                               : level == 4 ? focus_.special_district
                                            : focus_.county;
        if (!key.empty()) {
          whole = key;
          whole_at = at;
        }
      }
    }
    // A cooperative named before 全县 stays the subject unless 全县 directly counts the number
    // ("和全县六个供销合作社订立了九千万元的销货合同": the contract is the cooperative's).
    const bool whole_applies = !whole.empty() &&
                               (nearest == nullptr || whole_at > nearest->begin) &&
                               (nearest == nullptr || !is_cooperative(nearest->entity.type) ||
                                chars_between(text, whole_at, number.begin) <= kWholeUnitReach);
    if (whole_applies) return whole;
    // 该村, 本社, 这个社: a word that points back to a village or cooperative named before is
    // about that one, when nothing is named between it and the number.
    if (const auto [at, key] = anaphor_before(s, number.begin, text);
        !key.empty() && (nearest == nullptr || at >= nearest->end) &&
        (whole.empty() || at > whole_at)) {
      return key;
    }
    // "The Wuxi ... Cooperative, in Jiangsu Province, reduced ...": a place that only says
    // where the cooperative named just before it lies is not the subject.
    if (nearest != nullptr && is_place(nearest->entity.type)) {
      for (const EntityMention& mention : mentions_) {
        if (mention.sentence != s || mention.end > nearest->begin) continue;
        if (!is_cooperative(mention.entity.type) &&
            mention.entity.type != EntityType::kOrganisation)
          continue;
        const std::string_view link = text.substr(mention.end, nearest->begin - mention.end);
        if (link == ", in " || link == " in " || link == ", of " || link == "在" ||
            link == "，在") {
          nearest = &mention;
        }
      }
    }
    if (nearest != nullptr) {
      // "无锡、常州、镇江等五个县、市": a number after a list counts the list, which lies in
      // the article's main place.
      const std::string_view between = text.substr(nearest->end, number.begin - nearest->end);
      const bool in_list = nearest->begin >= std::string_view("、").size() &&
                           text.substr(0, nearest->begin).ends_with("、") &&
                           between.find("，") == std::string_view::npos;
      const bool list_of_entities = in_list || between.starts_with("等");
      if (list_of_entities) {
        if (EntityKey container = list_container(s, *nearest); !container.empty()) return container;
      }
      const bool after_list = between.find("等") != std::string_view::npos ||
                              between.find("including") != std::string_view::npos || in_list;
      if (after_list && !focus_.main.empty()) return focus_.main;
      return nearest->entity.key;
    }
    if (!previous_about.empty()) return previous_about;
    if (!focus_.cooperative.empty()) return focus_.cooperative;
    return focus_.main.empty() ? focus_.smallest() : focus_.main;
  }

  std::optional<Period> period_of(const NumberMention& number, std::string_view text,
                                  const std::vector<Period>& periods) const {
    const Period* before = nullptr;
    const Period* after = nullptr;
    for (const Period& period : periods) {
      // "除补起一、二月份的亏欠外", "in addition to making up for the losses in January": a
      // period inside an aside does not date what follows it.
      const Clause clause = clause_around(text, period.text_begin, period.text_end, chinese_);
      const std::string_view clause_text = text.substr(clause.begin, clause.end - clause.begin);
      const bool aside = clause.end <= number.begin &&
                         (clause_text.starts_with("除") ||
                          clause_text.find("in addition to") != std::string_view::npos ||
                          clause_text.find("apart from") != std::string_view::npos);
      if (period.text_end <= number.begin && !aside) before = &period;
      if (period.text_begin >= number.end && after == nullptr) after = &period;
    }
    if (before != nullptr) return *before;
    if (after != nullptr) return *after;
    return std::nullopt;
  }

  // A plan or estimate cue counts in the number's own clause ("应比一九五三年增加百分之九十八"),
  // or opening the sentence ("预计...", "It is estimated that ..."); elsewhere it qualifies
  // something else ("大部社员要求退社": the members demanded to leave).
  ObservationStatus status_of(const std::vector<CueMatch>& qualifiers, const NumberMention& number,
                              std::string_view text, std::size_t sentence) const {
    const Clause clause = clause_around(text, number.begin, number.end, chinese_);
    ObservationStatus status = ObservationStatus::kAchieved;
    for (const CueMatch& cue : qualifiers) {
      if (cue.begin > number.begin) break;
      const bool opens_sentence =
          chars_between(text, 0, cue.begin) <= kOpensSentence.in(chinese_) ||
          text.substr(0, cue.begin) == "It is ";
      if (cue.begin < clause.begin && !opens_sentence) continue;
      if (inside_name(sentence, cue.begin, cue.end)) continue;  // the 应 of 应县
      if (cue.concept_->qualifier_kind == QualifierKind::kPlan) status = ObservationStatus::kPlan;
      if (cue.concept_->qualifier_kind == QualifierKind::kEstimate)
        status = ObservationStatus::kEstimate;
    }
    return status;
  }

  // A change cue shortly before the number ("提高了百分之七十二", "increased by 72%").
  const CueMatch* change_cue(const std::vector<CueMatch>& qualifiers, const NumberMention& number,
                             std::string_view text) const {
    const CueMatch* found = nullptr;
    for (const CueMatch& cue : qualifiers) {
      const bool changes = cue.concept_->qualifier_kind == QualifierKind::kIncrease ||
                           cue.concept_->qualifier_kind == QualifierKind::kDecrease;
      if (changes && cue.end <= number.begin &&
          chars_between(text, cue.end, number.begin) <= kChangeCueReach.in(chinese_)) {
        // "decreased from 15% to 9%", "由...降低到": a from-to pair, not a relative change.
        const std::string_view gap = text.substr(cue.end, number.begin - cue.end);
        const bool pair =
            gap.find("到") != std::string_view::npos || gap.find(" to") != std::string_view::npos ||
            gap.find("from") != std::string_view::npos ||
            gap.find("由") != std::string_view::npos || gap.find("从") != std::string_view::npos;
        found = pair ? nullptr : &cue;
      }
      // "reduced the defective rate by 40%": the change verb, then what changed, then "by".
      if (!chinese_ && changes && cue.end <= number.begin &&
          chars_between(text, cue.end, number.begin) <= kChangeVerbReach) {
        const std::string_view gap = text.substr(cue.end, number.begin - cue.end);
        if ((gap.ends_with(" by ") || gap == " by ") && gap.find(", ") == std::string_view::npos) {
          found = &cue;
        }
      }
    }
    return found;
  }

  Observation make(std::size_t s, std::string_view text, const NumberMention& number,
                   const std::vector<Period>& periods, const std::vector<CueMatch>& measures,
                   const std::vector<CueMatch>& units, const std::vector<CueMatch>& qualifiers,
                   const EntityKey& previous_about) {
    Observation observation;
    const CueMatch* unit_match =
        !number.money && !number.is_percent() ? unit_of(number, text, units) : nullptr;
    const ConceptScheme& all_units = context_.resources.lexicon.units;
    const Concept* unit = number.is_percent()   ? all_units.first_of_kind(UnitKind::kPercent)
                          : number.money        ? all_units.first_of_kind(UnitKind::kMoney)
                          : unit_match != nullptr ? unit_match->concept_
                                                  : nullptr;
    const CueMatch* change = change_cue(qualifiers, number, text);
    const Concept* measure = measure_of(number, text, unit, measures, change != nullptr);
    observation.about = about_of(s, number, text, previous_about);
    if (measure != nullptr && measure->count_unit == "county") {
      observation.about = above_counties(observation.about);
    }
    observation.measure = measure != nullptr ? measure->id : "unclassified";
    // "reached 96,000 yuan, an increase of 65% over last year": a change with no measure
    // of its own changes the figure just given.
    if (measure == nullptr && change != nullptr && !observations_.empty() &&
        observations_.back().chinese.has_value() == chinese_ &&
        (chinese_ ? observations_.back().chinese->sentence_index
                  : observations_.back().english->sentence_index) == s) {
      observation.measure = observations_.back().measure;
    }
    observation.unit = unit != nullptr ? unit->id : "count";
    // Counts carry the unit of what they count, whichever word the text uses for it
    // (一百七十九个 after the noun, "179 cooperatives").
    if (measure != nullptr && !measure->count_unit.empty() && change == nullptr &&
        !number.is_percent()) {
      observation.unit = measure->count_unit;
    }
    // A number in a unit of time names a length of time when no cue says more (提前两个月).
    if (measure == nullptr && change == nullptr && unit != nullptr &&
        unit->unit_kind == UnitKind::kDuration &&
        observation.measure == "unclassified" &&
        context_.resources.lexicon.measures.find("duration") != nullptr) {
      observation.measure = "duration";
    }
    open_measure_end_ = number.end;
    if (measure == nullptr && change == nullptr && !number.is_percent() &&
        observation.measure == "unclassified" &&
        (counts_or_weighs(unit) || is_money(unit))) {
      name_open_measure(observation, number, text, unit, unit_match);
    }
    observation.per = rate_denominators(text, number.begin, open_measure_end_, chinese_,
                                        context_.resources.lexicon.rate_denominators);
    observation.value = number.low;
    observation.value_high = number.high;
    observation.lower_bound = number.lower_bound;
    observation.approximate = number.approximate;
    observation.period = period_of(number, text, periods);
    observation.status = status_of(qualifiers, number, text, s);
    observation.original_text = number.text;
    if (change != nullptr) {
      observation.qualifier = ObservationQualifier::kRelativeChange;
      if (change->concept_->qualifier_kind == QualifierKind::kDecrease) {
        observation.value = number.low.times(Decimal::from_int(-1)).value_or(number.low);
      }
    }
    if (is_money(unit) && observation.unit == unit->id && context_.dated)
      observation.value_new_yuan = in_new_yuan(observation.value, context_.date);
    Evidence evidence = evidence_for(context_.sentences[s], s, context_.paragraphs, language_,
                                     number.begin, number.end);
    (chinese_ ? observation.chinese : observation.english) = std::move(evidence);
    return observation;
  }

  // 百分之二十到四十, 两个月到三个月, "20 to 40 percent": the far end of a range measures and
  // counts what the near end does.
  void continue_range(Observation& observation, std::string_view text, const NumberMention& number,
                      std::size_t n, const std::vector<NumberMention>& numbers) const {
    if (n == 0 || observations_.empty() || observation.measure != "unclassified") return;
    const NumberMention& previous = numbers[n - 1];
    const std::string_view between = text.substr(previous.end, number.begin - previous.end);
    static constexpr std::array<std::string_view, 6> kLinks{"到", "至", "～", "-", " to ", "—"};
    const bool linked = std::any_of(kLinks.begin(), kLinks.end(), [&](std::string_view link) {
      return between == link || between.ends_with(link);
    });
    if (!linked || char_count(between) > kRangeLink.in(chinese_)) return;
    const Observation& near = observations_.back();
    observation.measure = near.measure;
    observation.open_measure = near.open_measure;
    if (observation.unit == "count" ||
        is_generic_counter(context_.resources.lexicon.units.find(observation.unit))) {
      observation.unit = near.unit;
    }
  }

  // "由百分之十五降低到百分之九", "from 15% to 9%": the first is before, the second after.
  void pair_from_to(Observation& observation, std::string_view text, const NumberMention& number,
                    std::size_t n, const std::vector<NumberMention>& numbers,
                    const std::vector<CueMatch>& qualifiers) {
    if (n == 0 || observations_.empty()) return;
    const NumberMention& previous = numbers[n - 1];
    const std::string_view between = text.substr(previous.end, number.begin - previous.end);
    bool has_to = false;
    for (const CueMatch& cue : qualifiers) {
      if (cue.concept_->qualifier_kind == QualifierKind::kTo && cue.begin >= previous.end &&
          cue.end <= number.begin)
        has_to = true;
    }
    bool has_from = false;
    for (const CueMatch& cue : qualifiers) {
      if (cue.concept_->qualifier_kind == QualifierKind::kFrom && cue.end <= previous.begin &&
          chars_between(text, cue.end, previous.begin) <= kFromCueReach.in(chinese_)) {
        has_from = true;
      }
    }
    if (!has_from || !has_to || char_count(between) > kFromToGap.in(chinese_)) return;
    Observation& first = observations_.back();
    first.qualifier = ObservationQualifier::kBefore;
    observation.qualifier = ObservationQualifier::kAfter;
    if (observation.measure == "unclassified") {
      observation.measure = first.measure;
      observation.open_measure = first.open_measure;
    }
    if (first.measure == "unclassified") {
      first.measure = observation.measure;
      first.open_measure = observation.open_measure;
    }
    observation.about = first.about;
  }

  const LanguageContext& context_;
  Language language_;
  bool chinese_;
  const std::vector<EntityMention>& mentions_;
  const ArticleFocus& focus_;
  const ConceptScheme& qualifiers_;
  std::vector<Observation> observations_;
  std::size_t open_measure_end_ = 0;  // where the noun an observation counts ends
};

}  // namespace

EntityKey ArticleFocus::smallest() const {
  if (!county.empty()) return county;
  if (!city.empty()) return city;
  if (!province.empty()) return province;
  return region;
}

std::optional<Decimal> in_new_yuan(const Decimal& value, CalendarDate date) {
  if (date < kRedenomination) return value.scaled_by_pow10(-4);
  return value;
}

std::vector<Observation> find_observations(const LanguageContext& context, Language language,
                                           const std::vector<EntityMention>& mentions,
                                           const ArticleFocus& focus,
                                           const ConceptScheme& qualifier_cues) {
  return ObservationFinder(context, language, mentions, focus, qualifier_cues).run();
}

}  // namespace coopgraph::extract
