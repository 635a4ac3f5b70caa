// Word boundaries for Chinese text, from a frequency dictionary (jieba's dict.txt: one
// "word frequency tag" a line). Names are matched on words, not on characters: 的农村 is
// 的 + 农村, not a village 的农; 西南 after a place is the word "south-west". The cut is
// jieba's without its HMM: of all ways to cut a sentence into dictionary words (or single
// characters), the one whose word probabilities have the largest product.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace coopgraph::extract {

// The part of speech the dictionary gives a word, as far as finding names needs it.
enum class WordTag : std::uint8_t {
  kUnknown,       // not in the dictionary: a single character, or a run of non-Han text
  kPerson,        // nr
  kPlace,         // ns
  kOrganisation,  // nt
  kOther,         // any other tag: a common word
};

struct Word {
  std::size_t begin = 0;  // byte offsets in the text
  std::size_t end = 0;
  WordTag tag = WordTag::kUnknown;
};

class WordSegmenter {
 public:
  // Reads the dictionary; throws DataFileError naming the file and line of a bad row.
  static WordSegmenter load(const std::filesystem::path& dictionary);
  // From rows in memory, for tests: each "word frequency tag".
  static WordSegmenter from_lines(const std::vector<std::string>& lines);

  // The words of text, in order, covering it without gaps. Bounded: linear in the text
  // times the longest word.
  std::vector<Word> segment(std::string_view text) const;

  // The tag of word if the dictionary has it, else kUnknown.
  WordTag tag_of(std::string_view word) const;
  bool knows(std::string_view word) const;
  std::size_t size() const { return words_; }

 private:
  // Open addressing over one array: ~700,000 words and prefixes without an allocation each
  // (a std::unordered_map took 45 MB and most of a second to fill).
  struct Slot {
    std::uint32_t offset = 0;  // of the key in storage_
    std::uint16_t length = 0;  // 0: empty slot
    WordTag tag = WordTag::kUnknown;
    bool is_word = false;  // else a prefix of words only
    float log_frequency = 0;
    std::uint32_t hash = 0;
  };

  static WordSegmenter parse(std::unique_ptr<std::string> text,
                             const std::filesystem::path& path);
  void add(std::string_view word, double frequency, WordTag tag);
  const Slot* find(std::string_view key) const;
  Slot& insert(std::string_view key);  // key lies in storage_
  void grow();

  // The dictionary's text: keys point into it. Held by pointer so that they stay valid when
  // the segmenter moves.
  std::unique_ptr<std::string> storage_;
  std::vector<Slot> slots_;
  std::size_t used_ = 0;
  double log_total_ = 0;
  double total_ = 0;
  std::size_t words_ = 0;
};

// "nr" → kPerson, "ns" → kPlace, "nt" → kOrganisation, anything else → kOther.
WordTag word_tag_of(std::string_view tag);

// The path of jieba's dictionary: $COOPGRAPH_WORD_DICTIONARY when set, else where Debian's
// python3-jieba installs it.
std::filesystem::path default_word_dictionary();

}  // namespace coopgraph::extract
