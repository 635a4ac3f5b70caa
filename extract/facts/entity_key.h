// The identity of an entity: what makes two mentions, in one article or in two, the same
// thing. Built from what identifies the thing (a gazetteer id; a place with a kind, an ordinal
// and trades; the romanised name of a person), never from the order of extraction, and built
// only by the functions below, so that every kind of key has one shape.
//
// Two types: a FoundKey is what the entity finders know, and may name "the place the article
// is about", which is known only once all of the article's places are read; an EntityKey is
// resolved. Only the article step turns one into the other (FoundKey::resolved), so what leaves
// extraction (ArticleFacts) cannot hold an unresolved place.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace coopgraph::extract {

enum class EntityType;  // facts.h

// What a key names, its first segment; a key may nest another (a cooperative its place).
enum class KeyRoot { kPlace, kCooperative, kGroup, kOrganisation, kPerson, kEvent, kTrade };

std::string_view key_root_name(KeyRoot root);  // "place", "coop", ...

struct KeySegment {
  enum class Role {
    kRoot,   // a key's root, at the start or where another key is nested
    kText,   // a name, a kind, an ordinal, a trade
    kFocus,  // the place the article is about, not yet known (FoundKey only)
  };
  Role role = Role::kText;
  KeyRoot root = KeyRoot::kPlace;  // for kRoot
  std::string text;                // for kText

  bool operator==(const KeySegment&) const = default;
};

// What the two key types share: the segments, the one string form, and the questions code
// asks of a key. Ordered as their string forms, so maps keyed by them iterate as before.
template <class Self>
class BasicKey {
 public:
  bool empty() const { return segments_.empty(); }
  const std::vector<KeySegment>& segments() const { return segments_; }
  // The string form: "coop:place:datong/production-cooperative/4/ironware". Only for
  // output (the extract command) and ordering; code asks the questions below instead.
  const std::string& text() const { return text_; }

  // "datong" for the key of a gazetteer unit ("place:datong"), else nothing.
  std::optional<std::string_view> gazetteer_id() const;
  // Whether the key is of a place the gazetteer lacks, of this type ("place:village/...").
  bool is_unlisted(EntityType type) const;

  // The numbered district of the county or city this key names, and its suburbs.
  Self district(std::int64_t number) const;
  Self suburbs() const;

  friend bool operator==(const Self& a, const Self& b) { return a.text_ == b.text_; }
  friend std::strong_ordering operator<=>(const Self& a, const Self& b) {
    return a.text_ <=> b.text_;
  }

 protected:
  BasicKey() = default;
  explicit BasicKey(std::vector<KeySegment> segments);

  std::vector<KeySegment> segments_;
  std::string text_;
};

class EntityKey : public BasicKey<EntityKey> {
 public:
  EntityKey() = default;  // no entity: an absent link

  static EntityKey gazetteer_place(std::string_view id);
  // A place the gazetteer does not know; romanised is its name in lower-case ASCII letters.
  static EntityKey unlisted_place(EntityType type, std::string_view romanised);
  // "place:china" as a data file writes a place's key; nothing when it is not one.
  static std::optional<EntityKey> place_from_text(std::string_view text);
  static EntityKey person(std::string_view compact_name);
  static EntityKey trade(std::string_view trade_id);
  // An event of a kind in a place (absent: none known), on an occasion (a date, a sentence)
  // or, for campaigns that run for months, with none.
  static EntityKey event(std::string_view kind, const EntityKey& place, std::string_view occasion);

  // "ironware" for "trade:ironware", else nothing.
  std::optional<std::string_view> trade_id() const;

 private:
  friend class BasicKey<EntityKey>;
  friend class FoundKey;
  explicit EntityKey(std::vector<KeySegment> segments) : BasicKey(std::move(segments)) {}
};

class FoundKey : public BasicKey<FoundKey> {
 public:
  FoundKey() = default;
  FoundKey(const EntityKey& resolved);  // NOLINT: every resolved key is a found one

  // The place the article is about, to be resolved by the article step.
  static FoundKey focus();
  bool is_focus() const;

  // A cooperative (or federation, supply and marketing cooperative, production group) of a
  // type in a place, told apart by its ordinal and trades.
  static FoundKey cooperative(const FoundKey& place, EntityType type, std::optional<int> ordinal,
                              const std::vector<std::string>& trades);
  // A group of a kind in a place, named after someone ("mutual-aid-team", the leader).
  static FoundKey group(const FoundKey& place, std::string_view kind, std::string_view name);
  // An organisation of a kind belonging to its owner (a place, a cooperative, another
  // organisation), or to the whole country when it has none.
  static FoundKey organisation(const FoundKey& owner, std::string_view kind_slug);

  // With the article's place put in: an unresolved place alone becomes that place (absent
  // when the article has none), inside another key it becomes the place's key ("unplaced").
  EntityKey resolved(const EntityKey& focus_place) const;

 private:
  friend class BasicKey<FoundKey>;
  explicit FoundKey(std::vector<KeySegment> segments) : BasicKey(std::move(segments)) {}
};

}  // namespace coopgraph::extract
