#include "extract/facts/entity_key.h"

#include <algorithm>
#include <utility>

#include "extract/facts/facts.h"

namespace coopgraph::extract {
namespace {

constexpr std::string_view kFocusText = "@focus";  // in the string form of a FoundKey only

KeySegment root_segment(KeyRoot which) {
  return {KeySegment::Role::kRoot, which, {}};
}

KeySegment text_segment(std::string_view value) {
  return {KeySegment::Role::kText, KeyRoot::kPlace, std::string(value)};
}

// A key nested in another keeps its own root ("coop:place:datong/..."); an absent one is an
// empty segment, as the string form has always written it ("event:meeting//1954-06-04").
void append_nested(std::vector<KeySegment>& into, const std::vector<KeySegment>& nested) {
  if (nested.empty()) {
    into.push_back(text_segment(""));
    return;
  }
  into.insert(into.end(), nested.begin(), nested.end());
}

std::string string_form(const std::vector<KeySegment>& segments) {
  std::string form;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const KeySegment& segment = segments[i];
    switch (segment.role) {
      case KeySegment::Role::kRoot:
        form += key_root_name(segment.root);
        break;
      case KeySegment::Role::kText:
        form += segment.text;
        break;
      case KeySegment::Role::kFocus:
        form += kFocusText;
        break;
    }
    if (i + 1 < segments.size()) form += segment.role == KeySegment::Role::kRoot ? ':' : '/';
  }
  return form;
}

}  // namespace

std::string_view key_root_name(KeyRoot which) {
  switch (which) {
    case KeyRoot::kPlace:
      return "place";
    case KeyRoot::kCooperative:
      return "coop";
    case KeyRoot::kGroup:
      return "group";
    case KeyRoot::kOrganisation:
      return "org";
    case KeyRoot::kPerson:
      return "person";
    case KeyRoot::kEvent:
      return "event";
    case KeyRoot::kTrade:
      return "trade";
  }
  return "entity";
}

template <class Self>
BasicKey<Self>::BasicKey(std::vector<KeySegment> segments)
    : segments_(std::move(segments)), text_(string_form(segments_)) {}

template <class Self>
std::optional<std::string_view> BasicKey<Self>::gazetteer_id() const {
  if (segments_.size() != 2 || segments_[0].role != KeySegment::Role::kRoot ||
      segments_[0].root != KeyRoot::kPlace || segments_[1].role != KeySegment::Role::kText) {
    return std::nullopt;
  }
  return segments_[1].text;
}

template <class Self>
bool BasicKey<Self>::is_unlisted(EntityType type) const {
  return segments_.size() >= 3 && segments_[0].role == KeySegment::Role::kRoot &&
         segments_[0].root == KeyRoot::kPlace && segments_[1].role == KeySegment::Role::kText &&
         segments_[1].text == entity_type_name(type);
}

template <class Self>
Self BasicKey<Self>::district(std::int64_t number) const {
  std::vector<KeySegment> segments = segments_;
  segments.push_back(text_segment("district-" + std::to_string(number)));
  return Self(std::move(segments));
}

template <class Self>
Self BasicKey<Self>::suburbs() const {
  std::vector<KeySegment> segments = segments_;
  segments.push_back(text_segment("suburbs"));
  return Self(std::move(segments));
}

EntityKey EntityKey::gazetteer_place(std::string_view id) {
  return EntityKey({root_segment(KeyRoot::kPlace), text_segment(id)});
}

EntityKey EntityKey::unlisted_place(EntityType type, std::string_view romanised) {
  return EntityKey({root_segment(KeyRoot::kPlace), text_segment(entity_type_name(type)),
                    text_segment(romanised)});
}

std::optional<EntityKey> EntityKey::place_from_text(std::string_view form) {
  constexpr std::string_view kPrefix = "place:";
  if (!form.starts_with(kPrefix) || form.size() == kPrefix.size()) return std::nullopt;
  return gazetteer_place(form.substr(kPrefix.size()));
}

EntityKey EntityKey::person(std::string_view compact_name) {
  return EntityKey({root_segment(KeyRoot::kPerson), text_segment(compact_name)});
}

EntityKey EntityKey::trade(std::string_view trade_id) {
  return EntityKey({root_segment(KeyRoot::kTrade), text_segment(trade_id)});
}

EntityKey EntityKey::event(std::string_view kind, const EntityKey& place,
                           std::string_view occasion) {
  std::vector<KeySegment> segments{root_segment(KeyRoot::kEvent), text_segment(kind)};
  append_nested(segments, place.segments());
  if (!occasion.empty()) segments.push_back(text_segment(occasion));
  return EntityKey(std::move(segments));
}

std::optional<std::string_view> EntityKey::trade_id() const {
  if (segments_.size() != 2 || segments_[0].role != KeySegment::Role::kRoot ||
      segments_[0].root != KeyRoot::kTrade) {
    return std::nullopt;
  }
  return segments_[1].text;
}

FoundKey::FoundKey(const EntityKey& resolved) : BasicKey(resolved.segments()) {}

FoundKey FoundKey::focus() {
  return FoundKey({KeySegment{KeySegment::Role::kFocus, KeyRoot::kPlace, {}}});
}

bool FoundKey::is_focus() const {
  return segments_.size() == 1 && segments_[0].role == KeySegment::Role::kFocus;
}

FoundKey FoundKey::cooperative(const FoundKey& place, EntityType type, std::optional<int> ordinal,
                               const std::vector<std::string>& trades) {
  std::vector<KeySegment> segments{root_segment(KeyRoot::kCooperative)};
  append_nested(segments, place.segments());
  segments.push_back(text_segment(entity_type_name(type)));
  if (ordinal) segments.push_back(text_segment(std::to_string(*ordinal)));
  for (const std::string& trade : trades)
    segments.push_back(text_segment(trade));
  return FoundKey(std::move(segments));
}

FoundKey FoundKey::group(const FoundKey& place, std::string_view kind, std::string_view name) {
  std::vector<KeySegment> segments{root_segment(KeyRoot::kGroup)};
  append_nested(segments, place.segments());
  segments.push_back(text_segment(kind));
  segments.push_back(text_segment(name));
  return FoundKey(std::move(segments));
}

FoundKey FoundKey::organisation(const FoundKey& owner, std::string_view kind_slug) {
  std::vector<KeySegment> segments{root_segment(KeyRoot::kOrganisation)};
  if (owner.empty()) {
    segments.push_back(text_segment("national"));
  } else {
    append_nested(segments, owner.segments());
  }
  segments.push_back(text_segment(kind_slug));
  return FoundKey(std::move(segments));
}

EntityKey FoundKey::resolved(const EntityKey& focus_place) const {
  if (is_focus()) return focus_place;
  std::vector<KeySegment> segments;
  for (const KeySegment& segment : segments_) {
    if (segment.role != KeySegment::Role::kFocus) {
      segments.push_back(segment);
    } else if (focus_place.empty()) {
      segments.push_back(text_segment("unplaced"));
    } else {
      segments.insert(segments.end(), focus_place.segments().begin(), focus_place.segments().end());
    }
  }
  return EntityKey(std::move(segments));
}

template class BasicKey<EntityKey>;
template class BasicKey<FoundKey>;

}  // namespace coopgraph::extract
