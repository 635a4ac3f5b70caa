#include "extract/lexicon/concept_kinds.h"

#include <array>
#include <utility>

namespace coopgraph::extract {
namespace {

template <class Kind, std::size_t N>
using Names = std::array<std::pair<Kind, std::string_view>, N>;

constexpr Names<UnitKind, 10> kUnitKinds{{
    {UnitKind::kNone, ""},
    {UnitKind::kCount, "count"},
    {UnitKind::kItem, "item"},
    {UnitKind::kMoney, "money"},
    {UnitKind::kPercent, "percent"},
    {UnitKind::kRatio, "ratio"},
    {UnitKind::kDuration, "duration"},
    {UnitKind::kDistance, "distance"},
    {UnitKind::kArea, "area"},
    {UnitKind::kWeight, "weight"},
}};

constexpr Names<QualifierKind, 6> kQualifierKinds{{
    {QualifierKind::kIncrease, "increase"},
    {QualifierKind::kDecrease, "decrease"},
    {QualifierKind::kFrom, "from"},
    {QualifierKind::kTo, "to"},
    {QualifierKind::kPlan, "plan"},
    {QualifierKind::kEstimate, "estimate"},
}};

constexpr Names<QuantifierKind, 2> kQuantifierKinds{{
    {QuantifierKind::kEach, "each"},
    {QuantifierKind::kInAll, "in-all"},
}};

constexpr Names<OrganisationKind, 19> kOrganisationKinds{{
    {OrganisationKind::kAssociation, "association"},
    {OrganisationKind::kBureau, "bureau"},
    {OrganisationKind::kCommittee, "committee"},
    {OrganisationKind::kCommunicationGroup, "communication-group"},
    {OrganisationKind::kFederation, "federation"},
    {OrganisationKind::kGovernment, "government"},
    {OrganisationKind::kGovernmentSection, "government-section"},
    {OrganisationKind::kLeadershipDepartment, "leadership-department"},
    {OrganisationKind::kLeague, "league"},
    {OrganisationKind::kNationalBody, "national-body"},
    {OrganisationKind::kNewsAgency, "news-agency"},
    {OrganisationKind::kNewspaper, "newspaper"},
    {OrganisationKind::kOffice, "office"},
    {OrganisationKind::kParty, "party"},
    {OrganisationKind::kPeoplesCouncil, "people's-council"},
    {OrganisationKind::kRegionalNewspaper, "regional-newspaper"},
    {OrganisationKind::kReporterStation, "reporter-station"},
    {OrganisationKind::kSupplyMarketing, "supply-marketing"},
    {OrganisationKind::kUnion, "union"},
}};

constexpr Names<EventLasting, 2> kEventLastings{{
    {EventLasting::kOccasion, "occasion"},
    {EventLasting::kCampaign, "campaign"},
}};

template <class Kind, std::size_t N>
std::optional<Kind> from_name(const Names<Kind, N>& names, std::string_view name) {
  for (const auto& [kind, candidate] : names) {
    if (candidate == name) return kind;
  }
  return std::nullopt;
}

template <class Kind, std::size_t N>
std::string_view name_of(const Names<Kind, N>& names, Kind kind) {
  for (const auto& [candidate, name] : names) {
    if (candidate == kind) return name;
  }
  return {};
}

}  // namespace

std::optional<UnitKind> unit_kind_from_name(std::string_view name) {
  return from_name(kUnitKinds, name);
}
std::optional<QualifierKind> qualifier_kind_from_name(std::string_view name) {
  return from_name(kQualifierKinds, name);
}
std::optional<QuantifierKind> quantifier_kind_from_name(std::string_view name) {
  return from_name(kQuantifierKinds, name);
}
std::optional<OrganisationKind> organisation_kind_from_name(std::string_view name) {
  return from_name(kOrganisationKinds, name);
}

std::optional<EventLasting> event_lasting_from_name(std::string_view name) {
  return from_name(kEventLastings, name);
}

std::string_view unit_kind_name(UnitKind kind) {
  return name_of(kUnitKinds, kind);
}
std::string_view qualifier_kind_name(QualifierKind kind) {
  return name_of(kQualifierKinds, kind);
}
std::string_view quantifier_kind_name(QuantifierKind kind) {
  return name_of(kQuantifierKinds, kind);
}
std::string_view organisation_kind_name(OrganisationKind kind) {
  return name_of(kOrganisationKinds, kind);
}

std::string_view event_lasting_name(EventLasting lasting) {
  return name_of(kEventLastings, lasting);
}

bool is_national(OrganisationKind kind) {
  return kind == OrganisationKind::kNationalBody || kind == OrganisationKind::kNewsAgency ||
         kind == OrganisationKind::kNewspaper || kind == OrganisationKind::kCommunicationGroup;
}

}  // namespace coopgraph::extract
