// Copyright 2026 The tiqu Authors.
//
// What every extractor is given: one article of a normalized document.
//
// The contract between the pipeline and the extractors (lib/dates,
// lib/counts, lib/orgs, lib/people, lib/events):
//   * Extractors read the normalized text only (doc_text(), text()).
//   * They return the public types of tiqu/document.h with every Span in
//     NORMALIZED coordinates and `text` fields left empty; the pipeline
//     (lib/pipeline/localize.h) maps spans to the caller's bytes and fills
//     `text` from them once all extractors have run, so extractors that use
//     another's output (events use dates, persons use organizations) see
//     normalized spans throughout.
//   * Strings that are not a mention's `text` (names, aliases, roles,
//     titles) are filled with doc->Surface(span), which keeps the source's
//     script and drops layout breaks.

#ifndef TIQU_LIB_TEXT_ARTICLE_TEXT_H_
#define TIQU_LIB_TEXT_ARTICLE_TEXT_H_

#include <optional>
#include <string_view>

#include "absl/time/civil_time.h"
#include "lib/text/articles.h"
#include "lib/text/normalized_text.h"

namespace tiqu::text {

struct ArticleText {
  const NormalizedText* doc = nullptr;
  const ArticleLayout* layout = nullptr;
  std::optional<absl::CivilDay> reference_date;  // what relative dates resolve against; none if unknown

  // The normalized text of the whole document; article spans index into it.
  std::string_view doc_text() const { return doc->text(); }
  // The normalized text of the article (headlines and body).
  std::string_view text() const { return doc->text(layout->span); }
  Span span() const { return layout->span; }
};

}  // namespace tiqu::text

#endif  // TIQU_LIB_TEXT_ARTICLE_TEXT_H_
