// Chinese personal names: a surname from the list, one or two given characters, and a word
// next to them that says a person is meant (a post, 同志, 共产党员, 社员, 叫 before; 同志, 说
// after), or a line that holds the name alone (a byline). A list joined by 、 after such a
// word names several people (在共产党员张某某、李某某等发起下). Without such a word nothing is
// read: a surname character is too often an ordinary word (高兴, 方法, 代表).
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "extract/text/word_segmenter.h"

namespace coopgraph::extract {

enum class CueSide { kBefore, kAfter };

struct PersonCue {
  std::string text;
  CueSide side = CueSide::kBefore;
  bool needs_full_name = false;  // only surname + two characters (说: "X说" is often no name)
};

struct PersonNameData {
  std::vector<std::string> surnames;
  std::vector<PersonCue> cues;

  // zh_person_cues.tsv (columns cue_zh, side, full_name_only); throws DataFileError.
  static std::vector<PersonCue> load_cues(const std::filesystem::path& path);
};

struct NameSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// The names in text (one sentence), in text order, without repeats of a span. words is the
// text's segmentation. extra_before_cues: more words that may precede a name (the roles).
std::vector<NameSpan> find_person_names(std::string_view text, const std::vector<Word>& words,
                                        const PersonNameData& data,
                                        const std::vector<std::string>& extra_before_cues);

}  // namespace coopgraph::extract
