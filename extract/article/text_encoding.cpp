#include "extract/article/text_encoding.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ustring.h>

#include <climits>
#include <memory>

#include "extract/text/utf8.h"

namespace coopgraph::extract {
namespace {

struct ConverterCloser {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

// Whether the bytes look like a legacy encoding rather than UTF-8 with a few broken bytes.
bool mostly_invalid_utf8(std::string_view bytes) {
  std::size_t invalid = 0;
  std::size_t multibyte = 0;
  for (std::size_t offset = 0; offset < bytes.size();) {
    const std::size_t length = utf8_sequence_length(bytes, offset);
    if (length == 0) {
      ++invalid;
      ++offset;
    } else {
      multibyte += length > 1 ? 1 : 0;
      offset += length;
    }
  }
  return invalid >= kMinimumInvalidUtf8 && invalid > multibyte;
}

// Strict GB18030 -> UTF-16: the stop callback makes any invalid or cut sequence an error
// instead of a substitution character.
std::optional<std::u16string> gb18030_to_utf16(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  Converter converter(ucnv_open("GB18030", &status));
  if (U_FAILURE(status)) return std::nullopt;
  ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  if (U_FAILURE(status)) return std::nullopt;
  // One byte never gives more than one UTF-16 unit, and four bytes at most two.
  std::u16string text(bytes.size(), u'\0');
  const int32_t length =
      ucnv_toUChars(converter.get(), text.data(), static_cast<int32_t>(text.size()), bytes.data(),
                    static_cast<int32_t>(bytes.size()), &status);
  // A full buffer only warns that there is no terminating NUL, which we do not need.
  if (U_FAILURE(status)) return std::nullopt;
  text.resize(static_cast<std::size_t>(length));
  return text;
}

std::optional<std::string> utf16_to_utf8(const std::u16string& text) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = 0;
  u_strToUTF8(nullptr, 0, &length, text.data(), static_cast<int32_t>(text.size()), &status);
  if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return std::nullopt;
  std::string result(static_cast<std::size_t>(length), '\0');
  status = U_ZERO_ERROR;
  u_strToUTF8(result.data(), length, &length, text.data(), static_cast<int32_t>(text.size()),
              &status);
  if (U_FAILURE(status)) return std::nullopt;
  return result;
}

}  // namespace

std::optional<std::string> convert_gb18030_text(std::string_view bytes) {
  // ICU counts in int32_t; larger files are refused as too large long before this.
  if (bytes.size() > static_cast<std::size_t>(INT32_MAX)) return std::nullopt;
  if (!mostly_invalid_utf8(bytes)) return std::nullopt;
  const auto utf16 = gb18030_to_utf16(bytes);
  if (!utf16) return std::nullopt;
  return utf16_to_utf8(*utf16);
}

}  // namespace coopgraph::extract
