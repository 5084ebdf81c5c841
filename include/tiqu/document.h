// Copyright 2026 The tiqu Authors.
//
// The typed model of what tiqu extracts from a text.
//
// Extractor::Extract() returns one Document; a Document holds the Articles
// (news items) found in the text, in text order; each Article holds the
// dates, counts, persons, organizations and events of that item.
//
// Conventions that hold for every type below:
//   * Every Span is a half-open byte range into the caller's UTF-8 text
//     (see span.h).
//   * Every `text` field is exactly the caller's bytes at that span, so it
//     keeps the source's script (Traditional stays Traditional), full-width
//     forms and any layout line break inside the mention.
//   * Names, titles, roles and aliases are the source's characters with
//     layout line breaks removed ("职工之\n\n家" gives "职工之家"): they are
//     meant to be read, compared and printed.
//   * The enum <-> string conversions use exactly the strings of the
//     annotation guideline (eval/ANNOTATION.md): "more_than", "inspection_visit"...
//
// Sources: TIMEX3 values and modifiers follow the TimeML TIMEX3 specification
// (ISO-TimeML, ISO 24617-1); the event taxonomy and count categories are
// tiqu's annotation guideline.

#ifndef TIQU_DOCUMENT_H_
#define TIQU_DOCUMENT_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/time/civil_time.h"
#include "tiqu/span.h"

namespace tiqu {

// ---------------------------------------------------------------------------
// Enumerations.  Each has ToString() giving the guideline's string and
// FromString() parsing it back (returns false, leaving *out alone, on an
// unknown string).

// What a temporal expression denotes.
enum class DateKind {
  kDate,      // a calendar point or period: "5月28日上午", "2024年", "暑期"
  kDuration,  // a length of time: "五年来" (P5Y), "为期4天" (P4D)
  kSet,       // a recurring time: "每年", "每周一"
  kRelative,  // a vague reference: "近日" (PAST_REF), "目前", "今后"
};

// How a count's value relates to the true quantity ("80余名" -> kMoreThan).
enum class Approx {
  kExact,     // "27家"
  kMoreThan,  // 余, 多, 超过, 逾
  kAtLeast,   // 不少于, 以上, 至少, 上千
  kAtMost,    // 不超过, 以内
  kLessThan,  // 不到, 不足
  kApprox,    // 约, 近, 左右, 上下
};

// What a count counts, decided by its classifier and counted noun.
enum class CountCategory {
  kPeople,         // 名, 人, 位, 人次
  kOrganizations,  // 家, 所, 个 + an organization noun
  kGroups,         // 支, 组, 对, 队, 个 + a team noun
  kEvents,         // 场, 次, 期, 届, 批
  kItems,          // 项, 个, 份, 张, 条, 种, 类, 本, 幅
  kMoney,          // 元, 万元, 美元 (value in the written unit's base)
  kPercent,        // %, 百分之
  kLength,         // 公里, 米
  kOther,          // everything else ("四个方面", "16个区")
};

// Organization types of the guideline.
enum class OrgType {
  kUnion,
  kCompany,
  kGovernment,
  kParty,
  kSchool,
  kHospital,
  kAssociation,
  kMedia,
  kOther,  // public service centres, named work teams, project departments
};

// The fixed event taxonomy of the guideline (see data/event_triggers.tsv).
enum class EventType {
  kInspectionVisit,   // 调研, 走访, 考察
  kMeeting,           // 会议, 座谈会, 推进会
  kLaunchCeremony,    // 启动, 揭牌, 仪式
  kTrainingLecture,   // 培训, 讲座, 宣讲
  kSportsFitness,     // 健步走, 登山, 运动会
  kSocialMixer,       // 联谊, 交友
  kCultureArts,       // 观影, 书法, 摄影, 参观
  kCareService,       // 慰问, 送清凉, 志愿服务
  kLegalService,      // 法律服务, 普法, 调解
  kCompetitionAward,  // 评选, 表彰, 比赛
  kUnionOrganizing,   // 入会, 建会
  kFairMarket,        // 大集, 展销
  kOther,
};

std::string_view ToString(DateKind v);       // "date", "duration", "set", "relative"
std::string_view ToString(Approx v);         // "exact", "more_than", ...
std::string_view ToString(CountCategory v);  // "people", "organizations", ...
std::string_view ToString(OrgType v);        // "union", "company", ...
std::string_view ToString(EventType v);      // "inspection_visit", ...

bool FromString(std::string_view s, DateKind* out);
bool FromString(std::string_view s, Approx* out);
bool FromString(std::string_view s, CountCategory* out);
bool FromString(std::string_view s, OrgType* out);
bool FromString(std::string_view s, EventType* out);

// ---------------------------------------------------------------------------
// Mentions and entities.

// A calendar range [begin, end) in days, e.g. "2024年5月" -> [2024-05-01,
// 2024-06-01).  Durations, sets and vague references have none.
struct DateRange {
  absl::CivilDay begin;
  absl::CivilDay end;  // exclusive
};

// One temporal expression.
struct DateMention {
  std::string text;  // the source bytes at `span`: "5月28日上午"
  Span span;
  DateKind kind = DateKind::kDate;
  // TIMEX3 value resolved against the article's reference date:
  // "2024-05-28TMO", "2024-05", "2024-SU", "P5Y", "PAST_REF",
  // "XXXX-06-01" where no year can be inferred.
  std::string value;
  // TIMEX3 mod, or empty: "START", "MID", "END", "BEFORE", "AFTER",
  // "SINCE", "APPROX", "ON_OR_AFTER" and combinations such as "BEFORE_END".
  std::string mod;
  // The calendar days `value` covers, where it is a calendar date.
  std::optional<DateRange> range;
};

// One quantity: a number with its qualifier and classifier or unit.
struct Count {
  std::string text;  // qualifier + number + unit, as in the source: "80余名"
  Span span;
  // The number with 万/亿 multiplied out ("6.8万人" -> 68000; "6700余万元" ->
  // 67000000); percentages keep the percent figure (95 for "95%").  For a
  // range ("10至20名") the lower bound.
  double value = 0;
  std::optional<double> value_max;  // upper bound of a range, if any
  Approx approx = Approx::kExact;
  std::string unit;     // classifier or unit without multiplier: "名", "元", "%"; empty if omitted
  std::string counted;  // head of the counted noun phrase: "职工"; empty if none
  CountCategory category = CountCategory::kOther;
};

// A named organization, once per article.
struct Organization {
  std::string name;                  // longest surface form in the article
  std::vector<std::string> aliases;  // other surface forms of it in the article
  OrgType type = OrgType::kOther;
  std::vector<Span> mentions;  // every mention (name or alias), in text order
};

// A named real person, once per article.
struct Person {
  std::string name;                // full name as written: "张良"
  std::vector<std::string> roles;  // titles in the order written: {"党组书记", "副主席"}
  std::string organization;        // full name of the organization of the last role; empty if none stated
  std::vector<Span> mentions;      // every mention of the name, in text order
};

// One happening of the taxonomy.
struct Event {
  EventType type = EventType::kOther;
  std::string trigger;  // the source bytes at `trigger_span`: "调研"
  Span trigger_span;
  std::string date;                        // TIMEX3 value of the governing date; empty if none
  std::vector<std::string> organizations;  // organizer and host names (Organization::name)
  std::vector<std::string> persons;        // leaders and speakers (Person::name)
  std::vector<Count> counts;               // participant counts ("80余名职工")
  std::string location;                    // place it happened, if stated
};

// Who wrote or photographed an item, as printed in its byline or credit.
struct Byline {
  std::vector<std::string> reporters;       // 记者
  std::vector<std::string> correspondents;  // 通讯员
  std::vector<std::string> photographers;   // 摄影 / 摄
};

// One news item.
struct Article {
  std::string title;                   // main headline without markdown '#'; empty for untitled text
  std::vector<std::string> headlines;  // every headline line: kicker, main, subtitles
  Span span;                           // the whole item, headlines included
  Byline byline;
  // Date relative expressions resolve against: Options::reference_date, or
  // inferred from the article's (else the document's) explicit dates; empty
  // if neither gives one (year-less dates then resolve to "XXXX-MM-DD").
  std::optional<absl::CivilDay> reference_date;
  bool reference_date_inferred = false;  // true if inferred from the text

  std::vector<DateMention> dates;  // in text order
  std::vector<Count> counts;       // in text order
  std::vector<Person> persons;     // in order of first mention
  std::vector<Organization> organizations;  // in order of first mention
  std::vector<Event> events;       // main event first

  // The main event's type, kOther if no event was found.
  EventType event_type() const {
    return events.empty() ? EventType::kOther : events.front().type;
  }
};

// Everything found in one input text.
struct Document {
  std::vector<Article> articles;  // in text order; empty for empty input
};

}  // namespace tiqu

#endif  // TIQU_DOCUMENT_H_
