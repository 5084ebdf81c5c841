// Copyright 2026 The tiqu Authors.
//
// A left-to-right scan over the article.  At every position the recognizers
// below propose a mention (ISO dates, the 年/月/日 chain with its part of day,
// time and modifiers, durations, holidays, single words); the longest wins
// and the scan resumes after it.  A position where nothing matches but a
// numeral starts is skipped as a whole numeral, so "十五大" or "4000151123"
// are never read from their middle.  Words and rule tables come from
// data/date_words.tsv and data/holidays.tsv; this file holds only grammar.
//
// Mentions are first parsed into unresolved Raw records, then resolved in text
// order against the reference date and the article's own last explicit day
// and month (for "当天" and a bare "28日").

#include "lib/dates/date_extractor.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>
#include <string_view>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "lib/dates/timex.h"
#include "lib/numbers/numeral.h"
#include "lib/text/utf8.h"
#include "re2/re2.h"

namespace tiqu::dates {
namespace {

enum class WordClass {
  kRelative,
  kYear,
  kMonth,
  kDay,
  kSeason,
  kSet,
  kWeek,
  kAnchor,
  kPart,
  kPos,
  kRel,
  kDurWord,
  kDurPrefix,
  kDurSuffix,
  kUnit,
  kWeekRel,
};

bool ParseClass(std::string_view s, WordClass* out) {
  static const std::pair<std::string_view, WordClass> kNames[] = {
      {"relative", WordClass::kRelative}, {"year", WordClass::kYear},
      {"month", WordClass::kMonth},       {"day", WordClass::kDay},
      {"season", WordClass::kSeason},     {"set", WordClass::kSet},
      {"week", WordClass::kWeek},         {"anchor", WordClass::kAnchor},
      {"part", WordClass::kPart},         {"pos", WordClass::kPos},
      {"rel", WordClass::kRel},           {"durword", WordClass::kDurWord},
      {"dur_prefix", WordClass::kDurPrefix}, {"dur_suffix", WordClass::kDurSuffix},
      {"unit", WordClass::kUnit},         {"weekrel", WordClass::kWeekRel},
  };
  for (const auto& [name, cls] : kNames) {
    if (s == name) {
      *out = cls;
      return true;
    }
  }
  return false;
}

struct Word {
  WordClass cls = WordClass::kRelative;
  std::string value;
  int offset = 0;  // kYear/kMonth/kDay
  bool dur_prefix = false;
  bool dur_suffix = false;
  bool gran_year = false;
  bool gran_month = false;
  bool needs_break = false;
  std::u32string not_after;
  std::string part;  // kDay: the part of day the word includes ("今晚" EV)
};

// How a holiday's day is found in a given year.
enum class HolidayRule : char {
  kFixed,   // Gregorian month-day
  kLunar,   // Chinese-calendar month-day (ICU)
  kEve,     // the day before a Chinese-calendar month-day (除夕)
  kSolar,   // a solar term: month + the term's century constant
  kNth,     // the n-th weekday of a month (母亲节)
};

struct Holiday {
  HolidayRule rule = HolidayRule::kFixed;
  bool lunar = false;
  int month = 0;
  int day = 0;      // kNth: ISO weekday
  int nth = 0;      // kNth
  double c = 0;     // kSolar
  bool quoted_only = false;
};

// Characters a numeral can start with; cheap filter before the parser.
bool MayStartNumeral(char32_t c) {
  if (c >= '0' && c <= '9') return true;
  static constexpr std::u32string_view kChinese = U"零〇一二两三四五六七八九十百千廿";
  return kChinese.find(c) != std::u32string_view::npos;
}

// A bare "28日" glued to a word is part of it ("一日三餐", "节日"); after these
// it continues a date ("5月20日至28日", "于28日").
constexpr std::u32string_view kDayJoiners = U"至到和及或与于";

bool StartsWith(std::string_view s, size_t i, std::string_view w) {
  return i <= s.size() && s.substr(i, w.size()) == w;
}

std::u32string ToU32(std::string_view s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) out.push_back(text::NextCodePoint(s, &i));
  return out;
}

absl::string_view Sv(re2::StringPiece p) { return absl::string_view(p.data(), p.size()); }
absl::string_view Sv(std::string_view p) { return absl::string_view(p.data(), p.size()); }

struct Num {
  int value = 0;
  size_t len = 0;
  bool year_like = false;  // a four-digit year: "2024", "二〇二四"
  bool chinese = false;
};

std::optional<Num> ReadNumUncached(std::string_view s, size_t i);

// The recognizers read the numeral at the same few positions again and
// again; the last ones read are kept (per thread, keyed by address and
// length of the rest of the text; Scan clears them for each text).
struct NumCache {
  struct Slot {
    const char* at = nullptr;
    size_t rest = 0;
    std::optional<Num> num;
  };
  Slot slots[4];
};

NumCache& TheNumCache() {
  thread_local NumCache cache;
  return cache;
}

std::optional<Num> ReadNum(std::string_view s, size_t i) {
  if (i >= s.size()) return std::nullopt;
  const unsigned char b = static_cast<unsigned char>(s[i]);
  if (b < 0x80 && (b < '0' || b > '9')) return std::nullopt;
  NumCache::Slot& slot = TheNumCache().slots[reinterpret_cast<uintptr_t>(s.data() + i) & 3];
  if (slot.at == s.data() + i && slot.rest == s.size() - i) return slot.num;
  slot.at = s.data() + i;
  slot.rest = s.size() - i;
  slot.num = ReadNumUncached(s, i);
  return slot.num;
}

std::optional<Num> ReadNumUncached(std::string_view s, size_t i) {
  if (i >= s.size() || !MayStartNumeral(text::DecodeAt(s, i).c)) return std::nullopt;
  const auto n = numbers::ParseNumeralPrefix(s.substr(i));
  if (!n || n->length == 0 || n->length > s.size() - i) return std::nullopt;
  if (n->value < 0 || n->value > 1e6 || n->value != std::floor(n->value)) {
    Num skip;  // not a date number, but the caller must skip all of it
    skip.value = -1;
    skip.len = n->length;
    return skip;
  }
  Num out;
  out.value = static_cast<int>(n->value);
  out.len = n->length;
  out.chinese = n->chinese;
  const bool four_arabic = !n->chinese && n->length == 4;
  out.year_like = (n->digit_string || four_arabic) && out.value >= 1000 && out.value <= 2999;
  // A year is written with exactly four digits; "12024" is a code.
  if (n->digit_string && n->chinese && n->length != 12) out.year_like = false;
  return out;
}

// An unresolved mention.
struct Raw {
  size_t begin = 0;
  size_t end = 0;
  DateKind kind = DateKind::kDate;
  std::string literal;  // the value as is (relative, set, duration, week)

  bool has_year = false, year_rel = false;
  int year = 0;  // explicit year or offset
  bool has_month = false, month_rel = false;
  int month = 0;
  bool has_day = false, day_rel = false;
  int day = 0;
  bool day_alone = false;  // "28日": month from context
  std::string season;      // "SU", "H1"
  bool anchor = false;     // 当天
  bool pos_alone = false;  // 年底 / 月初 without a date
  bool pos_month = false;  // pos_alone of a month (月初)
  bool holiday = false, lunar = false;
  const Holiday* hol = nullptr;
  std::string part;  // "MO"
  int hour = -1, minute = 0, second = -1;
  std::string pos_mod, rel_mod;
  bool lunar_date = false;  // month/day of the Chinese calendar
  int ord_kind = 0;         // 1 第N, 2 前N, 3 最后N (units of the year)
  int ord_n = 0;
  char ord_unit = 0;        // 'M' months, 'Q' quarters, 'W' ISO weeks, 'D' days
  int decade = -1;          // "90年代": 0-9; year holds the century's first year
  int tense = 0;          // +1 将/即将 in its clause, -1 已/日前: the year to choose
  int shift_sign = 0;     // "5年前" (-1) / "3天后" (+1): the reference day moved by `shift`
  double shift[7] = {0, 0, 0, 0, 0, 0, 0};  // Y M W D H MIN S
  std::vector<Raw> to;  // the end of a range ("5月28日至30日"): one Raw or none
  bool week_rel = false;  // "下周三": week offset in `year`, weekday in `day` (0 = week, 8 = weekend)
};

}  // namespace

struct DateExtractor::Impl {
  lexicon::Lexicon words_lex;
  lexicon::Lexicon holiday_lex;
  std::vector<Word> word_by_entry;  // index of words_lex.entries()
  absl::flat_hash_map<std::string, Holiday> holidays;
  std::shared_ptr<const RE2> iso;    // 2024-05-28 [09:44], 2024/5/28, 2024.5.28
  std::shared_ptr<const RE2> clock;  // 09:44
  // First code points (BMP) of every form a mention can start with: date
  // words that stand alone, holidays, numerals, quotes.  Most of a text's
  // characters are not among them; the scan skips those with one lookup.
  std::vector<uint64_t> start_bits = std::vector<uint64_t>(1024, 0);

  void AddStart(char32_t c) {
    if (c < 0x10000) start_bits[c >> 6] |= uint64_t{1} << (c & 63);
  }
  bool MayStart(char32_t c) const {
    return c < 0x10000 && (start_bits[c >> 6] >> (c & 63) & 1) != 0;
  }

  // The words of words_lex starting at one position of the scanned text.
  // Every recognizer asks for the words at the positions it reaches, most
  // of them at the same few positions: the last position's words are kept
  // (per thread; Scan clears them, so they never outlive its text).
  struct PrefixCache {
    const Impl* impl = nullptr;
    const char* at = nullptr;
    int count = 0;
    std::pair<const Word*, size_t> words[8];
  };
  static PrefixCache& Cache() {
    thread_local PrefixCache cache;
    return cache;
  }

  // The longest word at s[i] whose class satisfies `ok`; sets *len.
  template <typename Pred>
  const Word* LongestWord(std::string_view s, size_t i, size_t* len, Pred ok) const {
    if (i >= s.size()) return nullptr;
    PrefixCache& c = Cache();
    if (c.impl != this || c.at != s.data() + i) {
      c.impl = this;
      c.at = s.data() + i;
      c.count = 0;
      {
        const lexicon::Entry* base = words_lex.entries().data();
        words_lex.ForEachPrefix(s.substr(i), [&](const lexicon::Entry& e) {
          const size_t idx = static_cast<size_t>(&e - base);
          if (idx < word_by_entry.size() && c.count < 8) {
            c.words[c.count++] = {&word_by_entry[idx], e.key.size()};
          }
        });
      }
    }
    const Word* best = nullptr;
    size_t best_len = 0;
    for (int k = 0; k < c.count; ++k) {
      const Word& w = *c.words[k].first;
      if (!ok(w)) continue;
      if (!w.not_after.empty() &&
          w.not_after.find(text::DecodeBefore(s, i).c) != std::u32string::npos) {
        continue;
      }
      if (best == nullptr || c.words[k].second > best_len) {
        best = &w;
        best_len = c.words[k].second;
      }
    }
    if (best != nullptr) *len = best_len;
    return best;
  }
  const Word* WordOf(std::string_view s, size_t i, size_t* len, WordClass cls) const {
    return LongestWord(s, i, len, [cls](const Word& w) { return w.cls == cls; });
  }

  bool TryIso(std::string_view s, size_t i, Raw* r) const;
  bool TryChain(std::string_view s, size_t i, Raw* r) const;
  // `adjacent`: a date ends right before ("明天五一"), so a short numeric
  // name is the holiday even unquoted.
  bool TryHoliday(std::string_view s, size_t i, Raw* r, bool adjacent = false) const;
  bool TryDuration(std::string_view s, size_t i, Raw* r) const;
  bool DurationPart(std::string_view s, size_t* j, bool compound, double* value,
                    const Word** unit) const;
  bool TryWord(std::string_view s, size_t i, Raw* r) const;
  size_t TailPartTime(std::string_view s, size_t j, Raw* r) const;
  size_t TailMods(std::string_view s, size_t j, Raw* r, bool allow_pos, bool year_level) const;
  std::vector<Raw> Scan(std::string_view s) const;
  std::vector<Raw> MergeRanges(std::string_view s, std::vector<Raw> in) const;
  void ExtendPrefix(std::string_view s, Raw* r) const;
  int TenseAround(std::string_view s, const Raw& r) const;
};

namespace {
using Impl = DateExtractor::Impl;
}  // namespace

bool Impl::TryIso(std::string_view s, size_t i, Raw* r) const {
  if (i > 0 && (std::isdigit(static_cast<unsigned char>(s[i - 1])) || s[i - 1] == '.')) return false;
  // The pattern needs a four-digit year and a separator: checking that first
  // keeps RE2's capturing matcher off the other positions of the text.
  if (i + 5 > s.size()) return false;
  for (size_t k = i; k < i + 4; ++k) {
    if (!std::isdigit(static_cast<unsigned char>(s[k]))) return false;
  }
  if (s[i + 4] != '-' && s[i + 4] != '/' && s[i + 4] != '.') return false;
  re2::StringPiece in(s.data() + i, s.size() - i);
  re2::StringPiece y, m1, d1, m2, d2, m3, d3, hh, mm;
  if (!RE2::Consume(&in, *iso, &y, &m1, &d1, &m2, &d2, &m3, &d3, &hh, &mm)) return false;
  if (!in.empty() && std::isdigit(static_cast<unsigned char>(in[0]))) return false;
  int yv = 0, mv = 0, dv = 0;
  re2::StringPiece ms = !m1.empty() ? m1 : !m2.empty() ? m2 : m3;
  re2::StringPiece ds = !d1.empty() ? d1 : !d2.empty() ? d2 : d3;
  if (!absl::SimpleAtoi(Sv(y), &yv) || !absl::SimpleAtoi(Sv(ms), &mv) ||
      !absl::SimpleAtoi(Sv(ds), &dv)) {
    return false;
  }
  if (!timex::ValidDay(yv, mv, dv)) return false;
  *r = Raw();
  r->begin = i;
  r->end = s.size() - in.size();
  r->has_year = r->has_month = r->has_day = true;
  r->year = yv;
  r->month = mv;
  r->day = dv;
  int h = 0, mi = 0;
  if (!hh.empty() && absl::SimpleAtoi(Sv(hh), &h) && absl::SimpleAtoi(Sv(mm), &mi) && h <= 24 && mi < 60) {
    r->hour = h;
    r->minute = mi;
  } else {
    r->end = TailPartTime(s, r->end, r);  // "2010.01.29晚上六点"
  }
  r->end = TailMods(s, r->end, r, false, false);
  return true;
}

// Part of day and clock time after a day: "上午", "上午9时30分", " 09:44".
size_t Impl::TailPartTime(std::string_view s, size_t j, Raw* r) const {
  size_t len = 0;
  // "今天大约十点": an approximate time of the day.
  if (StartsWith(s, j, "大约")) {
    Raw t;
    const size_t e = TailPartTime(s, j + 6, &t);
    if (e > j + 6 && (t.hour >= 0 || !t.part.empty())) {
      r->part = t.part;
      r->hour = t.hour;
      r->minute = t.minute;
      r->second = t.second;
      if (r->rel_mod.empty()) r->rel_mod = "APPROX";
      return e;
    }
    return j;
  }
  if (const Word* w = WordOf(s, j, &len, WordClass::kPart)) {
    // "早已", "晚些时候", "早日" are adverbs, not parts of day.
    static constexpr std::u32string_view kNotAfterShort = U"已就日些年期点";
    if (!w->needs_break || kNotAfterShort.find(text::DecodeAt(s, j + len).c) == std::u32string_view::npos) {
      r->part = w->value;
      j += len;
    }
  }
  // Clock time: "9时", "9点30分", "9时半", "09:44".
  size_t k = j;
  while (k < s.size() && s[k] == ' ' && k - j < 2) ++k;
  // The pattern needs "d:" or "dd:": check that before running RE2.
  const bool colon = k + 2 < s.size() && std::isdigit(static_cast<unsigned char>(s[k])) &&
                     (s[k + 1] == ':' || (std::isdigit(static_cast<unsigned char>(s[k + 1])) && s[k + 2] == ':'));
  re2::StringPiece in(s.data() + std::min(k, s.size()), s.size() - std::min(k, s.size()));
  int h = -1, mi = 0, sec = -1;
  re2::StringPiece sec_text;
  if (colon && RE2::Consume(&in, *clock, &h, &mi, &sec_text)) {
    if (!sec_text.empty() && !absl::SimpleAtoi(Sv(sec_text), &sec)) sec = 99;
    if (h <= 24 && mi < 60 && sec < 60) {
      r->hour = h;
      r->minute = mi;
      r->second = sec;
      return s.size() - in.size();
    }
  }
  // "凌晨四到六点": the first hour of a range takes its 点 from the second.
  if (auto n = ReadNum(s, j); n && n->value >= 0 && n->value <= 24 && !n->year_like) {
    const size_t t = j + n->len;
    for (std::string_view joiner : {"到", "至"}) {
      if (!StartsWith(s, t, joiner)) continue;
      auto m = ReadNum(s, t + joiner.size());
      if (m && m->value <= 24 && m->value > n->value &&
          (StartsWith(s, t + joiner.size() + m->len, "点") || StartsWith(s, t + joiner.size() + m->len, "时"))) {
        r->hour = n->value;
        r->minute = 0;
        return t;
      }
    }
  }
  if (auto n = ReadNum(s, j); n && n->value >= 0 && n->value <= 24 && !n->year_like) {
    size_t t = j + n->len;
    if (StartsWith(s, t, "时") || StartsWith(s, t, "点")) {
      t += 3;
      r->hour = n->value;
      r->minute = 0;
      if (StartsWith(s, t, "半")) {
        r->minute = 30;
        t += 3;
      } else if (StartsWith(s, t, "整")) {
        t += 3;
      } else if (auto m = ReadNum(s, t); m && m->value >= 0 && m->value < 60 &&
                                          StartsWith(s, t + m->len, "分")) {
        r->minute = m->value;
        t += m->len + 3;
        if (auto sc = ReadNum(s, t); sc && sc->value >= 0 && sc->value < 60 &&
                                       StartsWith(s, t + sc->len, "秒")) {
          r->second = sc->value;  // "17点55分23秒"
          t += sc->len + 3;
        }
      } else if (m && m->value >= 1 && m->value <= 3 && StartsWith(s, t + m->len, "刻")) {
        r->minute = 15 * m->value;  // "零点一刻", "11点3刻"
        t += m->len + 3;
      } else if (m && m->value >= 1 && m->value < 60 && StartsWith(s, t, "点") == false &&
                 (t + m->len >= s.size() || !text::IsHanBmpOrZero(text::DecodeAt(s, t + m->len).c))) {
        r->minute = m->value;  // "九点二十" where the phrase ends
        t += m->len;
      }
      if (StartsWith(s, t, "许")) {  // "8时许"
        r->rel_mod = "APPROX";
        t += 3;
      }
      return t;
    }
  }
  return j;
}

// Position and relation modifiers: "初", "底前", "中旬以来", "前后", "起".
size_t Impl::TailMods(std::string_view s, size_t j, Raw* r, bool allow_pos, bool year_level) const {
  size_t len = 0;
  if (allow_pos) {
    if (const Word* w = WordOf(s, j, &len, WordClass::kPos)) {
      const bool gran_ok = (!w->gran_year || year_level) && (!w->gran_month || !year_level);
      size_t after = j + len;
      size_t rl = 0;
      const bool rel_follows = WordOf(s, after, &rl, WordClass::kRel) != nullptr;
      const bool break_ok = !w->needs_break || rel_follows ||
                            !text::IsHanBmpOrZero(text::DecodeAt(s, after).c);
      if (gran_ok && break_ok) {
        r->pos_mod = w->value;
        j = after;
      }
    }
  }
  // "12:00 之前": one space may stand before the relation.
  if (j + 1 < s.size() && s[j] == ' ' && r->hour >= 0 && WordOf(s, j + 1, &len, WordClass::kRel)) ++j;
  if (const Word* w = WordOf(s, j, &len, WordClass::kRel)) {
    // "今年前5个月" is a span of months, not "before this year".
    if (auto n = ReadNum(s, j + len); !n) {
      r->rel_mod = w->value;
      j += len;
    }
  }
  return j;
}

bool Impl::TryHoliday(std::string_view s, size_t i, Raw* r, bool adjacent) const {
  size_t j = i;
  bool quoted = false;
  if (StartsWith(s, j, "“")) {
    quoted = true;
    j += 3;
  } else if (StartsWith(s, j, "\"")) {
    quoted = true;
    j += 1;
  }
  if (j >= s.size()) return false;
  const lexicon::Entry* e = holiday_lex.LongestPrefix(s.substr(j));
  if (e == nullptr) return false;
  auto it = holidays.find(e->key);
  if (it == holidays.end()) return false;
  const Holiday& h = it->second;
  j += e->key.size();
  if (quoted) {
    if (StartsWith(s, j, "”")) {
      j += 3;
    } else if (StartsWith(s, j, "\"")) {
      j += 1;
    } else {
      return false;
    }
    // "“六一”儿童节": the quoted short name and the full name of the same day.
    if (j < s.size()) {
      if (const lexicon::Entry* e2 = holiday_lex.LongestPrefix(s.substr(j))) {
        auto it2 = holidays.find(e2->key);
        if (it2 != holidays.end() && !it2->second.quoted_only && it2->second.month == h.month &&
            it2->second.day == h.day && it2->second.rule == h.rule) {
          j += e2->key.size();
        }
      }
    }
  } else if (h.quoted_only && !adjacent) {
    size_t len = 0;
    if (WordOf(s, j, &len, WordClass::kRel) == nullptr && !StartsWith(s, j, "期间") &&
        !StartsWith(s, j, "假期") && !StartsWith(s, j, "当天")) {
      return false;
    }
  }
  Raw out;
  out.begin = i;
  out.holiday = true;
  out.hol = &h;
  out.lunar = h.rule != HolidayRule::kFixed;
  out.month = h.month;
  out.day = h.day;
  out.has_month = out.has_day = true;
  out.end = TailMods(s, j, &out, /*allow_pos=*/false, false);
  *r = out;
  return true;
}

bool Impl::TryChain(std::string_view s, size_t i, Raw* r) const {
  Raw out;
  out.begin = i;
  size_t j = i;
  size_t len = 0;
  const char32_t before = text::DecodeBefore(s, i).c;
  const bool ordinal = before == U'第';
  bool numeric_start = false;
  bool chinese_numbers = false;

  // Decades and centuries: "90年代", "上世纪90年代", "20世纪80年代",
  // "十九世纪七十年代", "21世纪".  A decade without its century is the
  // latest one that does not lie after the reference decade (resolved later).
  {
    size_t k = j;
    int century = 0;  // 20 = the 1900s; 0 = unknown; -1/0 offsets below
    int century_rel = 0;
    bool has_century = false;
    size_t wl = 0;
    if (StartsWith(s, k, "上世纪")) {
      has_century = true;
      century_rel = -1;
      wl = 9;
    } else if (StartsWith(s, k, "本世纪")) {
      has_century = true;
      century_rel = 0;
      wl = 9;
    } else if (auto c = ReadNum(s, k); c && c->value >= 1 && c->value <= 30 && !ordinal &&
                                       StartsWith(s, k + c->len, "世纪")) {
      has_century = true;
      century = c->value;
      wl = c->len + 6;
    }
    k += wl;
    auto d = ReadNum(s, k);
    if (d && d->value % 10 == 0 && d->value >= 0 && d->value <= 90 && StartsWith(s, k + d->len, "年代") &&
        !ordinal && (has_century || d->value >= 10)) {
      out.decade = d->value / 10;
      out.year = century > 0 ? (century - 1) * 100 : 0;
      out.year_rel = has_century && century == 0;
      out.has_year = has_century;
      out.month = century_rel;  // the century offset for 上世纪/本世纪
      out.end = TailMods(s, k + d->len + 6, &out, true, true);
      *r = out;
      return true;
    }
    if (has_century && century > 0 && century_rel == 0 && !StartsWith(s, k, "年")) {
      // "21世纪": the century itself.
      out.decade = 10;
      out.year = (century - 1) * 100;
      out.has_year = true;
      out.end = TailMods(s, k, &out, true, true);
      *r = out;
      return true;
    }
  }
  // Year: four digits ("2024年", "二〇二四年", "2009 年"); a numeral of
  // 1000-2999 before a month ("两千零四年八月"); two digits with a leading
  // zero or before a month ("07年", "零八年", "15年一月十日"), read as
  // 2000-2049 / 1950-1999.
  auto month_at = [&](size_t k) {
    if (k < s.size() && s[k] == ' ') ++k;
    auto m = ReadNum(s, k);
    return m && m->value >= 1 && m->value <= 12 && StartsWith(s, k + m->len, "月");
  };
  // "农历" before or after the year: the month and day are lunar.
  bool lunar = false;
  if (StartsWith(s, j, "农历")) {
    lunar = true;
    j += 6;
  }
  if (auto n = ReadNum(s, j); n && n->value > 0 && !ordinal) {
    size_t k = j + n->len;
    if (k < s.size() && s[k] == ' ' && !n->chinese) ++k;
    const bool year_word = StartsWith(s, k, "年") && !StartsWith(s, k + 3, "代") &&
                           !StartsWith(s, k + 3, "级");
    const std::string_view digits = s.substr(j, n->len);
    const bool two = (n->len == 2 && !n->chinese) || (n->chinese && n->len == 6 && digits.substr(0, 3) == "零");
    const bool lead_zero = two && (digits[0] == '0' || n->chinese);
    int year = 0;
    if (year_word && n->year_like) {
      year = n->value;
    } else if (year_word && n->value >= 1000 && n->value <= 2999 && month_at(k + 3)) {
      year = n->value;
    } else if (year_word && two && (lead_zero || month_at(k + 3))) {
      year = n->value < 50 ? 2000 + n->value : 1900 + n->value;
    }
    // "1995-1997年": a four-digit year before a joiner and a year.
    if (year == 0 && n->year_like && !n->chinese && !year_word) {
      size_t g = k;
      while (g < s.size() && s[g] == ' ' && g - k < 3) ++g;
      size_t jl = 0;
      for (std::string_view w : {"-", "—", "–", "~", "至", "到"}) {
        if (StartsWith(s, g, w)) jl = w.size();
      }
      if (jl > 0) {
        g += jl;
        while (g < s.size() && s[g] == ' ' && g - k < 8) ++g;
        auto n2 = ReadNum(s, g);
        if (n2 && n2->year_like && StartsWith(s, g + n2->len, "年")) {
          out.has_year = true;
          out.year = n->value;
          out.end = j + n->len;
          *r = out;
          return true;
        }
      }
    }
    if (year > 0) {
      out.has_year = true;
      out.year = year;
      j = k + 3;
      numeric_start = true;
      chinese_numbers = n->chinese;
      if (j < s.size() && s[j] == ' ' && month_at(j)) ++j;
    }
  }
  if (!out.has_year) {
    if (const Word* w = WordOf(s, j, &len, WordClass::kYear)) {
      out.has_year = out.year_rel = true;
      out.year = w->offset;
      j += len;
    }
  }
  if (out.has_year && StartsWith(s, j, "农历")) {
    lunar = true;
    j += 6;
  }
  // Lunar month names: "正月", "腊月", "冬月"; "大年初一" is 正月初一.
  static constexpr std::pair<std::string_view, int> kLunarMonths[] = {
      {"正月", 1}, {"腊月", 12}, {"冬月", 11}, {"大年", 1}};
  for (const auto& [word, mo] : kLunarMonths) {
    if (StartsWith(s, j, word) && (mo != 1 || word != "大年" || StartsWith(s, j + 6, "初"))) {
      out.has_month = true;
      out.month = mo;
      lunar = true;
      chinese_numbers = true;
      j += word.size();
      break;
    }
  }
  // Month, or a season / half of the year.
  if (out.has_month) {
    // a lunar month name above
  } else if (auto n = ReadNum(s, j); n && !n->year_like && n->value >= 1 && n->value <= 12 &&
                              StartsWith(s, j + n->len, "月") && !(ordinal && j == i)) {
    out.has_month = true;
    out.month = n->value;
    numeric_start = numeric_start || j == i;
    chinese_numbers = chinese_numbers || n->chinese;
    j += n->len + 3;
    if (StartsWith(s, j, "份")) j += 3;
  } else if (const Word* w = WordOf(s, j, &len, WordClass::kSeason);
             w != nullptr && (!w->gran_year || out.has_year)) {
    out.season = w->value;
    j += len;
  } else if (out.has_year && out.year_rel && StartsWith(s, j, "同期")) {
    j += 6;  // "去年同期": the same time of last year
  } else if (!out.has_year || out.year_rel) {
    if (const Word* w = WordOf(s, j, &len, WordClass::kMonth)) {
      out.has_month = out.month_rel = true;
      out.month = w->offset;
      j += len;
    }
  }
  // Parts of a year counted out: "2024年前5个月", "今年的第三个月", "前三季度",
  // "2021年的第一周", "去年的前10天", "2021年的最後4个月".
  if (!out.has_month && out.season.empty()) {
    size_t k = j;
    if (out.has_year && StartsWith(s, k, "的")) k += 3;
    int kind = 0;
    for (auto [word, kd] : {std::pair<std::string_view, int>{"第", 1}, {"前", 2}, {"最后", 3}, {"最後", 3}}) {
      if (StartsWith(s, k, word)) {
        kind = kd;
        k += word.size();
        break;
      }
    }
    if (kind != 0 && (out.has_year || kind == 2) && (kind != 1 || out.has_year)) {
      while (k < s.size() && s[k] == ' ') ++k;
      auto n = ReadNum(s, k);
      if (n && n->value >= 1 && n->value <= 366) {
        size_t u = k + n->len;
        while (u < s.size() && s[u] == ' ') ++u;
        char unit = 0;
        for (auto [word, un] : {std::pair<std::string_view, char>{"个季度", 'Q'}, {"季度", 'Q'},
                                {"个月", 'M'}, {"个星期", 'W'}, {"个周", 'W'}, {"周", 'W'}, {"天", 'D'}}) {
          if (StartsWith(s, u, word)) {
            unit = un;
            u += word.size();
            break;
          }
        }
        // Without a year only quarters are unambiguous: "前5个月" may also
        // look back from now.
        if (unit != 0 && (out.has_year || unit == 'Q')) {
          out.ord_kind = kind;
          out.ord_n = n->value;
          out.ord_unit = unit;
          if (!out.has_year) {
            out.has_year = out.year_rel = true;
            out.year = 0;
          }
          out.end = u;
          *r = out;
          return true;
        }
      }
    }
  }
  if (out.has_year && !out.has_month && out.season.empty()) {
    Raw h;
    if (TryHoliday(s, j, &h, /*adjacent=*/true)) {
      h.begin = i;
      h.has_year = true;
      h.year_rel = out.year_rel;
      h.year = out.year;
      *r = h;
      return true;
    }
  }
  // Day: "28日", "28号"; a Chinese numeral after a Chinese month may stand
  // without 日 where the phrase ends ("八月十五").
  if (out.has_month && !out.month_rel && StartsWith(s, j, "初")) {
    // "初一".."初十" name the first days of a lunar month.
    if (auto n = ReadNum(s, j + 3); n && n->chinese && n->value >= 1 && n->value <= 10) {
      out.has_day = true;
      out.day = n->value;
      lunar = true;
      j += 3 + n->len;
    }
  }
  if (out.has_month && !out.has_day) {
    if (auto n = ReadNum(s, j); n && !n->year_like && n->value >= 1 && n->value <= 31) {
      const size_t k = j + n->len;
      // "一月19到20日": the first day of a range takes its 日 from the second.
      auto day_follows = [&](size_t at) {
        for (std::string_view joiner : {"到", "至", "-", "—", "~"}) {
          if (!StartsWith(s, at, joiner)) continue;
          auto d2 = ReadNum(s, at + joiner.size());
          return d2 && d2->value > n->value && d2->value <= 31 &&
                 (StartsWith(s, at + joiner.size() + d2->len, "日") ||
                  StartsWith(s, at + joiner.size() + d2->len, "号"));
        }
        return false;
      };
      if (StartsWith(s, k, "日") || StartsWith(s, k, "号")) {
        out.has_day = true;
        out.day = n->value;
        j = k + 3;
      } else if (day_follows(k)) {
        out.has_day = true;
        out.day = n->value;
        j = k;
      } else if (n->chinese && chinese_numbers && !out.month_rel &&
                 (lunar || k >= s.size() || !text::IsHanBmpOrZero(text::DecodeAt(s, k).c))) {
        // (After a lunar month name the day needs no 日: "正月三十有活动".)
        out.has_day = true;
        out.day = n->value;
        j = k;
      }
    }
    // The weekday of the day: "10月12号,星期一", "5月28日(星期二)".
    if (out.has_day) {
      size_t k = j;
      const bool paren = k < s.size() && s[k] == '(';
      if (k < s.size() && (s[k] == ',' || s[k] == '(' || s[k] == ' ')) ++k;
      if (const Word* w = WordOf(s, k, &len, WordClass::kWeek)) {
        k += len;
        if (!paren || (k < s.size() && s[k] == ')')) {
          j = paren ? k + 1 : k;
          (void)w;
        }
      }
    }
  }
  if (lunar && out.has_month && out.has_day && !out.month_rel) out.lunar_date = true;
  if (lunar && !out.lunar_date && j == i + 6) return false;  // "农历" alone
  if (j == i) {
    // Nothing of the chain yet: one-word days and bare "28日".
    const Word* wr = WordOf(s, j, &len, WordClass::kWeekRel);
    size_t wl = 0;
    if (wr != nullptr) {
      for (std::string_view unit : {"周", "星期", "礼拜"}) {
        if (StartsWith(s, j + len, unit)) wl = unit.size();
      }
    }
    if (wr != nullptr && wl > 0) {
      // "下周", "上上个星期三", "这周末".
      out.week_rel = true;
      out.year = wr->offset;
      j += len + wl;
      static constexpr std::string_view kDays[] = {"一", "二", "三", "四", "五", "六", "日", "天", "末"};
      for (int d = 0; d < 9; ++d) {
        if (StartsWith(s, j, kDays[d])) {
          out.day = d < 7 ? d + 1 : d == 7 ? 7 : 8;
          j += 3;
          break;
        }
      }
    } else if (const Word* w = WordOf(s, j, &len, WordClass::kDay)) {
      out.has_day = out.day_rel = true;
      out.day = w->offset;
      out.part = w->part;
      j += len;
    } else if (const Word* w = WordOf(s, j, &len, WordClass::kAnchor)) {
      out.anchor = true;
      out.part = w->value;
      j += len;
    } else if (const Word* w = WordOf(s, j, &len, WordClass::kWeek)) {
      out.literal = w->value;
      j += len;
    } else if (auto n = ReadNum(s, j);
               n && !n->chinese && !ordinal && n->value >= 1 && n->value <= 31 &&
               StartsWith(s, j + n->len, "号") &&
               (!text::IsHanBmpOrZero(before) || kDayJoiners.find(before) != std::u32string_view::npos ||
                before == U'的' || before == U'在') &&
               (j + n->len + 3 >= s.size() ||
                !text::IsHanBmpOrZero(text::DecodeAt(s, j + n->len + 3).c) ||
                WordOf(s, j + n->len + 3, &len, WordClass::kPart) != nullptr)) {
      // "12号" alone is a day where nothing names a thing after it ("3号线",
      // "12号楼" are not days).
      out.has_day = out.day_alone = true;
      out.day = n->value;
      j += n->len + 3;
      numeric_start = true;
    } else if (auto n = ReadNum(s, j);
               n && !ordinal && !n->year_like && n->value >= 1 && n->value <= 31 &&
               StartsWith(s, j + n->len, "日") && (!n->chinese || n->value >= 10) &&
               (!text::IsHanBmpOrZero(before) ||
                kDayJoiners.find(before) != std::u32string_view::npos)) {
      out.has_day = out.day_alone = true;
      out.day = n->value;
      j += n->len + 3;
      numeric_start = true;
    } else if (const Word* w = LongestWord(s, j, &len, [](const Word& w) {
                 return w.cls == WordClass::kPos && (w.gran_year || w.gran_month);
               })) {
      out.pos_alone = true;
      out.pos_month = w->gran_month;
      out.pos_mod = w->value;
      j += len;
      j = TailMods(s, j, &out, false, false);
      if (!out.pos_mod.empty() && w->needs_break && out.rel_mod.empty() &&
          text::IsHanBmpOrZero(text::DecodeAt(s, j).c)) {
        return false;
      }
      out.end = j;
      *r = out;
      return true;
    } else if (const Word* w = WordOf(s, j, &len, WordClass::kPart)) {
      out.anchor = true;
      out.part = w->value;
      j += len;
      j = TailPartTime(s, j, &out);
      // "早"/"晚" alone are parts of day only after a day or before a clock
      // time ("晚八点"), never in "早已", "晚会".
      if (w->needs_break && out.hour < 0) return false;
      out.end = TailMods(s, j, &out, false, false);
      *r = out;
      return true;
    } else if (const size_t t = TailPartTime(s, j, &out); t > j && out.hour >= 0) {
      // A clock time alone: "9点", "15时至17时", "12:00之后"; "三点意见" is a
      // list of points, so a time in 点/时 ends its phrase or takes a modifier.
      const char32_t after = text::DecodeAt(s, t).c;
      static constexpr std::u32string_view kClockFollow = U"前后左右起以之至到钟";
      static constexpr std::u32string_view kJoiners = U"到至-~～—";
      if (kJoiners.find(before) == std::u32string_view::npos &&
          out.minute == 0 && s[t - 1] != '0' && t < s.size() && text::IsHanBmpOrZero(after) &&
          kClockFollow.find(after) == std::u32string_view::npos && out.rel_mod.empty()) {
        return false;
      }
      if (ordinal) return false;
      out.anchor = true;
      out.end = TailMods(s, t, &out, false, false);
      *r = out;
      return true;
    } else {
      return false;
    }
  }
  // A Chinese-numeral month glued to a word ("统一月度") is not a date.
  // It stands where a joiner of a range or no word surrounds it ("三月到五月").
  static constexpr std::u32string_view kRangeJoiners = U"到至和与及或从自";
  static constexpr std::u32string_view kMonthFollow = U"到至和与及或份底初中末间";
  if (numeric_start && chinese_numbers && !out.has_year && !out.has_day &&
      text::IsHanBmpOrZero(before) && kRangeJoiners.find(before) == std::u32string_view::npos &&
      (j < s.size() && text::IsHanBmpOrZero(text::DecodeAt(s, j).c) &&
       kMonthFollow.find(text::DecodeAt(s, j).c) == std::u32string_view::npos)) {
    return false;
  }
  if (out.has_day || out.anchor || !out.literal.empty() || (out.week_rel && out.day > 0 && out.day < 8)) {
    j = TailPartTime(s, j, &out);
    j = TailMods(s, j, &out, false, false);
  } else if (out.season.empty()) {
    j = TailMods(s, j, &out, true, /*year_level=*/!out.has_month);
  } else {
    j = TailMods(s, j, &out, false, false);
  }
  out.end = j;
  *r = out;
  return true;
}

// One duration part: "三年", "3个多月", "半小时", "20分钟"; "三年半" adds
// the half.  `compound` admits the units that only follow another part
// ("8天20时").
bool Impl::DurationPart(std::string_view s, size_t* j, bool compound, double* value,
                        const Word** unit) const {
  size_t k = *j;
  double v = 0;
  if (StartsWith(s, k, "半")) {
    v = 0.5;
    k += 3;
  } else {
    auto n = ReadNum(s, k);
    if (!n || n->year_like || n->value <= 0) return false;
    v = n->value;
    k += n->len;
    while (k < s.size() && s[k] == ' ' && k - *j < 8) ++k;  // "6 天"
  }
  if (StartsWith(s, k, "多") || StartsWith(s, k, "余")) k += 3;
  size_t len = 0;
  const Word* u = WordOf(s, k, &len, WordClass::kUnit);
  if (u == nullptr && (StartsWith(s, k, "个多") || StartsWith(s, k, "个余"))) {
    // "3个多月": the 多 inside the unit 个月.
    for (std::string_view rest : {"月", "小时", "星期"}) {
      if (!StartsWith(s, k + 6, rest)) continue;
      const lexicon::Entry* e = words_lex.Find(absl::StrCat("个", Sv(rest)));
      const size_t idx = e == nullptr ? word_by_entry.size()
                                      : static_cast<size_t>(e - words_lex.entries().data());
      if (idx < word_by_entry.size() && word_by_entry[idx].cls == WordClass::kUnit) {
        u = &word_by_entry[idx];
        len = 6 + rest.size();
      }
      break;
    }
  }
  if (u == nullptr || (u->dur_prefix && !compound)) return false;  // dur_prefix: compound-only unit
  k += len;
  if (v != 0.5 && StartsWith(s, k, "半")) {
    v += 0.5;
    k += 3;
  } else if (StartsWith(s, k, "多") || StartsWith(s, k, "余")) {
    k += 3;  // "一年多", "8小时余50分钟"
  }
  *value = v;
  *unit = u;
  *j = k;
  return true;
}

bool Impl::TryDuration(std::string_view s, size_t i, Raw* r) const {
  size_t j = i;
  size_t len = 0;
  bool prefixed = false;
  const char32_t before = text::DecodeBefore(s, i).c;
  if (LongestWord(s, j, &len, [](const Word& w) {
        return w.cls == WordClass::kDurPrefix || w.dur_prefix;
      })) {
    prefixed = true;
    j += len;
    while (j < s.size() && s[j] == ' ' && j - i < len + 2) ++j;  // spaced out: "近 三 年" 
  } else if (before == U'第') {
    return false;
  }
  // Parts by unit letter, in TIMEX3 order.
  static constexpr std::string_view kOrder[] = {"Y", "M", "W", "D", "H", "MIN", "S"};
  double parts[7] = {0, 0, 0, 0, 0, 0, 0};
  int nparts = 0;
  size_t end = j;
  for (int round = 0; round < 7; ++round) {
    size_t k = end;
    if (round > 0) {
      if (StartsWith(s, k, "又") || StartsWith(s, k, "零")) k += 3;
    }
    double v = 0;
    const Word* u = nullptr;
    if (!DurationPart(s, &k, round > 0, &v, &u)) break;
    int slot = 0;
    while (slot < 7 && kOrder[slot] != u->value) ++slot;
    if (slot == 7 || parts[slot] != 0) break;
    parts[slot] = v;
    ++nparts;
    end = k;
  }
  if (nparts == 0) return false;
  j = end;
  const Word* suffix = LongestWord(s, j, &len, [](const Word& w) {
    return w.cls == WordClass::kDurSuffix || w.dur_suffix;
  });
  // "5年前", "3天后", "10分钟之前": the day that far from the reference day.
  if (suffix == nullptr && !prefixed) {
    size_t rl = 0;
    const Word* rel = WordOf(s, j, &rl, WordClass::kRel);
    if (rel != nullptr && (rel->value == "BEFORE" || rel->value == "AFTER") &&
        !StartsWith(s, j, "前夕") && !StartsWith(s, j, "前后")) {
      Raw out;
      out.begin = i;
      out.end = j + rl;
      out.shift_sign = rel->value == "BEFORE" ? -1 : 1;
      for (int k = 0; k < 7; ++k) out.shift[k] = parts[k];
      *r = out;
      return true;
    }
  }
  // "两个小时左右": an approximate length.
  std::string approx;
  if (suffix == nullptr) {
    size_t rl = 0;
    const Word* rel = WordOf(s, j, &rl, WordClass::kRel);
    if (rel != nullptr && rel->value == "APPROX") {
      approx = rel->value;
      j += rl;
      prefixed = true;
    }
  }
  if (suffix != nullptr) {
    j += len;
  } else if (!prefixed) {
    // A bare length of time ends its phrase: "还剩8天", "两年," but not
    // "三年行动" or "“一小时”法律服务圈" (names), nor "十周年".
    // A verb of passing time may follow: "三年半过去了".
    const char32_t after = text::DecodeAt(s, j).c;
    static constexpr std::u32string_view kAfterOk = U"了过内又";
    if (j < s.size() && ((text::IsHanBmpOrZero(after) && kAfterOk.find(after) == std::u32string_view::npos) ||
                         after == 0x201D || after == '"')) {
      return false;
    }
    if (before == 0x201C || before == '"') return false;
    // "十日" alone is a day of the month.
    if (nparts == 1 && j >= 3 && StartsWith(s, j - 3, "日")) return false;
  }
  std::string value = "P";
  bool time_started = false;
  for (int k = 0; k < 7; ++k) {
    if (parts[k] == 0) continue;
    if (k >= 4 && !time_started) {
      value += "T";
      time_started = true;
    }
    absl::StrAppend(&value, parts[k], k == 5 ? "M" : Sv(kOrder[k]));
  }
  Raw out;
  out.begin = i;
  out.end = j;
  out.kind = DateKind::kDuration;
  out.literal = value;
  out.rel_mod = approx;
  *r = out;
  return true;
}

namespace {
std::string TimeSuffix(const Raw& r);
}  // namespace

bool Impl::TryWord(std::string_view s, size_t i, Raw* r) const {
  size_t len = 0;
  const Word* w = LongestWord(s, i, &len, [](const Word& w) {
    return w.cls == WordClass::kRelative || w.cls == WordClass::kSet ||
           w.cls == WordClass::kDurWord;
  });
  if (w == nullptr) return false;
  Raw out;
  out.begin = i;
  out.end = i + len;
  out.kind = w->cls == WordClass::kRelative ? DateKind::kRelative
             : w->cls == WordClass::kSet    ? DateKind::kSet
                                            : DateKind::kDuration;
  out.literal = w->value;
  if (out.kind == DateKind::kSet && absl::StrContains(out.literal, "-W")) {
    // "每周一下午八点": the recurring day with its time.
    Raw t;
    const size_t e = TailPartTime(s, out.end, &t);
    if (e > out.end) {
      out.end = e;
      out.literal += TimeSuffix(t);
    }
  }
  *r = out;
  return true;
}

std::vector<Raw> Impl::Scan(std::string_view s) const {
  std::vector<Raw> out;
  Cache() = PrefixCache();
  TheNumCache() = NumCache();
  size_t i = 0;
  // Inside a book or document title (《...》) dates are part of the name:
  // "《北京市总工会2023年推进两新组织工会工作要点》".  Titles do not nest in
  // news text and never span paragraphs, so a line break closes one.
  bool in_title = false;
  while (i < s.size()) {
    const text::CodePoint c = text::DecodeAt(s, i);
    if (c.c == U'《') {
      in_title = true;
    } else if (c.c == U'》' || c.c == '\n') {
      in_title = false;
    }
    // Most positions can start no date: no digit or numeral, no date word,
    // no holiday, no quote.  Skip them without trying every form.
    if (in_title || !MayStart(c.c)) {
      i += std::max<size_t>(1, c.len);
      continue;
    }
    Raw best;
    bool found = false;
    auto consider = [&](bool ok, const Raw& r) {
      if (ok && r.end > i && (!found || r.end > best.end)) {
        best = r;
        found = true;
      }
    };
    Raw r;
    consider(TryIso(s, i, &r), r);
    consider(TryChain(s, i, &r), r);
    consider(TryHoliday(s, i, &r, !out.empty() && out.back().end == i), r);
    consider(TryDuration(s, i, &r), r);
    consider(TryWord(s, i, &r), r);
    if (found) {
      ExtendPrefix(s, &best);
      if (!best.has_year && best.has_month && !best.month_rel) best.tense = TenseAround(s, best);
      out.push_back(best);
      i = best.end;
      continue;
    }
    if (auto n = ReadNum(s, i); n && n->len > 0) {
      i += n->len;
    } else {
      i += std::max<size_t>(1, text::DecodeAt(s, i).len);
    }
  }
  return MergeRanges(s, std::move(out));
}

// Two calendar dates joined by 至/到/-/—/~ ("5月28日至30日", "2023年至2024年",
// "15时至17时"), or by 和/与 before 之间, are one range.
// The tense of the clause around a year-less date: +1 for 将/即将/拟/计划
// (the event is ahead), -1 for 已/已经/日前/曾 (behind), 0 if neither or
// both.  The clause ends at sentence or clause punctuation, and at most a
// few characters are read on each side.
int Impl::TenseAround(std::string_view s, const Raw& r) const {
  static constexpr std::u32string_view kStops = U"。;!?,、\n";
  static constexpr std::string_view kFuture[] = {"即将", "将于", "将在", "将", "拟", "计划", "预计"};
  static constexpr std::string_view kPast[] = {"已经", "已", "日前", "曾"};
  int future = 0, past = 0;
  auto look = [&](size_t p) {
    for (std::string_view w : kFuture) {
      // ("将" is also the object marker, "将…纳入"; within the few
      // characters next to a date it is read as the future.)
      if (StartsWith(s, p, w)) {
        ++future;
        return;
      }
    }
    for (std::string_view w : kPast) {
      if (StartsWith(s, p, w)) {
        ++past;
        return;
      }
    }
  };
  // Before the date: up to 6 characters back within the clause ("将于12月5日").
  size_t p = r.begin;
  for (int n = 0; n < 6 && p > 0; ++n) {
    const text::CodePoint c = text::DecodeBefore(s, p);
    if (c.len == 0 || kStops.find(c.c) != std::u32string_view::npos) break;
    p -= c.len;
    look(p);
  }
  // After it: the first 4 characters of what follows ("12月28日将举行",
  // "5月20日,工会已…" stops at the comma).
  p = r.end;
  for (int n = 0; n < 4 && p < s.size(); ++n) {
    const text::CodePoint c = text::DecodeAt(s, p);
    if (kStops.find(c.c) != std::u32string_view::npos) break;
    look(p);
    p += std::max<size_t>(1, c.len);
  }
  if (future > 0 && past == 0) return 1;
  if (past > 0 && future == 0) return -1;
  return 0;
}

// "自从2018年" looks forward from 2018: SINCE.  Other prepositions
// stays outside the mention, as every preposition does ("从6月1日起").
void Impl::ExtendPrefix(std::string_view s, Raw* r) const {
  if (r->kind != DateKind::kDate || !r->literal.empty()) return;
  // "大约十点": an approximate time.
  if ((r->hour >= 0 || !r->part.empty()) && r->begin >= 6 && s.substr(r->begin - 6, 6) == "大约") {
    r->begin -= 6;
    if (r->rel_mod.empty()) r->rel_mod = "APPROX";
    return;
  }
  if (!r->rel_mod.empty()) return;
  if (r->begin >= 6 && s.substr(r->begin - 6, 6) == "自从") r->rel_mod = "SINCE";
}

std::vector<Raw> Impl::MergeRanges(std::string_view s, std::vector<Raw> in) const {
  auto is_point = [](const Raw& r) {
    return r.kind == DateKind::kDate && r.literal.empty() && !r.pos_alone && r.to.empty() &&
           r.rel_mod.empty() && r.pos_mod.empty();
  };
  std::vector<Raw> out;
  out.reserve(in.size());
  auto opens = [](const Raw& r) {
    return r.rel_mod == "AFTER" || r.rel_mod == "SINCE" || r.rel_mod == "ON_OR_AFTER";
  };
  auto closes = [](const Raw& r) { return r.rel_mod == "BEFORE" || r.rel_mod == "ON_OR_BEFORE"; };
  for (size_t k = 0; k < in.size(); ++k) {
    Raw a = std::move(in[k]);
    // "2010年之后2018年之前": bounded on both sides, the time between.
    if (k + 1 < in.size() && a.kind == DateKind::kDate && in[k + 1].kind == DateKind::kDate &&
        a.literal.empty() && in[k + 1].literal.empty() && a.to.empty() && in[k + 1].to.empty() &&
        opens(a) && closes(in[k + 1]) && in[k + 1].begin == a.end) {
      Raw b = in[k + 1];
      a.rel_mod.clear();
      b.rel_mod.clear();
      a.end = b.end;
      a.to.push_back(std::move(b));
      out.push_back(std::move(a));
      ++k;
      continue;
    }
    if (k + 1 < in.size() && is_point(a) && in[k + 1].kind == DateKind::kDate &&
        in[k + 1].literal.empty() && !in[k + 1].pos_alone && in[k + 1].to.empty()) {
      size_t g = a.end;
      while (g < in[k + 1].begin && s[g] == ' ') ++g;
      size_t joiner = 0;
      bool between = false;
      for (std::string_view w : {"至", "到", "-", "—", "–", "~", "～", "和", "与"}) {
        if (StartsWith(s, g, w)) {
          joiner = w.size();
          between = w == "和" || w == "与";
          break;
        }
      }
      if (StartsWith(s, g, "——")) joiner = 6;
      g += joiner;
      while (g < in[k + 1].begin && s[g] == ' ') ++g;
      Raw b = in[k + 1];
      const size_t between_len = StartsWith(s, b.end, "之间") ? 6 : StartsWith(s, b.end, "间") ? 3 : 0;
      if (joiner > 0 && g == b.begin && (!between || between_len > 0) && b.rel_mod.empty()) {
        b.end += between_len;
        a.end = b.end;
        a.to.push_back(std::move(b));
        ++k;
      }
    }
    out.push_back(std::move(a));
  }
  return out;
}

namespace {

std::string CombineMods(const Raw& r) {
  if (r.pos_mod.empty()) return r.rel_mod;
  if (r.rel_mod.empty()) return r.pos_mod;
  return absl::StrCat(r.rel_mod, "_", r.pos_mod);
}

std::string TimeSuffix(const Raw& r) {
  if (r.hour >= 0) {
    int h = r.hour;
    if ((r.part == "AF" || r.part == "EV" || r.part == "NI") && h < 12 && h > 0 &&
        !(r.part == "NI" && h < 6)) {
      h += 12;
    }
    if (r.second >= 0) return absl::StrFormat("T%02d:%02d:%02d", h, r.minute, r.second);
    return absl::StrFormat("T%02d:%02d", h, r.minute);
  }
  if (!r.part.empty()) return absl::StrCat("T", r.part);
  return "";
}

// What the resolution of one article remembers of the mentions before.
struct Context {
  std::optional<absl::CivilDay> ref;
  std::optional<absl::CivilDay> last_day;  // last date resolved to a full day
  int last_year = 0;                       // year of the last month mentioned
  int last_month = 0;
};

DateMention ResolveOne(const Raw& r, Context* ctx) {
  DateMention m;
  m.kind = r.kind;
  m.mod = CombineMods(r);
  if (r.kind != DateKind::kDate || !r.literal.empty()) {
    m.value = r.literal;
    return m;
  }
  const std::optional<absl::CivilDay>& ref = ctx->ref;
  if (r.anchor) {
    m.value = ctx->last_day ? timex::DateValue(static_cast<int>(ctx->last_day->year()),
                                               ctx->last_day->month(), ctx->last_day->day())
                            : "XXXX-XX-XX";
    if (ctx->last_day) m.range = DateRange{*ctx->last_day, *ctx->last_day + 1};
    m.value += TimeSuffix(r);
    return m;
  }
  if (r.decade >= 0) {
    int first = 0;  // first year of the century
    if (r.has_year && !r.year_rel) {
      first = r.year;
    } else if (ref) {
      const int ref_century = static_cast<int>(ref->year()) / 100 * 100;
      if (r.has_year) {
        first = ref_century + 100 * r.month;  // 上世纪 / 本世纪
      } else {
        first = ref_century;
        if (first + 10 * r.decade > ref->year()) first -= 100;
      }
    }
    if (r.decade == 10) {  // a century
      m.value = first > 0 || (r.has_year && !r.year_rel) ? absl::StrFormat("%02d", first / 100) : "XX";
      m.range = DateRange{absl::CivilDay(first, 1, 1), absl::CivilDay(first + 100, 1, 1)};
      return m;
    }
    if (first > 0 || (r.has_year && !r.year_rel) || ref) {
      m.value = absl::StrFormat("%03d", first / 10 + r.decade);
      const int y0 = first + 10 * r.decade;
      m.range = DateRange{absl::CivilDay(y0, 1, 1), absl::CivilDay(y0 + 10, 1, 1)};
    } else {
      m.value = absl::StrFormat("XX%d", r.decade);
    }
    return m;
  }
  if (r.shift_sign != 0) {
    if (!ref) {
      m.value = r.shift_sign < 0 ? "PAST_REF" : "FUTURE_REF";
      return m;
    }
    // Whole years, months, weeks and days move the day; hours and less
    // stay on the reference day (the reference has no time of day).
    absl::CivilDay d = *ref;
    const int y = static_cast<int>(r.shift[0]), mo = static_cast<int>(r.shift[1]);
    if (y != 0 || mo != 0) {
      const absl::CivilMonth cm = absl::CivilMonth(d) + r.shift_sign * (12 * y + mo);
      const int dim = static_cast<int>(absl::CivilDay(cm + 1) - absl::CivilDay(cm));
      d = absl::CivilDay(cm.year(), cm.month(), std::min(d.day(), dim));
    }
    d += r.shift_sign * static_cast<int>(7 * r.shift[2] + r.shift[3]);
    d += r.shift_sign * static_cast<int>((r.shift[4] * 3600 + r.shift[5] * 60 + r.shift[6]) / 86400);
    m.value = timex::DateValue(static_cast<int>(d.year()), d.month(), d.day());
    m.range = DateRange{d, d + 1};
    return m;
  }
  if (r.week_rel) {
    if (!ref) {
      m.value = r.day == 0 ? "XXXX-WXX" : r.day == 8 ? "XXXX-WXX-WE" : absl::StrCat("XXXX-WXX-", r.day);
      m.value += TimeSuffix(r);
      return m;
    }
    // Monday of the reference week, moved by whole weeks.
    const int wd = static_cast<int>(absl::GetWeekday(*ref));  // absl: Monday = 0
    const absl::CivilDay monday = *ref - wd + 7 * r.year;
    const absl::CivilDay thursday = monday + 3;
    const int iso_year = static_cast<int>(thursday.year());
    const int week = static_cast<int>((thursday - absl::CivilDay(iso_year, 1, 1)) / 7) + 1;
    if (r.day >= 1 && r.day <= 7) {
      const absl::CivilDay d = monday + (r.day - 1);
      m.value = timex::DateValue(static_cast<int>(d.year()), d.month(), d.day()) + TimeSuffix(r);
      m.range = DateRange{d, d + 1};
      ctx->last_day = d;
    } else if (r.day == 8) {
      m.value = absl::StrFormat("%04d-W%02d-WE", iso_year, week);
      m.range = DateRange{monday + 5, monday + 7};
    } else {
      m.value = absl::StrFormat("%04d-W%02d", iso_year, week);
      m.range = DateRange{monday, monday + 7};
    }
    return m;
  }
  if (r.day_rel) {
    if (ref) {
      const absl::CivilDay d = *ref + r.day;
      m.value = timex::DateValue(static_cast<int>(d.year()), d.month(), d.day());
      m.range = DateRange{d, d + 1};
      ctx->last_day = d;
    } else {
      m.value = "XXXX-XX-XX";
    }
    m.value += TimeSuffix(r);
    return m;
  }
  if (r.pos_alone) {
    int y = ref ? static_cast<int>(ref->year()) : 0;
    int mo = r.pos_month && ref ? ref->month() : 0;
    // "6月上旬至中旬": a part of a month alone is in the month named last.
    if (r.pos_month && ctx->last_month > 0) {
      y = ctx->last_year;
      mo = ctx->last_month;
    }
    m.value = r.pos_month && mo == 0 ? "XXXX-XX" : timex::DateValue(y, mo, 0);
    m.range = timex::RangeOf(y, mo, 0);
    return m;
  }
  // Year.
  int year = 0;
  if (r.has_year && !r.year_rel) {
    year = r.year;
  } else if (r.has_year && ref) {
    year = static_cast<int>(ref->year()) + r.year;
  }
  if (r.ord_kind != 0) {
    if (year <= 0) {
      m.value = "XXXX";
      return m;
    }
    // The first day of unit k (1-based) of the year, and the value naming it.
    const absl::CivilDay jan1(year, 1, 1);
    const absl::CivilDay week1 = absl::CivilDay(year, 1, 4) - static_cast<int>(absl::GetWeekday(absl::CivilDay(year, 1, 4)));
    auto start = [&](int k) -> absl::CivilDay {
      switch (r.ord_unit) {
        case 'M': return absl::CivilDay(absl::CivilMonth(year, 1) + (k - 1));
        case 'Q': return absl::CivilDay(absl::CivilMonth(year, 1) + 3 * (k - 1));
        case 'W': return week1 + 7 * (k - 1);
        default: return jan1 + (k - 1);
      }
    };
    auto name = [&](int k) -> std::string {
      const absl::CivilDay d = start(k);
      switch (r.ord_unit) {
        case 'M': return timex::DateValue(year, d.month(), 0);
        case 'Q': return absl::StrFormat("%04d-Q%d", year, k);
        case 'W': return absl::StrFormat("%04d-W%02d", year, k);
        default: return timex::DateValue(static_cast<int>(d.year()), d.month(), d.day());
      }
    };
    const int units = r.ord_unit == 'M' ? 12 : r.ord_unit == 'Q' ? 4 : r.ord_unit == 'W' ? 52 : 365;
    const int n = std::min(r.ord_n, units);
    int first = 1, last = n;
    if (r.ord_kind == 1) first = last = n;
    if (r.ord_kind == 3) {
      first = units - n + 1;
      last = units;
    }
    m.value = first == last ? name(first) : absl::StrCat(name(first), "/", name(last));
    absl::CivilDay end = start(last + 1);
    if (r.ord_kind == 3 && r.ord_unit == 'W') end = start(last + 1);
    m.range = DateRange{start(first), end};
    return m;
  }
  int month = r.month, day = r.day;
  if (r.month_rel) {
    month = 0;
    if (ref) {
      const absl::CivilMonth cm =
          absl::CivilMonth(*ref) + r.month + (r.has_year && r.year_rel ? 12 * r.year : 0);
      year = static_cast<int>(cm.year());
      month = cm.month();
    }
  }
  if (r.day_alone) {
    if (ctx->last_month > 0) {
      month = ctx->last_month;
      year = ctx->last_year;
    } else if (ref) {
      // The reference month, or the nearest one that has the day ("29日"
      // read in February).
      month = ref->month();
      year = static_cast<int>(ref->year());
      if (!timex::ValidDay(year, month, day)) {
        absl::civil_diff_t best = -1;
        for (int k = -1; k <= 1; k += 2) {
          const absl::CivilMonth cm = absl::CivilMonth(*ref) + k;
          if (!timex::ValidDay(static_cast<int>(cm.year()), cm.month(), day)) continue;
          const absl::civil_diff_t dist =
              std::abs(absl::CivilDay(cm.year(), cm.month(), day) - *ref);
          if (best < 0 || dist < best) {
            best = dist;
            month = cm.month();
            year = static_cast<int>(cm.year());
          }
        }
      }
    }
  }
  Holiday lunar_day;  // a lunar calendar date written out ("农历十月初一")
  if (r.lunar_date) {
    lunar_day.rule = HolidayRule::kLunar;
    lunar_day.month = r.month;
    lunar_day.day = r.day;
  }
  if ((r.holiday && r.lunar && r.hol != nullptr) || r.lunar_date) {
    const Holiday& h = r.lunar_date ? lunar_day : *r.hol;
    auto day_in = [&h](int y) -> std::optional<absl::CivilDay> {
      switch (h.rule) {
        case HolidayRule::kLunar: return timex::LunarToGregorian(y, h.month, h.day);
        case HolidayRule::kEve: {
          auto g = timex::LunarToGregorian(y, h.month, h.day);
          if (g) return *g - 1;
          return std::nullopt;
        }
        case HolidayRule::kSolar: return timex::SolarTerm(y, h.month, h.c);
        case HolidayRule::kNth: return timex::NthWeekday(y, h.month, h.day, h.nth);
        default: return std::nullopt;
      }
    };
    int y = year;
    if (!r.has_year && ref) {
      // The holiday of the year (Chinese year for lunar ones) closest to
      // the reference day.
      absl::civil_diff_t best = -1;
      for (int cand = static_cast<int>(ref->year()) - 1; cand <= ref->year() + 1; ++cand) {
        if (auto g = day_in(cand)) {
          const absl::civil_diff_t dist = std::abs(*g - *ref);
          if (best < 0 || dist < best) {
            best = dist;
            y = cand;
          }
        }
      }
    }
    std::optional<absl::CivilDay> g;
    if (y > 0) g = day_in(y);
    if (g) {
      month = g->month();
      day = g->day();
      year = static_cast<int>(g->year());
    } else {
      m.value = "XXXX-XX-XX" + TimeSuffix(r);
      return m;
    }
  } else if (!r.has_year && month > 0 && year == 0 && ref && !r.day_alone) {
    year = timex::ClosestYear(*ref, month, day);
    // Tense words overrule the closest year: "12月28日将举行" read in January
    // is this December, "1月10日已举办" read in late December last January.
    if (r.tense != 0 && (day == 0 || timex::ValidDay(year, month, day))) {
      const absl::CivilDay first(year, month, day > 0 ? day : 1);
      const absl::CivilDay last =
          day > 0 ? first : absl::CivilDay(absl::CivilMonth(year, month) + 1) - 1;
      if (r.tense > 0 && last < *ref && timex::ValidDay(year + 1, month, day > 0 ? day : 1)) ++year;
      if (r.tense < 0 && first > *ref && timex::ValidDay(year - 1, month, day > 0 ? day : 1)) --year;
    }
  }
  if (!r.has_year && year == 0 && !r.season.empty() && ref) year = static_cast<int>(ref->year());
  if (day > 0 && month > 0 && year > 0 && !timex::ValidDay(year, month, day)) {
    day = 0;  // "2月30日": keep the month
  }
  m.value = timex::DateValue(year, month, day);
  if (!r.season.empty()) {
    absl::StrAppend(&m.value, "-", r.season);
    m.range = timex::RangeOfPart(year, r.season);
  } else {
    m.range = timex::RangeOf(year, month, day);
    m.value += TimeSuffix(r);
  }
  if (month > 0 && year > 0) {
    ctx->last_month = month;
    ctx->last_year = year;
  }
  if (day > 0 && month > 0 && year > 0) ctx->last_day = absl::CivilDay(year, month, day);
  return m;
}

// A range resolves its start, then its end in the start's context: the
// end takes the start's year (the next one if it would fall before), month
// ("28日至30日") and part of day ("下午3点到5点").  The value is the ISO 8601
// interval "start/end"; the range covers both.
DateMention Resolve(const Raw& r, Context* ctx) {
  if (r.to.empty()) return ResolveOne(r, ctx);
  DateMention a = ResolveOne(r, ctx);
  Raw b = r.to[0];
  if (b.part.empty()) b.part = r.part;
  if (!b.has_year && a.range && (b.has_month || b.season.size()) && !b.month_rel && !b.holiday) {
    b.has_year = true;
    b.year_rel = false;
    b.year = static_cast<int>(a.range->begin.year());
    if (b.has_month && b.month < a.range->begin.month()) ++b.year;
  }
  DateMention m = ResolveOne(b, ctx);
  a.value = absl::StrCat(a.value, "/", m.value);
  if (a.range && m.range && m.range->end > a.range->begin) {
    a.range = DateRange{a.range->begin, m.range->end};
  } else {
    a.range.reset();
  }
  return a;
}

}  // namespace

absl::StatusOr<DateExtractor> DateExtractor::Create(const lexicon::LexiconSet& lexicons) {
  auto impl = std::make_shared<Impl>();
  auto words = lexicons.Load("date_words");
  if (!words.ok()) return words.status();
  auto hol = lexicons.Load("holidays");
  if (!hol.ok()) return hol.status();
  impl->words_lex = *std::move(words);
  impl->holiday_lex = *std::move(hol);
  for (const lexicon::Entry& e : impl->words_lex.entries()) {
    Word w;
    if (!ParseClass(e.field(0), &w.cls)) {
      return absl::InvalidArgumentError(
          absl::StrCat("date_words: unknown class '", Sv(e.field(0)), "' for '", e.key, "'"));
    }
    w.value = std::string(e.field(1));
    if (w.cls == WordClass::kYear || w.cls == WordClass::kMonth || w.cls == WordClass::kDay ||
        w.cls == WordClass::kWeekRel) {
      if (!absl::SimpleAtoi(w.value, &w.offset)) {
        return absl::InvalidArgumentError(absl::StrCat("date_words: bad offset for '", e.key, "'"));
      }
    }
    // Anchors carry an optional part of day in field 1 ("当晚" EV).
    for (absl::string_view flag : absl::StrSplit(Sv(e.field(2)), ',', absl::SkipEmpty())) {
      if (flag == "dur_prefix") w.dur_prefix = true;
      else if (flag == "dur_suffix") w.dur_suffix = true;
      else if (flag == "year") w.gran_year = true;
      else if (flag == "month") w.gran_month = true;
      else if (flag == "break") w.needs_break = true;
      else if (absl::StartsWith(flag, "part:")) w.part = std::string(flag.substr(5));
      else if (absl::StartsWith(flag, "not_after:")) w.not_after = ToU32(std::string_view(flag.data() + 10, flag.size() - 10));
    }
    // Relations, suffixes, units and bare positions ("前", "来", "年",
    // "中") only continue a mention.
    const bool continues_only =
        w.cls == WordClass::kRel || w.cls == WordClass::kDurSuffix || w.cls == WordClass::kUnit ||
        (w.cls == WordClass::kPos && !w.gran_year && !w.gran_month);
    if (!continues_only) {
      size_t k = 0;
      impl->AddStart(text::NextCodePoint(e.key, &k));
    }
    impl->word_by_entry.push_back(std::move(w));
  }
  for (char32_t c : std::u32string_view(U"0123456789零〇一二两三四五六七八九十百千廿半农正腊冬\u201C\"")) {
    impl->AddStart(c);
  }
  for (const lexicon::Entry& e : impl->holiday_lex.entries()) {
    Holiday h;
    absl::string_view d = Sv(e.field(0));
    if (absl::ConsumePrefix(&d, "lunar:")) h.rule = HolidayRule::kLunar;
    else if (absl::ConsumePrefix(&d, "eve:")) h.rule = HolidayRule::kEve;
    else if (absl::ConsumePrefix(&d, "solar:")) h.rule = HolidayRule::kSolar;
    else if (absl::ConsumePrefix(&d, "nth:")) h.rule = HolidayRule::kNth;
    h.lunar = h.rule == HolidayRule::kLunar || h.rule == HolidayRule::kEve;
    std::vector<absl::string_view> md = absl::StrSplit(d, '-');
    bool ok = md.size() >= 2 && absl::SimpleAtoi(md[0], &h.month) && h.month >= 1 && h.month <= 12;
    if (ok && h.rule == HolidayRule::kSolar) {
      ok = md.size() == 2 && absl::SimpleAtod(md[1], &h.c) && h.c > 0 && h.c < 32;
      h.day = static_cast<int>(h.c);  // for "“清明”节" pairing
    } else if (ok && h.rule == HolidayRule::kNth) {
      ok = md.size() == 3 && absl::SimpleAtoi(md[1], &h.day) && absl::SimpleAtoi(md[2], &h.nth) &&
           h.day >= 1 && h.day <= 7 && h.nth >= 1 && h.nth <= 5;
    } else if (ok) {
      ok = md.size() == 2 && absl::SimpleAtoi(md[1], &h.day) && h.day >= 1 && h.day <= 31;
    }
    if (!ok) {
      return absl::InvalidArgumentError(absl::StrCat("holidays: bad date for '", e.key, "'"));
    }
    h.quoted_only = e.field(1) == "quoted";
    size_t k = 0;
    impl->AddStart(text::NextCodePoint(e.key, &k));
    impl->holidays[e.key] = h;
  }
  impl->iso = std::make_shared<const RE2>(
      R"((\d{4})(?:-(\d{1,2})-(\d{1,2})|/(\d{1,2})/(\d{1,2})|\.(\d{1,2})\.(\d{1,2}))(?:(?:\s{1,2}|T)(\d{1,2}):(\d{2}))?)");
  impl->clock = std::make_shared<const RE2>(R"((\d{1,2}):(\d{2})(?::(\d{2}))?)");
  if (!impl->iso->ok() || !impl->clock->ok()) return absl::InternalError("date patterns");
  return DateExtractor(std::move(impl));
}

std::vector<DateMention> DateExtractor::Extract(const text::ArticleText& article) const {
  std::vector<DateMention> out;
  if (impl_ == nullptr || article.doc == nullptr || article.layout == nullptr) return out;
  const std::string_view s = article.text();
  const size_t base = article.span().start;
  Context ctx;
  ctx.ref = article.reference_date;
  for (const Raw& r : impl_->Scan(s)) {
    DateMention m = Resolve(r, &ctx);
    m.span = Span{base + r.begin, base + r.end};
    out.push_back(std::move(m));
  }
  return out;
}

std::optional<absl::CivilDay> DateExtractor::InferReferenceDate(const text::NormalizedText& doc,
                                                               Span norm) const {
  if (impl_ == nullptr || norm.end > doc.text().size() || norm.empty()) return std::nullopt;
  std::optional<absl::CivilDay> full;  // latest explicit Y-M-D
  int year = 0;                        // latest explicit year
  int md_month = 0, md_day = 0;        // latest year-less M-D (or M)
  for (const Raw& r : impl_->Scan(doc.text(norm))) {
    if (r.kind != DateKind::kDate || r.holiday || !r.literal.empty()) continue;
    const bool explicit_year = r.has_year && !r.year_rel;
    // "2022年以来" looks back from a later year; it does not date the text.
    const bool looks_back = r.rel_mod == "SINCE" || r.rel_mod == "AFTER" || r.rel_mod == "ON_OR_AFTER";
    if (explicit_year && r.has_month && r.has_day && timex::ValidDay(r.year, r.month, r.day)) {
      const absl::CivilDay d(r.year, r.month, r.day);
      if (!full || d > *full) full = d;
    } else if (explicit_year && !looks_back) {
      year = std::max(year, r.year);
    } else if (!r.has_year && r.has_month && !r.month_rel && r.season.empty()) {
      const int day = r.has_day ? r.day : 1;
      if (r.month > md_month || (r.month == md_month && day > md_day)) {
        md_month = r.month;
        md_day = day;
      }
    }
  }
  if (full) return full;
  if (year == 0) return std::nullopt;
  if (md_month > 0 && timex::ValidDay(year, md_month, md_day)) {
    return absl::CivilDay(year, md_month, md_day);
  }
  // A year alone: its middle keeps every year-less month in that year.
  return absl::CivilDay(year, 7, 1);
}

}  // namespace tiqu::dates
