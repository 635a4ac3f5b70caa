#include "extract/entities/person_names.h"

#include <algorithm>
#include <array>

#include "extract/data_files/tsv_table.h"
#include "extract/text/han.h"

namespace coopgraph::extract {
namespace {

// Characters that end a given name or cannot be one: function words, numerals, 们.
constexpr std::string_view kNotGiven =
    "的了在和与及等说是为把被向对从到也都就还又已将曾并同于们这那个一二三四五六七八九十百千万两几各"
    "每该本全某"
    "应要能会可需比";

bool is_not_given(std::string_view character) {
  return kNotGiven.find(character) != std::string_view::npos;
}

// Per byte offset: the end of the word that starts there, or 0 if none starts there.
class WordMap {
 public:
  WordMap(std::size_t size, const std::vector<Word>& words) : ends_(size + 1, 0), tags_(size + 1) {
    for (const Word& word : words) {
      ends_[word.begin] = word.end;
      tags_[word.begin] = word.tag;
    }
    ends_[size] = size;  // the end of the text is a boundary
  }
  bool boundary(std::size_t offset) const { return offset < ends_.size() && ends_[offset] != 0; }
  std::size_t word_end(std::size_t offset) const { return ends_[offset]; }
  WordTag tag(std::size_t offset) const { return tags_[offset]; }

 private:
  std::vector<std::size_t> ends_;
  std::vector<WordTag> tags_;
};

class NameReader {
 public:
  NameReader(std::string_view text, const std::vector<Word>& words, const PersonNameData& data)
      : text_(text), map_(text.size(), words), data_(data) {}

  // The end of a name that starts at begin, or 0.
  std::size_t name_at(std::size_t begin, bool full_name_only) const {
    if (!map_.boundary(begin)) return 0;
    std::size_t surname = 0;
    for (const std::string& candidate : data_.surnames) {
      if (candidate.size() > surname && text_.substr(begin).starts_with(candidate))
        surname = candidate.size();
    }
    if (surname == 0) return 0;
    const std::size_t first_word_end = map_.word_end(begin);
    // A word that starts with the surname and is no name (代表, 干部, 高兴) is that word.
    if (first_word_end > begin + surname && map_.tag(begin) != WordTag::kPerson) return 0;
    std::size_t end = begin + surname;
    std::size_t given = 0;
    while (given < 2 && end < text_.size()) {
      std::size_t length = 0;
      if (!is_han(code_point_at(text_, end, &length))) break;
      if (is_not_given(text_.substr(end, length))) break;
      // The second given character may not start a word that runs past the name.
      if (given == 1 && map_.boundary(end) && map_.word_end(end) > end + length) break;
      end += length;
      ++given;
    }
    if (given == 0 || (full_name_only && given < 2)) return 0;
    // A word running from inside the name past its end: the name is cut in a wrong place.
    if (!map_.boundary(end)) return 0;
    if (!plausible_follower(end)) return 0;
    return end;
  }

  // What follows a name: punctuation, the end, or a word the dictionary knows that is not a
  // name itself (a run of unknown characters would be a longer name cut short).
  bool plausible_follower(std::size_t end) const {
    if (end >= text_.size()) return true;
    std::size_t length = 0;
    if (!is_han(code_point_at(text_, end, &length))) return true;
    const WordTag tag = map_.tag(end);
    if (tag == WordTag::kUnknown || tag == WordTag::kPerson) return false;
    // Another surname right after (张张张...): a run of names or no name, never a name.
    if (map_.word_end(end) == end + length) {
      const std::string_view next = text_.substr(end, length);
      if (!is_not_given(next) &&
          std::find(data_.surnames.begin(), data_.surnames.end(), next) != data_.surnames.end())
        return false;
    }
    return true;
  }

  // What precedes a name read back from a word after it: not another surname (张张张说).
  bool plausible_leader(std::size_t begin) const {
    if (begin == 0) return true;
    const std::size_t previous = previous_char(text_, begin);
    if (map_.word_end(previous) != begin) return true;  // ends a longer word
    const std::string_view character = text_.substr(previous, begin - previous);
    return is_not_given(character) || std::find(data_.surnames.begin(), data_.surnames.end(),
                                                character) == data_.surnames.end();
  }

  std::string_view text() const { return text_; }
  bool boundary(std::size_t offset) const { return map_.boundary(offset); }

 private:
  std::string_view text_;
  WordMap map_;
  const PersonNameData& data_;
};

void add(std::vector<NameSpan>& names, NameSpan name) {
  for (const NameSpan& known : names) {
    if (known.begin < name.end && name.begin < known.end) return;
  }
  names.push_back(name);
}

// Names from begin on: one, then more while 、 joins another.
void read_list(const NameReader& reader, std::size_t begin, bool full_name_only,
               std::vector<NameSpan>& names) {
  constexpr std::string_view kComma = "、";
  for (std::size_t at = begin;;) {
    const std::size_t end = reader.name_at(at, full_name_only);
    if (end == 0) return;
    add(names, {at, end});
    if (!reader.text().substr(end).starts_with(kComma)) return;
    at = end + kComma.size();
  }
}

std::size_t skip_blanks(std::string_view text, std::size_t at) {
  for (;;) {
    if (at < text.size() && text[at] == ' ') {
      ++at;
    } else if (text.substr(at).starts_with("\u3000")) {
      at += 3;
    } else {
      return at;
    }
  }
}

}  // namespace

std::vector<PersonCue> PersonNameData::load_cues(const std::filesystem::path& path) {
  const TsvTable table = TsvTable::read(path, {"cue_zh", "side", "full_name_only"});
  std::vector<PersonCue> cues;
  for (const TsvRow& row : table.rows()) {
    PersonCue cue;
    cue.text = row.at("cue_zh");
    if (cue.text.empty()) row.fail("empty cue_zh");
    const std::string& side = row.at("side");
    if (side == "before") {
      cue.side = CueSide::kBefore;
    } else if (side == "after") {
      cue.side = CueSide::kAfter;
    } else {
      row.fail("side must be before or after, not \"" + side + "\"");
    }
    const std::string& full = row.at("full_name_only");
    if (full != "yes" && full != "no" && !full.empty()) row.fail("full_name_only: yes or no");
    cue.needs_full_name = full == "yes";
    cues.push_back(std::move(cue));
  }
  return cues;
}

std::vector<NameSpan> find_person_names(std::string_view text, const std::vector<Word>& words,
                                        const PersonNameData& data,
                                        const std::vector<std::string>& extra_before_cues) {
  const NameReader reader(text, words, data);
  std::vector<NameSpan> names;
  const auto before = [&](std::string_view cue, bool full_name_only) {
    for (std::size_t at = text.find(cue); at != std::string_view::npos;
         at = text.find(cue, at + 1)) {
      const std::size_t end = at + cue.size();
      // The cue is a word of its own or ends one (理事会主任, 本报记者).
      if (!reader.boundary(end) && skip_blanks(text, end) == end) continue;
      read_list(reader, skip_blanks(text, end), full_name_only, names);
    }
  };
  for (const PersonCue& cue : data.cues) {
    if (cue.side == CueSide::kBefore) {
      before(cue.text, cue.needs_full_name);
      continue;
    }
    for (std::size_t at = text.find(cue.text); at != std::string_view::npos;
         at = text.find(cue.text, at + 1)) {
      if (!reader.boundary(at)) continue;
      // The name ends at the cue: try the longest first (surname + two characters).
      for (std::size_t back = 4; back-- > 2;) {
        std::size_t begin = at;
        for (std::size_t step = 0; step < back && begin > 0; ++step)
          begin = previous_char(text, begin);
        if (reader.name_at(begin, cue.needs_full_name) == at && reader.plausible_leader(begin)) {
          add(names, {begin, at});
          break;
        }
      }
    }
  }
  for (const std::string& cue : extra_before_cues)
    before(cue, false);
  // A line that is a name and nothing else: a byline.
  const std::size_t first = skip_blanks(text, 0);
  if (const std::size_t end = reader.name_at(first, false); end != 0 && end == text.size()) {
    add(names, {first, end});
  }
  std::sort(names.begin(), names.end(),
            [](const NameSpan& a, const NameSpan& b) { return a.begin < b.begin; });
  return names;
}

}  // namespace coopgraph::extract
