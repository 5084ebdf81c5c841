// Copyright 2026 The tiqu Authors.
//
// Events: trigger words of the taxonomy (data/event_triggers.tsv) -> typed
// event frames (see tiqu/document.h Event and the guideline's "events"
// section).

#ifndef TIQU_LIB_EVENTS_EVENT_EXTRACTOR_H_
#define TIQU_LIB_EVENTS_EVENT_EXTRACTOR_H_

#include <memory>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "lib/lexicon/lexicon.h"
#include "lib/text/article_text.h"
#include "tiqu/document.h"

namespace tiqu::events {

// data/event_triggers.tsv read for scanning (event_extractor.cc).
struct Vocabulary;

class EventExtractor {
 public:
  static absl::StatusOr<EventExtractor> Create(const lexicon::LexiconSet& lexicons);

  // The events of the article, main event first (norm spans).  The other
  // extractors' results (norm spans) fill the frames.
  std::vector<Event> Extract(const text::ArticleText& article,
                             const std::vector<DateMention>& dates,
                             const std::vector<Count>& counts,
                             const std::vector<Person>& persons,
                             const std::vector<Organization>& orgs) const;

 private:
  explicit EventExtractor(std::shared_ptr<const Vocabulary> vocab) : vocab_(std::move(vocab)) {}

  std::shared_ptr<const Vocabulary> vocab_;  // immutable, shared by copies
};

}  // namespace tiqu::events

#endif  // TIQU_LIB_EVENTS_EVENT_EXTRACTOR_H_
