// A single mention of an entity in a sentence, before mentions of the same entity are
// gathered into one Entity.
#pragma once

#include <vector>

#include "extract/facts/facts.h"
#include "extract/text/sentences.h"

namespace coopgraph::extract {

template <class E>
struct BasicMention {
  E entity;  // what this mention alone says about it (no mentions filled in)
  std::size_t sentence = 0;
  std::size_t begin = 0;  // in the sentence's text
  std::size_t end = 0;
};

// As the entity finders produce them, and once the article step has resolved their keys.
using FoundMention = BasicMention<FoundEntity>;
using EntityMention = BasicMention<Entity>;

// By sentence, then by position in it: the order later stages look for "the entity named
// just before".
void sort_in_text_order(std::vector<FoundMention>& mentions);
void sort_in_text_order(std::vector<EntityMention>& mentions);

// One Entity per key, with every mention as evidence; labels and links from the first
// mention that has them.
std::vector<Entity> gather_entities(const std::vector<EntityMention>& mentions,
                                    const std::vector<Sentence>& sentences,
                                    const std::vector<Paragraph>& paragraphs, Language language);

Evidence evidence_for(const Sentence& sentence, std::size_t sentence_index,
                      const std::vector<Paragraph>& paragraphs, Language language,
                      std::size_t begin, std::size_t end);

}  // namespace coopgraph::extract
