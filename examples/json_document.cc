// Copyright 2026 The tiqu Authors.

#include "json_document.h"

#include <cmath>
#include <cstdint>

#include "absl/time/civil_time.h"
#include "nlohmann/json.hpp"

namespace tiqu::json {
namespace {

// Keys in the order written, as the header comment shows them.
using json = nlohmann::ordered_json;

// Whole numbers as JSON integers (68000, not 68000.0).
json Number(double v) {
  if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e15) {
    return json(static_cast<int64_t>(v));
  }
  return std::isfinite(v) ? json(v) : json(nullptr);
}

json SpanJson(const Span& s) { return json::array({s.start, s.end}); }

json SpansJson(const std::vector<Span>& spans) {
  json a = json::array();
  for (const Span& s : spans) a.push_back(SpanJson(s));
  return a;
}

json Str(std::string_view s) { return json(std::string(s)); }

json CountJson(const Count& c) {
  return {{"text", c.text},
          {"span", SpanJson(c.span)},
          {"value", Number(c.value)},
          {"value_max", c.value_max ? Number(*c.value_max) : json(nullptr)},
          {"approx", Str(ToString(c.approx))},
          {"unit", c.unit},
          {"counted", c.counted},
          {"category", Str(ToString(c.category))}};
}

json ArticleJson(std::string_view source, size_t index, const Article& a) {
  json j = json::object();
  j["source"] = std::string(source);
  j["article"] = index;
  j["title"] = a.title;
  j["span"] = SpanJson(a.span);
  j["reference_date"] =
      a.reference_date ? json(absl::FormatCivilTime(*a.reference_date)) : json(nullptr);
  j["reference_date_inferred"] = a.reference_date_inferred;
  j["event_type"] = Str(ToString(a.event_type()));
  j["headlines"] = a.headlines;
  j["byline"] = {{"reporters", a.byline.reporters},
                 {"correspondents", a.byline.correspondents},
                 {"photographers", a.byline.photographers}};
  json dates = json::array();
  for (const DateMention& d : a.dates) {
    dates.push_back({{"text", d.text},
                     {"span", SpanJson(d.span)},
                     {"kind", Str(ToString(d.kind))},
                     {"value", d.value},
                     {"mod", d.mod},
                     {"range", d.range ? json::array({absl::FormatCivilTime(d.range->begin),
                                                      absl::FormatCivilTime(d.range->end)})
                                       : json(nullptr)}});
  }
  j["dates"] = std::move(dates);
  json counts = json::array();
  for (const Count& c : a.counts) counts.push_back(CountJson(c));
  j["counts"] = std::move(counts);
  json persons = json::array();
  for (const Person& p : a.persons) {
    persons.push_back({{"name", p.name},
                       {"roles", p.roles},
                       {"organization", p.organization},
                       {"mentions", SpansJson(p.mentions)}});
  }
  j["persons"] = std::move(persons);
  json orgs = json::array();
  for (const Organization& o : a.organizations) {
    orgs.push_back({{"name", o.name},
                    {"type", Str(ToString(o.type))},
                    {"aliases", o.aliases},
                    {"mentions", SpansJson(o.mentions)}});
  }
  j["organizations"] = std::move(orgs);
  json events = json::array();
  for (const Event& e : a.events) {
    json participants = json::array();
    for (const Count& c : e.counts) participants.push_back(CountJson(c));
    events.push_back({{"type", Str(ToString(e.type))},
                      {"trigger", e.trigger},
                      {"span", SpanJson(e.trigger_span)},
                      {"date", e.date},
                      {"organizations", e.organizations},
                      {"persons", e.persons},
                      {"counts", std::move(participants)},
                      {"location", e.location}});
  }
  j["events"] = std::move(events);
  return j;
}

}  // namespace

void AppendDocument(std::string_view source, const Document& doc, std::string* out) {
  for (size_t i = 0; i < doc.articles.size(); ++i) {
    out->append(ArticleJson(source, i, doc.articles[i])
                    .dump(-1, ' ', false, json::error_handler_t::replace));
    out->push_back('\n');
  }
}

}  // namespace tiqu::json
