// A map from a triple's 64-bit text hash to a small value, in one array (open addressing,
// linear probing). A store build keeps one entry per distinct triple, seven million at 10,000
// articles: std::unordered_map spent a heap node on each, which made the build's inserts,
// lookups and final free cost seconds; this table makes none.
#pragma once

#include <cstdint>
#include <vector>

namespace coopgraph::graph {

template <typename Value>
class TripleHashTable {
 public:
  struct Slot {
    std::uint64_t key = 0;  // 0: empty; a hash of 0 is stored as 1
    Value value{};
  };

  // The slot of key: found, or new with value; `inserted` says which.
  struct Found {
    Value& value;
    bool inserted;
  };

  Found try_emplace(std::uint64_t hash, const Value& value) {
    if ((size_ + 1) * 2 > slots_.size()) grow();
    Slot& slot = probe(slots_, stored_key(hash));
    const bool inserted = slot.key == 0;
    if (inserted) {
      slot = {stored_key(hash), value};
      ++size_;
    }
    return {slot.value, inserted};
  }

  // nullptr when absent.
  const Value* find(std::uint64_t hash) const {
    if (slots_.empty()) return nullptr;
    const std::uint64_t key = stored_key(hash);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = key & mask;; i = (i + 1) & mask) {
      if (slots_[i].key == key) return &slots_[i].value;
      if (slots_[i].key == 0) return nullptr;
    }
  }

  std::size_t size() const { return size_; }

 private:
  static std::uint64_t stored_key(std::uint64_t hash) {
    // The low bits pick the slot: mixed, so that hashes alike in them do not pile up.
    const std::uint64_t mixed = (hash ^ (hash >> 29)) * 0xbf58476d1ce4e5b9ULL;
    return mixed == 0 ? 1 : mixed;
  }

  static Slot& probe(std::vector<Slot>& slots, std::uint64_t key) {
    const std::size_t mask = slots.size() - 1;
    for (std::size_t i = key & mask;; i = (i + 1) & mask) {
      if (slots[i].key == key || slots[i].key == 0) return slots[i];
    }
  }

  void grow() {
    std::vector<Slot> larger(slots_.empty() ? 1024 : slots_.size() * 2);
    for (const Slot& slot : slots_) {
      if (slot.key != 0) probe(larger, slot.key) = slot;
    }
    slots_.swap(larger);
  }

  std::vector<Slot> slots_;
  std::size_t size_ = 0;
};

}  // namespace coopgraph::graph
