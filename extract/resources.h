// Everything extraction reads from data files, loaded once and shared, read-only, by every
// article of a build: gazetteer, vocabularies, number scanner, transliterator.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "extract/gazetteer/gazetteer.h"
#include "extract/lexicon/lexicon.h"
#include "extract/numbers/chinese_numbers.h"
#include "extract/text/pinyin.h"

namespace coopgraph::extract {

struct ExtractionResources {
  Gazetteer gazetteer;
  Lexicon lexicon;
  ChineseNumberScanner chinese_numbers;
  PinyinTransliterator pinyin;
  std::vector<std::string> chinese_surnames;
  // Words that contain a place name but do not name the place (新华社 holds 新华).
  std::vector<std::string> chinese_place_stopwords;
  std::vector<std::string> english_place_stopwords;

  // data_dir holds gazetteer/ and cues/; throws DataFileError naming the bad file and line.
  static std::unique_ptr<ExtractionResources> load(const std::filesystem::path& data_dir);
};

// The data folder: $COOPGRAPH_DATA when set, else the one in the source tree.
std::filesystem::path default_data_dir();

}  // namespace coopgraph::extract
