#include "extract/text/pinyin.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <stdexcept>

namespace coopgraph::extract {
namespace {

// Enough for the distinct labels of many articles; emptied when full (see BoundedMemo).
constexpr std::size_t kMemoCapacity = 1 << 14;

std::unique_ptr<icu::Transliterator> make_transliterator(const char* id) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> transliterator(icu::Transliterator::createInstance(
      icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
  if (U_FAILURE(status) || !transliterator) {
    throw std::runtime_error(std::string("ICU has no transliterator '") + id +
                             "': " + u_errorName(status));
  }
  return transliterator;
}

std::unique_ptr<icu::Transliterator> clone_of(const icu::Transliterator& transliterator) {
  std::unique_ptr<icu::Transliterator> copy(transliterator.clone());
  if (!copy) throw std::runtime_error("ICU could not clone a transliterator");
  return copy;
}

icu::UnicodeString unicode(std::string_view utf8) {
  return icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
}

}  // namespace

PinyinTransliterator::PinyinTransliterator()
    : PinyinTransliterator(make_transliterator("Han-Latin"), make_transliterator("Latin-ASCII")) {}

PinyinTransliterator::PinyinTransliterator(std::unique_ptr<icu::Transliterator> han_latin,
                                           std::unique_ptr<icu::Transliterator> latin_ascii)
    : han_latin_(std::move(han_latin)),
      latin_ascii_(std::move(latin_ascii)),
      tones_memo_(kMemoCapacity),
      ascii_memo_(kMemoCapacity) {}

PinyinTransliterator::~PinyinTransliterator() = default;

std::unique_ptr<PinyinTransliterator> PinyinTransliterator::clone() const {
  return std::unique_ptr<PinyinTransliterator>(
      new PinyinTransliterator(clone_of(*han_latin_), clone_of(*latin_ascii_)));
}

std::string PinyinTransliterator::with_tones(std::string_view han) const {
  return tones_memo_.get(han, [&](std::string_view key) {
    icu::UnicodeString text = unicode(key);
    han_latin_->transliterate(text);
    std::string result;
    text.toUTF8String(result);
    return result;
  });
}

// Han → Latin with tones → plain ASCII letters and spaces.
const std::string& PinyinTransliterator::ascii(std::string_view han) const {
  return ascii_memo_.get(han, [&](std::string_view key) {
    icu::UnicodeString text = unicode(key);
    han_latin_->transliterate(text);
    latin_ascii_->transliterate(text);
    std::string result;
    text.toUTF8String(result);
    return result;
  });
}

std::string PinyinTransliterator::toneless(std::string_view han) const {
  std::string result;
  for (char c : ascii(han)) {
    if ((c >= 'a' && c <= 'z') || c == ' ') result += c;
    if (c >= 'A' && c <= 'Z') result += static_cast<char>(c - 'A' + 'a');
  }
  return result;
}

std::string PinyinTransliterator::compact(std::string_view han) const {
  return compact_latin(ascii(han));
}

std::string compact_latin(std::string_view latin) {
  std::string key;
  for (char c : latin) {
    if (c >= 'a' && c <= 'z') key += c;
    if (c >= 'A' && c <= 'Z') key += static_cast<char>(c - 'A' + 'a');
  }
  return key;
}

}  // namespace coopgraph::extract
