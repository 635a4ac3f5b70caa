#include "extract/gazetteer/gazetteer.h"

#include <algorithm>

#include "extract/data_files/tsv_table.h"

namespace coopgraph::extract {
namespace {

constexpr std::size_t kMaxHierarchyDepth = 12;

bool has_non_ascii(std::string_view text) {
  return std::any_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

std::optional<CalendarDate> optional_date(const TsvRow& row, std::string_view column) {
  const std::string& text = row.at(column);
  if (text.empty()) return std::nullopt;
  auto date = parse_iso_date(text);
  if (!date)
    row.fail("'" + text + "' in column " + std::string(column) + " is not a YYYY-MM-DD date");
  return date;
}

bool covers(const std::optional<CalendarDate>& from, const std::optional<CalendarDate>& to,
            CalendarDate date) {
  return (!from || *from <= date) && (!to || date <= *to);
}

}  // namespace

std::string ascii_lower(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  });
  return lower;
}

bool GazetteerPlace::exists_on(CalendarDate date) const {
  return covers(valid_from, valid_to, date);
}

Gazetteer Gazetteer::load(const std::filesystem::path& folder) {
  const TsvTable places_table =
      TsvTable::read(folder / "places.tsv", {"id", "type", "name_zh", "short_zh", "name_en",
                                             "pinyin", "alt_names", "valid_from", "valid_to"});
  std::vector<GazetteerPlace> places;
  for (const TsvRow& row : places_table.rows()) {
    GazetteerPlace place;
    place.id = row.at("id");
    place.type = row.at("type");
    auto level = place_level_of_type(place.type);
    if (!level) row.fail("unknown place type '" + place.type + "'");
    if (place.id.empty()) row.fail("empty id");
    place.level = *level;
    place.name_zh = row.at("name_zh");
    place.short_zh = row.at("short_zh");
    place.name_en = row.at("name_en");
    place.pinyin = row.at("pinyin");
    place.alt_names = row.list("alt_names");
    place.valid_from = optional_date(row, "valid_from");
    place.valid_to = optional_date(row, "valid_to");
    places.push_back(std::move(place));
  }
  const TsvTable links_table = TsvTable::read(folder / "place_parents.tsv",
                                              {"child_id", "parent_id", "valid_from", "valid_to"});
  std::vector<GazetteerLink> links;
  std::map<std::string, bool, std::less<>> known;
  for (const auto& place : places)
    known[place.id] = true;
  for (const TsvRow& row : links_table.rows()) {
    GazetteerLink link{row.at("child_id"), row.at("parent_id"), optional_date(row, "valid_from"),
                       optional_date(row, "valid_to")};
    if (!known.contains(link.child)) row.fail("unknown child id '" + link.child + "'");
    if (!known.contains(link.parent)) row.fail("unknown parent id '" + link.parent + "'");
    links.push_back(std::move(link));
  }
  return from_records(std::move(places), std::move(links));
}

Gazetteer Gazetteer::from_records(std::vector<GazetteerPlace> places,
                                  std::vector<GazetteerLink> links) {
  Gazetteer gazetteer;
  gazetteer.places_ = std::move(places);
  for (std::size_t i = 0; i < gazetteer.places_.size(); ++i) {
    const GazetteerPlace& place = gazetteer.places_[i];
    gazetteer.by_id_.emplace(place.id, i);
    for (const std::string& name : {place.name_zh, place.short_zh}) {
      if (name.empty()) continue;
      gazetteer.by_chinese_.emplace(name, i);
      gazetteer.chinese_name_lengths_.add(name);
      gazetteer.longest_chinese_name_ = std::max(gazetteer.longest_chinese_name_, name.size());
    }
    if (!place.name_en.empty()) gazetteer.by_english_.emplace(ascii_lower(place.name_en), i);
    for (const std::string& alternative : place.alt_names) {
      if (has_non_ascii(alternative)) {
        gazetteer.by_chinese_.emplace(alternative, i);
        gazetteer.chinese_name_lengths_.add(alternative);
        gazetteer.longest_chinese_name_ =
            std::max(gazetteer.longest_chinese_name_, alternative.size());
      } else {
        gazetteer.by_english_.emplace(ascii_lower(alternative), i);
      }
    }
  }
  for (GazetteerLink& link : links) {
    std::string child = link.child;
    gazetteer.links_.emplace(std::move(child), std::move(link));
  }
  return gazetteer;
}

const GazetteerPlace* Gazetteer::find(std::string_view id) const {
  const auto found = by_id_.find(id);
  return found == by_id_.end() ? nullptr : &places_[found->second];
}

std::vector<const GazetteerPlace*> Gazetteer::by_chinese_name(std::string_view name) const {
  std::vector<const GazetteerPlace*> found;
  auto [begin, end] = by_chinese_.equal_range(name);
  for (auto it = begin; it != end; ++it) {
    const GazetteerPlace* place = &places_[it->second];
    if (std::find(found.begin(), found.end(), place) == found.end()) found.push_back(place);
  }
  return found;
}

std::vector<const GazetteerPlace*> Gazetteer::by_english_name(std::string_view name) const {
  std::vector<const GazetteerPlace*> found;
  auto [begin, end] = by_english_.equal_range(ascii_lower(name));
  for (auto it = begin; it != end; ++it) {
    const GazetteerPlace* place = &places_[it->second];
    if (std::find(found.begin(), found.end(), place) == found.end()) found.push_back(place);
  }
  return found;
}

const GazetteerPlace* Gazetteer::parent_on(std::string_view id, CalendarDate date) const {
  auto [begin, end] = links_.equal_range(id);
  for (auto it = begin; it != end; ++it) {
    if (covers(it->second.valid_from, it->second.valid_to, date)) return find(it->second.parent);
  }
  return nullptr;
}

std::vector<const GazetteerPlace*> Gazetteer::ancestors_on(std::string_view id,
                                                           CalendarDate date) const {
  std::vector<const GazetteerPlace*> ancestors;
  std::string current(id);
  while (ancestors.size() < kMaxHierarchyDepth) {
    const GazetteerPlace* parent = parent_on(current, date);
    if (parent == nullptr ||
        std::find(ancestors.begin(), ancestors.end(), parent) != ancestors.end()) {
      break;
    }
    ancestors.push_back(parent);
    current = parent->id;
  }
  return ancestors;
}

}  // namespace coopgraph::extract
