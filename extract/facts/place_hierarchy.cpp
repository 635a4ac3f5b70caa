#include "extract/facts/place_hierarchy.h"

#include <algorithm>
#include <map>
#include <set>

#include "extract/entities/place_entities.h"

namespace coopgraph::extract {
namespace {

constexpr std::size_t kMaxDepth = 12;  // a bound on chains, in case data ever loops

class Hierarchy {
 public:
  Hierarchy(const ArticleFacts& facts, const Gazetteer& gazetteer, CalendarDate date)
      : gazetteer_(gazetteer), date_(date) {
    for (const Entity& entity : facts.entities)
      parent_of_[entity.key] = entity.located_in;
  }

  // The key's ancestors, nearest first: links the article states, then the gazetteer's.
  std::vector<EntityKey> ancestors(const EntityKey& key) const {
    std::vector<EntityKey> chain;
    EntityKey current = key;
    while (chain.size() < kMaxDepth) {
      EntityKey parent = parent_of(current);
      if (parent.empty() || parent == key ||
          std::find(chain.begin(), chain.end(), parent) != chain.end()) {
        break;
      }
      chain.push_back(parent);
      current = std::move(parent);
    }
    return chain;
  }

  std::optional<PlaceLevel> level_of(const EntityKey& key) const {
    const auto id = key.gazetteer_id();
    if (!id) return std::nullopt;
    const GazetteerPlace* place = gazetteer_.find(*id);
    if (place == nullptr) return std::nullopt;
    return place->level;
  }

 private:
  EntityKey parent_of(const EntityKey& key) const {
    if (auto stated = parent_of_.find(key); stated != parent_of_.end() && !stated->second.empty()) {
      return stated->second;
    }
    const auto id = key.gazetteer_id();
    if (!id) return {};
    const GazetteerPlace* parent = gazetteer_.parent_on(*id, date_);
    return parent == nullptr ? EntityKey() : EntityKey::gazetteer_place(parent->id);
  }

  const Gazetteer& gazetteer_;
  CalendarDate date_;
  std::map<EntityKey, EntityKey> parent_of_;
};

// The provinces and regions that places lie in, though the article does not name them, are
// entities of the graph too (labelled from the gazetteer, with no mention).
void add_unnamed_ancestors(ArticleFacts& facts, const Gazetteer& gazetteer, CalendarDate date) {
  std::set<EntityKey> known;
  for (const Entity& entity : facts.entities)
    known.insert(entity.key);
  for (std::size_t i = 0; i < facts.entities.size(); ++i) {
    const EntityKey parent = facts.entities[i].located_in;
    const auto id = parent.gazetteer_id();
    if (!id || known.contains(parent)) continue;
    const GazetteerPlace* place = gazetteer.find(*id);
    if (place == nullptr) continue;
    known.insert(parent);
    facts.entities.push_back(place_entity(*place, gazetteer, date));  // may grow the loop
  }
}

}  // namespace

void resolve_place_hierarchy(ArticleFacts& facts, const Gazetteer& gazetteer, CalendarDate date) {
  add_unnamed_ancestors(facts, gazetteer, date);
  const Hierarchy hierarchy(facts, gazetteer, date);
  std::map<EntityKey, std::pair<EntityKey, EntityKey>> province_region;
  for (Entity& entity : facts.entities) {
    entity.ancestors = hierarchy.ancestors(entity.key);
    std::vector<EntityKey> self_and_up{entity.key};
    self_and_up.insert(self_and_up.end(), entity.ancestors.begin(), entity.ancestors.end());
    for (const EntityKey& key : self_and_up) {
      const auto level = hierarchy.level_of(key);
      if (level == PlaceLevel::kProvince && entity.province.empty()) entity.province = key;
      if (level == PlaceLevel::kRegion && entity.region.empty()) entity.region = key;
    }
    province_region[entity.key] = {entity.province, entity.region};
  }
  for (Observation& observation : facts.observations) {
    if (auto found = province_region.find(observation.about); found != province_region.end()) {
      observation.province = found->second.first;
      observation.region = found->second.second;
    }
  }
}

}  // namespace coopgraph::extract
