// The controlled vocabularies that extraction reads from extract/data/cues/: trades,
// measures, units, event kinds, organisation cues and roles, each with the cue words that
// signal it in English and in Chinese. Historians extend these files, not the code.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/lexicon/concept_kinds.h"
#include "extract/lexicon/cue_index.h"

namespace coopgraph::extract {

struct Concept {
  std::string id;
  std::string label_en;
  std::string label_zh;
  std::string broader;
  // Each scheme's kind column, read when its file loads (concept_kinds.h).
  UnitKind unit_kind = UnitKind::kNone;               // measures and units
  std::optional<QualifierKind> qualifier_kind;        // change and status cues
  std::optional<QuantifierKind> quantifier_kind;      // quantifiers
  std::optional<OrganisationKind> organisation_kind;  // organisation cues
  EventLasting lasts = EventLasting::kOccasion;       // event kinds
  std::string definition_en;
  std::string qudt;            // units: the QUDT unit it matches, if any
  std::string count_unit;      // count measures: the unit of what is counted
  bool precedes_name = false;  // roles: a title written right before a person's name
  std::vector<std::string> cues_en;
  std::vector<std::string> cues_zh;
  std::string name_en;  // trades: the words of a cooperative's name, when not the label's
};

// A cue found in text: which concept, where, and how long the cue is.
struct CueMatch {
  const Concept* concept_ = nullptr;
  std::size_t begin = 0;
  std::size_t end = 0;
};

class ConceptScheme {
 public:
  explicit ConceptScheme(std::vector<Concept> concepts);
  const std::vector<Concept>& concepts() const { return concepts_; }
  const Concept* find(std::string_view id) const;
  // The first concept of a unit kind, in the file's order (the units' money, their percent).
  const Concept* first_of_kind(UnitKind kind) const;
  // Every cue occurrence in text, longest cue first where they overlap; English cues match
  // whole words, ignoring case.
  std::vector<CueMatch> find_cues(std::string_view text, bool chinese) const;

 private:
  std::vector<Concept> concepts_;
  // (cue, concept index), longest cue first.
  std::vector<std::pair<std::string, std::size_t>> cues_en_;
  std::vector<std::pair<std::string, std::size_t>> cues_zh_;
  // The same cues, in the same order, to find them all in one pass over a text.
  CueIndex index_en_;
  CueIndex index_zh_;
};

// A counter (量词) between a Chinese number and what it counts: 个, 名 (persons), 户.
struct Counter {
  std::string word;
  std::string unit;  // a unit id when the counter says what the unit is, else empty
};

struct Lexicon {
  ConceptScheme trades;
  ConceptScheme measures;
  ConceptScheme units;
  ConceptScheme event_kinds;
  ConceptScheme organisation_cues;
  ConceptScheme roles;
  ConceptScheme qualifiers;  // change and status cues: increase, decrease, from, to, plan, estimate
  std::vector<std::string> chinese_non_numbers;
  std::vector<Counter> counters;                   // longest first
  std::vector<std::string> chinese_phrase_breaks;  // words that end a counted noun
  std::vector<std::string> chinese_one_as_count;   // 买了 before 一部: a count, not "a"
  std::vector<std::string> chinese_number_links;   // 有 in 犁有一百九十二部
  std::vector<std::string> english_phrase_breaks;  // "in", "were": end a counted noun
  ConceptScheme rate_denominators;                 // 每人, "per day": id is the unit
  ConceptScheme quantifiers;  // "each" (每, 各) against "in all" (共): kind each or in-all

  // Throws DataFileError naming the file and line.
  static Lexicon load(const std::filesystem::path& cues_folder);
};

}  // namespace coopgraph::extract
