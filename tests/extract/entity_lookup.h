// Tests name the entities they look for by the string form of their keys, as the extract
// command prints them.
#pragma once

#include <string_view>

#include "extract/facts/facts.h"

namespace coopgraph::extract {

inline const Entity* entity_with_key(const ArticleFacts& facts, std::string_view key_text) {
  for (const Entity& entity : facts.entities) {
    if (entity.key.text() == key_text) return &entity;
  }
  return nullptr;
}

}  // namespace coopgraph::extract
