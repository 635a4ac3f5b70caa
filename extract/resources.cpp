#include "extract/resources.h"

#include <cstdlib>

#include "extract/data_files/tsv_table.h"

namespace coopgraph::extract {

std::unique_ptr<ExtractionResources> ExtractionResources::load(
    const std::filesystem::path& data_dir) {
  Lexicon lexicon = Lexicon::load(data_dir / "cues");
  ChineseNumberScanner numbers(lexicon.chinese_non_numbers);
  return std::unique_ptr<ExtractionResources>(new ExtractionResources{
      Gazetteer::load(data_dir / "gazetteer"), std::move(lexicon), std::move(numbers),
      PinyinTransliterator(), read_word_list(data_dir / "cues" / "zh_surnames.txt"),
      read_word_list(data_dir / "cues" / "zh_place_stopwords.txt"),
      read_word_list(data_dir / "cues" / "en_place_stopwords.txt")});
}

std::filesystem::path default_data_dir() {
  if (const char* configured = std::getenv("COOPGRAPH_DATA");
      configured != nullptr && *configured) {
    return configured;
  }
  return COOPGRAPH_DEFAULT_DATA_DIR;
}

}  // namespace coopgraph::extract
