// Copyright 2026 The tiqu Authors.
//
// The last step of the pipeline: extractors work in normalized coordinates
// (lib/text/article_text.h); the caller gets spans into its own bytes and
// `text` fields that are exactly those bytes.

#ifndef TIQU_LIB_PIPELINE_LOCALIZE_H_
#define TIQU_LIB_PIPELINE_LOCALIZE_H_

#include "lib/text/normalized_text.h"
#include "tiqu/document.h"

namespace tiqu::pipeline {

// Rewrites every span of `article`'s mentions from normalized to original
// coordinates and fills every mention `text` from the original bytes.
// Call once, after all extractors have run on the article.
void Localize(const text::NormalizedText& doc, Article* article);

}  // namespace tiqu::pipeline

#endif  // TIQU_LIB_PIPELINE_LOCALIZE_H_
