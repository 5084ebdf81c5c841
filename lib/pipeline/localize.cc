// Copyright 2026 The tiqu Authors.

#include "lib/pipeline/localize.h"

#include <string>

namespace tiqu::pipeline {
namespace {

// Mentions carrying a span and the text at it.
template <typename M>
void LocalizeMention(const text::NormalizedText& doc, M* m) {
  m->text = std::string(doc.OriginalText(m->span));
  m->span = doc.ToOriginal(m->span);
}

void LocalizeSpans(const text::NormalizedText& doc, std::vector<Span>* spans) {
  for (Span& s : *spans) s = doc.ToOriginal(s);
}

}  // namespace

void Localize(const text::NormalizedText& doc, Article* article) {
  for (DateMention& d : article->dates) LocalizeMention(doc, &d);
  for (Count& c : article->counts) LocalizeMention(doc, &c);
  for (Person& p : article->persons) LocalizeSpans(doc, &p.mentions);
  for (Organization& o : article->organizations) LocalizeSpans(doc, &o.mentions);
  for (Event& e : article->events) {
    e.trigger = std::string(doc.OriginalText(e.trigger_span));
    e.trigger_span = doc.ToOriginal(e.trigger_span);
    for (Count& c : e.counts) LocalizeMention(doc, &c);
  }
}

}  // namespace tiqu::pipeline
