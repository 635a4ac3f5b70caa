// The gazetteer: China's administrative units of 1949-1957 with Chinese and English
// names, pinyin, the dates each existed, and where each lay when (data files in
// extract/data/gazetteer/). Answers "which units can this name mean on this date" and
// "what did this unit lie in on this date". It does not find names in text.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/article/calendar_date.h"
#include "extract/gazetteer/name_lengths.h"
#include "extract/gazetteer/place_level.h"

namespace coopgraph::extract {

struct GazetteerPlace {
  std::string id;
  std::string type;  // as in the data file
  PlaceLevel level = PlaceLevel::kCounty;
  std::string name_zh;
  std::string short_zh;
  std::string name_en;
  std::string pinyin;
  std::vector<std::string> alt_names;
  std::optional<CalendarDate> valid_from;
  std::optional<CalendarDate> valid_to;

  bool exists_on(CalendarDate date) const;
};

struct GazetteerLink {
  std::string child;
  std::string parent;
  std::optional<CalendarDate> valid_from;
  std::optional<CalendarDate> valid_to;
};

class Gazetteer {
 public:
  // Reads places.tsv and place_parents.tsv from folder; throws DataFileError.
  static Gazetteer load(const std::filesystem::path& folder);
  static Gazetteer from_records(std::vector<GazetteerPlace> places,
                                std::vector<GazetteerLink> links);

  const GazetteerPlace* find(std::string_view id) const;
  // Units whose Chinese name or short name is exactly name.
  std::vector<const GazetteerPlace*> by_chinese_name(std::string_view name) const;
  // Units whose English name or an alternative name is name, ignoring case.
  std::vector<const GazetteerPlace*> by_english_name(std::string_view name) const;
  // The unit id lay directly in on date, if the gazetteer says.
  const GazetteerPlace* parent_on(std::string_view id, CalendarDate date) const;
  // Its parent, the parent's parent, and so on (bounded, in case the data has a cycle).
  std::vector<const GazetteerPlace*> ancestors_on(std::string_view id, CalendarDate date) const;
  // The longest Chinese name in the gazetteer, in bytes: how far a scanner must look ahead.
  std::size_t longest_chinese_name() const { return longest_chinese_name_; }
  // The byte lengths of the Chinese names that can start text, longest first (see
  // NameLengths): by_chinese_name finds nothing in a prefix of text of any other length.
  std::span<const std::size_t> chinese_name_lengths_at(std::string_view text) const {
    return chinese_name_lengths_.at(text);
  }
  std::size_t size() const { return places_.size(); }

 private:
  std::vector<GazetteerPlace> places_;
  std::map<std::string, std::size_t, std::less<>> by_id_;
  std::multimap<std::string, std::size_t, std::less<>> by_chinese_;
  NameLengths chinese_name_lengths_;
  std::multimap<std::string, std::size_t, std::less<>> by_english_;
  std::multimap<std::string, GazetteerLink, std::less<>> links_;
  std::size_t longest_chinese_name_ = 0;
};

std::string ascii_lower(std::string_view text);

}  // namespace coopgraph::extract
