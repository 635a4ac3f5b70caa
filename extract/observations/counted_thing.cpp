#include "extract/observations/counted_thing.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

#include "extract/text/han.h"

namespace coopgraph::extract {
namespace {

// At most this many dictionary words make one counted noun (炼铁|工人, 双轮|双铧|犁).
constexpr std::size_t kMaxNounWords = 4;
constexpr std::size_t kMaxEnglishWords = 4;
// How far after an English number its rate may start ("3 jin of millet per person"), in
// characters.
constexpr std::size_t kEnglishRateReach = 40;
constexpr std::size_t kHanBytes = 3;

// A Han character of three bytes at `at`: the scans below step through Chinese words three
// bytes at a time (the rare Han characters of four bytes end a noun).
bool han_at(std::string_view text, std::size_t at) {
  const Utf8Char c = decode_utf8(text, at);
  return c.valid && c.length == kHanBytes && is_han(c.value);
}

bool starts_with_any(std::string_view text, const std::vector<std::string>& words) {
  return std::any_of(words.begin(), words.end(),
                     [&](const std::string& word) { return text.starts_with(word); });
}

// A word that starts or ends with a numeral is part of another number (百分之二十, 七届二中全会).
bool has_numeral_edge(std::string_view word) {
  static constexpr std::string_view kNumerals = "一二三四五六七八九十百千万亿两";
  if (word.size() < kHanBytes) return false;
  const std::string_view first = word.substr(0, kHanBytes);
  const std::string_view last = word.substr(word.size() - kHanBytes);
  for (std::size_t i = 0; i < kNumerals.size(); i += kHanBytes) {
    const std::string_view numeral = kNumerals.substr(i, kHanBytes);
    if (first == numeral || last == numeral) return true;
  }
  return false;
}

// Homophones (市 and 式 are both "shi") must not share an IRI: a short hash of the Chinese
// words follows their pinyin.
std::string words_hash(std::string_view words) {
  std::uint32_t hash = 2166136261u;
  for (unsigned char byte : words) {
    hash ^= byte;
    hash *= 16777619u;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  for (int shift = 20; shift >= 0; shift -= 4)
    hex += kHex[(hash >> shift) & 0xF];
  return hex;
}

struct Word {
  std::string_view text;
  const WordGloss* gloss = nullptr;
  bool verb() const { return gloss != nullptr && gloss->verb_first(); }
};

// The longest dictionary word at `at` (a single character when the dictionary has none).
Word word_at(std::string_view text, std::size_t at, const WordGlosses& glosses) {
  const std::size_t longest = std::min(glosses.longest_word_bytes(), kHanBytes * 4);
  for (std::size_t bytes = longest - longest % kHanBytes; bytes > kHanBytes; bytes -= kHanBytes) {
    if (at + bytes > text.size()) continue;
    bool all_han = true;
    for (std::size_t i = at; i < at + bytes; i += kHanBytes)
      all_han = all_han && han_at(text, i);
    if (!all_han) continue;
    if (const WordGloss* gloss = glosses.find(text.substr(at, bytes))) {
      return {text.substr(at, bytes), gloss};
    }
  }
  return {text.substr(at, kHanBytes), glosses.find(text.substr(at, kHanBytes))};
}

std::string english_of(const Word& word) {
  if (word.gloss == nullptr) return {};
  if (!word.verb()) return word.gloss->noun_sense();
  std::string sense = word.gloss->senses.front().substr(3);  // "to smelt iron": a modifier
  const std::size_t cut = sense.find_first_of(";,(");
  if (cut != std::string::npos) sense.resize(cut);
  while (!sense.empty() && sense.back() == ' ')
    sense.pop_back();
  return sense;
}

std::string slug(std::string_view words) {
  std::string out;
  for (char c : words) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte)) {
      out += static_cast<char>(std::tolower(byte));
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-')
    out.pop_back();
  return out;
}

// Labels and identity of what the words (in text order) name; returns where they end.
std::size_t name_thing(CountedThing& thing, const std::vector<Word>& words, std::string_view text,
                       const PinyinTransliterator& pinyin) {
  std::string english;
  for (const Word& word : words) {
    const std::string part = english_of(word);
    if (part.empty()) continue;  // a sense that only notes a use: no word of the gloss
    if (!english.empty()) english += ' ';
    english += part;
  }
  const std::size_t begin = words.front().text.data() - text.data();
  const std::size_t end = words.back().text.data() + words.back().text.size() - text.data();
  thing.label_zh = std::string(text.substr(begin, end - begin));
  thing.pinyin = pinyin.with_tones(thing.label_zh);
  thing.label_en = english.empty() ? thing.pinyin : english;
  thing.id = std::string(open_measure_kind_name(thing.kind)) + "-" +
             slug(pinyin.compact(thing.label_zh)) + "-" + words_hash(thing.label_zh);
  return end;
}

// A number with a unit measures a quantity of what follows the unit; a bare number counts
// what follows it. Sets the kind and returns where the noun starts.
std::size_t where_the_noun_starts(CountedThing& thing, std::string_view text, std::size_t at,
                                  std::size_t unit_end) {
  if (unit_end != std::string_view::npos && unit_end >= at && unit_end <= text.size()) {
    thing.kind = OpenMeasureKind::kQuantity;
    return unit_end;
  }
  thing.kind = OpenMeasureKind::kCount;
  return at;
}

}  // namespace

std::optional<CountedThing> chinese_counted_thing(std::string_view text, std::size_t number_begin,
                                                  std::size_t at, std::size_t unit_end,
                                                  const Lexicon& lexicon,
                                                  const WordGlosses& glosses,
                                                  const PinyinTransliterator& pinyin) {
  if (glosses.size() == 0 || at > text.size()) return std::nullopt;
  CountedThing thing;
  std::size_t pos = where_the_noun_starts(thing, text, at, unit_end);
  std::string_view counter_word;
  if (thing.kind == OpenMeasureKind::kCount) {
    for (const Counter& counter : lexicon.counters) {
      if (counter.unit == "ordinal") continue;
      if (text.substr(pos).starts_with(counter.word)) {
        counter_word = text.substr(pos, counter.word.size());
        pos += counter.word.size();
        thing.unit = counter.unit;
        break;
      }
    }
  }
  std::vector<Word> words;
  bool noun_seen = false;
  while (words.size() < kMaxNounWords && han_at(text, pos) &&
         !starts_with_any(text.substr(pos), lexicon.chinese_phrase_breaks)) {
    const Word word = word_at(text, pos, glosses);
    // A character the dictionary lacks, or another counter (三个个个…), is no part of a noun
    // the dictionary can name: nothing is invented for it.
    const bool counter = std::any_of(lexicon.counters.begin(), lexicon.counters.end(),
                                     [&](const Counter& c) { return word.text == c.word; });
    if (word.gloss == nullptr || counter) break;
    // A verb after the noun is what the noun does (工人参加): the noun ends before it.
    if (noun_seen && word.verb()) break;
    noun_seen = noun_seen || !word.verb();
    words.push_back(word);
    pos += word.text.size();
  }
  while (!words.empty() && words.back().verb())
    words.pop_back();
  // 三百户: a counter that says its unit is itself what is counted (households), unless a
  // noun before the number names it (畚箕一万双).
  if (words.empty() && !counter_word.empty()) {
    if (auto before =
            chinese_noun_before(text, number_begin, thing.kind, lexicon, glosses, pinyin)) {
      before->unit = thing.unit;
      before->end = pos;
      return before;
    }
    const WordGloss* gloss = glosses.find(counter_word);
    if (gloss != nullptr && !thing.unit.empty()) words.push_back({counter_word, gloss});
  }
  if (words.empty()) return std::nullopt;
  thing.end = name_thing(thing, words, text, pinyin);
  return thing;
}

std::optional<CountedThing> chinese_noun_before(std::string_view text, std::size_t number_begin,
                                                OpenMeasureKind kind, const Lexicon& lexicon,
                                                const WordGlosses& glosses,
                                                const PinyinTransliterator& pinyin) {
  if (glosses.size() == 0 || number_begin > text.size()) return std::nullopt;
  std::size_t pos = number_begin;
  for (int links = 0; links < 2; ++links) {
    const std::string_view before = text.substr(0, pos);
    for (const std::string& link : lexicon.chinese_number_links) {
      if (before.ends_with(link)) {
        pos -= link.size();
        break;
      }
    }
  }
  std::vector<Word> words;  // last first
  while (words.size() < kMaxNounWords && pos >= kHanBytes && han_at(text, pos - kHanBytes)) {
    Word word;
    const std::size_t longest = std::min(glosses.longest_word_bytes(), kHanBytes * 4);
    for (std::size_t bytes = std::min(longest - longest % kHanBytes, pos); bytes >= kHanBytes;
         bytes -= kHanBytes) {
      bool all_han = true;
      for (std::size_t i = pos - bytes; i < pos; i += kHanBytes)
        all_han = all_han && han_at(text, i);
      if (!all_han) continue;
      if (const WordGloss* gloss = glosses.find(text.substr(pos - bytes, bytes))) {
        word = {text.substr(pos - bytes, bytes), gloss};
        break;
      }
    }
    if (word.gloss == nullptr || word.verb() || has_numeral_edge(word.text)) break;
    const bool stop =
        std::any_of(lexicon.chinese_phrase_breaks.begin(), lexicon.chinese_phrase_breaks.end(),
                    [&](const std::string& w) { return word.text == w; });
    const bool counter = std::any_of(lexicon.counters.begin(), lexicon.counters.end(),
                                     [&](const Counter& c) { return word.text == c.word; });
    if (stop || counter) break;
    words.push_back(word);
    pos -= word.text.size();
  }
  if (words.empty()) return std::nullopt;
  std::reverse(words.begin(), words.end());
  CountedThing thing;
  thing.kind = kind;
  name_thing(thing, words, text, pinyin);
  thing.end = number_begin;
  return thing;
}

std::optional<CountedThing> english_counted_thing(std::string_view text, std::size_t at,
                                                  std::size_t unit_end, const Lexicon& lexicon) {
  CountedThing thing;
  std::size_t pos = where_the_noun_starts(thing, text, at, unit_end);
  if (thing.kind == OpenMeasureKind::kQuantity && text.substr(pos).starts_with(" of ")) pos += 3;
  std::vector<std::string_view> words;
  std::size_t end = pos;
  while (words.size() < kMaxEnglishWords) {
    while (pos < text.size() && text[pos] == ' ')
      ++pos;
    std::size_t word_end = pos;
    while (word_end < text.size() &&
           (std::isalpha(static_cast<unsigned char>(text[word_end])) || text[word_end] == '-')) {
      ++word_end;
    }
    if (word_end == pos) break;
    const std::string_view word = text.substr(pos, word_end - pos);
    std::string lower(word);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (std::find(lexicon.english_phrase_breaks.begin(), lexicon.english_phrase_breaks.end(),
                  lower) != lexicon.english_phrase_breaks.end()) {
      break;
    }
    // A capitalised word names something (a place, a month): not what is counted.
    if (std::isupper(static_cast<unsigned char>(word.front()))) break;
    words.push_back(word);
    end = word_end;
    pos = word_end;
  }
  if (words.empty()) return std::nullopt;
  const std::size_t begin = words.front().data() - text.data();
  thing.end = end;
  thing.label_en = std::string(text.substr(begin, end - begin));
  thing.id = std::string(open_measure_kind_name(thing.kind)) + "-" + slug(thing.label_en);
  return thing;
}

bool is_chinese_ordinal(std::string_view text, std::size_t number_end, const Lexicon& lexicon) {
  const std::string_view after = text.substr(std::min(number_end, text.size()));
  return std::any_of(lexicon.counters.begin(), lexicon.counters.end(), [&](const Counter& c) {
    return c.unit == "ordinal" && after.starts_with(c.word);
  });
}

bool is_chinese_determiner(std::string_view text, std::size_t number_begin, std::size_t number_end,
                           const Lexicon& lexicon) {
  if (text.substr(number_begin, number_end - number_begin) != "一") return false;
  const std::string_view after = text.substr(number_end);
  const bool counter = std::any_of(lexicon.counters.begin(), lexicon.counters.end(),
                                   [&](const Counter& c) { return after.starts_with(c.word); });
  if (!counter) return false;
  const std::string_view before = text.substr(0, number_begin);
  return !std::any_of(lexicon.chinese_one_as_count.begin(), lexicon.chinese_one_as_count.end(),
                      [&](const std::string& word) { return before.ends_with(word); });
}

std::vector<std::string> rate_denominators(std::string_view text, std::size_t number_begin,
                                           std::size_t after, bool chinese,
                                           const ConceptScheme& denominators) {
  std::vector<std::string> units;
  const std::vector<CueMatch> cues = denominators.find_cues(text, chinese);
  if (chinese) {
    // 每人每日三斤: cues that run, one after another (平均 between allowed), up to the number.
    std::size_t reach = number_begin;
    std::vector<std::string> backwards;
    for (auto cue = cues.rbegin(); cue != cues.rend(); ++cue) {
      if (cue->end > reach) continue;
      std::string_view gap = text.substr(cue->end, reach - cue->end);
      if (gap.starts_with("平均")) gap.remove_prefix(std::string_view("平均").size());
      if (!gap.empty() && gap != "的") break;
      backwards.push_back(cue->concept_->id);
      reach = cue->begin;
    }
    units.assign(backwards.rbegin(), backwards.rend());
    return units;
  }
  // "3 jin of millet per person per day": the first cue after the number in its clause
  // (past the unit and what it weighs), then cues one after another.
  std::size_t reach = std::string_view::npos;
  for (const CueMatch& cue : cues) {
    if (cue.begin < after) continue;
    if (reach == std::string_view::npos) {
      const std::string_view gap = text.substr(after, cue.begin - after);
      if (char_count(gap) > kEnglishRateReach || gap.find_first_of(",;:") != std::string_view::npos)
        break;
    } else if (text.substr(reach, cue.begin - reach).find_first_not_of(' ') !=
               std::string_view::npos) {
      break;
    }
    units.push_back(cue.concept_->id);
    reach = cue.end;
  }
  return units;
}

}  // namespace coopgraph::extract
