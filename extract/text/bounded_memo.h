// A cache of results of a costly pure function of a string, owned by whoever owns the
// function's state. Bounded by emptying it when full: the strings it sees (the labels of a
// corpus) repeat a lot but are not bounded in number, and a corpus streams through a build.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace coopgraph::extract {

class BoundedMemo {
 public:
  explicit BoundedMemo(std::size_t capacity) : capacity_(capacity) {}

  // The cached result for key, else compute(key), cached.
  template <typename Compute>
  const std::string& get(std::string_view key, Compute&& compute) {
    if (const auto found = entries_.find(key); found != entries_.end()) return found->second;
    if (entries_.size() >= capacity_) entries_.clear();
    return entries_.emplace(std::string(key), compute(key)).first->second;
  }

 private:
  // Transparent, so that a lookup by string_view does not build a std::string.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const {
      return std::hash<std::string_view>{}(text);
    }
  };

  std::size_t capacity_;
  std::unordered_map<std::string, std::string, Hash, std::equal_to<>> entries_;
};

}  // namespace coopgraph::extract
