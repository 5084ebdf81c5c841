// Copyright 2026 The tiqu Authors.
//
// Organizations: suffix-headed names and a gazetteer of known names, with
// aliases and types (see tiqu/document.h Organization and the guideline's
// "organizations" section).

#ifndef TIQU_LIB_ORGS_ORG_EXTRACTOR_H_
#define TIQU_LIB_ORGS_ORG_EXTRACTOR_H_

#include <vector>

#include "absl/status/statusor.h"
#include "lib/lexicon/lexicon.h"
#include "lib/text/article_text.h"
#include "tiqu/document.h"

namespace tiqu::orgs {

class OrgExtractor {
 public:
  static absl::StatusOr<OrgExtractor> Create(const lexicon::LexiconSet& lexicons);

  // The organizations of the article in order of first mention (norm spans).
  std::vector<Organization> Extract(const text::ArticleText& article) const;
};

}  // namespace tiqu::orgs

#endif  // TIQU_LIB_ORGS_ORG_EXTRACTOR_H_
