#include "extract/lexicon/cue_index.h"

#include <algorithm>

namespace coopgraph::extract {

std::uint16_t CueIndex::key_of(char first, char second) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(first) << 8 |
                                    static_cast<unsigned char>(second));
}

CueIndex::CueIndex(std::vector<std::string> cues) : cues_(std::move(cues)) {
  for (std::size_t i = 0; i < cues_.size(); ++i) {
    const std::string& cue = cues_[i];
    if (cue.size() == 1) by_byte_[static_cast<unsigned char>(cue[0])].push_back(i);
    if (cue.size() >= 2) by_first_two_[key_of(cue[0], cue[1])].push_back(i);
  }
}

std::vector<CueOccurrence> CueIndex::occurrences(std::string_view text) const {
  std::vector<CueOccurrence> found;
  for (std::size_t at = 0; at < text.size(); ++at) {
    for (std::size_t cue : by_byte_[static_cast<unsigned char>(text[at])])
      found.push_back({cue, at});
    if (at + 1 >= text.size()) continue;
    const auto candidates = by_first_two_.find(key_of(text[at], text[at + 1]));
    if (candidates == by_first_two_.end()) continue;
    for (std::size_t cue : candidates->second) {
      if (text.substr(at).starts_with(cues_[cue])) found.push_back({cue, at});
    }
  }
  std::sort(found.begin(), found.end(), [](const CueOccurrence& a, const CueOccurrence& b) {
    return a.cue != b.cue ? a.cue < b.cue : a.at < b.at;
  });
  return found;
}

}  // namespace coopgraph::extract
