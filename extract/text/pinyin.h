// Hanyu pinyin for Chinese text through ICU's Han-Latin transliterator, and the compact
// keys used to match a romanised English name with its Chinese form (保定 ↔ Baoding).
// ICU picks one reading per character, so polyphones can come out wrong: the gazetteer's
// own pinyin is preferred wherever it has the name.
#pragma once

#include <unicode/uversion.h>

#include <memory>
#include <string>
#include <string_view>

U_NAMESPACE_BEGIN
class Transliterator;
U_NAMESPACE_END

namespace coopgraph::extract {

class PinyinTransliterator {
 public:
  PinyinTransliterator();  // throws std::runtime_error when ICU lacks the transliterators
  ~PinyinTransliterator();
  PinyinTransliterator(const PinyinTransliterator&) = delete;
  PinyinTransliterator& operator=(const PinyinTransliterator&) = delete;

  // With tone marks, one syllable per character, separated by spaces: "yáng quán shì".
  std::string with_tones(std::string_view han) const;
  // Without tone marks, one syllable per character: "yang quan shi".
  std::string toneless(std::string_view han) const;
  // Lower-case ASCII letters only: "yangquanshi".
  std::string compact(std::string_view han) const;

 private:
  std::string ascii(std::string_view han) const;

  std::unique_ptr<icu::Transliterator> han_latin_;
  std::unique_ptr<icu::Transliterator> latin_ascii_;
};

// Lower-case ASCII letters of an English name: "Yang-quan" → "yangquan".
std::string compact_latin(std::string_view latin);

}  // namespace coopgraph::extract
