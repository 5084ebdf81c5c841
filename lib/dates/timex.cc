// Copyright 2026 The tiqu Authors.

#include "lib/dates/timex.h"

#include <cmath>
#include <cstdlib>
#include <memory>

#include "absl/strings/str_format.h"
#include "unicode/calendar.h"
#include "unicode/gregocal.h"
#include "unicode/locid.h"
#include "unicode/timezone.h"

namespace tiqu::dates::timex {

bool ValidDay(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const absl::CivilDay d(year, month, day);
  return d.year() == year && d.month() == month && d.day() == day;
}

int ClosestYear(absl::CivilDay ref, int month, int day) {
  int best = static_cast<int>(ref.year());
  absl::civil_diff_t best_dist = -1;
  for (int y = best - 1; y <= static_cast<int>(ref.year()) + 1; ++y) {
    absl::CivilDay b, e;  // [b, e]
    if (day > 0) {
      if (!ValidDay(y, month, day)) continue;
      b = e = absl::CivilDay(y, month, day);
    } else {
      b = absl::CivilDay(y, month, 1);
      e = absl::CivilDay(absl::CivilMonth(y, month) + 1) - 1;
    }
    absl::civil_diff_t dist = 0;
    if (ref < b) dist = b - ref;
    if (ref > e) dist = ref - e;
    if (best_dist < 0 || dist < best_dist) {
      best_dist = dist;
      best = y;
    }
  }
  return best;
}

std::optional<absl::CivilDay> LunarToGregorian(int year, int lmonth, int lday) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Calendar> cal(icu::Calendar::createInstance(
      icu::TimeZone::getGMT()->clone(), icu::Locale("zh_CN@calendar=chinese"), status));
  if (U_FAILURE(status) || cal == nullptr) return std::nullopt;
  // ICU's Chinese extended year counts from 2637 BCE: Gregorian 2024 is 4661.
  cal->clear();
  cal->set(UCAL_EXTENDED_YEAR, year + 2637);
  cal->set(UCAL_MONTH, lmonth - 1);
  cal->set(UCAL_IS_LEAP_MONTH, 0);
  cal->set(UCAL_DATE, lday);
  const UDate t = cal->getTime(status);
  if (U_FAILURE(status)) return std::nullopt;
  icu::GregorianCalendar greg(icu::TimeZone::getGMT()->clone(), status);
  if (U_FAILURE(status)) return std::nullopt;
  greg.setTime(t, status);
  const int y = greg.get(UCAL_YEAR, status);
  const int m = greg.get(UCAL_MONTH, status) + 1;
  const int d = greg.get(UCAL_DATE, status);
  if (U_FAILURE(status)) return std::nullopt;
  return absl::CivilDay(y, m, d);
}

std::optional<absl::CivilDay> SolarTerm(int year, int month, double c) {
  if (year < 2000 || year > 2099 || month < 1 || month > 12) return std::nullopt;
  const int y = year % 100;
  const int leaps = month <= 2 ? (y == 0 ? 0 : (y - 1) / 4) : y / 4;
  const int day = static_cast<int>(std::floor(y * 0.2422 + c)) - leaps;
  if (!ValidDay(year, month, day)) return std::nullopt;
  return absl::CivilDay(year, month, day);
}

std::optional<absl::CivilDay> NthWeekday(int year, int month, int weekday, int nth) {
  if (month < 1 || month > 12 || weekday < 1 || weekday > 7 || nth < 1) return std::nullopt;
  const absl::CivilDay first(year, month, 1);
  const int wd = static_cast<int>(absl::GetWeekday(first));  // Monday = 0
  const absl::CivilDay d = first + ((weekday - 1 - wd + 7) % 7) + 7 * (nth - 1);
  if (d.month() != month) return std::nullopt;
  return d;
}

std::string DateValue(int year, int month, int day) {
  std::string v = year > 0 ? absl::StrFormat("%04d", year) : std::string("XXXX");
  if (month > 0) {
    absl::StrAppendFormat(&v, "-%02d", month);
  } else if (day > 0) {
    v += "-XX";
  }
  if (day > 0) absl::StrAppendFormat(&v, "-%02d", day);
  return v;
}

std::optional<DateRange> RangeOf(int year, int month, int day) {
  if (year <= 0) return std::nullopt;
  if (month <= 0) {
    return DateRange{absl::CivilDay(year, 1, 1), absl::CivilDay(year + 1, 1, 1)};
  }
  if (day <= 0) {
    const absl::CivilMonth m(year, month);
    return DateRange{absl::CivilDay(m), absl::CivilDay(m + 1)};
  }
  if (!ValidDay(year, month, day)) return std::nullopt;
  const absl::CivilDay d(year, month, day);
  return DateRange{d, d + 1};
}

std::optional<DateRange> RangeOfPart(int year, const std::string& part) {
  if (year <= 0 || part.size() != 2) return std::nullopt;
  const int n = part[1] - '0';
  if (part[0] == 'H' && n >= 1 && n <= 2) {
    const absl::CivilMonth b(year, 1 + 6 * (n - 1));
    return DateRange{absl::CivilDay(b), absl::CivilDay(b + 6)};
  }
  if (part[0] == 'Q' && n >= 1 && n <= 4) {
    const absl::CivilMonth b(year, 1 + 3 * (n - 1));
    return DateRange{absl::CivilDay(b), absl::CivilDay(b + 3)};
  }
  return std::nullopt;
}

}  // namespace tiqu::dates::timex
