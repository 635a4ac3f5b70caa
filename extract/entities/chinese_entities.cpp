#include "extract/entities/chinese_entities.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <map>

#include "extract/entities/entity_labels.h"
#include "extract/entities/person_names.h"
#include "extract/entities/place_entities.h"
#include "extract/text/han.h"
#include "extract/text/word_segmenter.h"

namespace coopgraph::extract {
namespace {

struct Head {
  std::string_view text;
  EntityType type;
  std::string_view kind;     // a short name for the key
  bool needs_trade = false;  // 社 alone names a cooperative only after a trade (铁业社, 篾业社)
};

// Longest first: a federation head contains a cooperative head.
constexpr std::array<Head, 14> kCooperativeHeads{{
    {"手工业生产合作社联合总社", EntityType::kFederation, "united-general"},
    {"手工业生产合作社联合社", EntityType::kFederation, "united-society"},
    {"合作社联合总社", EntityType::kFederation, "united-general"},
    {"合作社联合社", EntityType::kFederation, "united-society"},
    {"供销生产小组", EntityType::kProductionGroup, "supply-marketing-group"},
    {"供销生产社", EntityType::kSupplyMarketingCooperative, "supply-marketing-production"},
    {"供销合作社", EntityType::kSupplyMarketingCooperative, "supply-marketing"},
    {"供销社", EntityType::kSupplyMarketingCooperative, "supply-marketing"},
    {"生产合作社", EntityType::kProductionCooperative, "production"},
    {"生产小组", EntityType::kProductionGroup, "group"},
    {"联合总社", EntityType::kFederation, "united-general"},
    {"合作总社", EntityType::kFederation, "general"},  // 河北省合作总社: a province's federation
    {"生产社", EntityType::kProductionCooperative, "production", true},
    {"社", EntityType::kProductionCooperative, "production", true},
}};

// Characters that cannot start the name of a place below the county (的农村, 这个村, 全乡):
// function words, pronouns, numerals.
constexpr std::string_view kNotPlaceStart =
    "的了在和与及等是为把被向对从到也都就还又已将并同于这那个各每该本全某"
    "如像有据以使让叫给往去回至经自距沿"
    "我他她它其此邻外附近";

// A name of only these characters is a direction (西南 "south-west"), a place only with its
// level word (西南区) or in a list of places.
constexpr std::string_view kDirectionCharacters = "东西南北中";

bool only_direction_characters(std::string_view name) {
  for (std::size_t at = 0; at < name.size();) {
    std::size_t length = 0;
    code_point_at(name, at, &length);
    if (kDirectionCharacters.find(name.substr(at, length)) == std::string_view::npos) return false;
    at += length;
  }
  return !name.empty();
}

// The words below the county that end a place's name: village, township, market town.
constexpr std::array<std::string_view, 3> kLocalPlaceWords{"村", "乡", "镇"};

constexpr std::array<std::string_view, 7> kLevelSuffixes{"专区", "地区", "省", "市",
                                                         "县",   "区",   "村"};
constexpr std::array<std::string_view, 3> kGenericPrefixes{"手工业", "手工", "基层"};
// Characters before a cooperative head that make it a kind, not a named cooperative.
constexpr std::array<std::string_view, 9> kQuantifiers{"个", "各", "些", "几", "批",
                                                       "等", "有", "全", "新"};
constexpr std::array<std::string_view, 24> kNameStops{
    "曾", "在", "并", "说", "等", "和", "也", "到", "于", "已", "的", "同",
    "向", "对", "为", "是", "把", "将", "就", "又", "还", "都", "介", "讲"};

std::optional<PlaceLevel> level_of_suffix(std::string_view suffix) {
  if (suffix == "省") return PlaceLevel::kProvince;
  if (suffix == "市") return PlaceLevel::kCity;
  if (suffix == "县") return PlaceLevel::kCounty;
  if (suffix == "专区" || suffix == "地区") return PlaceLevel::kSpecialDistrict;
  if (suffix == "区") return PlaceLevel::kRegion;
  if (suffix == "村") return PlaceLevel::kVillage;
  return std::nullopt;
}

bool inside_stopword(std::string_view text, std::size_t begin, std::size_t end,
                     const std::vector<std::string>& stopwords) {
  for (const std::string& word : stopwords) {
    const std::size_t from = begin >= word.size() ? begin - word.size() : 0;
    for (std::size_t at = text.find(word, from); at != std::string_view::npos && at <= begin;
         at = text.find(word, at + 1)) {
      if (at + word.size() >= end) return true;
    }
  }
  return false;
}

std::size_t char_length(std::string_view text, std::size_t offset) {
  std::size_t length = 1;
  code_point_at(text, offset, &length);
  return length;
}

struct PendingPlace {
  FoundEntity entity;
  std::size_t begin;
  std::size_t end;
};

constexpr std::string_view kCountySeat = "城关";

class ChineseEntityFinder {
 public:
  explicit ChineseEntityFinder(const LanguageContext& context)
      : context_(context), gazetteer_(context.resources.gazetteer) {
    for (const Concept& role : context.resources.lexicon.roles.concepts()) {
      role_cues_.insert(role_cues_.end(), role.cues_zh.begin(), role.cues_zh.end());
    }
  }

  std::vector<FoundMention> run() {
    for (std::size_t s = 0; s < context_.sentences.size(); ++s) {
      const std::string_view text = context_.sentences[s].text;
      words_ = context_.resources.words.segment(text);
      boundary_.assign(text.size() + 1, false);
      for (const Word& word : words_)
        boundary_[word.begin] = true;
      boundary_[text.size()] = true;
      // Names of people first: 张宝山 holds the county name 宝山.
      person_spans_ = find_person_names(text, words_, context_.resources.person_names, role_cues_);
      find_places(s, text);
      find_local_places(s, text);
      find_cooperatives(s, text);
      find_named_teams(s, text);
      find_organisations(s, text);
      find_people(s, text);
      find_trades(s, text);
    }
    sort_in_text_order(mentions_);
    return std::move(mentions_);
  }

 private:
  struct PlaceMatch {
    const GazetteerPlace* place = nullptr;
    std::size_t end = 0;
  };

  // The longest gazetteer name at offset, with a level word after it when there is one.
  PlaceMatch place_at(std::string_view text, std::size_t offset) const {
    const std::size_t limit = text.size() - offset;
    // Only the lengths some name has, longest first: every other length finds nothing.
    for (const std::size_t length : gazetteer_.chinese_name_lengths_at(text.substr(offset))) {
      if (length > limit) continue;
      if (length < 6) break;
      const std::string_view name = text.substr(offset, length);
      auto candidates = gazetteer_.by_chinese_name(name);
      if (candidates.empty()) continue;
      std::optional<PlaceLevel> stated;
      std::size_t end = offset + length;
      for (std::string_view suffix : kLevelSuffixes) {
        if (text.substr(end).starts_with(suffix)) {
          auto full = gazetteer_.by_chinese_name(std::string(name) + std::string(suffix));
          if (!full.empty()) {
            candidates = full;
            end += suffix.size();
          }
          stated = level_of_suffix(suffix);
          break;
        }
      }
      for (const GazetteerPlace* candidate : candidates) {
        if (candidate->name_zh == text.substr(offset, end - offset)) stated = candidate->level;
      }
      return {choose_place(candidates, context_.date, stated), end};
    }
    return {};
  }

  // Short names of counties are often ordinary words (新建 "newly built", 全县 "the whole
  // county"); without their level word they count only inside a list of places.
  bool plausible_place_mention(std::string_view text, std::size_t offset,
                               const PlaceMatch& match) const {
    const std::string_view matched = text.substr(offset, match.end - offset);
    if (matched.starts_with("全") || matched.starts_with("各") || matched.starts_with("本") ||
        matched.starts_with("该") || matched.starts_with("每")) {
      return false;
    }
    // A name starts a word: 的农村 holds no 的农, 新华社 no 新华.
    if (!at_boundary(offset)) return false;
    const std::string_view before = text.substr(0, offset);
    const std::string_view after = text.substr(match.end);
    const bool in_list = before.ends_with("、") || after.starts_with("、") ||
                         after.starts_with("等") || after.starts_with("和") ||
                         before.ends_with("和");
    const bool bare = matched != match.place->name_zh;
    if (bare) {
      // Without its level word a name must be a whole word (大同 in 大同煤矿 is; 西南 in
      // 西南部 is not a place), and a name that is also a common word or a direction needs a
      // list or a larger place right before it to be a place.
      if (!at_boundary(match.end)) return false;
      // 定县村 is a village named like the county 定县: the level word after it says which.
      for (std::string_view word : kLocalPlaceWords) {
        if (after.starts_with(word)) return false;
      }
      const WordTag tag = context_.resources.words.tag_of(matched);
      const bool common_word = tag == WordTag::kOther || tag == WordTag::kPerson;
      const bool after_place = offset == previous_place_end_;
      if (common_word && !in_list && !after_place) return false;
      // Right after a place a direction word is where in it (某市西南的一个山村).
      if (only_direction_characters(matched) && !in_list) return false;
    }
    if (place_level_rank(match.place->level) < place_level_rank(PlaceLevel::kCounty)) return true;
    if (matched == match.place->name_zh) return true;
    return in_list;
  }

  // The level of the names of a list that starts at offset and ends in 等 and a level word
  // (等十多个县, 等县), if it does.
  static std::optional<PlaceLevel> list_level(std::string_view text, std::size_t offset) {
    constexpr std::string_view kComma = "、";
    constexpr std::string_view kEtc = "等";
    std::size_t at = offset;
    for (int items = 0; items < 1000; ++items) {
      for (int chars = 0; chars < 8 && at < text.size(); ++chars) {
        std::size_t length = 0;
        if (!is_han(code_point_at(text, at, &length))) break;
        if (text.substr(at).starts_with(kEtc)) break;
        at += length;
      }
      if (!text.substr(at).starts_with(kComma)) break;
      at += kComma.size();
    }
    if (at == offset || !text.substr(at).starts_with(kEtc)) return std::nullopt;
    at += kEtc.size();
    for (int chars = 0; chars < 6 && at < text.size(); ++chars) {
      const std::string_view rest = text.substr(at);
      // 等十个县、市: names of both levels.
      if (rest.starts_with("县、市") || rest.starts_with("县市") || rest.starts_with("市、县") ||
          rest.starts_with("市县")) {
        return std::nullopt;
      }
      if (rest.starts_with("县")) return PlaceLevel::kCounty;
      if (rest.starts_with("市")) return PlaceLevel::kCity;
      if (rest.starts_with("省")) return PlaceLevel::kProvince;
      std::size_t length = 0;
      code_point_at(text, at, &length);
      if (std::string_view("一二三四五六七八九十百两几多个余").find(rest.substr(0, length)) ==
          std::string_view::npos) {
        break;
      }
      at += length;
    }
    return std::nullopt;
  }

  bool inside_person_name(std::size_t begin, std::size_t end) const {
    return std::any_of(person_spans_.begin(), person_spans_.end(),
                       [&](const NameSpan& name) { return name.begin < end && begin < name.end; });
  }

  bool at_boundary(std::size_t offset) const {
    return offset < boundary_.size() && boundary_[offset];
  }

  void add(std::size_t sentence, std::size_t begin, std::size_t end, FoundEntity entity) {
    if (entity.type == EntityType::kVillage && entity.gazetteer_id.empty() &&
        local_places_.size() < 1000) {
      // Remembered by the name without its level word, which later mentions may drop.
      std::string name = entity.label_zh;
      for (std::string_view word : kLocalPlaceWords) {
        if (name.size() > word.size() && name.ends_with(word))
          name.resize(name.size() - word.size());
      }
      local_places_.emplace(std::move(name), entity);
    }
    mentions_.push_back({std::move(entity), sentence, begin, end});
  }

  void find_places(std::size_t s, std::string_view text) {
    const GazetteerPlace* previous = nullptr;
    std::size_t previous_end = std::string_view::npos;
    previous_place_end_ = std::string_view::npos;
    for (std::size_t offset = 0; offset < text.size();) {
      PlaceMatch match = place_at(text, offset);
      if (match.place == nullptr ||
          inside_stopword(text, offset, match.end, context_.resources.chinese_place_stopwords) ||
          inside_person_name(offset, match.end) || !plausible_place_mention(text, offset, match)) {
        previous = nullptr;
        offset += char_length(text, offset);
        continue;
      }
      // 甲县、乙县、丙县等十多个县: the level word after a list says what its names are.
      if (const auto level = list_level(text, offset)) {
        const auto candidates = gazetteer_.by_chinese_name(text.substr(offset, match.end - offset));
        const GazetteerPlace* chosen = choose_place(candidates, context_.date, level);
        if (chosen != nullptr && chosen->level == *level) match.place = chosen;
      }
      FoundEntity entity = as_found(place_entity(*match.place, gazetteer_, context_.date));
      // "河北省保定市": a larger unit written right before a smaller one contains it.
      if (previous != nullptr && previous_end == offset &&
          place_level_rank(previous->level) < place_level_rank(match.place->level) &&
          entity.located_in.empty()) {
        entity.located_in = EntityKey::gazetteer_place(previous->id);
      }
      const std::size_t begin = offset;
      offset = match.end;
      find_numbered_districts(s, text, offset, entity);
      find_suburbs(s, text, offset, entity);
      add(s, begin, match.end, std::move(entity));
      previous = match.place;
      previous_end = match.end;
      previous_place_end_ = match.end;
    }
    previous_place_end_ = std::string_view::npos;
  }

  // "应县第六、七两区": districts numbered within the county just named.
  // 大同市郊区: the suburban district of a city, when 郊区 is a word right after it.
  void find_suburbs(std::size_t s, std::string_view text, std::size_t offset,
                    const FoundEntity& city) {
    constexpr std::string_view kSuburbs = "郊区";
    if (city.type != EntityType::kCity || !text.substr(offset).starts_with(kSuburbs) ||
        !at_boundary(offset + kSuburbs.size())) {
      return;
    }
    FoundEntity district;
    district.type = EntityType::kDistrict;
    district.key = city.key.suburbs();
    district.label_en = place_label_without_level(city) + " Suburban District";
    district.label_zh = city.label_zh + std::string(kSuburbs);
    district.pinyin = context_.resources.pinyin.with_tones(district.label_zh);
    district.located_in = city.key;
    add(s, offset, offset + kSuburbs.size(), std::move(district));
  }

  std::string place_label_without_level(const FoundEntity& place) const {
    if (const GazetteerPlace* unit = gazetteer_.find(place.gazetteer_id)) return unit->name_en;
    return place.label_en;
  }

  // 王德明互助组: a mutual aid team named after its leader (a surname and one or two given
  // characters right before 互助组, starting a word).
  void find_named_teams(std::size_t s, std::string_view text) {
    constexpr std::string_view kTeam = "互助组";
    for (std::size_t at = text.find(kTeam); at != std::string_view::npos;
         at = text.find(kTeam, at + 1)) {
      if (!at_boundary(at)) continue;
      for (std::size_t chars = 3; chars >= 2; --chars) {
        if (at < chars * 3) continue;
        const std::size_t begin = at - chars * 3;
        const std::string_view name = text.substr(begin, at - begin);
        if (!at_boundary(begin) || overlaps_mention(s, begin, at)) continue;
        bool han = true;
        for (std::size_t i = 0; i < name.size(); i += 3) {
          std::size_t length = 0;
          han = han && is_han(code_point_at(name, i, &length)) && length == 3 &&
                std::string_view(kNotPlaceStart).find(name.substr(i, 3)) == std::string_view::npos;
        }
        const auto& surnames = context_.resources.person_names.surnames;
        if (!han ||
            std::find(surnames.begin(), surnames.end(), name.substr(0, 3)) == surnames.end())
          continue;
        // The name is not a word of the dictionary other than a person's (这个互助组, 全体互助组).
        const WordTag tag = context_.resources.words.tag_of(name);
        if (tag == WordTag::kOther || holds_common_word(begin, at)) continue;
        FoundEntity team;
        team.type = EntityType::kProductionGroup;
        team.kind = "mutual-aid-team";
        team.label_zh = std::string(name) + std::string(kTeam);
        team.label_en = person_label_en(name, context_.resources.pinyin) + " Mutual Aid Team";
        team.pinyin = context_.resources.pinyin.with_tones(team.label_zh);
        team.located_in = FoundKey::focus();
        team.key =
            FoundKey::group(team.located_in, team.kind, context_.resources.pinyin.compact(name));
        add(s, begin, at + kTeam.size(), std::move(team));
        break;
      }
    }
  }

  void find_numbered_districts(std::size_t s, std::string_view text, std::size_t offset,
                               const FoundEntity& county) {
    static const re2::RE2 districts(
        R"(^(第([一二三四五六七八九十]+)((?:、[一二三四五六七八九十]+)*)(?:两|三|四)?区))");
    std::string whole, first, rest;
    if (!re2::RE2::PartialMatch(text.substr(offset), districts, &whole, &first, &rest)) return;
    std::vector<std::string> numerals{first};
    for (std::size_t at = 0; (at = rest.find("、", at)) != std::string::npos;) {
      at += std::string_view("、").size();
      const std::size_t next = rest.find("、", at);
      numerals.push_back(
          rest.substr(at, next == std::string::npos ? std::string::npos : next - at));
    }
    for (const std::string& numeral : numerals) {
      auto found = find_chinese_numbers(numeral, context_.resources.chinese_numbers);
      if (found.empty()) continue;
      const auto number = found.front().low.to_int64();
      if (!number) continue;
      FoundEntity district;
      district.type = EntityType::kDistrict;
      district.key = county.key.district(*number);
      // "Ying County Sixth District", "Datong City Second District": as translators write.
      district.label_en =
          county.label_en + " " + ordinal_word(static_cast<int>(*number)) + " District";
      district.label_zh = county.label_zh + "第" + numeral + "区";
      district.pinyin = context_.resources.pinyin.with_tones(district.label_zh);
      district.located_in = county.key;
      district.ordinal = static_cast<int>(*number);
      add(s, offset, offset + whole.size(), std::move(district));
    }
  }

  // Walks back from a cooperative head over what can be part of its name: ordinals, trade
  // words, place names, villages; returns where the name starts.
  std::size_t name_start(std::string_view text, std::size_t head_begin, FoundEntity& entity,
                         bool& has_place) {
    std::size_t start = head_begin;
    for (int step = 0; step < 8 && start > 0; ++step) {
      const std::string_view before = text.substr(0, start);
      bool extended = false;
      // The longest trade word that ends here: 布鞋 (cloth shoes), not its last character 鞋
      // (footwear), which would leave 布 and the place before it out of the name.
      const Concept* longest_trade = nullptr;
      std::size_t longest_cue = 0;
      for (const Concept& trade : context_.resources.lexicon.trades.concepts()) {
        for (const std::string& cue : trade.cues_zh) {
          if (cue.size() >= 3 && cue.size() > longest_cue && before.ends_with(cue)) {
            longest_trade = &trade;
            longest_cue = cue.size();
          }
        }
      }
      if (longest_trade != nullptr) {
        start -= longest_cue;
        if (std::find(entity.trades.begin(), entity.trades.end(), longest_trade->id) ==
            entity.trades.end()) {
          entity.trades.insert(entity.trades.begin(), longest_trade->id);
        }
        continue;
      }
      for (std::string_view generic : kGenericPrefixes) {
        if (before.ends_with(generic)) {
          start -= generic.size();
          extended = true;
          break;
        }
      }
      if (extended) continue;
      // 王家庄（共二百户）铁业生产合作社: an aside in brackets is not part of the name.
      if (before.ends_with("）") && aside_end_ == 0) {
        const std::size_t open = before.rfind("（");
        constexpr std::size_t kMaxAsideChars = 20;  // brackets included
        if (open != std::string_view::npos &&
            chars_between(before, open, before.size()) <= kMaxAsideChars) {
          aside_begin_ = open;
          aside_end_ = before.size();
          start = open;
          continue;
        }
      }
      // 某县城关篾业社: 城关 is the seat of the county written before it.
      if (before.ends_with(kCountySeat)) {
        const std::size_t seat = before.size() - kCountySeat.size();
        if (const auto place = place_ending_at(text, seat); place.place != nullptr) {
          entity.located_in = EntityKey::gazetteer_place(place.place->id);
          prefix_place_en_ = place_name_in_label(*place.place) + " Chengguan";
          start = place.begin;
          has_place = true;
        }
        break;
      }
      // 大同市第二区供销合作社: the numbered district of the place written before it.
      static const re2::RE2 numbered_district(R"((第([一二三四五六七八九十]+)区)$)");
      std::string district_text, district_numeral;
      if (district_number_ == 0 &&
          re2::RE2::PartialMatch(before, numbered_district, &district_text, &district_numeral)) {
        auto found = find_chinese_numbers(district_numeral, context_.resources.chinese_numbers);
        if (!found.empty() && found.front().low.to_int64()) {
          district_number_ = *found.front().low.to_int64();
          start -= district_text.size();
          continue;
        }
      }
      static const re2::RE2 ordinal(R"((第[一二三四五六七八九十百零]+)$)");
      std::string ordinal_text;
      if (re2::RE2::PartialMatch(before, ordinal, &ordinal_text)) {
        auto found = find_chinese_numbers(ordinal_text, context_.resources.chinese_numbers);
        if (!found.empty() && found.front().low.to_int64()) {
          entity.ordinal = static_cast<int>(*found.front().low.to_int64());
        }
        start -= ordinal_text.size();
        continue;
      }
      // A place name, the longest that ends here.
      for (std::size_t length = std::min(before.size(), gazetteer_.longest_chinese_name() + 6);
           length >= 3; --length) {
        const std::size_t begin = before.size() - length;
        if (!starts_char(before, begin)) continue;
        PlaceMatch match = place_at(text, begin);
        if (match.place != nullptr && match.end == before.size()) {
          const Entity place = place_entity(*match.place, gazetteer_, context_.date);
          entity.located_in = place.key;
          prefix_place_en_ = place_name_in_label(*match.place);
          if (district_number_ != 0) {
            entity.located_in = entity.located_in.district(district_number_);
            prefix_place_en_ +=
                " " + ordinal_word(static_cast<int>(district_number_)) + " District";
          }
          start = begin;
          has_place = true;
          extended = true;
          break;
        }
      }
      if (extended) break;  // a place is the first part of a name
      // A village, township or market town the gazetteer does not list (王家庄村), or a name
      // written right after a city or county (大同市王家庄铁业生产合作社): a place below it.
      // 区供销社: a level word alone is the place of that level the article is writing of.
      if (const FoundEntity* place = place_of_bare_level_word(text, before.size())) {
        entity.located_in = place->key;
        prefix_place_en_ = place->label_en;
        start -= 3;
        has_place = true;
        break;
      }
      auto local = known_local_place_before(text, before.size());
      if (!local) local = local_place_before(text, before.size());
      if (local) {
        pending_places_.push_back(std::move(*local));
        entity.located_in = pending_places_.back().entity.key;
        prefix_place_en_ = pending_places_.back().entity.label_en;
        start = pending_places_.back().begin;
        has_place = true;
      }
      break;
    }
    return start;
  }

  struct PlaceEnd {
    const GazetteerPlace* place = nullptr;
    std::size_t begin = 0;
  };

  // The gazetteer place, written as a place, that ends right at end.
  PlaceEnd place_ending_at(std::string_view text, std::size_t end) const {
    for (std::size_t length = std::min(end, gazetteer_.longest_chinese_name() + 6); length >= 3;
         --length) {
      const std::size_t begin = end - length;
      if (!starts_char(text, begin)) continue;
      PlaceMatch match = place_at(text, begin);
      if (match.place != nullptr && match.end == end &&
          !inside_stopword(text, begin, match.end, context_.resources.chinese_place_stopwords) &&
          plausible_place_mention(text, begin, match)) {
        return {match.place, begin};
      }
    }
    return {};
  }

  // Whether a dictionary word of two or more characters that is a common word lies within
  // [begin, end): 这个村, 山村 are no village names.
  bool holds_common_word(std::size_t begin, std::size_t end) const {
    auto it = std::lower_bound(words_.begin(), words_.end(), begin,
                               [](const Word& word, std::size_t at) { return word.begin < at; });
    for (; it != words_.end() && it->begin < end; ++it) {
      if (it->end - it->begin >= 6 && it->tag == WordTag::kOther) return true;
    }
    return false;
  }

  // A place below the county that ends at end: two or three characters starting a word, then
  // 村, 乡 or 镇 as a word of its own (王家庄村, 李家镇); or, right after a city or county that the
  // gazetteer knows, two or three characters alone (大同市王家庄): a place within it.
  std::optional<PendingPlace> local_place_before(std::string_view text, std::size_t end) const {
    std::size_t name_end = end;
    std::string_view level_word;
    for (std::string_view word : kLocalPlaceWords) {
      if (text.substr(0, end).ends_with(word) && at_boundary(end - word.size())) {
        level_word = word;
        name_end = end - word.size();
        break;
      }
    }
    // 某县甲庄区: a district of the county written right before it (区 alone is too common a
    // word, 山区, 灾区, to be read without the county).
    bool district = false;
    if (level_word.empty() && text.substr(0, end).ends_with("区") && end >= 9 + 3) {
      const PlaceEnd county = place_ending_at(text, end - 9);
      if (county.place != nullptr && county.place->level == PlaceLevel::kCounty &&
          at_boundary(end - 9)) {
        level_word = "区";
        name_end = end - 3;
        district = true;
      }
    }
    if (!at_boundary(name_end)) return std::nullopt;
    // Back over the name, to a place, a character that cannot start a name, or 3 characters.
    std::size_t begin = name_end;
    PlaceEnd parent;
    for (int chars = 0; chars < 3 && begin > 0; ++chars) {
      const std::size_t previous = previous_char(text, begin);
      std::size_t length = 0;
      if (!is_han(code_point_at(text, previous, &length))) break;
      begin = previous;
      if (chars >= 1 && (parent = place_ending_at(text, begin)).place != nullptr) break;
    }
    // Without a level word the name is exactly what lies between the place and the trade
    // (大同市王家庄): no function word in it (潍县等地的 is "places such as Weixian").
    if (level_word.empty()) {
      if (parent.place == nullptr) return std::nullopt;
      for (std::size_t at = begin; at < name_end;) {
        std::size_t length = 0;
        code_point_at(text, at, &length);
        if (kNotPlaceStart.find(text.substr(at, length)) != std::string_view::npos) {
          return std::nullopt;
        }
        at += length;
      }
    }
    // 和王家庄村: the name starts after a function word, pronoun or classifier.
    while (begin < name_end) {
      std::size_t length = 0;
      code_point_at(text, begin, &length);
      if (kNotPlaceStart.find(text.substr(begin, length)) == std::string_view::npos) break;
      begin += length;
    }
    if (name_end - begin < 6 || !at_boundary(begin) || holds_common_word(begin, name_end)) {
      return std::nullopt;
    }
    if (parent.place == nullptr) parent = place_ending_at(text, begin);
    if (level_word.empty() &&
        (parent.place == nullptr ||
         place_level_rank(parent.place->level) < place_level_rank(PlaceLevel::kCity))) {
      return std::nullopt;
    }
    const std::string name(text.substr(begin, name_end - begin));
    FoundEntity place =
        as_found(unlisted_place_entity(district ? EntityType::kDistrict : EntityType::kVillage,
                                       context_.resources.pinyin.compact(name)));
    place.label_zh = std::string(text.substr(begin, end - begin));
    place.pinyin = context_.resources.pinyin.with_tones(place.label_zh);
    place.label_en = capitalised(context_.resources.pinyin.compact(name));
    // A place below the county lies in the one written before it, else in the place the
    // article is about.
    place.located_in =
        parent.place != nullptr ? EntityKey::gazetteer_place(parent.place->id) : FoundKey::focus();
    return PendingPlace{std::move(place), begin, end};
  }

  // The place of the level that the character before end names (区, 县, 市) when it stands
  // alone (区供销社, 区委, not 各区供销社, 山区): the last one the article named.
  const FoundEntity* place_of_bare_level_word(std::string_view text, std::size_t end) const {
    if (end < 3) return nullptr;
    const std::string_view level = text.substr(end - 3, 3);
    EntityType type;
    if (level == "区") {
      type = EntityType::kDistrict;
    } else if (level == "县") {
      type = EntityType::kCounty;
    } else if (level == "市") {
      type = EntityType::kCity;
    } else {
      return nullptr;
    }
    if (!at_boundary(end - 3)) return nullptr;
    if (end >= 6) {
      std::size_t length = 0;
      const std::size_t previous = previous_char(text, end - 3);
      const bool han = is_han(code_point_at(text, previous, &length));
      // Alone means after punctuation or a function word (临走时区委指示); after a name it is
      // that name's level word, after 各 or a number many places (各区供销社); 山区, 地区 are
      // words of their own, which the boundary above has left out.
      if (han &&
          std::string_view("由把在和与的到向对从是为当让叫给将被时后前里上也就都又还再即并经说")
                  .find(text.substr(previous, length)) == std::string_view::npos) {
        return nullptr;
      }
    }
    for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
      if (it->entity.type == type) return &it->entity;
    }
    return nullptr;
  }

  // A place below the county that the article has named before (王家庄 after 大同市王家庄).
  std::optional<PendingPlace> known_local_place_before(std::string_view text,
                                                       std::size_t end) const {
    for (const auto& [name, place] : local_places_) {
      if (name.size() <= end && text.substr(0, end).ends_with(name) &&
          at_boundary(end - name.size())) {
        return PendingPlace{place, end - name.size(), end};
      }
    }
    return std::nullopt;
  }

  void find_local_places(std::size_t s, std::string_view text) {
    for (std::string_view word : std::array<std::string_view, 4>{"村", "乡", "镇", "区"}) {
      for (std::size_t at = text.find(word); at != std::string_view::npos;
           at = text.find(word, at + 1)) {
        const std::size_t end = at + word.size();
        if (!at_boundary(at) || !at_boundary(end)) continue;
        auto place = local_place_before(text, end);
        if (!place || overlaps_mention(s, place->begin, place->end)) continue;
        add(s, place->begin, place->end, std::move(place->entity));
      }
    }
  }

  bool overlaps_mention(std::size_t s, std::size_t begin, std::size_t end) const {
    return std::any_of(mentions_.begin(), mentions_.end(), [&](const FoundMention& mention) {
      return mention.sentence == s && mention.begin < end && begin < mention.end;
    });
  }

  static std::string capitalised(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
      text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
  }

  void find_cooperatives(std::size_t s, std::string_view text) {
    std::vector<bool> taken(text.size() + 1, false);
    for (const Head& head : kCooperativeHeads) {
      for (std::size_t at = text.find(head.text); at != std::string_view::npos;
           at = text.find(head.text, at + 1)) {
        if (taken[at]) continue;
        std::fill(taken.begin() + static_cast<std::ptrdiff_t>(at),
                  taken.begin() + static_cast<std::ptrdiff_t>(at + head.text.size()), true);
        FoundEntity entity;
        entity.type = head.type;
        bool has_place = false;
        pending_places_.clear();
        prefix_place_en_.clear();
        aside_begin_ = aside_end_ = 0;
        district_number_ = 0;
        const std::size_t start = name_start(text, at, entity, has_place);
        if (head.needs_trade && (entity.trades.empty() || start == at)) continue;
        // 社 alone is a cooperative right after its trade (铁业社), not after 手工业 (the
        // kind: 木业手工业社 are handicraft cooperatives of woodwork).
        if (head.text == "社" &&
            (!text.substr(0, at).ends_with("业") || text.substr(0, at).ends_with("手工业"))) {
          continue;
        }
        if (expand_shared_suffix(s, text, start, at + head.text.size(), entity, head)) continue;
        const std::size_t end = at + head.text.size();
        const std::string_view before = text.substr(0, start);
        const bool quantified =
            std::any_of(kQuantifiers.begin(), kQuantifiers.end(),
                        [&](std::string_view q) { return before.ends_with(q); });
        // A production cooperative named by its place alone (北京市手工业生产合作社) is the
        // place's cooperatives as a kind; a federation or supply and marketing cooperative of
        // a place is one body.
        const bool one_per_place = entity.type == EntityType::kFederation ||
                                   entity.type == EntityType::kSupplyMarketingCooperative;
        const bool village = !pending_places_.empty();
        const bool specific =
            (has_place && (one_per_place || village)) || entity.ordinal || !entity.trades.empty();
        // 组织了一个农具生产社 "organised a farm-tool cooperative": one new cooperative, in the
        // place the sentence named last.
        const bool founded_one = quantified && !has_place && !entity.trades.empty() &&
                                 (before.ends_with("了一个") || before.ends_with("了一所"));
        if (founded_one) {
          for (auto it = mentions_.rbegin(); it != mentions_.rend() && it->sentence == s; ++it) {
            if (is_place(it->entity.type) && it->end <= start) {
              entity.located_in = it->entity.key;
              prefix_place_en_ = it->entity.label_en;
              has_place = true;
              break;
            }
          }
        }
        if (!specific || (quantified && !entity.ordinal && !has_place)) continue;
        if (text.substr(end).starts_with("联合") || text.substr(end).starts_with("们")) continue;
        for (PendingPlace& place : pending_places_) {
          if (!overlaps_mention(s, place.begin, place.end))
            add(s, place.begin, place.end, place.entity);
        }
        // 铁业生产社日益发展: a cooperative named by its trade alone is the one of that trade and
        // kind that the article has named with its place, when there is exactly one.
        std::optional<FoundEntity> named_before;  // a copy: adding mentions moves them
        if (!has_place && !entity.ordinal) {
          if (const FoundEntity* earlier = earlier_cooperative_like(entity))
            named_before = *earlier;
        }
        if (named_before) {
          entity.located_in = named_before->located_in;
          prefix_place_en_.clear();
          has_place = true;
        }
        if (!has_place) entity.located_in = FoundKey::focus();
        entity.label_zh = std::string(text.substr(start, end - start));
        if (aside_end_ > aside_begin_ && aside_begin_ >= start) {
          entity.label_zh.erase(aside_begin_ - start, aside_end_ - aside_begin_);
        }
        entity.kind = std::string(head.kind);
        if (named_before) {
          entity.label_zh = named_before->label_zh;
          aside_begin_ = aside_end_ = 0;
        }
        entity.label_en =
            named_before ? named_before->label_en
                         : cooperative_label_en(prefix_place_en_, entity.ordinal, entity.trades,
                                                context_.resources.lexicon.trades, head.kind);
        if (named_before) {
          entity.alt_labels_en = named_before->alt_labels_en;
        } else {
          add_name_word_label(entity, prefix_place_en_, context_.resources.lexicon.trades,
                              head.kind);
        }
        entity.pinyin = context_.resources.pinyin.with_tones(entity.label_zh);
        entity.kind = std::string(head.kind);
        entity.key = named_before ? named_before->key : cooperative_key(entity);
        add(s, start, end, std::move(entity));
      }
    }
  }

  // 城关、甲镇、乙镇三个篾业社: one suffix shared by a list of as many places as the number
  // says, each its own cooperative in its own place. False when the text is no such list.
  bool expand_shared_suffix(std::size_t s, std::string_view text, std::size_t start,
                            std::size_t end, const FoundEntity& shared, const Head& head) {
    static const re2::RE2 count(R"(([一二三四五六七八九十两]+)个$)");
    std::string numeral;
    const std::string_view before = text.substr(0, start);
    if (!re2::RE2::PartialMatch(before, count, &numeral)) return false;
    const auto numbers = find_chinese_numbers(numeral, context_.resources.chinese_numbers);
    if (numbers.empty() || !numbers.front().low.to_int64()) return false;
    const std::int64_t wanted = *numbers.front().low.to_int64();
    if (wanted < 2 || wanted > 1000) return false;
    constexpr std::string_view kComma = "、";
    // The items, last first: between the commas, and the first back to where a name starts.
    std::vector<std::pair<std::size_t, std::size_t>> items;
    std::size_t item_end = start - numeral.size() - std::string_view("个").size();
    constexpr std::size_t kMaxItemChars = 8;
    while (static_cast<std::int64_t>(items.size()) < wanted - 1) {
      const std::size_t comma = text.substr(0, item_end).rfind(kComma);
      if (comma == std::string_view::npos ||
          chars_between(text, comma + kComma.size(), item_end) > kMaxItemChars ||
          item_end <= comma + kComma.size()) {
        return false;
      }
      items.push_back({comma + kComma.size(), item_end});
      item_end = comma;
      const std::string_view item =
          text.substr(items.back().first, items.back().second - items.back().first);
      for (std::string_view stop : {"，", "。", "；", "：", "（", "）"}) {
        if (item.find(stop) != std::string_view::npos) return false;
      }
    }
    std::size_t first = item_end;
    for (int chars = 0; chars < 8 && first > 0; ++chars) {
      const std::size_t previous = previous_char(text, first);
      std::size_t length = 0;
      if (!is_han(code_point_at(text, previous, &length))) break;
      if (kNotPlaceStart.find(text.substr(previous, length)) != std::string_view::npos) break;
      first = previous;
    }
    if (first == item_end || !at_boundary(first)) return false;
    items.push_back({first, item_end});
    std::reverse(items.begin(), items.end());
    // The first item may begin with the place all of them lie in (某县城关).
    const GazetteerPlace* list_place = nullptr;
    if (PlaceMatch match = place_at(text, first); match.place != nullptr &&
                                                  match.end <= items.front().second &&
                                                  plausible_place_mention(text, first, match)) {
      list_place = match.place;
      items.front().first = match.end;
    }
    const std::string suffix(text.substr(start, end - start));
    struct Member {
      FoundEntity cooperative;
      std::optional<PendingPlace> place;
      std::size_t begin;
    };
    std::vector<Member> members;
    for (const auto& [item_begin, item_finish] : items) {
      const std::string name(text.substr(item_begin, item_finish - item_begin));
      FoundEntity cooperative = shared;
      cooperative.kind = std::string(head.kind);
      std::optional<PendingPlace> place;
      std::string place_en;
      if (name.empty() && list_place != nullptr) {
        cooperative.located_in = EntityKey::gazetteer_place(list_place->id);
        place_en = place_name_in_label(*list_place);
      } else if (name == kCountySeat) {
        cooperative.located_in =
            list_place != nullptr ? EntityKey::gazetteer_place(list_place->id) : FoundKey::focus();
        place_en =
            (list_place != nullptr ? place_name_in_label(*list_place) + " " : "") + "Chengguan";
      } else {
        const std::size_t chars = name.size() / 3;
        // The list and its count make each item a place, even one that is also a word (长安).
        if (chars < 2 || chars > 3 || !at_boundary(item_begin) || !at_boundary(item_finish)) {
          return false;
        }
        for (std::size_t at = 0; at < name.size();) {
          std::size_t length = 0;
          if (!is_han(code_point_at(name, at, &length))) return false;
          at += length;
        }
        FoundEntity village = as_found(
            unlisted_place_entity(EntityType::kVillage, context_.resources.pinyin.compact(name)));
        village.label_zh = name;
        village.pinyin = context_.resources.pinyin.with_tones(name);
        village.label_en = capitalised(context_.resources.pinyin.compact(name));
        village.located_in =
            list_place != nullptr ? EntityKey::gazetteer_place(list_place->id) : FoundKey::focus();
        cooperative.located_in = village.key;
        place_en = village.label_en;
        place = PendingPlace{std::move(village), item_begin, item_finish};
      }
      cooperative.label_zh = name + suffix;
      cooperative.label_en = cooperative_label_en(place_en, std::nullopt, cooperative.trades,
                                                  context_.resources.lexicon.trades, head.kind);
      add_name_word_label(cooperative, place_en, context_.resources.lexicon.trades, head.kind);
      cooperative.pinyin = context_.resources.pinyin.with_tones(cooperative.label_zh);
      cooperative.key = cooperative_key(cooperative);
      members.push_back({std::move(cooperative), std::move(place), item_begin});
    }
    for (Member& member : members) {
      std::size_t item_end_at = member.place ? member.place->end : member.begin;
      if (member.place) add(s, member.place->begin, member.place->end, member.place->entity);
      add(s, member.begin, std::max(item_end_at, member.begin), std::move(member.cooperative));
    }
    return true;
  }

  const FoundEntity* earlier_cooperative_like(const FoundEntity& entity) const {
    const FoundEntity* found = nullptr;
    for (const FoundMention& mention : mentions_) {
      const FoundEntity& other = mention.entity;
      if (other.type != entity.type || other.trades != entity.trades || other.ordinal ||
          other.located_in.empty() || other.located_in.is_focus()) {
        continue;
      }
      if (found != nullptr && found->key != other.key) return nullptr;  // which one is meant?
      found = &other;
    }
    return found;
  }

  static FoundKey cooperative_key(const FoundEntity& entity) {
    return FoundKey::cooperative(entity.located_in, entity.type, entity.ordinal, entity.trades);
  }

  void find_organisations(std::size_t s, std::string_view text) {
    for (const CueMatch& cue : context_.resources.lexicon.organisation_cues.find_cues(text, true)) {
      // A cue ends a word: 商业部 is no ministry inside 商业部门 ("commercial departments").
      if (!at_boundary(cue.end)) continue;
      FoundEntity entity;
      entity.type = EntityType::kOrganisation;
      const OrganisationKind kind = *cue.concept_->organisation_kind;
      entity.organisation_kind = kind;
      entity.kind = organisation_kind_name(kind);
      std::size_t start = cue.begin;
      // 本报河南记者站, 北京市人民政府: the place (and 本报) before the cue belong to the name.
      for (std::size_t length = std::min(start, gazetteer_.longest_chinese_name() + 6); length >= 3;
           --length) {
        const std::size_t begin = start - length;
        if (!starts_char(text, begin)) continue;
        PlaceMatch match = place_at(text, begin);
        // The cue may start with the place's level word (北京 + 市人民政府).
        if (match.place != nullptr && match.end >= start && match.end <= cue.end) {
          entity.located_in = EntityKey::gazetteer_place(match.place->id);
          start = begin;
          break;
        }
      }
      // 区委: the committee of the district the article writes of.
      if (entity.located_in.empty() && !is_national(kind)) {
        if (const FoundEntity* place = place_of_bare_level_word(text, cue.begin + 3)) {
          entity.located_in = place->key;
        }
      }
      // 北京市手工业生产合作社联合总社筹备委员会: a body of the federation named before it.
      if (entity.located_in.empty()) {
        for (const FoundMention& mention : mentions_) {
          if (mention.sentence == s && mention.end == start &&
              (is_cooperative(mention.entity.type) ||
               mention.entity.type == EntityType::kOrganisation)) {
            entity.located_in = mention.entity.located_in;
            entity.affiliation = mention.entity.key;
            start = mention.begin;
          }
        }
      }
      if (text.substr(0, start).ends_with("本报")) start -= std::string_view("本报").size();
      if (entity.located_in.empty() && entity.affiliation.empty() && !is_national(kind)) {
        continue;  // a kind of organisation found in many places, not one organisation
      }
      if (overlaps_cooperative(s, start, cue.end)) continue;
      entity.label_zh = std::string(text.substr(start, cue.end - start));
      entity.label_en = organisation_label_en(entity, *cue.concept_);
      entity.pinyin = context_.resources.pinyin.with_tones(entity.label_zh);
      entity.key = FoundKey::organisation(
          !entity.affiliation.empty() ? entity.affiliation : entity.located_in,
          slug(cue.concept_->id));
      add(s, start, cue.end, std::move(entity));
    }
  }

  std::string organisation_label_en(const FoundEntity& organisation, const Concept& cue) const {
    const std::string cue_en = cue.cues_en.empty() ? cue.label_en : cue.cues_en.front();
    std::string owner;
    for (const FoundMention& mention : mentions_) {
      if (mention.entity.key == organisation.affiliation) owner = mention.entity.label_en;
    }
    if (!owner.empty()) return cue_en + " of the " + owner;
    if (const auto id = organisation.located_in.gazetteer_id()) {
      if (const GazetteerPlace* place = gazetteer_.find(*id)) {
        return place->name_en + (cue_en.empty() ? "" : " " + cue_en);
      }
    }
    for (const FoundMention& mention : mentions_) {  // a place the gazetteer lacks
      if (mention.entity.key == organisation.located_in) {
        return mention.entity.label_en + (cue_en.empty() ? "" : " " + cue_en);
      }
    }
    return cue_en;
  }

  bool overlaps_cooperative(std::size_t s, std::size_t begin, std::size_t end) const {
    return std::any_of(mentions_.begin(), mentions_.end(), [&](const FoundMention& mention) {
      return mention.sentence == s && is_cooperative(mention.entity.type) && mention.begin < end &&
             begin < mention.end;
    });
  }

  void find_people(std::size_t s, std::string_view text) {
    const std::vector<CueMatch> roles = context_.resources.lexicon.roles.find_cues(text, true);
    for (const NameSpan& name : person_spans_) {
      if (overlaps_mention(s, name.begin, name.end)) continue;
      const CueMatch* role = nullptr;
      for (const CueMatch& cue : roles) {
        std::size_t after = cue.end;
        while (after < name.begin &&
               (text[after] == ' ' || text.substr(after).starts_with("\u3000")))
          after += text[after] == ' ' ? 1 : 3;
        if (after == name.begin) role = &cue;
      }
      add_person(s, text.substr(name.begin, name.end - name.begin), name.begin, role);
    }
    // Foreign names after a title (苏联专家日诺比斯夫): the run of characters to a function word.
    for (const CueMatch& role : roles) {
      if (!role.concept_->precedes_name) continue;
      const bool chinese_name = std::any_of(
          context_.resources.chinese_surnames.begin(), context_.resources.chinese_surnames.end(),
          [&](const std::string& surname) { return text.substr(role.end).starts_with(surname); });
      if (chinese_name) continue;  // read above, with its word boundaries
      std::size_t end = role.end;
      std::size_t chars = 0;
      while (end < text.size() && chars < 6) {
        std::size_t length = 0;
        if (!is_han(code_point_at(text, end, &length))) break;
        const std::string_view next = text.substr(end, length);
        if (chars == 0 &&
            std::string_view("一二三四五六七八九十百千万两几各等们的和、").find(next) !=
                std::string_view::npos) {
          break;  // a number or a function word, not a name
        }
        if (chars >= 2 &&
            std::find(kNameStops.begin(), kNameStops.end(), next) != kNameStops.end()) {
          break;
        }
        end += length;
        ++chars;
      }
      if (chars < 2 || overlaps_mention(s, role.end, end)) continue;
      // A name the dictionary knows as a common word is no name (专家组织).
      if (context_.resources.words.tag_of(text.substr(role.end, end - role.end)) ==
          WordTag::kOther) {
        continue;
      }
      add_person(s, text.substr(role.end, end - role.end), role.end, &role);
    }
  }

  void add_person(std::size_t s, std::string_view name_text, std::size_t begin,
                  const CueMatch* role) {
    const std::string name(name_text);
    FoundEntity person;
    person.type = EntityType::kPerson;
    person.label_zh = name;
    person.pinyin = context_.resources.pinyin.with_tones(name);
    person.label_en = person_label_en(name, context_.resources.pinyin);
    person.key = EntityKey::person(context_.resources.pinyin.compact(name));
    if (role != nullptr) {
      person.kind = role->concept_->id;
      // The organisation written just before the post is the person's.
      for (auto it = mentions_.rbegin(); it != mentions_.rend() && it->sentence == s; ++it) {
        if (it->entity.type == EntityType::kOrganisation ||
            it->entity.type == EntityType::kFederation) {
          if (it->end == role->begin) person.affiliation = it->entity.key;
          break;
        }
      }
    }
    add(s, begin, begin + name.size(), std::move(person));
  }

  void find_trades(std::size_t s, std::string_view text) {
    for (const CueMatch& cue : context_.resources.lexicon.trades.find_cues(text, true)) {
      if (overlaps_cooperative(s, cue.begin, cue.end)) continue;  // the cooperative's trade
      FoundEntity trade = as_found(trade_entity(*cue.concept_));
      trade.pinyin = context_.resources.pinyin.with_tones(trade.label_zh);
      add(s, cue.begin, cue.end, std::move(trade));
    }
  }

  const LanguageContext& context_;
  const Gazetteer& gazetteer_;
  std::vector<FoundMention> mentions_;
  std::vector<PendingPlace> pending_places_;
  std::string prefix_place_en_;  // the place in the cooperative name being read, in English
  std::size_t aside_begin_ = 0;  // a bracketed aside inside that name, left out of its label
  std::size_t aside_end_ = 0;
  std::int64_t district_number_ = 0;  // 第二区 in that name
  std::vector<Word> words_;           // the sentence's words
  std::vector<bool> boundary_;        // per byte of the sentence: a word starts here
  std::size_t previous_place_end_ = std::string_view::npos;  // in find_places
  std::vector<std::string> role_cues_;
  std::vector<NameSpan> person_spans_;          // the sentence's names of people
  std::map<std::string, FoundEntity> local_places_;  // villages and towns named so far, by name
};

}  // namespace

std::vector<FoundMention> find_chinese_entities(const LanguageContext& context) {
  return ChineseEntityFinder(context).run();
}

}  // namespace coopgraph::extract
