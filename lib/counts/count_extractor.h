// Copyright 2026 The tiqu Authors.
//
// Quantities: number + qualifier + classifier/unit + counted noun (see
// tiqu/document.h Count and the guideline's "counts" section).

#ifndef TIQU_LIB_COUNTS_COUNT_EXTRACTOR_H_
#define TIQU_LIB_COUNTS_COUNT_EXTRACTOR_H_

#include <memory>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "lib/lexicon/lexicon.h"
#include "lib/text/article_text.h"
#include "tiqu/document.h"

namespace tiqu::counts {

class CountExtractor {
 public:
  static absl::StatusOr<CountExtractor> Create(const lexicon::LexiconSet& lexicons);

  // Every count of the article in text order (norm spans).  Numbers inside
  // `dates` (norm spans) are dates, never counts.
  std::vector<Count> Extract(const text::ArticleText& article,
                             const std::vector<DateMention>& dates) const;

  struct Rep;  // the compiled vocabulary (count_extractor.cc)

 private:
  explicit CountExtractor(std::shared_ptr<const Rep> rep) : rep_(std::move(rep)) {}
  std::shared_ptr<const Rep> rep_;  // immutable, shared by copies
};

}  // namespace tiqu::counts

#endif  // TIQU_LIB_COUNTS_COUNT_EXTRACTOR_H_
