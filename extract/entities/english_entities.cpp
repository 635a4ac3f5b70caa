#include "extract/entities/english_entities.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "extract/entities/entity_labels.h"
#include "extract/entities/place_entities.h"
#include "extract/numbers/english_numbers.h"
#include "extract/text/english_tokens.h"
#include "extract/text/pinyin.h"

namespace coopgraph::extract {
namespace {

struct Token {
  std::string_view text;
  std::size_t begin;
  std::size_t end;
};

struct Head {
  std::string_view text;
  EntityType type;
  std::string_view kind;
};

constexpr std::array<Head, 10> kCooperativeHeads{{
    {"Production Cooperative United General Cooperative", EntityType::kFederation,
     "united-general"},
    {"Production Cooperative United Society", EntityType::kFederation, "united-society"},
    {"Production Cooperative Union", EntityType::kFederation, "union"},
    {"United General Cooperative", EntityType::kFederation, "united-general"},
    {"United Society", EntityType::kFederation, "united-society"},
    {"Supply and Marketing Production Cooperative", EntityType::kSupplyMarketingCooperative,
     "supply-marketing-production"},
    {"Supply and Marketing Production Group", EntityType::kProductionGroup,
     "supply-marketing-group"},
    {"Supply and Marketing Cooperative", EntityType::kSupplyMarketingCooperative,
     "supply-marketing"},
    {"Production Cooperative", EntityType::kProductionCooperative, "production"},
    {"Production Group", EntityType::kProductionGroup, "group"},
}};

struct LevelWord {
  std::string_view text;
  PlaceLevel level;
};
constexpr std::array<LevelWord, 8> kLevelWords{{{"Special District", PlaceLevel::kSpecialDistrict},
                                                {"Province", PlaceLevel::kProvince},
                                                {"Provincial", PlaceLevel::kProvince},
                                                {"City", PlaceLevel::kCity},
                                                {"Municipal", PlaceLevel::kCity},
                                                {"County", PlaceLevel::kCounty},
                                                {"District", PlaceLevel::kRegion},
                                                {"Region", PlaceLevel::kRegion}}};

bool is_capitalised(std::string_view word) {
  return !word.empty() && std::isupper(static_cast<unsigned char>(word[0]));
}

bool starts_with_digit(std::string_view word) {
  return !word.empty() && std::isdigit(static_cast<unsigned char>(word[0]));
}

// An ordinal as the number reader reads it from the start of text ("Second", "twenty-first",
// "One Hundred and Second", "21st"): its value and where it ends, or nothing when the text
// does not start with one.
std::optional<std::pair<int, std::size_t>> leading_ordinal(std::string_view text) {
  const std::vector<NumberMention> numbers = find_english_numbers(text);
  if (numbers.empty() || numbers.front().begin != 0 ||
      numbers.front().kind != NumberKind::kOrdinal) {
    return std::nullopt;
  }
  const auto value = numbers.front().low.to_int64();
  if (!value || *value < 1 || *value > 100000) return std::nullopt;
  return std::make_pair(static_cast<int>(*value), numbers.front().end);
}

// The ordinal a word is by itself ("sixth", "Twenty-first", "21st").
std::optional<int> ordinal_word_value(std::string_view word) {
  const auto ordinal = leading_ordinal(word);
  if (!ordinal || ordinal->second != word.size()) return std::nullopt;
  return ordinal->first;
}

// The one tokenizer's runs joined as names are written: letters, digits and bytes past ASCII
// run together, and a hyphen or apostrophe inside them before a letter or digit joins too
// ("Tung-kuan", "People's").
std::vector<Token> tokenize(std::string_view text) {
  const auto name_part = [](const EnglishToken& run) {
    return run.is(EnglishTokenKind::kWord) || run.is(EnglishTokenKind::kNumber) ||
           run.is(EnglishTokenKind::kNonAscii);
  };
  const auto ascii_alnum = [](const EnglishToken& run) {
    return run.is(EnglishTokenKind::kWord) || run.is(EnglishTokenKind::kNumber);
  };
  std::vector<Token> tokens;
  for (std::size_t i = 0; i < text.size();) {
    if (!name_part(english_token_at(text, i))) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size()) {
      const EnglishToken run = english_token_at(text, end);
      const bool inner = (run.is_symbol('-') || run.is_symbol('\'')) && run.end < text.size() &&
                         ascii_alnum(english_token_at(text, run.end));
      if (!name_part(run) && !inner) break;
      end = run.end;
    }
    tokens.push_back({text.substr(i, end - i), i, end});
    i = end;
  }
  return tokens;
}

std::string joined(const std::vector<Token>& tokens, std::size_t from, std::size_t to,
                   std::string_view text) {
  return std::string(text.substr(tokens[from].begin, tokens[to - 1].end - tokens[from].begin));
}

class EnglishEntityFinder {
 public:
  explicit EnglishEntityFinder(const LanguageContext& context)
      : context_(context), gazetteer_(context.resources.gazetteer) {}

  std::vector<FoundMention> run() {
    for (std::size_t s = 0; s < context_.sentences.size(); ++s) {
      const std::string_view text = context_.sentences[s].text;
      const std::vector<Token> tokens = tokenize(text);
      find_places(s, text, tokens);
      find_cooperatives(s, text, tokens);
      find_organisations(s, text, tokens);
      find_people(s, text, tokens);
      find_trades(s, text);
    }
    sort_in_text_order(mentions_);
    return std::move(mentions_);
  }

 private:
  struct PlaceMatch {
    FoundEntity entity;
    std::size_t first = 0;  // tokens [first, last)
    std::size_t last = 0;
  };

  // A place name starting at token i: a gazetteer name of up to three words, then an
  // optional level word; or an unlisted capitalised name before "County", "City", ...
  std::optional<PlaceMatch> place_at(std::string_view text, const std::vector<Token>& tokens,
                                     std::size_t i) const {
    if (!is_capitalised(tokens[i].text)) return std::nullopt;
    for (std::size_t words = std::min<std::size_t>(3, tokens.size() - i); words >= 1; --words) {
      std::string name = joined(tokens, i, i + words, text);
      if (name.ends_with("'s")) name.resize(name.size() - 2);
      auto candidates = gazetteer_.by_english_name(name);
      std::size_t last = i + words;
      std::optional<PlaceLevel> stated = level_after(text, tokens, last);
      if (candidates.empty()) {
        if (words == 1 && stated && *stated != PlaceLevel::kRegion &&
            !is_generic_capital(tokens[i].text)) {
          PlaceMatch match{
              as_found(unlisted_place_entity(entity_type_of(*stated), compact_latin(name))), i,
              last + level_word_count(text, tokens, last)};
          match.entity.label_en = joined(tokens, i, match.last, text);
          return match;
        }
        continue;
      }
      const GazetteerPlace* place = choose_place(candidates, context_.date, stated);
      if (place == nullptr) continue;
      if (stated && (place->level == *stated ||
                     (*stated == PlaceLevel::kRegion && place->level == PlaceLevel::kRegion))) {
        last += level_word_count(text, tokens, last);
      }
      if (inside_stopword(text, tokens[i].begin, tokens[last - 1].end)) return std::nullopt;
      return PlaceMatch{as_found(place_entity(*place, gazetteer_, context_.date)), i, last};
    }
    return std::nullopt;
  }

  bool inside_stopword(std::string_view text, std::size_t begin, std::size_t end) const {
    for (const std::string& phrase : context_.resources.english_place_stopwords) {
      for (std::size_t at = text.find(phrase); at != std::string_view::npos;
           at = text.find(phrase, at + 1)) {
        if (at <= begin && at + phrase.size() >= end && phrase.size() > end - begin) return true;
      }
    }
    return false;
  }

  static bool is_generic_capital(std::string_view word) {
    return word == "The" || word == "In" || word == "This" || word == "Each" || word == "Every" ||
           word == "Various" || word == "Most" || word == "Ten";
  }

  static std::optional<PlaceLevel> level_after(std::string_view text,
                                               const std::vector<Token>& tokens, std::size_t i) {
    if (i >= tokens.size()) return std::nullopt;
    const std::string_view rest = text.substr(tokens[i].begin);
    for (const LevelWord& word : kLevelWords) {
      if (rest.starts_with(word.text)) return word.level;
    }
    return std::nullopt;
  }

  static std::size_t level_word_count(std::string_view text, const std::vector<Token>& tokens,
                                      std::size_t i) {
    if (i >= tokens.size()) return 0;
    return text.substr(tokens[i].begin).starts_with("Special District") ? 2 : 1;
  }

  void add(std::size_t s, std::size_t begin, std::size_t end, FoundEntity entity) {
    mentions_.push_back({std::move(entity), s, begin, end});
  }

  void find_places(std::size_t s, std::string_view text, const std::vector<Token>& tokens) {
    std::optional<PlaceMatch> previous;
    for (std::size_t i = 0; i < tokens.size();) {
      auto match = place_at(text, tokens, i);
      if (!match) {
        ++i;
        continue;
      }
      // "Baoding, Hebei Province": a larger unit right after a comma contains the place.
      if (previous && previous->last == i && match->entity.key != previous->entity.key) {
        // adjacent names without a comma belong to one name; nothing to link
      }
      if (previous && previous->entity.located_in.empty() && tokens[match->first].begin >= 2 &&
          text.substr(tokens[previous->last - 1].end,
                      tokens[match->first].begin - tokens[previous->last - 1].end) == ", ") {
        mentions_.back().entity.located_in = match->entity.key;
      }
      const std::size_t begin = tokens[match->first].begin;
      const std::size_t end = tokens[match->last - 1].end;
      i = match->last;
      find_numbered_districts(s, tokens, *match);
      add(s, begin, end, match->entity);
      previous = std::move(match);
    }
  }

  // "the sixth and seventh districts of Ying County".
  void find_numbered_districts(std::size_t s, const std::vector<Token>& tokens,
                               const PlaceMatch& county) {
    if (county.first < 3 || tokens[county.first - 1].text != "of") return;
    const std::string_view noun = tokens[county.first - 2].text;
    if (noun != "districts" && noun != "district") return;
    for (std::size_t i = county.first - 2; i-- > 0;) {
      const std::string_view word = tokens[i].text;
      if (word == "and") continue;
      const auto ordinal = ordinal_word_value(word);
      if (!ordinal) break;
      const int number = *ordinal;
      FoundEntity district;
      district.type = EntityType::kDistrict;
      district.key = county.entity.key.district(number);
      district.label_en = county.entity.label_en + " District " + std::to_string(number);
      district.located_in = county.entity.key;
      district.ordinal = number;
      add(s, tokens[i].begin, tokens[i].end, std::move(district));
    }
  }

  void find_cooperatives(std::size_t s, std::string_view text, const std::vector<Token>& tokens) {
    std::vector<bool> taken(text.size() + 1, false);
    for (const Head& head : kCooperativeHeads) {
      for (std::size_t at = text.find(head.text); at != std::string_view::npos;
           at = text.find(head.text, at + 1)) {
        const std::size_t end = at + head.text.size();
        if (taken[at] ||
            (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end])))) {
          continue;  // part of a longer head, or a plural: a kind, not one cooperative
        }
        std::fill(taken.begin() + static_cast<std::ptrdiff_t>(at),
                  taken.begin() + static_cast<std::ptrdiff_t>(end), true);
        // Tokens of the name before the head.
        std::size_t first = 0;
        while (first < tokens.size() && tokens[first].begin < at)
          ++first;
        const std::size_t head_token = first;
        while (first > 0) {
          const std::string_view word = tokens[first - 1].text;
          const bool joins = word == "and" && first >= 2 && is_capitalised(tokens[first - 2].text);
          const bool numeric_ordinal = starts_with_digit(word) && ordinal_word_value(word);
          if (!(is_capitalised(word) || joins || numeric_ordinal) || word == "The" ||
              word == "In" || word == "During")
            break;
          --first;
        }
        FoundEntity entity;
        entity.type = head.type;
        entity.kind = std::string(head.kind);
        bool has_place = false;
        std::size_t prefix_end = head_token;
        for (std::size_t i = first; i < head_token;) {
          const std::string_view word = tokens[i].text;
          // "Second", "Twenty-first", "One Hundred and Second", "21st": the number reader's.
          if (is_capitalised(word) || starts_with_digit(word)) {
            const std::size_t from = tokens[i].begin;
            if (const auto ordinal =
                    leading_ordinal(text.substr(from, tokens[head_token - 1].end - from))) {
              entity.ordinal = ordinal->first;
              while (i < head_token && tokens[i].begin < from + ordinal->second)
                ++i;
              continue;
            }
          }
          if (!has_place) {
            if (auto place = place_at(text, tokens, i); place && place->last <= head_token) {
              entity.located_in = place->entity.key;
              has_place = true;
              add(s, tokens[place->first].begin, tokens[place->last - 1].end, place->entity);
              i = place->last;
              continue;
            }
          }
          ++i;
        }
        (void)prefix_end;
        const std::size_t name_begin = first < head_token ? tokens[first].begin : at;
        for (const CueMatch& cue : context_.resources.lexicon.trades.find_cues(
                 text.substr(name_begin, at - name_begin), false)) {
          if (std::find(entity.trades.begin(), entity.trades.end(), cue.concept_->id) ==
              entity.trades.end()) {
            entity.trades.push_back(cue.concept_->id);
          }
        }
        const bool one_per_place = entity.type == EntityType::kFederation ||
                                   entity.type == EntityType::kSupplyMarketingCooperative;
        if (!(has_place && one_per_place) && !entity.ordinal && entity.trades.empty()) {
          if (!has_place || !entity.located_in.is_unlisted(EntityType::kVillage)) continue;
        }
        if (!has_place) entity.located_in = FoundKey::focus();
        entity.label_en = std::string(text.substr(name_begin, end - name_begin));
        entity.key =
            FoundKey::cooperative(entity.located_in, entity.type, entity.ordinal, entity.trades);
        add(s, name_begin, end, std::move(entity));
      }
    }
  }

  void find_organisations(std::size_t s, std::string_view text, const std::vector<Token>& tokens) {
    for (const CueMatch& cue :
         context_.resources.lexicon.organisation_cues.find_cues(text, false)) {
      FoundEntity entity;
      entity.type = EntityType::kOrganisation;
      const OrganisationKind kind = *cue.concept_->organisation_kind;
      entity.organisation_kind = kind;
      entity.kind = organisation_kind_name(kind);
      std::size_t first = 0;
      while (first < tokens.size() && tokens[first].begin < cue.begin)
        ++first;
      std::size_t start_token = first;
      while (start_token > 0 && is_capitalised(tokens[start_token - 1].text) &&
             !is_generic_capital(tokens[start_token - 1].text) && first - start_token < 4) {
        --start_token;
      }
      for (std::size_t i = start_token; i < first; ++i) {
        if (auto place = place_at(text, tokens, i); place && place->last <= first) {
          entity.located_in = place->entity.key;
          break;
        }
      }
      if (entity.located_in.empty() && !is_national(kind)) continue;
      if (std::any_of(mentions_.begin(), mentions_.end(), [&](const FoundMention& mention) {
            return mention.sentence == s && is_cooperative(mention.entity.type) &&
                   mention.begin < cue.end && cue.begin < mention.end;
          })) {
        continue;
      }
      const std::size_t begin = start_token < first ? tokens[start_token].begin : cue.begin;
      entity.label_en = std::string(text.substr(begin, cue.end - begin));
      entity.key = FoundKey::organisation(entity.located_in, slug(cue.concept_->id));
      add(s, begin, cue.end, std::move(entity));
    }
  }

  void find_people(std::size_t s, std::string_view text, const std::vector<Token>& tokens) {
    for (const CueMatch& role : context_.resources.lexicon.roles.find_cues(text, false)) {
      // "Wang Ming, Deputy Director of ...": the name before ", <role>".
      if (role.begin >= 2 && text.substr(role.begin - 2, 2) == ", ") {
        std::size_t last = 0;
        while (last < tokens.size() && tokens[last].end <= role.begin - 2)
          ++last;
        std::size_t first = last;
        while (first > 0 && last - first < 3 && is_capitalised(tokens[first - 1].text))
          --first;
        if (last - first >= 2 && !is_generic_capital(tokens[first].text)) {
          add_person(s, text, tokens[first].begin, tokens[last - 1].end, role);
          continue;
        }
      }
      // "Soviet expert Ivanov": a capitalised name right after a title.
      if (!role.concept_->precedes_name) continue;
      std::size_t next = 0;
      while (next < tokens.size() && tokens[next].begin < role.end)
        ++next;
      std::size_t last = next;
      while (last < tokens.size() && last - next < 3 && is_capitalised(tokens[last].text) &&
             tokens[last].begin == (last == next ? role.end + 1 : tokens[last - 1].end + 1)) {
        ++last;
      }
      if (last > next && !overlaps_mention(s, tokens[next].begin, tokens[last - 1].end)) {
        add_person(s, text, tokens[next].begin, tokens[last - 1].end, role);
      }
    }
  }

  // "Shanxi Reporter Station": a title inside a name already found is no person's title.
  bool overlaps_mention(std::size_t s, std::size_t begin, std::size_t end) const {
    return std::any_of(mentions_.begin(), mentions_.end(), [&](const FoundMention& mention) {
      return mention.sentence == s && mention.begin < end && begin < mention.end;
    });
  }

  void add_person(std::size_t s, std::string_view text, std::size_t begin, std::size_t end,
                  const CueMatch& role) {
    FoundEntity person;
    person.type = EntityType::kPerson;
    person.label_en = std::string(text.substr(begin, end - begin));
    person.key = EntityKey::person(compact_latin(person.label_en));
    person.kind = role.concept_->id;
    // "..., Deputy Director of the All-China Federation of Cooperatives"
    for (const FoundMention& mention : mentions_) {
      if (mention.sentence == s && mention.begin > role.end && mention.begin <= role.end + 8 &&
          mention.entity.type == EntityType::kOrganisation) {
        person.affiliation = mention.entity.key;
      }
    }
    add(s, begin, end, std::move(person));
  }

  void find_trades(std::size_t s, std::string_view text) {
    for (const CueMatch& cue : context_.resources.lexicon.trades.find_cues(text, false)) {
      if (std::any_of(mentions_.begin(), mentions_.end(), [&](const FoundMention& mention) {
            return mention.sentence == s && is_cooperative(mention.entity.type) &&
                   mention.begin < cue.end && cue.begin < mention.end;
          })) {
        continue;  // the cooperative's trade
      }
      FoundEntity trade = as_found(trade_entity(*cue.concept_));
      trade.pinyin = context_.resources.pinyin.with_tones(trade.label_zh);
      add(s, cue.begin, cue.end, std::move(trade));
    }
  }

  const LanguageContext& context_;
  const Gazetteer& gazetteer_;
  std::vector<FoundMention> mentions_;
};

}  // namespace

std::vector<FoundMention> find_english_entities(const LanguageContext& context) {
  return EnglishEntityFinder(context).run();
}

}  // namespace coopgraph::extract
