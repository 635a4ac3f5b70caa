// Everything extraction reads from data files, loaded once and shared, read-only, by every
// article of a build: gazetteer, vocabularies, number scanner, transliterator.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "extract/entities/country_finder.h"
#include "extract/entities/person_names.h"
#include "extract/gazetteer/gazetteer.h"
#include "extract/lexicon/lexicon.h"
#include "extract/lexicon/word_glosses.h"
#include "extract/numbers/chinese_numbers.h"
#include "extract/text/pinyin.h"
#include "extract/text/word_segmenter.h"

namespace coopgraph::extract {

// What is read from the data files: never changed once loaded, so threads share one copy.
struct ExtractionData {
  Gazetteer gazetteer;
  Lexicon lexicon;
  ChineseNumberScanner chinese_numbers;
  PersonNameData person_names;  // the surnames, and the words that mark a name
  std::vector<std::string> chinese_place_stopwords;
  std::vector<std::string> english_place_stopwords;
  Country country;
  WordGlosses glosses;  // CC-CEDICT: names the open measures of counted nouns
  WordSegmenter words;
};

// The data, and a transliterator of the thread that uses them: one set per thread, since
// ICU transliterators are not thread-safe. The members name the shared data so that
// extraction reads them the same way whichever thread it runs on.
class ExtractionResources {
 public:
  // data_dir holds gazetteer/, cues/ and dictionaries/ (CC-CEDICT, or $COOPGRAPH_CEDICT);
  // word_dictionary is jieba's dict.txt. Throws DataFileError naming the bad file and line.
  static std::unique_ptr<ExtractionResources> load(
      const std::filesystem::path& data_dir,
      const std::filesystem::path& word_dictionary = default_word_dictionary());

  ExtractionResources(const ExtractionResources&) = delete;
  ExtractionResources& operator=(const ExtractionResources&) = delete;

  // A set for another thread: the same data, not copied, and a clone of the transliterator
  // (building ICU's Han-Latin rules again would cost ~0.2 s).
  std::unique_ptr<ExtractionResources> for_another_thread() const;

 private:
  ExtractionResources(std::shared_ptr<const ExtractionData> data,
                      std::unique_ptr<PinyinTransliterator> pinyin);

  std::shared_ptr<const ExtractionData> data_;  // first: the references below point into it
  std::unique_ptr<PinyinTransliterator> pinyin_;

 public:
  const Gazetteer& gazetteer;
  const Lexicon& lexicon;
  const ChineseNumberScanner& chinese_numbers;
  const PinyinTransliterator& pinyin;
  const std::vector<std::string>& chinese_surnames;
  const PersonNameData& person_names;
  // Words that contain a place name but do not name the place (新华社 holds 新华).
  const std::vector<std::string>& chinese_place_stopwords;
  const std::vector<std::string>& english_place_stopwords;
  const Country& country;
  const WordGlosses& glosses;
  // Word boundaries of Chinese text, with the dictionary's part of speech.
  const WordSegmenter& words;
};

// The data folder: $COOPGRAPH_DATA when set, else the one in the source tree.
std::filesystem::path default_data_dir();

}  // namespace coopgraph::extract
