#include "extract/resources.h"

#include <cstdlib>

#include "extract/data_files/tsv_table.h"

namespace coopgraph::extract {

std::unique_ptr<ExtractionResources> ExtractionResources::load(
    const std::filesystem::path& data_dir, const std::filesystem::path& word_dictionary) {
  Lexicon lexicon = Lexicon::load(data_dir / "cues");
  ChineseNumberScanner numbers(lexicon.chinese_non_numbers);
  auto data = std::make_shared<const ExtractionData>(ExtractionData{
      Gazetteer::load(data_dir / "gazetteer"), std::move(lexicon), std::move(numbers),
      PersonNameData{read_word_list(data_dir / "cues" / "zh_surnames.txt"),
                     PersonNameData::load_cues(data_dir / "cues" / "zh_person_cues.tsv")},
      read_word_list(data_dir / "cues" / "zh_place_stopwords.txt"),
      read_word_list(data_dir / "cues" / "en_place_stopwords.txt"),
      Country::load(data_dir / "cues" / "country.tsv"), WordGlosses::load(glosses_path(data_dir)),
      WordSegmenter::load(word_dictionary)});
  return std::unique_ptr<ExtractionResources>(
      new ExtractionResources(std::move(data), std::make_unique<PinyinTransliterator>()));
}

std::unique_ptr<ExtractionResources> ExtractionResources::for_another_thread() const {
  return std::unique_ptr<ExtractionResources>(new ExtractionResources(data_, pinyin_->clone()));
}

ExtractionResources::ExtractionResources(std::shared_ptr<const ExtractionData> data,
                                         std::unique_ptr<PinyinTransliterator> pinyin)
    : data_(std::move(data)),
      pinyin_(std::move(pinyin)),
      gazetteer(data_->gazetteer),
      lexicon(data_->lexicon),
      chinese_numbers(data_->chinese_numbers),
      pinyin(*pinyin_),
      chinese_surnames(data_->person_names.surnames),
      person_names(data_->person_names),
      chinese_place_stopwords(data_->chinese_place_stopwords),
      english_place_stopwords(data_->english_place_stopwords),
      country(data_->country),
      glosses(data_->glosses),
      words(data_->words) {}

std::filesystem::path default_data_dir() {
  if (const char* configured = std::getenv("COOPGRAPH_DATA");
      configured != nullptr && *configured) {
    return configured;
  }
  return COOPGRAPH_DEFAULT_DATA_DIR;
}

}  // namespace coopgraph::extract
