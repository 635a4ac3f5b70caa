// The kinds that the vocabularies in extract/data/cues/ give their concepts, as types: a
// file's kind column is read into one of these when the file loads, and a kind the code does
// not know is an error naming the file and line. Code compares these, never a row's text, so
// renaming a kind in a file cannot change behaviour silently.
#pragma once

#include <optional>
#include <string_view>

namespace coopgraph::extract {

// What a measure's values are (measures.tsv unit_kind), and what a unit measures
// (units.tsv unit_kind: money, percent, duration, distance, area, weight; item for a counter
// that says only that things were counted, not what (件); nothing for a counter that names
// what it counts (人, 户)). Code asks a unit its kind, never its id, so that renaming a
// unit's row cannot change what a figure is read as.
enum class UnitKind {
  kNone,
  kCount,
  kItem,
  kMoney,
  kPercent,
  kRatio,
  kDuration,
  kDistance,
  kArea,
  kWeight
};

// What a change or status cue says of a number (change_and_status.tsv kind).
enum class QualifierKind { kIncrease, kDecrease, kFrom, kTo, kPlan, kEstimate };

// Whether a number holds for each one or for all together (quantifiers.tsv kind).
enum class QuantifierKind { kEach, kInAll };

// What kind of body an organisation cue names (organisation_cues.tsv kind).
enum class OrganisationKind {
  kAssociation,
  kBureau,
  kCommittee,
  kCommunicationGroup,
  kFederation,
  kGovernment,
  kGovernmentSection,
  kLeadershipDepartment,
  kLeague,
  kNationalBody,
  kNewsAgency,
  kNewspaper,
  kOffice,
  kParty,
  kPeoplesCouncil,
  kRegionalNewspaper,
  kReporterStation,
  kSupplyMarketing,
  kUnion,
};

// How long an event of a kind lasts (event_kinds.tsv lasts): a campaign runs for months and
// is one event per place; an occasion happens on a day or in a span.
enum class EventLasting { kOccasion, kCampaign };

// As the files write them; nothing for a name that is no kind.
std::optional<UnitKind> unit_kind_from_name(std::string_view name);
std::optional<QualifierKind> qualifier_kind_from_name(std::string_view name);
std::optional<QuantifierKind> quantifier_kind_from_name(std::string_view name);
std::optional<OrganisationKind> organisation_kind_from_name(std::string_view name);
std::optional<EventLasting> event_lasting_from_name(std::string_view name);

std::string_view unit_kind_name(UnitKind kind);
std::string_view qualifier_kind_name(QualifierKind kind);
std::string_view quantifier_kind_name(QuantifierKind kind);
// Also what the graph states as an organisation's kind.
std::string_view organisation_kind_name(OrganisationKind kind);
std::string_view event_lasting_name(EventLasting lasting);

// Organisations of these kinds are one body for the whole country (a news agency, the
// All-China Federation of Cooperatives); other kinds exist in every place and need a place to
// be one.
bool is_national(OrganisationKind kind);

}  // namespace coopgraph::extract
