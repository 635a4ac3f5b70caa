// Every occurrence of a list of cue words in a text, found in one pass over the text: the
// cues are filed by their first two bytes, so each offset is compared only with the cues
// that can start there, instead of searching the whole text once per cue.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace coopgraph::extract {

struct CueOccurrence {
  std::size_t cue = 0;  // index in the list the index was built from
  std::size_t at = 0;
};

class CueIndex {
 public:
  CueIndex() = default;
  explicit CueIndex(std::vector<std::string> cues);

  // Every occurrence of every non-empty cue in text, overlapping ones included, ordered by
  // cue (as listed), then by offset.
  std::vector<CueOccurrence> occurrences(std::string_view text) const;

 private:
  static std::uint16_t key_of(char first, char second);

  std::vector<std::string> cues_;
  std::vector<std::size_t> by_byte_[256];  // one-byte cues, by their byte
  std::unordered_map<std::uint16_t, std::vector<std::size_t>> by_first_two_;
};

}  // namespace coopgraph::extract
