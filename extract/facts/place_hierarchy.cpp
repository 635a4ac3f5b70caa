#include "extract/facts/place_hierarchy.h"

#include <algorithm>
#include <map>
#include <set>

#include "extract/entities/place_entities.h"

namespace coopgraph::extract {
namespace {

constexpr std::size_t kMaxDepth = 12;  // a bound on chains, in case data ever loops
constexpr std::string_view kPlacePrefix = "place:";

class Hierarchy {
 public:
  Hierarchy(const ArticleFacts& facts, const Gazetteer& gazetteer, CalendarDate date)
      : gazetteer_(gazetteer), date_(date) {
    for (const Entity& entity : facts.entities)
      parent_of_[entity.key] = entity.located_in;
  }

  // The key's ancestors, nearest first: links the article states, then the gazetteer's.
  std::vector<std::string> ancestors(const std::string& key) const {
    std::vector<std::string> chain;
    std::string current = key;
    while (chain.size() < kMaxDepth) {
      std::string parent = parent_of(current);
      if (parent.empty() || parent == key ||
          std::find(chain.begin(), chain.end(), parent) != chain.end()) {
        break;
      }
      chain.push_back(parent);
      current = std::move(parent);
    }
    return chain;
  }

  std::optional<PlaceLevel> level_of(const std::string& key) const {
    if (!key.starts_with(kPlacePrefix)) return std::nullopt;
    const GazetteerPlace* place =
        gazetteer_.find(std::string_view(key).substr(kPlacePrefix.size()));
    if (place == nullptr) return std::nullopt;
    return place->level;
  }

 private:
  std::string parent_of(const std::string& key) const {
    if (auto stated = parent_of_.find(key); stated != parent_of_.end() && !stated->second.empty()) {
      return stated->second;
    }
    if (!key.starts_with(kPlacePrefix)) return {};
    const GazetteerPlace* parent =
        gazetteer_.parent_on(std::string_view(key).substr(kPlacePrefix.size()), date_);
    return parent == nullptr ? std::string() : std::string(kPlacePrefix) + parent->id;
  }

  const Gazetteer& gazetteer_;
  CalendarDate date_;
  std::map<std::string, std::string> parent_of_;
};

// The provinces and regions that places lie in, though the article does not name them, are
// entities of the graph too (labelled from the gazetteer, with no mention).
void add_unnamed_ancestors(ArticleFacts& facts, const Gazetteer& gazetteer, CalendarDate date) {
  std::set<std::string> known;
  for (const Entity& entity : facts.entities)
    known.insert(entity.key);
  for (std::size_t i = 0; i < facts.entities.size(); ++i) {
    const std::string parent = facts.entities[i].located_in;
    if (!parent.starts_with(kPlacePrefix) || known.contains(parent)) continue;
    const GazetteerPlace* place =
        gazetteer.find(std::string_view(parent).substr(kPlacePrefix.size()));
    if (place == nullptr) continue;
    known.insert(parent);
    facts.entities.push_back(place_entity(*place, gazetteer, date));  // may grow the loop
  }
}

}  // namespace

void resolve_place_hierarchy(ArticleFacts& facts, const Gazetteer& gazetteer, CalendarDate date) {
  add_unnamed_ancestors(facts, gazetteer, date);
  const Hierarchy hierarchy(facts, gazetteer, date);
  std::map<std::string, std::pair<std::string, std::string>> province_region;
  for (Entity& entity : facts.entities) {
    entity.ancestors = hierarchy.ancestors(entity.key);
    std::vector<std::string> self_and_up{entity.key};
    self_and_up.insert(self_and_up.end(), entity.ancestors.begin(), entity.ancestors.end());
    for (const std::string& key : self_and_up) {
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
