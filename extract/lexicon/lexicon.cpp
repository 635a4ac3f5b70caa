#include "extract/lexicon/lexicon.h"

#include <algorithm>

#include "extract/data_files/tsv_table.h"
#include "extract/gazetteer/gazetteer.h"

namespace coopgraph::extract {
namespace {

bool is_word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '\'';
}

std::string cell_or_empty(const TsvRow& row, std::string_view column) {
  return row.has_column(column) ? row.at(column) : std::string();
}

std::vector<std::string> list_or_empty(const TsvRow& row, std::string_view column) {
  return row.has_column(column) ? row.list(column) : std::vector<std::string>();
}

// Which kind column a file has, and so which kinds its rows may name.
enum class KindColumn { kNone, kUnit, kQualifier, kQuantifier, kOrganisation, kEventLasting };

template <class Kind>
Kind parse_kind(const TsvRow& row, std::string_view column,
                std::optional<Kind> (*from_name)(std::string_view)) {
  const std::string& name = row.at(column);
  const auto kind = from_name(name);
  if (!kind) row.fail("unknown " + std::string(column) + " '" + name + "'");
  return *kind;
}

void read_kind(Concept& concept_, const TsvRow& row, KindColumn column) {
  switch (column) {
    case KindColumn::kNone:
      break;
    case KindColumn::kUnit:
      concept_.unit_kind = parse_kind(row, "unit_kind", unit_kind_from_name);
      break;
    case KindColumn::kQualifier:
      concept_.qualifier_kind = parse_kind(row, "kind", qualifier_kind_from_name);
      break;
    case KindColumn::kQuantifier:
      concept_.quantifier_kind = parse_kind(row, "kind", quantifier_kind_from_name);
      break;
    case KindColumn::kOrganisation:
      concept_.organisation_kind = parse_kind(row, "kind", organisation_kind_from_name);
      break;
    case KindColumn::kEventLasting:
      concept_.lasts = parse_kind(row, "lasts", event_lasting_from_name);
      break;
  }
}

std::vector<Concept> read_concepts(const std::filesystem::path& path,
                                   const std::vector<std::string>& required,
                                   KindColumn kind_column = KindColumn::kNone) {
  const TsvTable table = TsvTable::read(path, required);
  std::vector<Concept> concepts;
  for (const TsvRow& row : table.rows()) {
    Concept concept_;
    concept_.id = cell_or_empty(row, "id");
    concept_.label_en = cell_or_empty(row, "label_en");
    concept_.label_zh = cell_or_empty(row, "label_zh");
    concept_.name_en = cell_or_empty(row, "name_en");
    concept_.broader = cell_or_empty(row, "broader");
    read_kind(concept_, row, kind_column);
    concept_.definition_en = cell_or_empty(row, "definition_en");
    concept_.qudt = cell_or_empty(row, "qudt");
    concept_.count_unit = cell_or_empty(row, "count_unit");
    concept_.precedes_name = cell_or_empty(row, "precedes_name") == "yes";
    concept_.cues_en = list_or_empty(row, "cues_en");
    concept_.cues_zh = list_or_empty(row, "cues_zh");
    // Organisation cues are one cue per row.
    for (const auto& cue : list_or_empty(row, "cue_en"))
      concept_.cues_en.push_back(cue);
    for (const auto& cue : list_or_empty(row, "cue_zh"))
      concept_.cues_zh.push_back(cue);
    if (concept_.id.empty()) {
      const std::string kind(concept_.organisation_kind
                                 ? organisation_kind_name(*concept_.organisation_kind)
                                 : std::string_view());
      concept_.id = kind + ":" + (concept_.cues_en.empty() ? "" : concept_.cues_en.front());
    }
    concepts.push_back(std::move(concept_));
  }
  return concepts;
}

std::vector<Counter> read_counters(const std::filesystem::path& path) {
  const TsvTable table = TsvTable::read(path, {"counter", "unit"});
  std::vector<Counter> counters;
  for (const TsvRow& row : table.rows()) {
    if (row.at("counter").empty()) row.fail("empty counter");
    counters.push_back({row.at("counter"), row.at("unit")});
  }
  std::stable_sort(counters.begin(), counters.end(), [](const Counter& a, const Counter& b) {
    return a.word.size() > b.word.size();
  });
  return counters;
}

// Longest first, so that a caller trying them in order takes the longest that fits.
std::vector<std::string> longest_first(std::vector<std::string> words) {
  std::stable_sort(words.begin(), words.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  return words;
}

}  // namespace

ConceptScheme::ConceptScheme(std::vector<Concept> concepts) : concepts_(std::move(concepts)) {
  for (std::size_t i = 0; i < concepts_.size(); ++i) {
    for (const auto& cue : concepts_[i].cues_en)
      cues_en_.emplace_back(ascii_lower(cue), i);
    for (const auto& cue : concepts_[i].cues_zh)
      cues_zh_.emplace_back(cue, i);
  }
  auto longest_first = [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); };
  std::stable_sort(cues_en_.begin(), cues_en_.end(), longest_first);
  std::stable_sort(cues_zh_.begin(), cues_zh_.end(), longest_first);
  auto cue_words = [](const auto& cues) {
    std::vector<std::string> words;
    for (const auto& [cue, index] : cues)
      words.push_back(cue);
    return words;
  };
  index_en_ = CueIndex(cue_words(cues_en_));
  index_zh_ = CueIndex(cue_words(cues_zh_));
}

const Concept* ConceptScheme::find(std::string_view id) const {
  for (const Concept& concept_ : concepts_) {
    if (concept_.id == id) return &concept_;
  }
  return nullptr;
}

const Concept* ConceptScheme::first_of_kind(UnitKind kind) const {
  for (const Concept& concept_ : concepts_) {
    if (concept_.unit_kind == kind) return &concept_;
  }
  return nullptr;
}

std::vector<CueMatch> ConceptScheme::find_cues(std::string_view text, bool chinese) const {
  const std::string lowered = chinese ? std::string() : ascii_lower(text);
  const std::string_view haystack = chinese ? text : std::string_view(lowered);
  const auto& cues = chinese ? cues_zh_ : cues_en_;
  std::vector<bool> taken(haystack.size(), false);
  std::vector<CueMatch> matches;
  // Longest cue first, each left to right, so that a longer cue wins where cues overlap.
  for (const CueOccurrence& occurrence : (chinese ? index_zh_ : index_en_).occurrences(haystack)) {
    const auto& [cue, index] = cues[occurrence.cue];
    const std::size_t at = occurrence.at;
    const std::size_t end = at + cue.size();
    if (!chinese && ((at > 0 && is_word_char(haystack[at - 1])) ||
                     (end < haystack.size() && is_word_char(haystack[end])))) {
      continue;
    }
    if (std::any_of(taken.begin() + static_cast<std::ptrdiff_t>(at),
                    taken.begin() + static_cast<std::ptrdiff_t>(end), [](bool t) { return t; })) {
      continue;
    }
    std::fill(taken.begin() + static_cast<std::ptrdiff_t>(at),
              taken.begin() + static_cast<std::ptrdiff_t>(end), true);
    matches.push_back({&concepts_[index], at, end});
  }
  std::sort(matches.begin(), matches.end(),
            [](const CueMatch& a, const CueMatch& b) { return a.begin < b.begin; });
  return matches;
}

Lexicon Lexicon::load(const std::filesystem::path& folder) {
  return Lexicon{
      ConceptScheme(read_concepts(folder / "trades.tsv", {"id", "label_en", "label_zh"})),
      ConceptScheme(read_concepts(folder / "measures.tsv",
                                  {"id", "label_en", "label_zh", "unit_kind"}, KindColumn::kUnit)),
      ConceptScheme(read_concepts(folder / "units.tsv", {"id", "label_en", "label_zh", "unit_kind"},
                                  KindColumn::kUnit)),
      ConceptScheme(read_concepts(folder / "event_kinds.tsv",
                                  {"id", "label_en", "label_zh", "lasts"},
                                  KindColumn::kEventLasting)),
      ConceptScheme(
          read_concepts(folder / "organisation_cues.tsv", {"kind"}, KindColumn::kOrganisation)),
      ConceptScheme(read_concepts(folder / "roles.tsv", {"id", "label_en", "label_zh"})),
      ConceptScheme(
          read_concepts(folder / "change_and_status.tsv", {"kind"}, KindColumn::kQualifier)),
      read_word_list(folder / "zh_non_numbers.txt"),
      read_counters(folder / "counters.tsv"),
      longest_first(read_word_list(folder / "zh_phrase_breaks.txt")),
      longest_first(read_word_list(folder / "zh_one_as_count.txt")),
      longest_first(read_word_list(folder / "zh_number_links.txt")),
      longest_first(read_word_list(folder / "en_phrase_breaks.txt")),
      ConceptScheme(read_concepts(folder / "rate_denominators.tsv", {"id", "cues_en", "cues_zh"})),
      ConceptScheme(read_concepts(folder / "quantifiers.tsv", {"kind"}, KindColumn::kQuantifier)),
  };
}

}  // namespace coopgraph::extract
