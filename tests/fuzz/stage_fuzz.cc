// Copyright 2026 The tiqu Authors.
//
// libFuzzer targets for each extractor's entry point, one program per
// stage (TIQU_FUZZ_STAGE: 1 dates, 2 counts, 3 orgs, 4 people, 5 events,
// 6 articles, 7 numerals).  Input that the pipeline would refuse (invalid
// UTF-8, NUL) is skipped; the rest is normalized and either split into
// articles (as the pipeline does) or read as one article, and fed to the
// stage.  Stages that read other stages' results get the real ones, so the
// fuzzer reaches the combinations the pipeline produces.  Every returned
// span must lie inside the normalized text.

#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string_view>
#include <vector>

#include "lib/counts/count_extractor.h"
#include "lib/dates/date_extractor.h"
#include "lib/events/event_extractor.h"
#include "lib/lexicon/lexicon.h"
#include "lib/numbers/numeral.h"
#include "lib/orgs/org_extractor.h"
#include "lib/people/person_extractor.h"
#include "lib/text/article_text.h"
#include "lib/text/articles.h"
#include "lib/text/normalized_text.h"

#ifndef TIQU_FUZZ_STAGE
#error "define TIQU_FUZZ_STAGE"
#endif

namespace {

template <typename T>
T OrDie(absl::StatusOr<T> v) {
  if (!v.ok()) std::abort();
  return *std::move(v);
}

struct Stages {
  tiqu::lexicon::LexiconSet lex = OrDie(tiqu::lexicon::LexiconSet::Create({}));
  tiqu::dates::DateExtractor dates = OrDie(tiqu::dates::DateExtractor::Create(lex));
  tiqu::counts::CountExtractor counts = OrDie(tiqu::counts::CountExtractor::Create(lex));
  tiqu::orgs::OrgExtractor orgs = OrDie(tiqu::orgs::OrgExtractor::Create(lex));
  tiqu::people::PersonExtractor people = OrDie(tiqu::people::PersonExtractor::Create(lex));
  tiqu::events::EventExtractor events = OrDie(tiqu::events::EventExtractor::Create(lex));
};

const Stages& Get() {
  static const Stages* s = new Stages();
  return *s;
}

void Check(bool ok) {
  if (!ok) std::abort();
}

void CheckSpan(std::string_view norm, const tiqu::Span& s) {
  Check(s.start <= s.end && s.end <= norm.size());
}

void RunStage(const Stages& st, const tiqu::text::ArticleText& art) {
  const std::string_view norm = art.doc_text();
  const int stage = TIQU_FUZZ_STAGE;
  std::vector<tiqu::DateMention> dates;
  std::vector<tiqu::Count> counts;
  std::vector<tiqu::Organization> orgs;
  std::vector<tiqu::Person> persons;
  if (stage == 1 || stage == 2 || stage == 5) {
    dates = st.dates.Extract(art);
    for (const auto& d : dates) CheckSpan(norm, d.span);
    st.dates.InferReferenceDate(*art.doc, art.span());
  }
  if (stage == 2 || stage == 5) {
    counts = st.counts.Extract(art, dates);
    for (const auto& c : counts) CheckSpan(norm, c.span);
  }
  if (stage == 3 || stage == 4 || stage == 5) {
    orgs = st.orgs.Extract(art);
    for (const auto& o : orgs) {
      for (const auto& s : o.mentions) CheckSpan(norm, s);
    }
  }
  if (stage == 4 || stage == 5) {
    persons = st.people.Extract(art, orgs);
    for (const auto& p : persons) {
      for (const auto& s : p.mentions) CheckSpan(norm, s);
    }
  }
  if (stage == 5) {
    for (const auto& e : st.events.Extract(art, dates, counts, persons, orgs)) {
      CheckSpan(norm, e.trigger_span);
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const bool split = (data[0] & 1) != 0;  // split into articles, or one article
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (TIQU_FUZZ_STAGE == 7) {
    // The numeral parser reads any bytes the counts stage hands it.
    auto n = tiqu::numbers::ParseNumeralPrefix(text);
    if (n.has_value()) Check(n->length <= text.size());
    tiqu::numbers::ParseNumeral(text);
    return 0;
  }
  if (!tiqu::text::ValidateUtf8(text).ok()) return 0;
  const tiqu::text::NormalizedText doc = tiqu::text::Normalizer::Get().Normalize(text);
  const std::string_view norm = doc.text();
  std::vector<tiqu::text::ArticleLayout> layouts;
  if (split || TIQU_FUZZ_STAGE == 6) {
    layouts = tiqu::text::SplitArticles(doc);
    for (const auto& l : layouts) {
      CheckSpan(norm, l.span);
      CheckSpan(norm, l.body);
      for (const auto& h : l.headlines) CheckSpan(norm, h);
    }
  } else {
    tiqu::text::ArticleLayout l;
    l.span = {0, norm.size()};
    l.body = l.span;
    layouts.push_back(l);
  }
  if (TIQU_FUZZ_STAGE == 6) return 0;
  const Stages& st = Get();
  std::optional<absl::CivilDay> reference;
  if ((data[0] & 2) != 0) reference = absl::CivilDay(2024, 5, 29);
  for (const auto& l : layouts) {
    tiqu::text::ArticleText art{&doc, &l, reference};
    RunStage(st, art);
  }
  return 0;
}
