// Copyright 2026 The tiqu Authors.
//
// Persons: byline and credit names, title + name phrases, and every later
// mention of a found name (see tiqu/document.h Person and the guideline's
// "persons" section).

#ifndef TIQU_LIB_PEOPLE_PERSON_EXTRACTOR_H_
#define TIQU_LIB_PEOPLE_PERSON_EXTRACTOR_H_

#include <memory>
#include <vector>

#include "absl/status/statusor.h"
#include "lib/lexicon/lexicon.h"
#include "lib/people/word_boundaries.h"
#include "lib/text/article_text.h"
#include "tiqu/document.h"

namespace tiqu::people {

struct NameChars;  // per-character name statistics, see person_extractor.cc

class PersonExtractor {
 public:
  static absl::StatusOr<PersonExtractor> Create(const lexicon::LexiconSet& lexicons);

  // The persons of the article in order of first mention (norm spans),
  // including article.layout->credits.  `orgs` (norm spans) give the
  // affiliation of a title next to a name.
  std::vector<Person> Extract(const text::ArticleText& article,
                              const std::vector<Organization>& orgs) const;

 private:
  PersonExtractor() = default;

  lexicon::Lexicon surnames_;   // data/surnames.tsv
  lexicon::Lexicon titles_;     // data/titles.tsv
  lexicon::Lexicon cues_;       // data/person_cues.tsv
  lexicon::Lexicon not_names_;  // data/not_names.tsv
  lexicon::Lexicon context_;    // data/given_names_context.tsv
  std::shared_ptr<const NameChars> chars_;  // data/given_names.tsv, immutable
  std::shared_ptr<const WordBoundaries> words_;  // ICU's Chinese word segmentation
};

}  // namespace tiqu::people

#endif  // TIQU_LIB_PEOPLE_PERSON_EXTRACTOR_H_
