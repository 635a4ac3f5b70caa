#include "extract/text/pinyin.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <stdexcept>

namespace coopgraph::extract {
namespace {

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

}  // namespace

PinyinTransliterator::PinyinTransliterator()
    : han_latin_(make_transliterator("Han-Latin")),
      latin_ascii_(make_transliterator("Latin-ASCII")) {}

PinyinTransliterator::~PinyinTransliterator() = default;

std::string PinyinTransliterator::with_tones(std::string_view han) const {
  icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(han.data(), static_cast<int32_t>(han.size())));
  han_latin_->transliterate(text);
  std::string result;
  text.toUTF8String(result);
  return result;
}

// Han → Latin with tones → plain ASCII letters and spaces.
std::string PinyinTransliterator::ascii(std::string_view han) const {
  icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(han.data(), static_cast<int32_t>(han.size())));
  han_latin_->transliterate(text);
  latin_ascii_->transliterate(text);
  std::string ascii;
  text.toUTF8String(ascii);
  return ascii;
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
