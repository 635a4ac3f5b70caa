// Entity identity, one table each: how each kind of key is built and written, how the
// article's place is put into what the finders left unresolved, and what keys sentences give.
#include "extract/facts/entity_key.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

#include "extract/article/article_reader.h"
#include "extract/article_facts.h"
#include "extract/facts/facts.h"
#include "tests/extract/entity_lookup.h"

namespace coopgraph::extract {

// Failures show keys in their string form.
void PrintTo(const EntityKey& key, std::ostream* out) {
  *out << key.text();
}

namespace {

const EntityKey kBaoding = EntityKey::gazetteer_place("baoding");
const EntityKey kHebei = EntityKey::gazetteer_place("hebei");

struct KeyCase {
  const char* what;
  FoundKey key;
  const char* text;
};

TEST(EntityKeyTest, EachKindOfKeyHasOneShape) {
  const FoundKey coop_in_focus = FoundKey::cooperative(
      FoundKey::focus(), EntityType::kProductionCooperative, std::nullopt, {"ironware"});
  const std::vector<KeyCase> cases{
      {"gazetteer place", kBaoding, "place:baoding"},
      {"unlisted village", EntityKey::unlisted_place(EntityType::kVillage, "wangjiazhuang"),
       "place:village/wangjiazhuang"},
      {"numbered district", kBaoding.district(6), "place:baoding/district-6"},
      {"suburbs", kBaoding.suburbs(), "place:baoding/suburbs"},
      {"person", EntityKey::person("wangming"), "person:wangming"},
      {"trade", EntityKey::trade("ironware"), "trade:ironware"},
      {"campaign", EntityKey::event("rectification", kHebei, ""),
       "event:rectification/place:hebei"},
      {"dated event", EntityKey::event("conference", kHebei, "1954-02-21"),
       "event:conference/place:hebei/1954-02-21"},
      {"event in no place", EntityKey::event("meeting", EntityKey(), "s3"), "event:meeting//s3"},
      {"cooperative",
       FoundKey::cooperative(kBaoding, EntityType::kProductionCooperative, 3, {"ironware"}),
       "coop:place:baoding/production-cooperative/3/ironware"},
      {"cooperative of two trades",
       FoundKey::cooperative(kBaoding.district(2), EntityType::kSupplyMarketingCooperative,
                             std::nullopt, {"bamboo", "rattan"}),
       "coop:place:baoding/district-2/supply-marketing-cooperative/bamboo/rattan"},
      {"cooperative in the focus", coop_in_focus, "coop:@focus/production-cooperative/ironware"},
      {"team", FoundKey::group(FoundKey::focus(), "mutual-aid-team", "panliting"),
       "group:@focus/mutual-aid-team/panliting"},
      {"national organisation", FoundKey::organisation(FoundKey(), "news-agency"),
       "org:national/news-agency"},
      {"organisation of a place", FoundKey::organisation(kHebei, "government"),
       "org:place:hebei/government"},
      {"organisation of a cooperative", FoundKey::organisation(coop_in_focus, "committee"),
       "org:coop:@focus/production-cooperative/ironware/committee"},
  };
  for (const KeyCase& c : cases)
    EXPECT_EQ(c.key.text(), c.text) << c.what;
}

TEST(EntityKeyTest, QuestionsAskedOfKeys) {
  EXPECT_EQ(kBaoding.gazetteer_id(), "baoding");
  EXPECT_FALSE(kBaoding.district(2).gazetteer_id());
  EXPECT_FALSE(EntityKey::unlisted_place(EntityType::kVillage, "x").gazetteer_id());
  EXPECT_FALSE(EntityKey::person("baoding").gazetteer_id());
  EXPECT_TRUE(
      EntityKey::unlisted_place(EntityType::kVillage, "x").is_unlisted(EntityType::kVillage));
  EXPECT_FALSE(
      EntityKey::unlisted_place(EntityType::kDistrict, "x").is_unlisted(EntityType::kVillage));
  EXPECT_FALSE(kBaoding.is_unlisted(EntityType::kVillage));
  EXPECT_EQ(EntityKey::trade("ironware").trade_id(), "ironware");
  EXPECT_FALSE(kBaoding.trade_id());
  EXPECT_EQ(EntityKey::place_from_text("place:china"), EntityKey::gazetteer_place("china"));
  EXPECT_FALSE(EntityKey::place_from_text("china"));
  EXPECT_FALSE(EntityKey::place_from_text("place:"));
  EXPECT_TRUE(FoundKey::focus().is_focus());
  EXPECT_FALSE(FoundKey(kBaoding).is_focus());
}

struct ResolutionCase {
  FoundKey found;
  EntityKey focus;
  const char* resolved;  // empty: no key
};

TEST(EntityKeyTest, TheArticlesPlaceResolvesTheFocus) {
  const FoundKey coop =
      FoundKey::cooperative(FoundKey::focus(), EntityType::kProductionCooperative, 2, {});
  const std::vector<ResolutionCase> cases{
      {FoundKey::focus(), kBaoding, "place:baoding"},
      {FoundKey::focus(), EntityKey(), ""},
      {coop, kBaoding, "coop:place:baoding/production-cooperative/2"},
      {coop, kBaoding.district(3), "coop:place:baoding/district-3/production-cooperative/2"},
      {coop, EntityKey(), "coop:unplaced/production-cooperative/2"},
      {FoundKey::organisation(coop, "committee"), kHebei,
       "org:coop:place:hebei/production-cooperative/2/committee"},
      {FoundKey(kBaoding), kHebei, "place:baoding"},
      {FoundKey(), kHebei, ""},
  };
  for (const ResolutionCase& c : cases)
    EXPECT_EQ(c.found.resolved(c.focus).text(), c.resolved) << c.found.text();
}

TEST(EntityKeyTest, KeysOrderAsTheirStringForms) {
  // Maps keyed by entity keys iterate as they did when keys were strings: ties between
  // equally named places go the same way.
  EXPECT_LT(EntityKey::gazetteer_place("a"), EntityKey::gazetteer_place("b"));
  EXPECT_LT(EntityKey::person("z"), EntityKey::gazetteer_place("a"));  // "pe" before "pl"
  EXPECT_LT(kBaoding, kBaoding.district(1));
}

const ExtractionResources& resources() {
  static const auto loaded = ExtractionResources::load(default_data_dir());
  return *loaded;
}

ArticleFacts chinese_facts(const std::string& title, const std::string& body) {
  const std::string content = "Title:\nDate: 1955-06-10\nPage: 2\n\n<hr />\nOriginal:\n### " +
                              title + "\n\n1955-06-10\n第2版()\n专栏：\n    " + body + "\n";
  return extract_facts(parse_article(content, "test.txt"), resources());
}

ArticleFacts english_facts(const std::string& title, const std::string& body) {
  return extract_facts(
      parse_article("Title: " + title + "\nDate: 1956-05-04\nPage: 2\n\n" + body + "\n",
                    "test.txt"),
      resources());
}

struct SentenceCase {
  bool chinese;
  const char* title;
  const char* sentence;
  std::vector<const char*> keys;  // that some entity has
};

TEST(EntityKeyTest, SentencesGiveKeys) {
  const std::vector<SentenceCase> cases{
      {true,
       "保定市手工业",
       "河北省保定市第三铁器生产合作社今年盈余三万多元。",
       {"place:hebei", "place:baoding", "coop:place:baoding/production-cooperative/3/ironware"}},
      // A cooperative named with no place lies in the place the article is about.
      {true,
       "保定市手工业",
       "保定市手工业发展很快。第二铁器生产合作社今年盈余三万多元。",
       {"coop:place:baoding/production-cooperative/2/ironware"}},
      {false,
       "Wuxi Cooperatives Grow",
       "The Wuxi City Second Knitting Production Cooperative, in Jiangsu Province, reduced its "
       "defective rate from 12% to 3.5% in the first quarter.",
       {"place:wuxi", "place:jiangsu", "coop:place:wuxi/production-cooperative/2/knitting"}},
  };
  for (const SentenceCase& c : cases) {
    const ArticleFacts facts =
        c.chinese ? chinese_facts(c.title, c.sentence) : english_facts(c.title, c.sentence);
    std::string found;
    for (const Entity& entity : facts.entities)
      found += entity.key.text() + "\n";
    for (const char* key : c.keys)
      EXPECT_NE(entity_with_key(facts, key), nullptr)
          << c.sentence << "\nmissing " << key << "\nfound:\n"
          << found;
  }
}

// A cooperative named with an ordinal gets one key in both languages, whatever the ordinal.
struct OrdinalCase {
  bool chinese;
  const char* sentence;
  const char* key;
};

TEST(EntityKeyTest, OrdinalsGiveTheSameKeyInBothLanguages) {
  const std::vector<OrdinalCase> cases{
      {true, "河北省保定市第二十一铁器生产合作社今年盈余三万多元。",
       "coop:place:baoding/production-cooperative/21/ironware"},
      {false,
       "The Baoding City Twenty-first Ironware Production Cooperative in Hebei Province made a "
       "profit this year.",
       "coop:place:baoding/production-cooperative/21/ironware"},
      {false, "The Baoding City 21st Ironware Production Cooperative made a profit this year.",
       "coop:place:baoding/production-cooperative/21/ironware"},
      {true, "河北省保定市第十一铁器生产合作社今年盈余三万多元。",
       "coop:place:baoding/production-cooperative/11/ironware"},
      {false, "The Baoding City Eleventh Ironware Production Cooperative made a profit.",
       "coop:place:baoding/production-cooperative/11/ironware"},
      {true, "河北省保定市第一百零二铁器生产合作社今年盈余三万多元。",
       "coop:place:baoding/production-cooperative/102/ironware"},
      {false,
       "The Baoding City One Hundred and Second Ironware Production Cooperative made a profit.",
       "coop:place:baoding/production-cooperative/102/ironware"},
      {true, "河北省保定市第一百二十三铁器生产合作社今年盈余三万多元。",
       "coop:place:baoding/production-cooperative/123/ironware"},
      {false,
       "The Baoding City One Hundred and Twenty-Third Ironware Production Cooperative made a "
       "profit.",
       "coop:place:baoding/production-cooperative/123/ironware"},
      // Up to ten as before.
      {false, "The Baoding City Third Ironware Production Cooperative made a profit.",
       "coop:place:baoding/production-cooperative/3/ironware"},
  };
  for (const OrdinalCase& c : cases) {
    const ArticleFacts facts = c.chinese ? chinese_facts("保定市手工业", c.sentence)
                                         : english_facts("Baoding Cooperatives", c.sentence);
    std::string found;
    for (const Entity& entity : facts.entities)
      found += entity.key.text() + "\n";
    EXPECT_NE(entity_with_key(facts, c.key), nullptr)
        << c.sentence << "\nmissing " << c.key << "\nfound:\n"
        << found;
  }
}

TEST(EntityKeyTest, AnArticlePairNamesOneOrdinalCooperative) {
  const std::string content =
      "Title: Baoding Cooperative\nDate: 1955-06-10\nPage: 2\n\n"
      "The Baoding City Twenty-first Ironware Production Cooperative in Hebei Province made a "
      "profit of more than 30,000 yuan this year.\n\n<hr />\n\n"
      "Original:\n\n### 保定市铁器生产合作社\n\n1955-06-10\n第2版()\n专栏：\n\n"
      "    河北省保定市第二十一铁器生产合作社今年盈余三万多元。\n";
  const ArticleFacts facts = extract_facts(parse_article(content, "test.txt"), resources());
  const Entity* cooperative =
      entity_with_key(facts, "coop:place:baoding/production-cooperative/21/ironware");
  ASSERT_NE(cooperative, nullptr);
  ASSERT_TRUE(cooperative->ordinal);
  EXPECT_EQ(*cooperative->ordinal, 21);
  // Named in both texts: one entity, with a mention in each.
  bool english = false;
  bool chinese = false;
  for (const Evidence& mention : cooperative->mentions) {
    english = english || mention.language == Language::kEnglish;
    chinese = chinese || mention.language == Language::kChinese;
  }
  EXPECT_TRUE(english && chinese);
}

}  // namespace
}  // namespace coopgraph::extract
