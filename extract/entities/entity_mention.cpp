#include "extract/entities/entity_mention.h"

#include <algorithm>
#include <map>

namespace coopgraph::extract {
namespace {

void fill_missing(Entity& into, const Entity& from) {
  auto fill = [](auto& target, const auto& source) {
    if (target.empty()) target = source;
  };
  fill(into.label_en, from.label_en);
  fill(into.label_zh, from.label_zh);
  fill(into.pinyin, from.pinyin);
  fill(into.gazetteer_id, from.gazetteer_id);
  fill(into.located_in, from.located_in);
  fill(into.kind, from.kind);
  fill(into.affiliation, from.affiliation);
  if (!into.ordinal) into.ordinal = from.ordinal;
  if (!into.when) into.when = from.when;
  for (const auto& trade : from.trades) {
    if (std::find(into.trades.begin(), into.trades.end(), trade) == into.trades.end()) {
      into.trades.push_back(trade);
    }
  }
  for (const auto& participant : from.participants) {
    if (std::find(into.participants.begin(), into.participants.end(), participant) ==
        into.participants.end()) {
      into.participants.push_back(participant);
    }
  }
}

template <class Mention>
void sort_by_position(std::vector<Mention>& mentions) {
  std::stable_sort(mentions.begin(), mentions.end(), [](const auto& a, const auto& b) {
    return a.sentence != b.sentence ? a.sentence < b.sentence : a.begin < b.begin;
  });
}

}  // namespace

void sort_in_text_order(std::vector<FoundMention>& mentions) {
  sort_by_position(mentions);
}

void sort_in_text_order(std::vector<EntityMention>& mentions) {
  sort_by_position(mentions);
}

Evidence evidence_for(const Sentence& sentence, std::size_t sentence_index,
                      const std::vector<Paragraph>& paragraphs, Language language,
                      std::size_t begin, std::size_t end) {
  return {language,      sentence.text, sentence.span, file_span(sentence, paragraphs, begin, end),
          sentence.line, sentence_index};
}

std::vector<Entity> gather_entities(const std::vector<EntityMention>& mentions,
                                    const std::vector<Sentence>& sentences,
                                    const std::vector<Paragraph>& paragraphs, Language language) {
  std::vector<Entity> entities;
  std::map<EntityKey, std::size_t> index_of;
  for (const EntityMention& mention : mentions) {
    auto [found, added] = index_of.emplace(mention.entity.key, entities.size());
    if (added) {
      entities.push_back(mention.entity);
      entities.back().mentions.clear();
    } else {
      fill_missing(entities[found->second], mention.entity);
    }
    entities[found->second].mentions.push_back(evidence_for(sentences.at(mention.sentence),
                                                            mention.sentence, paragraphs, language,
                                                            mention.begin, mention.end));
  }
  return entities;
}

}  // namespace coopgraph::extract
