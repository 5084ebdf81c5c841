// Copyright 2026 The tiqu Authors.
//
// Calendar helpers for TIMEX3 values: year choice for year-less dates,
// lunar holidays, value strings and their day ranges.  Private to lib/dates.

#ifndef TIQU_LIB_DATES_TIMEX_H_
#define TIQU_LIB_DATES_TIMEX_H_

#include <optional>
#include <string>

#include "absl/time/civil_time.h"
#include "tiqu/document.h"

namespace tiqu::dates::timex {

// The year among ref-1, ref, ref+1 whose month `month` (day `day`, or the
// whole month if day is 0) lies closest to `ref`: "12月" read in January is
// last December.
int ClosestYear(absl::CivilDay ref, int month, int day);

// Gregorian day of lunar month/day `lmonth`/`lday` (Chinese calendar,
// non-leap month) in the Chinese year that starts in Gregorian `year`;
// nullopt if ICU's calendar is unavailable or the day does not exist.
std::optional<absl::CivilDay> LunarToGregorian(int year, int lmonth, int lday);

// The day of the solar term of `month` in `year` (2000-2099) by the
// century formula floor(Y*0.2422 + c) - floor(Y/4), Y = year % 100 (the
// leap count is of Y-1 for terms in January and February); `c` is the
// term's 21st-century constant (清明 4.81, 冬至 21.94).  nullopt outside
// 2000-2099.
std::optional<absl::CivilDay> SolarTerm(int year, int month, double c);

// The `nth` ISO weekday `weekday` (1 = Monday) of year/month: 母亲节 is the
// second Sunday of May; nullopt if the month has no such day.
std::optional<absl::CivilDay> NthWeekday(int year, int month, int weekday, int nth);

// True if year/month/day is a real calendar day.
bool ValidDay(int year, int month, int day);

// "2024", "2024-05", "2024-05-28"; "XXXX" for year 0, month/day 0 omitted
// (a day without month gives "XXXX-XX-28").
std::string DateValue(int year, int month, int day);

// The days of year / year-month / year-month-day (0 = absent); nullopt if
// year is 0.
std::optional<DateRange> RangeOf(int year, int month, int day);

// Days of a season-like suffix of a year ("H1", "Q3"); nullopt for the
// fuzzy ones (seasons "SU", "WI", ...).
std::optional<DateRange> RangeOfPart(int year, const std::string& part);

}  // namespace tiqu::dates::timex

#endif  // TIQU_LIB_DATES_TIMEX_H_
