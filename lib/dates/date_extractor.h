// Copyright 2026 The tiqu Authors.
//
// Temporal expressions -> TIMEX3 (see tiqu/document.h DateMention and the
// guideline's "dates" section).

#ifndef TIQU_LIB_DATES_DATE_EXTRACTOR_H_
#define TIQU_LIB_DATES_DATE_EXTRACTOR_H_

#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "lib/lexicon/lexicon.h"
#include "lib/text/article_text.h"
#include "tiqu/document.h"

namespace tiqu::dates {

class DateExtractor {
 public:
  static absl::StatusOr<DateExtractor> Create(const lexicon::LexiconSet& lexicons);

  // Every temporal expression of the article, in text order, resolved
  // against article.reference_date (norm spans; see article_text.h).
  std::vector<DateMention> Extract(const text::ArticleText& article) const;

  // The reference date the text `norm` (an article or a whole document)
  // implies by its own explicit dates and years; nullopt if it gives none.
  std::optional<absl::CivilDay> InferReferenceDate(const text::NormalizedText& doc,
                                                   Span norm) const;

  struct Impl;  // word tables and compiled patterns (date_extractor.cc)

 private:
  explicit DateExtractor(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
  std::shared_ptr<const Impl> impl_;  // immutable, shared by copies
};

}  // namespace tiqu::dates

#endif  // TIQU_LIB_DATES_DATE_EXTRACTOR_H_
