// Copyright 2026 The tiqu Authors.

#include "csv_tables.h"

#include <algorithm>
#include <cmath>
#include <tuple>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "csv.h"  // libcsv

namespace tiqu::csv {
namespace {

using Row = std::vector<std::string>;

const std::vector<std::pair<std::string, Row>>& Headers() {
  static const auto* headers = new std::vector<std::pair<std::string, Row>>{
      {"articles", {"source", "article", "title", "start", "end", "reference_date", "event_type",
                    "headlines", "reporters", "correspondents", "photographers",
                    "reference_date_inferred"}},
      {"persons", {"source", "article", "name", "roles", "organization", "mentions", "start",
                   "end"}},
      {"organizations", {"source", "article", "name", "type", "aliases", "mentions", "start",
                         "end"}},
      {"dates", {"source", "article", "text", "kind", "value", "mod", "start", "end",
                 "range_begin", "range_end"}},
      {"counts", {"source", "article", "text", "value", "approx", "unit", "counted", "category",
                  "start", "end", "value_max"}},
      {"events", {"source", "article", "type", "trigger", "date", "organizations", "persons",
                  "start", "end", "participants", "location"}},
      {"mentions", {"source", "article", "kind", "text", "value", "start", "end"}},
  };
  return *headers;
}

const Row& HeaderOf(std::string_view table) {
  for (const auto& [name, header] : Headers()) {
    if (name == table) return header;
  }
  static const Row* empty = new Row();
  return *empty;
}

std::string Join(const std::vector<std::string>& v) { return absl::StrJoin(v, "|"); }

std::string Day(const std::optional<absl::CivilDay>& d) {
  return d.has_value() ? absl::FormatCivilTime(*d) : "";
}

std::string Str(std::string_view s) { return std::string(s); }

// The caller's bytes at `s` (the bytes a mention's span points to).
std::string At(std::string_view text, const Span& s) {
  return s.start <= s.end && s.end <= text.size() ? std::string(text.substr(s.start, s.size()))
                                                 : std::string();
}

void AppendRow(const Row& fields, std::string* out) {
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out->push_back(',');
    const std::string& f = fields[i];
    if (f.find_first_of(",\"\r\n") == std::string::npos) {
      out->append(f);
    } else {
      // libcsv quotes it, doubling inner quotes: at most 2n + 2 bytes.
      const size_t old = out->size();
      out->resize(old + 2 * f.size() + 2);
      size_t n = csv_write(out->data() + old, 2 * f.size() + 2, f.data(), f.size());
      out->resize(old + n);
    }
  }
  out->append("\r\n");  // RFC 4180 line ending
}

}  // namespace

std::string FormatNumber(double v) {
  if (!std::isfinite(v)) return "";
  if (v == std::floor(v) && std::fabs(v) < 1e15) return absl::StrFormat("%.0f", v);
  std::string s = absl::StrFormat("%.6f", v);
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

const std::vector<std::string>& TableNames() {
  static const auto* names = new std::vector<std::string>{
      "articles", "persons", "organizations", "dates", "counts", "events"};
  return *names;
}

bool IsTable(std::string_view name) { return !HeaderOf(name).empty(); }

void TableWriter::WriteHeader(std::string* out) const { AppendRow(HeaderOf(table_), out); }

void TableWriter::WriteDocument(std::string_view source, std::string_view text,
                                const Document& doc, std::string* out) const {
  const auto WriteRow = [out](const Row& fields) { AppendRow(fields, out); };
  const std::string src(source);
  for (size_t i = 0; i < doc.articles.size(); ++i) {
    const Article& a = doc.articles[i];
    const std::string idx = absl::StrCat(i);
    if (table_ == "articles") {
      WriteRow({src, idx, a.title, absl::StrCat(a.span.start), absl::StrCat(a.span.end),
                Day(a.reference_date), Str(ToString(a.event_type())), Join(a.headlines),
                Join(a.byline.reporters), Join(a.byline.correspondents),
                Join(a.byline.photographers), a.reference_date_inferred ? "true" : "false"});
    } else if (table_ == "persons") {
      for (const Person& p : a.persons) {
        Span first = p.mentions.empty() ? Span{} : p.mentions.front();
        WriteRow({src, idx, p.name, Join(p.roles), p.organization,
                  absl::StrCat(p.mentions.size()), absl::StrCat(first.start),
                  absl::StrCat(first.end)});
      }
    } else if (table_ == "organizations") {
      for (const Organization& o : a.organizations) {
        Span first = o.mentions.empty() ? Span{} : o.mentions.front();
        WriteRow({src, idx, o.name, Str(ToString(o.type)), Join(o.aliases),
                  absl::StrCat(o.mentions.size()), absl::StrCat(first.start),
                  absl::StrCat(first.end)});
      }
    } else if (table_ == "dates") {
      for (const DateMention& d : a.dates) {
        WriteRow({src, idx, d.text, Str(ToString(d.kind)), d.value, d.mod,
                  absl::StrCat(d.span.start), absl::StrCat(d.span.end),
                  d.range ? absl::FormatCivilTime(d.range->begin) : "",
                  d.range ? absl::FormatCivilTime(d.range->end) : ""});
      }
    } else if (table_ == "counts") {
      for (const Count& c : a.counts) {
        WriteRow({src, idx, c.text, FormatNumber(c.value), Str(ToString(c.approx)), c.unit,
                  c.counted, Str(ToString(c.category)), absl::StrCat(c.span.start),
                  absl::StrCat(c.span.end), c.value_max ? FormatNumber(*c.value_max) : ""});
      }
    } else if (table_ == "events") {
      for (const Event& e : a.events) {
        std::vector<std::string> participants;
        for (const Count& c : e.counts) participants.push_back(c.text);
        WriteRow({src, idx, Str(ToString(e.type)), e.trigger, e.date, Join(e.organizations),
                  Join(e.persons), absl::StrCat(e.trigger_span.start),
                  absl::StrCat(e.trigger_span.end), Join(participants), e.location});
      }
    } else if (table_ == "mentions") {
      // Every mention of any kind, in text order.
      std::vector<std::tuple<Span, std::string, std::string, std::string>> rows;
      for (const DateMention& d : a.dates) rows.emplace_back(d.span, "date", d.text, d.value);
      for (const Count& c : a.counts) rows.emplace_back(c.span, "count", c.text, FormatNumber(c.value));
      for (const Person& p : a.persons) {
        for (const Span& s : p.mentions) rows.emplace_back(s, "person", At(text, s), p.name);
      }
      for (const Organization& o : a.organizations) {
        for (const Span& s : o.mentions) rows.emplace_back(s, "organization", At(text, s), o.name);
      }
      for (const Event& e : a.events) {
        rows.emplace_back(e.trigger_span, "event", e.trigger, Str(ToString(e.type)));
      }
      std::stable_sort(rows.begin(), rows.end(), [](const auto& x, const auto& y) {
        return std::get<0>(x) < std::get<0>(y);
      });
      for (const auto& [span, kind, text, value] : rows) {
        WriteRow({src, idx, kind, text, value, absl::StrCat(span.start), absl::StrCat(span.end)});
      }
    }
  }
}

}  // namespace tiqu::csv
