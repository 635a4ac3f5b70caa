#include "extract/text/word_segmenter.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <sstream>

#include "extract/data_files/tsv_table.h"
#include "extract/text/han.h"

namespace coopgraph::extract {
namespace {

// The fields of a dictionary row, split on blanks (jieba's format; words have none).
std::vector<std::string_view> fields_of(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t at = 0;
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
  while (at < line.size()) {
    while (at < line.size() && blank(line[at]))
      ++at;
    const std::size_t begin = at;
    while (at < line.size() && !blank(line[at]))
      ++at;
    if (at > begin) fields.push_back(line.substr(begin, at - begin));
  }
  return fields;
}

}  // namespace

WordTag word_tag_of(std::string_view tag) {
  if (tag == "nr") return WordTag::kPerson;
  if (tag == "ns") return WordTag::kPlace;
  if (tag == "nt") return WordTag::kOrganisation;
  return WordTag::kOther;
}

std::filesystem::path default_word_dictionary() {
  if (const char* configured = std::getenv("COOPGRAPH_WORD_DICTIONARY");
      configured != nullptr && *configured) {
    return configured;
  }
  return "/usr/lib/python3/dist-packages/jieba/dict.txt";
}

WordSegmenter WordSegmenter::load(const std::filesystem::path& dictionary) {
  std::ifstream in(dictionary, std::ios::binary);
  if (!in) {
    throw DataFileError(dictionary, 0,
                        "cannot read the word dictionary (install Debian's python3-jieba, or "
                        "set COOPGRAPH_WORD_DICTIONARY to a file of \"word frequency tag\" rows)");
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return parse(std::make_unique<std::string>(std::move(buffer).str()), dictionary);
}

WordSegmenter WordSegmenter::from_lines(const std::vector<std::string>& lines) {
  auto text = std::make_unique<std::string>();
  for (const std::string& line : lines)
    *text += line + "\n";
  return parse(std::move(text), "<memory>");
}

WordSegmenter WordSegmenter::parse(std::unique_ptr<std::string> text,
                                   const std::filesystem::path& path) {
  if (text->size() > 0xFFFFFFFFu) throw DataFileError(path, 0, "dictionary larger than 4 GB");
  WordSegmenter segmenter;
  segmenter.storage_ = std::move(text);
  // Room for the words and their prefixes (about as many again) at once: no rehashing.
  const std::size_t lines = static_cast<std::size_t>(
      std::count(segmenter.storage_->begin(), segmenter.storage_->end(), '\n'));
  std::size_t slots = 1024;
  while (slots * 7 < lines * 2 * 10)
    slots *= 2;
  segmenter.slots_.assign(slots, Slot{});
  std::string_view rest(*segmenter.storage_);
  std::size_t line_number = 0;
  while (!rest.empty()) {
    ++line_number;
    const std::size_t newline = rest.find('\n');
    const std::string_view line = rest.substr(0, newline);
    rest = newline == std::string_view::npos ? std::string_view() : rest.substr(newline + 1);
    const auto fields = fields_of(line);
    if (fields.empty()) continue;
    if (fields.size() < 2 || fields.size() > 3) {
      throw DataFileError(path, line_number, "expected \"word frequency [tag]\"");
    }
    double frequency = 0;
    const char* last = fields[1].data() + fields[1].size();
    const auto [end, error] = std::from_chars(fields[1].data(), last, frequency);
    if (error != std::errc() || end != last || frequency < 0) {
      throw DataFileError(path, line_number,
                          "frequency is not a number: \"" + std::string(fields[1]) + "\"");
    }
    if (!is_valid_utf8(fields[0])) throw DataFileError(path, line_number, "invalid UTF-8");
    segmenter.add(fields[0], frequency,
                  fields.size() == 3 ? word_tag_of(fields[2]) : WordTag::kOther);
  }
  if (segmenter.words_ == 0) {
    throw DataFileError(path, line_number, "no words in the dictionary");
  }
  segmenter.log_total_ = std::log(segmenter.total_);
  return segmenter;
}

namespace {

std::uint32_t hash_of(std::string_view key) {
  std::uint64_t hash = 14695981039346656037ull;  // FNV-1a
  for (const char c : key) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  return static_cast<std::uint32_t>(hash ^ (hash >> 32));
}

}  // namespace

const WordSegmenter::Slot* WordSegmenter::find(std::string_view key) const {
  if (slots_.empty() || key.empty() || key.size() > 0xFFFF) return nullptr;
  const std::uint32_t hash = hash_of(key);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
    const Slot& slot = slots_[at];
    if (slot.length == 0) return nullptr;
    if (slot.hash == hash && slot.length == key.size() &&
        std::string_view(storage_->data() + slot.offset, slot.length) == key) {
      return &slot;
    }
  }
}

WordSegmenter::Slot& WordSegmenter::insert(std::string_view key) {
  if ((used_ + 1) * 10 > slots_.size() * 7) grow();
  const std::uint32_t hash = hash_of(key);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
    Slot& slot = slots_[at];
    if (slot.length == 0) {
      slot.offset = static_cast<std::uint32_t>(key.data() - storage_->data());
      slot.length = static_cast<std::uint16_t>(key.size());
      slot.hash = hash;
      ++used_;
      return slot;
    }
    if (slot.hash == hash && slot.length == key.size() &&
        std::string_view(storage_->data() + slot.offset, slot.length) == key) {
      return slot;
    }
  }
}

void WordSegmenter::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(std::max<std::size_t>(1024, old.size() * 2), Slot{});
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.length == 0) continue;
    std::size_t at = slot.hash & mask;
    while (slots_[at].length != 0)
      at = (at + 1) & mask;
    slots_[at] = slot;
  }
}

void WordSegmenter::add(std::string_view word, double frequency, WordTag tag) {
  if (word.size() > 0xFFFF) return;  // no word is that long; the key length is 16 bits
  Slot& slot = insert(word);
  if (!slot.is_word) ++words_;
  slot.is_word = true;
  slot.log_frequency = static_cast<float>(std::log(std::max(frequency, 1.0)));
  slot.tag = tag;
  total_ += frequency;
  // Every prefix, so that the cut can stop looking once no word starts so.
  for (std::size_t at = 0; at < word.size();) {
    at += decode_utf8(word, at).length;
    if (at < word.size()) insert(word.substr(0, at));
  }
}

std::vector<Word> WordSegmenter::segment(std::string_view text) const {
  // The characters' offsets; a run of characters that are not Han (digits, Latin, punctuation
  // in ASCII) is one unit, so "1954年" cuts as 1954 + 年.
  std::vector<std::size_t> starts;
  std::vector<bool> han;
  const auto ascii_alnum = [&](std::size_t at) {
    const auto c = static_cast<unsigned char>(text[at]);
    return c < 0x80 && std::isalnum(c);
  };
  for (std::size_t at = 0; at < text.size();) {
    std::size_t length = 0;
    const bool is_han_char = is_han(code_point_at(text, at, &length));
    if (!(at > 0 && ascii_alnum(at) && ascii_alnum(at - 1))) {
      starts.push_back(at);
      han.push_back(is_han_char);
    }
    at += length;
  }
  const std::size_t n = starts.size();
  starts.push_back(text.size());
  // best[i]: the largest log probability of a cut of units i..n, and where its first word ends.
  std::vector<double> best(n + 1, 0.0);
  std::vector<std::size_t> next(n + 1, n);
  std::vector<WordTag> tags(n + 1, WordTag::kUnknown);
  for (std::size_t i = n; i-- > 0;) {
    best[i] = -std::numeric_limits<double>::infinity();
    // A single unit is always a way to go on.
    {
      const Slot* found = find(text.substr(starts[i], starts[i + 1] - starts[i]));
      const bool word = found != nullptr && found->is_word;
      const double log_p = (word ? found->log_frequency : 0.0) - log_total_;
      best[i] = log_p + best[i + 1];
      next[i] = i + 1;
      tags[i] = word ? found->tag : WordTag::kUnknown;
    }
    if (!han[i]) continue;
    for (std::size_t j = i + 2; j <= n && han[j - 1]; ++j) {
      const Slot* found = find(text.substr(starts[i], starts[j] - starts[i]));
      if (found == nullptr) break;  // no word starts so
      if (!found->is_word) continue;
      const double score = found->log_frequency - log_total_ + best[j];
      if (score > best[i]) {
        best[i] = score;
        next[i] = j;
        tags[i] = found->tag;
      }
    }
  }
  std::vector<Word> words;
  for (std::size_t i = 0; i < n; i = next[i])
    words.push_back({starts[i], starts[next[i]], tags[i]});
  return words;
}

WordTag WordSegmenter::tag_of(std::string_view word) const {
  const Slot* found = find(word);
  return found != nullptr && found->is_word ? found->tag : WordTag::kUnknown;
}

bool WordSegmenter::knows(std::string_view word) const {
  const Slot* found = find(word);
  return found != nullptr && found->is_word;
}

}  // namespace coopgraph::extract
