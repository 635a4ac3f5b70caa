// Hanyu pinyin for Chinese text through ICU's Han-Latin transliterator, and the compact
// keys used to match a romanised English name with its Chinese form (保定 ↔ Baoding).
// ICU picks one reading per character, so polyphones can come out wrong: the gazetteer's
// own pinyin is preferred wherever it has the name.
#pragma once

#include <unicode/uversion.h>

#include <memory>
#include <string>
#include <string_view>

#include "extract/text/bounded_memo.h"

U_NAMESPACE_BEGIN
class Transliterator;
U_NAMESPACE_END

namespace coopgraph::extract {

// Not thread-safe (ICU transliterators are not, nor is the memo): one per thread, made
// with clone() from the first, which costs far less than building ICU's rules again.
class PinyinTransliterator {
 public:
  PinyinTransliterator();  // throws std::runtime_error when ICU lacks the transliterators
  ~PinyinTransliterator();
  PinyinTransliterator(const PinyinTransliterator&) = delete;
  PinyinTransliterator& operator=(const PinyinTransliterator&) = delete;

  // Another transliterator with the same rules, for another thread; its memo starts empty.
  std::unique_ptr<PinyinTransliterator> clone() const;

  // With tone marks, one syllable per character, separated by spaces: "yáng quán shì".
  std::string with_tones(std::string_view han) const;
  // Without tone marks, one syllable per character: "yang quan shi".
  std::string toneless(std::string_view han) const;
  // Lower-case ASCII letters only: "yangquanshi".
  std::string compact(std::string_view han) const;

 private:
  PinyinTransliterator(std::unique_ptr<icu::Transliterator> han_latin,
                       std::unique_ptr<icu::Transliterator> latin_ascii);
  const std::string& ascii(std::string_view han) const;

  std::unique_ptr<icu::Transliterator> han_latin_;
  std::unique_ptr<icu::Transliterator> latin_ascii_;
  // Labels repeat across the articles of a corpus, and ICU transliteration is costly; the
  // memos do not change what a call returns, hence mutable behind const calls.
  mutable BoundedMemo tones_memo_;
  mutable BoundedMemo ascii_memo_;
};

// Lower-case ASCII letters of an English name: "Yang-quan" → "yangquan".
std::string compact_latin(std::string_view latin);

}  // namespace coopgraph::extract
