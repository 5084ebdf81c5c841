// Copyright 2026 The tiqu Authors.
//
// Enum <-> string tables.  The strings are those of the annotation guideline
// (eval/ANNOTATION.md), which the CSV output and the gold files use.

#include "tiqu/document.h"

#include <array>
#include <utility>

namespace tiqu {
namespace {

template <typename E, size_t N>
std::string_view Lookup(const std::array<std::pair<E, std::string_view>, N>& table, E v) {
  for (const auto& [e, s] : table) {
    if (e == v) return s;
  }
  return "other";
}

template <typename E, size_t N>
bool Parse(const std::array<std::pair<E, std::string_view>, N>& table, std::string_view s,
           E* out) {
  for (const auto& [e, name] : table) {
    if (name == s) {
      *out = e;
      return true;
    }
  }
  return false;
}

constexpr std::array<std::pair<DateKind, std::string_view>, 4> kDateKinds = {{
    {DateKind::kDate, "date"},
    {DateKind::kDuration, "duration"},
    {DateKind::kSet, "set"},
    {DateKind::kRelative, "relative"},
}};

constexpr std::array<std::pair<Approx, std::string_view>, 6> kApprox = {{
    {Approx::kExact, "exact"},
    {Approx::kMoreThan, "more_than"},
    {Approx::kAtLeast, "at_least"},
    {Approx::kAtMost, "at_most"},
    {Approx::kLessThan, "less_than"},
    {Approx::kApprox, "approx"},
}};

constexpr std::array<std::pair<CountCategory, std::string_view>, 9> kCategories = {{
    {CountCategory::kPeople, "people"},
    {CountCategory::kOrganizations, "organizations"},
    {CountCategory::kGroups, "groups"},
    {CountCategory::kEvents, "events"},
    {CountCategory::kItems, "items"},
    {CountCategory::kMoney, "money"},
    {CountCategory::kPercent, "percent"},
    {CountCategory::kLength, "length"},
    {CountCategory::kOther, "other"},
}};

constexpr std::array<std::pair<OrgType, std::string_view>, 9> kOrgTypes = {{
    {OrgType::kUnion, "union"},
    {OrgType::kCompany, "company"},
    {OrgType::kGovernment, "government"},
    {OrgType::kParty, "party"},
    {OrgType::kSchool, "school"},
    {OrgType::kHospital, "hospital"},
    {OrgType::kAssociation, "association"},
    {OrgType::kMedia, "media"},
    {OrgType::kOther, "other"},
}};

constexpr std::array<std::pair<EventType, std::string_view>, 13> kEventTypes = {{
    {EventType::kInspectionVisit, "inspection_visit"},
    {EventType::kMeeting, "meeting"},
    {EventType::kLaunchCeremony, "launch_ceremony"},
    {EventType::kTrainingLecture, "training_lecture"},
    {EventType::kSportsFitness, "sports_fitness"},
    {EventType::kSocialMixer, "social_mixer"},
    {EventType::kCultureArts, "culture_arts"},
    {EventType::kCareService, "care_service"},
    {EventType::kLegalService, "legal_service"},
    {EventType::kCompetitionAward, "competition_award"},
    {EventType::kUnionOrganizing, "union_organizing"},
    {EventType::kFairMarket, "fair_market"},
    {EventType::kOther, "other"},
}};

}  // namespace

std::string_view ToString(DateKind v) { return Lookup(kDateKinds, v); }
std::string_view ToString(Approx v) { return Lookup(kApprox, v); }
std::string_view ToString(CountCategory v) { return Lookup(kCategories, v); }
std::string_view ToString(OrgType v) { return Lookup(kOrgTypes, v); }
std::string_view ToString(EventType v) { return Lookup(kEventTypes, v); }

bool FromString(std::string_view s, DateKind* out) { return Parse(kDateKinds, s, out); }
bool FromString(std::string_view s, Approx* out) { return Parse(kApprox, s, out); }
bool FromString(std::string_view s, CountCategory* out) { return Parse(kCategories, s, out); }
bool FromString(std::string_view s, OrgType* out) { return Parse(kOrgTypes, s, out); }
bool FromString(std::string_view s, EventType* out) { return Parse(kEventTypes, s, out); }

}  // namespace tiqu
