// Copyright 2026 The tiqu Authors.
//
// libFuzzer target: tiqu::Extractor::Extract on arbitrary bytes.  Any input
// must give a Document or a status, never a crash, a leak or a hang; every
// span must lie inside the input and `text` fields must be its bytes.
// The first input byte picks a fixed or an inferred reference date so both
// resolution paths are covered.

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>

#include "tiqu/tiqu.h"

namespace {

const tiqu::Extractor& Get(bool fixed_date) {
  static const tiqu::Extractor* inferred = [] {
    auto ex = tiqu::Extractor::Create(tiqu::Options());
    if (!ex.ok()) std::abort();
    return ex->release();
  }();
  static const tiqu::Extractor* fixed = [] {
    tiqu::Options o;
    o.reference_date = absl::CivilDay(2024, 5, 29);
    auto ex = tiqu::Extractor::Create(o);
    if (!ex.ok()) std::abort();
    return ex->release();
  }();
  return fixed_date ? *fixed : *inferred;
}

void Check(bool ok) {
  if (!ok) std::abort();
}

void CheckSpan(std::string_view text, const tiqu::Span& s, std::string_view mention) {
  Check(s.start <= s.end && s.end <= text.size());
  Check(text.substr(s.start, s.size()) == mention);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const bool fixed = (data[0] & 1) != 0;
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  absl::StatusOr<tiqu::Document> doc = Get(fixed).Extract(text);
  // kInternal means a stage hit a defect that Extract's guard caught: as
  // much a finding as a crash.
  if (doc.status().code() == absl::StatusCode::kInternal) std::abort();
  if (!doc.ok()) return 0;
  for (const tiqu::Article& a : doc->articles) {
    Check(a.span.start <= a.span.end && a.span.end <= text.size());
    for (const auto& d : a.dates) CheckSpan(text, d.span, d.text);
    for (const auto& c : a.counts) CheckSpan(text, c.span, c.text);
    for (const auto& e : a.events) CheckSpan(text, e.trigger_span, e.trigger);
    for (const auto& p : a.persons) {
      for (const auto& s : p.mentions) Check(s.start <= s.end && s.end <= text.size());
    }
    for (const auto& o : a.organizations) {
      for (const auto& s : o.mentions) Check(s.start <= s.end && s.end <= text.size());
    }
  }
  return 0;
}
