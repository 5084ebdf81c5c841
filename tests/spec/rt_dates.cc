// Copyright 2026 The tiqu Authors.
//
// Microsoft Recognizers-Text's Chinese DateTime cases run through tiqu's date
// extractor.  Usage: rt_dates SPEC_DIR SOURCE_DIR [-v]
//
// Each case's input is normalized and extracted as one article whose
// reference date is the case's reference_datetime (none where the case has
// none).  tiqu's mentions are mapped to the spec's terms:
//   * offsets: tiqu's normalized byte span -> original bytes -> code point
//     index of the input (the spec counts UTF-16 units; every input is BMP);
//   * type: duration -> "duration", set -> "set"; a date with a clock time
//     -> "time" (no day: "XXXX-XX-XXT09:30") / "datetime"; a part of day
//     or an interval of times -> "timerange" / "datetimerange"; one calendar
//     day or a weekday -> "date"; a longer calendar range, an interval of
//     days ("2024-05-28/2024-05-30") or a vague reference -> "daterange".
// Span pass: the expected (start, end) multiset equals tiqu's, after tiqu's
// spans are extended over a leading preposition (从, 自, 自从, 截至, 截止,
// 截止到) where an expected span has it: RT counts it in, tiqu's guideline
// does not ("从6月1日起" is "6月1日起" in tiqu).  Model and
// merged files test every mention.  The other files test one of RT's
// internal extractors (dates, holidays, durations...): there tiqu's mentions
// that overlap no expected result are left out ("明天" in "明天元旦去哪里" of
// HolidayExtractor), except in the cases that expect nothing, where any
// mention of the file's type fails the case.
// Timex pass: span pass and every expected result's timex matches the value
// of the tiqu mention at its span:
//   * RT's times in TIMEX3's form first ("T08" -> "XXXX-XX-XXT08:00");
//   * equal strings, or RT's "X" positions (unresolved year, month) read as
//     wildcards over tiqu's resolved value ("XXXX-XX-29" ~ "2018-01-29");
//   * RT's ranges "(B,E,Pn)" against tiqu's interval value "B/E" (each end
//     as above), or else against tiqu's calendar range [begin, end) (RT's
//     year-less ends "XXXX-03-01" taking tiqu's resolved years): B
//     must be begin and E either end (RT's exclusive ends of months, years)
//     or end - 1 (RT's last day of "10日到12日");
//   * a model result matches if any of its resolution values does;
//   * RT's Mod (before/after/since/until) must be the matching TIMEX3 mod
//     (BEFORE, AFTER, SINCE/ON_OR_AFTER, BEFORE) when RT gives one.
// Cases listed in tests/spec/rt_dates_exceptions.tsv (file, case index,
// reason) are reported apart: the rates are printed over all cases and over
// the cases not listed; the floors apply to the latter.

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_split.h"
#include "absl/time/civil_time.h"
#include "lib/dates/date_extractor.h"
#include "lib/lexicon/lexicon.h"
#include "lib/text/article_text.h"
#include "lib/text/normalized_text.h"
#include "tests/spec/rt_spec.h"

namespace {

using tiqu::spec::json;

struct FileSpec {
  const char* name;
  const char* type;   // the type the file tests; "" = all
  double span_floor;  // percent, over cases not listed as exceptions
  double timex_floor;
};

// Floors (percent of the cases not listed as exceptions): the issue's
// targets where it sets one, the level reached where that is higher; they
// only ever go up.
constexpr FileSpec kFiles[] = {
    {"DateExtractor", "date", 95, 0},
    {"DateParser", "date", 100, 100},
    {"DatePeriodExtractor", "daterange", 95, 0},
    {"DatePeriodParser", "daterange", 91.8, 89.7},
    {"DateTimeExtractor", "datetime", 100, 0},
    {"DateTimeParser", "datetime", 100, 100},
    {"DateTimePeriodExtractor", "datetimerange", 100, 0},
    {"DateTimePeriodParser", "datetimerange", 91.3, 82.6},
    {"TimeExtractor", "time", 100, 0},
    {"TimeParser", "time", 100, 100},
    {"TimePeriodExtractor", "timerange", 100, 0},
    {"TimePeriodParser", "timerange", 100, 100},
    {"DurationExtractor", "duration", 100, 0},
    {"DurationParser", "duration", 100, 100},
    {"HolidayExtractor", "date", 100, 0},
    {"HolidayParser", "date", 100, 100},
    {"SetExtractor", "set", 100, 0},
    {"SetParser", "set", 100, 100},
    {"MergedExtractor", "", 100, 0},
    {"MergedParser", "", 100, 100},
    {"DateTimeModel", "", 96.4, 95.4},
    {"DateTimeModelExperimentalMode", "", 97.9, 97.9},
};

struct Got {
  size_t start = 0, end = 0;  // code points of the input
  std::string type;
  const tiqu::DateMention* m = nullptr;
};

using tiqu::spec::CodePoints;
using tiqu::spec::Pct;

bool HasClock(const std::string& v) {
  const size_t t = v.find('T');
  return t != std::string::npos && t + 1 < v.size() && std::isdigit(static_cast<unsigned char>(v[t + 1]));
}

std::string TypeOf(const tiqu::DateMention& m) {
  using tiqu::DateKind;
  if (m.kind == DateKind::kDuration) return "duration";
  if (m.kind == DateKind::kSet) return "set";
  if (m.kind == DateKind::kRelative) return "daterange";
  const std::string& v = m.value;
  const bool interval = v.find('/') != std::string::npos;
  // A time without a day: "T19:30" in RT, "XXXX-XX-XXT19:30" in TIMEX3.
  const bool no_day = v.rfind("XXXX-XX-XXT", 0) == 0;
  if (v.find('T') != std::string::npos) {
    if (no_day) return interval || !HasClock(v) ? "timerange" : "time";
    return interval || !HasClock(v) ? "datetimerange" : "datetime";
  }
  if (interval) return "daterange";
  if (v.find("-W") != std::string::npos && v.size() > 9) return "date";  // weekday
  if (m.range && m.range->end - m.range->begin == 1) return "date";
  if (v.size() == 10 && v[4] == '-' && v[7] == '-') return "date";  // XXXX-XX-28
  return "daterange";
}

// RT's forms of a time in TIMEX3's: "T08" -> "XXXX-XX-XXT08:00".
std::string ToTimex3(std::string t) {
  if (t.empty() || t[0] == 'P') return t;  // a duration
  if (t.rfind("T", 0) == 0) t = "XXXX-XX-XX" + t;
  const size_t p = t.find('T');
  if (p != std::string::npos && t.size() == p + 3 && std::isdigit(static_cast<unsigned char>(t[p + 1]))) {
    t += ":00";
  }
  return t;
}

bool TypeCompatible(const std::string& file_type, const std::string& got) {
  if (file_type.empty() || file_type == got) return true;
  return false;
}

bool Wildcard(const std::string& rt, const std::string& v) {
  if (rt.size() != v.size()) return false;
  for (size_t i = 0; i < rt.size(); ++i) {
    if (rt[i] != 'X' && rt[i] != v[i]) return false;
  }
  return true;
}

std::optional<absl::CivilDay> ParseDay(const std::string& s) {
  std::vector<std::string> p = absl::StrSplit(s, '-');
  int y = 0, mo = 1, d = 1;
  if (p.empty() || p[0].size() != 4 || !absl::SimpleAtoi(p[0], &y)) return std::nullopt;
  if (p.size() > 1 && !absl::SimpleAtoi(p[1], &mo)) return std::nullopt;
  if (p.size() > 2 && !absl::SimpleAtoi(p[2].substr(0, 2), &d)) return std::nullopt;
  return absl::CivilDay(y, mo, d);
}

std::string ModOf(const tiqu::DateMention& m) {
  const std::string& mod = m.mod;
  if (mod.rfind("BEFORE", 0) == 0) return "before";
  if (mod.rfind("AFTER", 0) == 0) return "after";
  if (mod.rfind("SINCE", 0) == 0 || mod.rfind("ON_OR_AFTER", 0) == 0) return "since";
  if (mod.rfind("UNTIL", 0) == 0 || mod.rfind("ON_OR_BEFORE", 0) == 0) return "until";
  return "";
}

bool TimexMatches(const std::string& rt, const std::string& rt_mod, const tiqu::DateMention& m) {
  if (!rt_mod.empty() && rt_mod != ModOf(m)) {
    // RT "until" and TIMEX3 BEFORE/ON_OR_BEFORE name the same bound.
    // (RT itself writes "before" for 截止到, "until" for 或之前.)
    const std::string mine = ModOf(m);
    if (!((rt_mod == "until" && mine == "before") || (rt_mod == "before" && mine == "until"))) {
      return false;
    }
  }
  auto same = [](std::string rt, const std::string& v) {
    rt = ToTimex3(rt);
    if (rt == v || Wildcard(rt, v)) return true;
    // A clock time on a resolved day: RT's "2016-11-07T16" ~ tiqu's "...T16:00".
    return false;
  };
  if (same(rt, m.value)) return true;
  if (rt.size() > 2 && rt.front() == '(' && rt.back() == ')') {
    std::vector<std::string> p = absl::StrSplit(rt.substr(1, rt.size() - 2), ',');
    if (p.size() < 2) return false;
    // tiqu's interval value "start/end" against RT's ends, each as above.
    const size_t slash = m.value.find('/');
    if (slash != std::string::npos && same(p[0], m.value.substr(0, slash)) &&
        same(p[1], m.value.substr(slash + 1))) {
      return true;
    }
    if (!m.range) return false;
    std::optional<absl::CivilDay> last_start;
    if (slash != std::string::npos) last_start = ParseDay(m.value.substr(slash + 1));
    // RT's year-less ends ("XXXX-03-01") take the years tiqu resolved.
    if (p[0].rfind("XXXX", 0) == 0) p[0] = absl::StrFormat("%04d", m.range->begin.year()) + p[0].substr(4);
    if (p[1].rfind("XXXX", 0) == 0) {
      const auto y = last_start ? last_start->year() : (m.range->end - 1).year();
      p[1] = absl::StrFormat("%04d", y) + p[1].substr(4);
    }
    const auto b = ParseDay(p[0]);
    const auto e = ParseDay(p[1]);
    if (!b || !e) return false;
    // RT's end is the day after the range, its last day, or (for ranges of
    // months and years: "2016年到2018年" -> 2018-01-01) the start of the last
    // period: tiqu's interval value names that period.
    return *b == m.range->begin &&
           (*e == m.range->end || *e == m.range->end - 1 || (last_start && *e == *last_start));
  }
  return false;
}

struct Tally {
  int cases = 0, span_ok = 0, timex_ok = 0, timex_cases = 0;
};

}  // namespace

int main(int argc, char** argv) {
  tiqu::spec::Setup setup;
  const int rc = tiqu::spec::Start(argc, argv, "rt_dates", "DateExtractor.jsonl", &setup);
  if (rc >= 0) return rc;
  auto lex = tiqu::lexicon::LexiconSet::Create({});
  if (!lex.ok()) return 2;
  auto ex = tiqu::dates::DateExtractor::Create(*lex);
  if (!ex.ok()) {
    std::cerr << ex.status() << "\n";
    return 2;
  }
  const auto& norm = tiqu::text::Normalizer::Get();
  std::printf("%-32s %6s %5s | %8s %8s | %8s %8s  (all cases | without listed exceptions)\n",
              "file", "cases", "exc", "span%", "timex%", "span%", "timex%");
  // One spec file: prints its rates, returns whether it is below its floors.
  auto run_file = [&](const FileSpec& fs, std::istream& in, const tiqu::spec::Reasons& exc) {
    Tally all, kept;
    tiqu::spec::ForEachCase(in, [&](const json& c, int idx, const std::string& input) {
      std::optional<absl::CivilDay> ref;
      if (c.contains("reference_datetime") && c["reference_datetime"].is_string()) {
        ref = ParseDay(c["reference_datetime"].get<std::string>().substr(0, 10));
      }
      tiqu::text::NormalizedText doc = norm.Normalize(input);
      tiqu::text::ArticleLayout layout;
      layout.span = {0, doc.text().size()};
      layout.body = layout.span;
      tiqu::text::ArticleText art{&doc, &layout, ref};
      const std::vector<tiqu::DateMention> ms = ex->Extract(art);
      std::vector<Got> got;
      for (const auto& m : ms) {
        const tiqu::Span o = doc.ToOriginal(m.span);
        got.push_back({CodePoints(input, o.start), CodePoints(input, o.end), TypeOf(m), &m});
      }
      const json& results = c["results"];
      // RT's extents begin with a preposition (从, 自, 截至...) that tiqu's
      // guideline leaves out: a tiqu span that an expected one extends by
      // just such a word counts as that span.
      static const std::vector<std::u32string> kPrepositions = {U"从", U"自", U"自从", U"截至",
                                                                U"截止", U"截止到"};
      const std::u32string input32 = [&] {
        std::u32string u;
        for (size_t b = 0; b < input.size();) {
          const unsigned char ch = static_cast<unsigned char>(input[b]);
          const int n = ch < 0x80 ? 1 : ch < 0xE0 ? 2 : ch < 0xF0 ? 3 : 4;
          char32_t cp = n == 1 ? ch : n == 2 ? ch & 0x1F : n == 3 ? ch & 0x0F : ch & 0x07;
          for (int q = 1; q < n && b + q < input.size(); ++q) cp = (cp << 6) | (input[b + q] & 0x3F);
          u.push_back(cp);
          b += n;
        }
        return u;
      }();
      for (Got& g : got) {
        for (const auto& r : results) {
          const size_t rs = r["start"].get<size_t>(), re = r["end"].get<size_t>();
          if (re != g.end || rs >= g.start) continue;
          const std::u32string gap = input32.substr(rs, g.start - rs);
          if (std::find(kPrepositions.begin(), kPrepositions.end(), gap) != kPrepositions.end()) {
            g.start = rs;
          }
        }
      }
      std::multiset<std::pair<size_t, size_t>> want, have;
      for (const auto& r : results) want.insert({r["start"].get<size_t>(), r["end"].get<size_t>()});
      for (const Got& g : got) {
        bool overlaps = false;
        for (const auto& w : want) overlaps = overlaps || (g.start < w.second && w.first < g.end);
        if (overlaps || (TypeCompatible(fs.type, g.type) &&
                         (fs.type[0] == '\0' || results.empty()))) {
          have.insert({g.start, g.end});
        }
      }
      const bool span_ok = want == have;
      bool has_timex = false, timex_ok = span_ok;
      for (const auto& r : results) {
        if (!r.contains("resolution") || r["resolution"].is_null()) continue;
        const json& res = r["resolution"];
        std::vector<std::pair<std::string, std::string>> timexes;  // timex, mod
        if (res.contains("Timex")) {
          timexes.push_back({res["Timex"].get<std::string>(), ""});
        } else if (res.contains("values")) {
          for (const auto& v : res["values"]) {
            if (v.contains("timex")) timexes.push_back({v["timex"].get<std::string>(), v.value("Mod", "")});
          }
        }
        if (timexes.empty()) continue;
        has_timex = true;
        if (!span_ok) continue;
        const Got* g = nullptr;
        for (const Got& x : got) {
          if (x.start == r["start"].get<size_t>() && x.end == r["end"].get<size_t>()) g = &x;
        }
        bool any = false;
        for (const auto& [t, mod] : timexes) any = any || (g && TimexMatches(t, mod, *g->m));
        timex_ok = timex_ok && any;
      }
      const bool listed = exc.count(idx) > 0;
      for (Tally* t : {&all, listed ? nullptr : &kept}) {
        if (t == nullptr) continue;
        ++t->cases;
        t->span_ok += span_ok;
        if (has_timex) {
          ++t->timex_cases;
          t->timex_ok += timex_ok;
        }
      }
      if (setup.verbose && (!span_ok || (has_timex && !timex_ok))) {
        std::printf("%s#%d%s %s\n  want:", fs.name, idx, listed ? " [listed]" : "", input.c_str());
        for (const auto& r : results) {
          std::string t;
          if (r.contains("resolution") && r["resolution"].is_object()) {
            const json& res = r["resolution"];
            if (res.contains("Timex")) t = res["Timex"].get<std::string>();
            else if (res.contains("values") && !res["values"].empty())
              t = res["values"][0].value("timex", "") + " " + res["values"][0].value("Mod", "");
          }
          std::printf(" [%s %zu-%zu %s %s]", r["text"].get<std::string>().c_str(),
                      r["start"].get<size_t>(), r["end"].get<size_t>(),
                      r["type_name"].get<std::string>().c_str(), t.c_str());
        }
        std::printf("\n  got: ");
        for (const Got& g : got) {
          std::printf(" [%s %zu-%zu %s %s %s]", std::string(doc.OriginalText(g.m->span)).c_str(),
                      g.start, g.end, g.type.c_str(), g.m->value.c_str(), g.m->mod.c_str());
        }
        std::printf("\n");
      }
    });
    const double span_kept = Pct(kept.span_ok, kept.cases);
    const double timex_kept = Pct(kept.timex_ok, kept.timex_cases);
    const bool fail = span_kept < fs.span_floor || timex_kept < fs.timex_floor;
    std::printf("%-32s %6d %5zu | %8.1f %8s | %8.1f %8s%s\n", fs.name, all.cases, exc.size(),
                Pct(all.span_ok, all.cases),
                all.timex_cases ? std::to_string(Pct(all.timex_ok, all.timex_cases)).substr(0, 5).c_str() : "-",
                span_kept,
                kept.timex_cases ? std::to_string(timex_kept).substr(0, 5).c_str() : "-",
                fail ? "  BELOW FLOOR" : "");
    return fail;
  };
  return tiqu::spec::RunFiles(setup, "rt_dates", kFiles, run_file);
}
