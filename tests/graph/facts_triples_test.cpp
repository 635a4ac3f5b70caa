#include "graph/facts_triples.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "extract/article/article_reader.h"
#include "graph/vocab.h"
#include "tests/test_support.h"

namespace coopgraph::graph {
namespace {

const std::string kBase = "https://w3id.org/coopgraph/id/";

extract::Article article() {
  return extract::parse_article("Title: T\nDate: 1954-06-07\nPage: 2\n\nText.\n", "a.txt");
}

bool has(const std::vector<Triple>& triples, const std::string& subject,
         const std::string& predicate, const Term& object) {
  return std::any_of(triples.begin(), triples.end(), [&](const Triple& triple) {
    return triple.subject.value == subject && triple.predicate.value == predicate &&
           triple.object == object;
  });
}

TEST(FactsTriplesTest, EntityIrisAreReadablePaths) {
  const IriMinter iris(kBase);
  using extract::EntityKey;
  using extract::EntityType;
  using extract::FoundKey;
  const EntityKey kunming = EntityKey::gazetteer_place("kunming");
  EXPECT_EQ(iris.entity(EntityKey::gazetteer_place("yangquan")), kBase + "place/yangquan");
  EXPECT_EQ(iris.entity(
                FoundKey::cooperative(kunming, EntityType::kProductionCooperative, 4, {"ironware"})
                    .resolved({})),
            kBase + "coop/kunming/production-cooperative/4/ironware");
  EXPECT_EQ(iris.entity(
                EntityKey::event("conference", EntityKey::gazetteer_place("hubei"), "1954-02-21")),
            kBase + "event/conference/hubei/1954-02-21");
  EXPECT_EQ(iris.entity(EntityKey::unlisted_place(EntityType::kVillage, "sandoucun")),
            kBase + "place/village/sandoucun");
  // An event with no place known: no empty segment.
  EXPECT_EQ(iris.entity(EntityKey::event("meeting", EntityKey(), "s3")),
            kBase + "event/meeting/s3");
  // An organisation of a cooperative keeps the cooperative's root, not its place's.
  EXPECT_EQ(
      iris.entity(FoundKey::organisation(
                      FoundKey::cooperative(kunming, EntityType::kFederation, std::nullopt, {}),
                      "preparatory-committee")
                      .resolved({})),
      kBase + "org/coop/kunming/federation/preparatory-committee");
  EXPECT_EQ(iris.concept_iri("measure", "defect-rate"), kBase + "concept/measure/defect-rate");
}

TEST(FactsTriplesTest, EntitiesGetTypesLabelsAndPlaces) {
  extract::ArticleFacts facts;
  extract::Entity city;
  city.key = extract::EntityKey::gazetteer_place("yangquan");
  city.type = extract::EntityType::kCity;
  city.label_en = "Yangquan City";
  city.label_zh = "阳泉市";
  city.pinyin = "Yángquán Shì";
  city.located_in = extract::EntityKey::gazetteer_place("shanxi");
  city.mentions.push_back({extract::Language::kChinese,
                           "山西省阳泉市已经组织了九十四个手工业生产合作社。",
                           {10, 80},
                           {19, 28},
                           28,
                           0});
  facts.entities.push_back(city);
  extract::Entity province;  // named by no sentence: the province a mentioned city lies in
  province.key = extract::EntityKey::gazetteer_place("shanxi");
  province.type = extract::EntityType::kProvince;
  province.label_en = "Shanxi Province";
  facts.entities.push_back(province);
  const IriMinter iris(kBase);
  const auto triples = facts_triples(article(), facts, iris);
  const std::string iri = kBase + "place/yangquan";
  EXPECT_TRUE(has(triples, iri, vocab::kRdfType, Term::iri(vocab::cg("City"))));
  EXPECT_TRUE(has(triples, iri, vocab::kRdfsLabel, Term::literal("阳泉市", "zh")));
  // The English label once more under cg:labelEn, for queries; no other language there.
  EXPECT_TRUE(has(triples, iri, vocab::kRdfsLabel, Term::literal("Yangquan City", "en")));
  EXPECT_TRUE(has(triples, iri, vocab::kLabelEn, Term::literal("Yangquan City", "en")));
  EXPECT_EQ(std::count_if(triples.begin(), triples.end(),
                          [&](const Triple& t) {
                            return t.subject.value == iri && t.predicate.value == vocab::kLabelEn;
                          }),
            1);
  EXPECT_TRUE(
      has(triples, iri, vocab::kRdfsLabel, Term::literal("Yángquán Shì", "zh-Latn-pinyin")));
  EXPECT_TRUE(has(triples, iri, vocab::kLocatedIn, Term::iri(kBase + "place/shanxi")));
  EXPECT_TRUE(has(triples, iri, vocab::kMentionedIn, Term::iri(iris.article(article()))));
  EXPECT_TRUE(has(triples, iri, vocab::kRdfType, Term::iri(vocab::kPlace)));
  EXPECT_FALSE(has(triples, kBase + "place/shanxi", vocab::kMentionedIn,
                   Term::iri(iris.article(article()))));
  const std::string mention = iris.article(article()) + "/mention/19-28";
  EXPECT_TRUE(has(triples, mention, vocab::kMentionOf, Term::iri(iri)));
  EXPECT_TRUE(has(triples, mention, vocab::kStartOffset, Term::typed("19", vocab::kXsdInteger)));
}

TEST(FactsTriplesTest, ObservationsCarryValueUnitBoundsPeriodAndEvidence) {
  extract::ArticleFacts facts;
  extract::Observation loss;
  loss.about = extract::EntityKey::gazetteer_place("yangquan");
  loss.measure = "loss";
  loss.unit = "yuan";
  loss.value = extract::Decimal::from_int(23000000);
  loss.value_new_yuan = extract::Decimal::from_int(2300);
  loss.lower_bound = true;
  loss.period = extract::Period{
      {1954, 1, 1}, {1954, 2, 28}, extract::Period::Granularity::kRange, false, "", 0, 0};
  loss.original_text = "二千三百多万";
  loss.chinese = extract::Evidence{extract::Language::kChinese,
                                   "仅一、二两月份就赔了二千三百多万元。",
                                   {100, 150},
                                   {120, 138},
                                   30,
                                   4};
  facts.observations.push_back(loss);
  const IriMinter iris(kBase);
  const auto triples = facts_triples(article(), facts, iris);
  const auto observation = std::find_if(triples.begin(), triples.end(), [](const Triple& triple) {
    return triple.object == Term::iri(vocab::kObservation);
  });
  ASSERT_NE(observation, triples.end());
  const std::string iri = observation->subject.value;
  EXPECT_TRUE(has(triples, iri, vocab::kValue, Term::typed("23000000.0", vocab::kXsdDecimal)));
  EXPECT_TRUE(has(triples, iri, vocab::kValueNewYuan, Term::typed("2300.0", vocab::kXsdDecimal)));
  EXPECT_TRUE(has(triples, iri, vocab::kLowerBound, Term::typed("true", vocab::kXsdBoolean)));
  EXPECT_TRUE(has(triples, iri, vocab::kPeriodStart, Term::typed("1954-01-01", vocab::kXsdDate)));
  EXPECT_TRUE(has(triples, iri, vocab::kUnit, Term::iri(kBase + "concept/unit/yuan")));
  EXPECT_TRUE(has(triples, iri, vocab::kAbout, Term::iri(kBase + "place/yangquan")));
  EXPECT_TRUE(has(triples, iri, vocab::kSentenceZh,
                  Term::literal("仅一、二两月份就赔了二千三百多万元。", "zh")));
  EXPECT_TRUE(has(triples, iri, vocab::kProvWasDerivedFrom, Term::iri(iris.article(article()))));
}

}  // namespace
}  // namespace coopgraph::graph
