#include "extract/entities/chinese_entities.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>

#include "extract/entities/entity_labels.h"
#include "extract/entities/place_entities.h"
#include "extract/text/han.h"

namespace coopgraph::extract {
namespace {

struct Head {
  std::string_view text;
  EntityType type;
  std::string_view kind;  // a short name for the key
};

// Longest first: a federation head contains a cooperative head.
constexpr std::array<Head, 10> kCooperativeHeads{{
    {"手工业生产合作社联合总社", EntityType::kFederation, "united-general"},
    {"手工业生产合作社联合社", EntityType::kFederation, "united-society"},
    {"合作社联合总社", EntityType::kFederation, "united-general"},
    {"合作社联合社", EntityType::kFederation, "united-society"},
    {"供销生产小组", EntityType::kProductionGroup, "supply-marketing-group"},
    {"供销生产社", EntityType::kSupplyMarketingCooperative, "supply-marketing-production"},
    {"供销合作社", EntityType::kSupplyMarketingCooperative, "supply-marketing"},
    {"生产合作社", EntityType::kProductionCooperative, "production"},
    {"生产小组", EntityType::kProductionGroup, "group"},
    {"联合总社", EntityType::kFederation, "united-general"},
}};

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

class ChineseEntityFinder {
 public:
  explicit ChineseEntityFinder(const LanguageContext& context)
      : context_(context), gazetteer_(context.resources.gazetteer) {}

  std::vector<EntityMention> run() {
    for (std::size_t s = 0; s < context_.sentences.size(); ++s) {
      const std::string_view text = context_.sentences[s].text;
      find_places(s, text);
      find_cooperatives(s, text);
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
    if (place_level_rank(match.place->level) < place_level_rank(PlaceLevel::kCounty)) return true;
    if (matched == match.place->name_zh) return true;
    const std::string_view before = text.substr(0, offset);
    const std::string_view after = text.substr(match.end);
    return before.ends_with("、") || after.starts_with("、") || after.starts_with("等") ||
           after.starts_with("和") || before.ends_with("和");
  }

  void add(std::size_t sentence, std::size_t begin, std::size_t end, Entity entity) {
    mentions_.push_back({std::move(entity), sentence, begin, end});
  }

  void find_places(std::size_t s, std::string_view text) {
    const GazetteerPlace* previous = nullptr;
    std::size_t previous_end = std::string_view::npos;
    for (std::size_t offset = 0; offset < text.size();) {
      PlaceMatch match = place_at(text, offset);
      if (match.place == nullptr ||
          inside_stopword(text, offset, match.end, context_.resources.chinese_place_stopwords) ||
          !plausible_place_mention(text, offset, match)) {
        previous = nullptr;
        offset += char_length(text, offset);
        continue;
      }
      Entity entity = place_entity(*match.place, gazetteer_, context_.date);
      // "河北省保定市": a larger unit written right before a smaller one contains it.
      if (previous != nullptr && previous_end == offset &&
          place_level_rank(previous->level) < place_level_rank(match.place->level) &&
          entity.located_in.empty()) {
        entity.located_in = "place:" + previous->id;
      }
      const std::size_t begin = offset;
      offset = match.end;
      find_numbered_districts(s, text, offset, entity);
      add(s, begin, match.end, std::move(entity));
      previous = match.place;
      previous_end = match.end;
    }
  }

  // "应城县第六、七两区": districts numbered within the county just named.
  void find_numbered_districts(std::size_t s, std::string_view text, std::size_t offset,
                               const Entity& county) {
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
      Entity district;
      district.type = EntityType::kDistrict;
      district.key = county.key + "/district-" + std::to_string(*number);
      district.label_en = county.label_en + " District " + std::to_string(*number);
      district.label_zh = county.label_zh + "第" + numeral + "区";
      district.pinyin = context_.resources.pinyin.with_tones(district.label_zh);
      district.located_in = county.key;
      district.ordinal = static_cast<int>(*number);
      add(s, offset, offset + whole.size(), std::move(district));
    }
  }

  // Walks back from a cooperative head over what can be part of its name: ordinals, trade
  // words, place names, villages; returns where the name starts.
  std::size_t name_start(std::string_view text, std::size_t head_begin, Entity& entity,
                         bool& has_place) {
    std::size_t start = head_begin;
    for (int step = 0; step < 8 && start > 0; ++step) {
      const std::string_view before = text.substr(0, start);
      bool extended = false;
      for (const Concept& trade : context_.resources.lexicon.trades.concepts()) {
        for (const std::string& cue : trade.cues_zh) {
          if (cue.size() >= 3 && before.ends_with(cue)) {
            start -= cue.size();
            if (std::find(entity.trades.begin(), entity.trades.end(), trade.id) ==
                entity.trades.end()) {
              entity.trades.insert(entity.trades.begin(), trade.id);
            }
            extended = true;
            break;
          }
        }
        if (extended) break;
      }
      if (extended) continue;
      for (std::string_view generic : kGenericPrefixes) {
        if (before.ends_with(generic)) {
          start -= generic.size();
          extended = true;
          break;
        }
      }
      if (extended) continue;
      static const re2::RE2 ordinal(R"((第[一二三四五六七八九十]+)$)");
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
        if ((static_cast<unsigned char>(before[begin]) & 0xC0) == 0x80) continue;
        PlaceMatch match = place_at(text, begin);
        if (match.place != nullptr && match.end == before.size()) {
          Entity place = place_entity(*match.place, gazetteer_, context_.date);
          entity.located_in = place.key;
          prefix_place_en_ = place_name_in_label(*match.place);
          start = begin;
          has_place = true;
          extended = true;
          break;
        }
      }
      if (extended) break;  // a place is the first part of a name
      // A village the gazetteer does not list: two or three characters and 村.
      if (before.ends_with("村")) {
        const std::size_t village_end = before.size();
        const std::size_t name_bytes = han_run_before(text, village_end - 3, 3);
        if (name_bytes >= 6) {
          const std::size_t begin = village_end - 3 - std::min<std::size_t>(name_bytes, 6);
          const std::string label_zh(text.substr(begin, village_end - begin));
          Entity village = unlisted_place_entity(EntityType::kVillage,
                                                 context_.resources.pinyin.compact(label_zh));
          village.label_zh = label_zh;
          village.pinyin = context_.resources.pinyin.with_tones(label_zh);
          village.label_en = capitalised(context_.resources.pinyin.compact(label_zh));
          village.located_in = "@focus";  // a village lies in the place the article is about
          pending_places_.push_back({std::move(village), begin, village_end});
          entity.located_in = pending_places_.back().entity.key;
          prefix_place_en_ = pending_places_.back().entity.label_en;
          start = begin;
          has_place = true;
        }
      }
      break;
    }
    return start;
  }

  static std::string capitalised(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
      text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
  }

  struct PendingPlace {
    Entity entity;
    std::size_t begin;
    std::size_t end;
  };

  void find_cooperatives(std::size_t s, std::string_view text) {
    std::vector<bool> taken(text.size() + 1, false);
    for (const Head& head : kCooperativeHeads) {
      for (std::size_t at = text.find(head.text); at != std::string_view::npos;
           at = text.find(head.text, at + 1)) {
        if (taken[at]) continue;
        std::fill(taken.begin() + static_cast<std::ptrdiff_t>(at),
                  taken.begin() + static_cast<std::ptrdiff_t>(at + head.text.size()), true);
        Entity entity;
        entity.type = head.type;
        bool has_place = false;
        pending_places_.clear();
        prefix_place_en_.clear();
        const std::size_t start = name_start(text, at, entity, has_place);
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
        if (!specific || (quantified && !entity.ordinal && !has_place)) continue;
        if (text.substr(end).starts_with("联合") || text.substr(end).starts_with("们")) continue;
        for (PendingPlace& place : pending_places_)
          add(s, place.begin, place.end, place.entity);
        if (!has_place) entity.located_in = "@focus";  // resolved once the article's focus is known
        entity.label_zh = std::string(text.substr(start, end - start));
        entity.kind = std::string(head.kind);
        entity.label_en = cooperative_label_en(prefix_place_en_, entity.ordinal, entity.trades,
                                               context_.resources.lexicon.trades, head.kind);
        entity.pinyin = context_.resources.pinyin.with_tones(entity.label_zh);
        entity.kind = std::string(head.kind);
        entity.key = cooperative_key(entity);
        add(s, start, end, std::move(entity));
      }
    }
  }

  static std::string cooperative_key(const Entity& entity) {
    std::string key =
        "coop:" + entity.located_in + "/" + std::string(entity_type_name(entity.type));
    if (entity.ordinal) key += "/" + std::to_string(*entity.ordinal);
    for (const std::string& trade : entity.trades)
      key += "/" + trade;
    return key;
  }

  void find_organisations(std::size_t s, std::string_view text) {
    for (const CueMatch& cue : context_.resources.lexicon.organisation_cues.find_cues(text, true)) {
      Entity entity;
      entity.type = EntityType::kOrganisation;
      entity.kind = cue.concept_->kind;
      std::size_t start = cue.begin;
      // 本报山西记者站, 北京市人民政府: the place (and 本报) before the cue belong to the name.
      for (std::size_t length = std::min(start, gazetteer_.longest_chinese_name() + 6); length >= 3;
           --length) {
        const std::size_t begin = start - length;
        if ((static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80) continue;
        PlaceMatch match = place_at(text, begin);
        // The cue may start with the place's level word (北京 + 市人民政府).
        if (match.place != nullptr && match.end >= start && match.end <= cue.end) {
          entity.located_in = "place:" + match.place->id;
          start = begin;
          break;
        }
      }
      // 北京市手工业生产合作社联合总社筹备委员会: a body of the federation named before it.
      if (entity.located_in.empty()) {
        for (const EntityMention& mention : mentions_) {
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
      if (entity.located_in.empty() && !is_national_kind(entity.kind)) {
        continue;  // a kind of organisation found in many places, not one organisation
      }
      if (overlaps_cooperative(s, start, cue.end)) continue;
      entity.label_zh = std::string(text.substr(start, cue.end - start));
      entity.label_en = organisation_label_en(entity, *cue.concept_);
      entity.pinyin = context_.resources.pinyin.with_tones(entity.label_zh);
      entity.key = "org:" +
                   (!entity.affiliation.empty() ? entity.affiliation
                    : entity.located_in.empty() ? std::string("national")
                                                : entity.located_in) +
                   "/" + slug(cue.concept_->id);
      add(s, start, cue.end, std::move(entity));
    }
  }

  std::string organisation_label_en(const Entity& organisation, const Concept& cue) const {
    const std::string cue_en = cue.cues_en.empty() ? cue.label_en : cue.cues_en.front();
    std::string owner;
    for (const EntityMention& mention : mentions_) {
      if (mention.entity.key == organisation.affiliation) owner = mention.entity.label_en;
    }
    if (!owner.empty()) return cue_en + " of the " + owner;
    if (organisation.located_in.starts_with("place:")) {
      if (const GazetteerPlace* place = gazetteer_.find(organisation.located_in.substr(6))) {
        return place->name_en + (cue_en.empty() ? "" : " " + cue_en);
      }
    }
    return cue_en;
  }

  bool overlaps_cooperative(std::size_t s, std::size_t begin, std::size_t end) const {
    return std::any_of(mentions_.begin(), mentions_.end(), [&](const EntityMention& mention) {
      return mention.sentence == s && is_cooperative(mention.entity.type) && mention.begin < end &&
             begin < mention.end;
    });
  }

  void find_people(std::size_t s, std::string_view text) {
    for (const CueMatch& role : context_.resources.lexicon.roles.find_cues(text, true)) {
      if (!role.concept_->precedes_name) continue;
      std::size_t end = role.end;
      std::size_t chars = 0;
      const bool chinese_name = std::any_of(
          context_.resources.chinese_surnames.begin(), context_.resources.chinese_surnames.end(),
          [&](const std::string& surname) { return text.substr(end).starts_with(surname); });
      const std::size_t max_chars = chinese_name ? 3 : 6;
      while (end < text.size() && chars < max_chars) {
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
      if (chars < 2) continue;
      const std::string name(text.substr(role.end, end - role.end));
      Entity person;
      person.type = EntityType::kPerson;
      person.label_zh = name;
      person.pinyin = context_.resources.pinyin.with_tones(name);
      person.label_en = person_label_en(name, context_.resources.pinyin);
      person.key = "person:" + context_.resources.pinyin.compact(name);
      person.kind = role.concept_->id;
      // The organisation written just before the post is the person's.
      for (auto it = mentions_.rbegin(); it != mentions_.rend() && it->sentence == s; ++it) {
        if (it->entity.type == EntityType::kOrganisation ||
            it->entity.type == EntityType::kFederation) {
          if (it->end == role.begin) person.affiliation = it->entity.key;
          break;
        }
      }
      add(s, role.end, end, std::move(person));
    }
  }

  void find_trades(std::size_t s, std::string_view text) {
    for (const CueMatch& cue : context_.resources.lexicon.trades.find_cues(text, true)) {
      if (overlaps_cooperative(s, cue.begin, cue.end)) continue;  // the cooperative's trade
      Entity trade = trade_entity(*cue.concept_);
      trade.pinyin = context_.resources.pinyin.with_tones(trade.label_zh);
      add(s, cue.begin, cue.end, std::move(trade));
    }
  }

  const LanguageContext& context_;
  const Gazetteer& gazetteer_;
  std::vector<EntityMention> mentions_;
  std::vector<PendingPlace> pending_places_;
  std::string prefix_place_en_;  // the place in the cooperative name being read, in English
};

}  // namespace

std::vector<EntityMention> find_chinese_entities(const LanguageContext& context) {
  return ChineseEntityFinder(context).run();
}

}  // namespace coopgraph::extract
