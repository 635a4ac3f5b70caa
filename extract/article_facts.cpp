#include "extract/article_facts.h"

#include <algorithm>
#include <map>
#include <set>

#include "extract/align/language_merge.h"
#include "extract/align/quantifier_check.h"
#include "extract/align/sentence_alignment.h"
#include "extract/entities/country_finder.h"
#include "extract/entities/english_entities.h"
#include "extract/entities/entity_labels.h"
#include "extract/entities/event_finder.h"
#include "extract/entities/place_entities.h"
#include "extract/facts/place_hierarchy.h"
#include "extract/numbers/english_numbers.h"
#include "extract/observations/observation_finder.h"

namespace coopgraph::extract {
namespace {

struct LanguageRun {
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  LanguageFindings findings;
  std::vector<SentenceSignature> signatures;
};

// The most often named place of each level; ties go to the first named.
// Its places are resolved keys: only what lies in a place can lie in the unknown focus.
ArticleFocus focus_of(const std::vector<FoundMention>& mentions) {
  std::map<EntityKey, std::pair<int, std::size_t>> counts;  // key -> (count, first order)
  std::map<EntityKey, EntityType> types;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const FoundEntity& entity = mentions[i].entity;
    if (!is_place(entity.type) || entity.type == EntityType::kDistrict ||
        entity.type == EntityType::kVillage) {
      continue;
    }
    const EntityKey key = entity.key.resolved({});
    auto [it, added] = counts.emplace(key, std::make_pair(0, i));
    ++it->second.first;
    types[key] = entity.type;
  }
  ArticleFocus focus;
  auto pick = [&](EntityType type) {
    EntityKey best;
    std::pair<int, std::size_t> best_score{0, 0};
    for (const auto& [key, score] : counts) {
      if (types[key] != type) continue;
      if (best.empty() || score.first > best_score.first ||
          (score.first == best_score.first && score.second < best_score.second)) {
        best = key;
        best_score = score;
      }
    }
    return best;
  };
  focus.region = pick(EntityType::kRegion);
  focus.province = pick(EntityType::kProvince);
  focus.special_district = pick(EntityType::kSpecialDistrict);
  focus.city = pick(EntityType::kCity);
  focus.county = pick(EntityType::kCounty);
  if (!focus.county.empty() && !focus.city.empty()) {
    // Prefer the more often named of city and county as the smallest focus.
    if (counts[focus.county].first < counts[focus.city].first) focus.county = {};
  }
  return focus;
}

// The one production cooperative the mentions name, or nothing when they name none or several.
EntityKey sole_cooperative(const std::vector<EntityMention>& mentions) {
  std::set<EntityKey> cooperatives;
  for (const EntityMention& mention : mentions) {
    if (mention.entity.type == EntityType::kProductionCooperative)
      cooperatives.insert(mention.entity.key);
  }
  return cooperatives.size() == 1 ? *cooperatives.begin() : EntityKey();
}

// 全省 in an article that names a city of the province but not the province (a provincial
// periodical): the province the focus city or county lies in.
EntityKey province_of_focus(const ArticleFocus& focus, const ExtractionResources& resources,
                            CalendarDate date) {
  for (const EntityKey* key : {&focus.county, &focus.city}) {
    const auto id = key->gazetteer_id();
    if (!id) continue;
    for (const GazetteerPlace* place : resources.gazetteer.ancestors_on(*id, date)) {
      if (place->level == PlaceLevel::kProvince) return EntityKey::gazetteer_place(place->id);
    }
  }
  return {};
}

// What the finders left as "the place the article is about" becomes that place.
std::vector<EntityMention> resolve_focus(std::vector<FoundMention> found,
                                         const ArticleFocus& focus) {
  const EntityKey place = focus.smallest();
  std::vector<EntityMention> mentions;
  mentions.reserve(found.size());
  for (FoundMention& mention : found) {
    mentions.push_back(
        {resolved(std::move(mention.entity), place), mention.sentence, mention.begin, mention.end});
  }
  return mentions;
}

std::vector<SentenceSignature> signatures_of(const std::vector<Sentence>& sentences,
                                             Language language,
                                             const ExtractionResources& resources) {
  std::vector<SentenceSignature> signatures;
  for (const Sentence& sentence : sentences) {
    SentenceSignature signature;
    const auto numbers = language == Language::kChinese
                             ? find_chinese_numbers(sentence.text, resources.chinese_numbers)
                             : find_english_numbers(sentence.text);
    for (const NumberMention& number : numbers) {
      if (!number.overflow &&
          (number.kind == NumberKind::kQuantity || number.kind == NumberKind::kPercent ||
           number.kind == NumberKind::kYear)) {
        signature.numbers.push_back(number.low);
      }
    }
    signatures.push_back(std::move(signature));
  }
  return signatures;
}

// The first place the headline names: what the article is about.
EntityKey headline_place(const std::string& title, CalendarDate date, bool chinese,
                         const ExtractionResources& resources) {
  if (title.empty()) return {};
  const std::vector<Paragraph> paragraphs{{title, {0, title.size()}, 0, {{0, 0}}}};
  const std::vector<Sentence> sentences{{title, 0, 0, {0, title.size()}, 0}};
  const LanguageContext context{resources, date, sentences, paragraphs, true};
  for (const FoundMention& mention :
       chinese ? find_chinese_entities(context) : find_english_entities(context)) {
    if (is_place(mention.entity.type)) return mention.entity.key.resolved({});
  }
  return {};
}

Entity author_entity(const std::string& name, Language language,
                     const ExtractionResources& resources) {
  Entity author;
  author.type = EntityType::kPerson;
  author.kind = "author";
  if (language == Language::kChinese) {
    author.label_zh = name;
    author.pinyin = resources.pinyin.with_tones(name);
    author.label_en = person_label_en(name, resources.pinyin);
    author.key = EntityKey::person(resources.pinyin.compact(name));
  } else {
    author.label_en = name;
    author.key = EntityKey::person(compact_latin(name));
  }
  return author;
}

LanguageRun run_language(const Article& article, const ArticleText& text, Language language,
                         const ExtractionResources& resources) {
  LanguageRun run;
  const bool chinese = language == Language::kChinese;
  // The closing byline names the source (本报河南记者站): read it like a paragraph.
  run.paragraphs = text.paragraphs;
  if (text.source) {
    run.paragraphs.push_back(
        {text.source->text, text.source->span, text.source->line, {{0, text.source->span.begin}}});
  }
  run.sentences = split_sentences(run.paragraphs, chinese ? Script::kHan : Script::kLatin);
  const LanguageContext context{resources, article.date, run.sentences, run.paragraphs,
                                article.dated};
  std::vector<FoundMention> found =
      chinese ? find_chinese_entities(context) : find_english_entities(context);
  sort_in_text_order(found);
  ArticleFocus focus = focus_of(found);
  if (focus.province.empty()) focus.province = province_of_focus(focus, resources, article.date);
  focus.main = headline_place(text.title, article.date, chinese, resources);
  if (focus.main.empty()) focus.main = focus.smallest();
  std::vector<EntityMention> mentions = resolve_focus(std::move(found), focus);
  // The country's mentions are in no place; the ones inside other names are left to those.
  std::vector<EntityMention> country =
      find_country(resources.country, run.sentences, chinese, mentions);
  mentions.insert(mentions.end(), country.begin(), country.end());
  sort_in_text_order(mentions);
  focus.cooperative = sole_cooperative(mentions);
  std::vector<EntityMention> events = find_events(context, language, mentions, focus);
  run.findings.observations =
      find_observations(context, language, mentions, focus, resources.lexicon.qualifiers);
  mentions.insert(mentions.end(), std::make_move_iterator(events.begin()),
                  std::make_move_iterator(events.end()));
  run.findings.entities = gather_entities(mentions, run.sentences, run.paragraphs, language);
  if (!text.author.empty()) {
    run.findings.entities.push_back(author_entity(text.author, language, resources));
  }
  run.signatures = signatures_of(run.sentences, language, resources);
  return run;
}

}  // namespace

ArticleFacts extract_facts(const Article& article, const ExtractionResources& resources) {
  std::optional<LanguageRun> english;
  std::optional<LanguageRun> chinese;
  if (!article.english.paragraphs.empty() || !article.english.author.empty()) {
    english = run_language(article, article.english, Language::kEnglish, resources);
  }
  if (article.original)
    chinese = run_language(article, *article.original, Language::kChinese, resources);
  ArticleFacts facts;
  if (english && chinese) {
    const auto alignment = align_sentences(english->signatures, chinese->signatures);
    facts = merge_languages(std::move(english->findings), std::move(chinese->findings), alignment,
                            resources.pinyin);
    add_quantifier_disagreements(facts, resources.lexicon.quantifiers);
  } else if (english || chinese) {
    LanguageRun& only = english ? *english : *chinese;
    facts.entities = std::move(only.findings.entities);
    facts.observations = std::move(only.findings.observations);
  }
  resolve_place_hierarchy(facts, resources.gazetteer, article.date);
  return facts;
}

}  // namespace coopgraph::extract
