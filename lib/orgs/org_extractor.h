// Copyright 2026 The tiqu Authors.
//
// Organizations: suffix-headed names and a gazetteer of known names, with
// aliases and types (see tiqu/document.h Organization and the guideline's
// "organizations" section).

#ifndef TIQU_LIB_ORGS_ORG_EXTRACTOR_H_
#define TIQU_LIB_ORGS_ORG_EXTRACTOR_H_

#include <memory>
#include <vector>

#include "absl/status/statusor.h"
#include "lib/lexicon/lexicon.h"
#include "lib/text/article_text.h"
#include "tiqu/document.h"

namespace tiqu::orgs {

struct OrgData;  // lexicons and word sets, see org_extractor.cc

class OrgExtractor {
 public:
  static absl::StatusOr<OrgExtractor> Create(const lexicon::LexiconSet& lexicons);

  // The organizations of the article in order of first mention (norm spans).
  std::vector<Organization> Extract(const text::ArticleText& article) const;

 private:
  explicit OrgExtractor(std::shared_ptr<const OrgData> data) : data_(std::move(data)) {}
  std::shared_ptr<const OrgData> data_;  // immutable, shared by copies
};

}  // namespace tiqu::orgs

#endif  // TIQU_LIB_ORGS_ORG_EXTRACTOR_H_
