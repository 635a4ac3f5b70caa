// English glosses of common Chinese words, from CC-CEDICT (CC BY-SA 4.0) as
// scripts/install-dictionaries converts it (extract/data/dictionaries/cc-cedict.tsv): what
// names the open measure of a counted noun (六十多个炼铁工人 counts "smelting iron worker").
// Proper names are not in the table; places and people come from the gazetteer and the
// entity finders, never from here.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace coopgraph::extract {

struct WordGloss {
  std::string pinyin;               // numbered, as CC-CEDICT writes it: "gong1 ren2"
  std::vector<std::string> senses;  // English, in the dictionary's order

  // The first sense that reads as a verb ("to form") comes before any that reads as a thing.
  bool verb_first() const;
  // The first sense that names a thing: not a verb ("to ..."), not a note on use
  // ("(classifier ...)"), shortened to its first alternative ("worker", "millet").
  std::string noun_sense() const;
  bool is_classifier() const;  // a sense says "classifier for ..."
};

class WordGlosses {
 public:
  WordGlosses() = default;
  // Throws DataFileError naming the file and line: a missing file (with the command that
  // makes it), invalid UTF-8, a row without the three columns, an empty word or reading.
  static WordGlosses load(const std::filesystem::path& path);
  static WordGlosses from_rows(
      const std::vector<std::pair<std::string, WordGloss>>& rows);  // for tests

  const WordGloss* find(std::string_view word) const;
  std::size_t longest_word_bytes() const { return longest_; }
  std::size_t size() const { return words_.size(); }

 private:
  std::unordered_map<std::string, WordGloss> words_;
  std::size_t longest_ = 0;
};

// Where extraction reads CC-CEDICT: $COOPGRAPH_CEDICT when set, else
// <data_dir>/dictionaries/cc-cedict.tsv.
std::filesystem::path glosses_path(const std::filesystem::path& data_dir);

}  // namespace coopgraph::extract
